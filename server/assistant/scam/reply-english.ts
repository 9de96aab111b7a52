import type { ConversationMemory, ScamReply } from "../ask-result";
import { fillPlaceholders } from "../../knowledge/render-answer";
import { describeNextStaffTimeEn } from "../../wards/working-hours";
import { isEnglish } from "../english";
import { foldDiacritics } from "../vietnamese-text";
import { handWeights, type ScamVerdict } from "./check";
import { brandById, type Brand } from "./registry";
import { factKeyFor, type FactKey } from "./explanations";
import { scamReply, type ScamReplyContext } from "./reply";
import type { SignalName } from "./signals";

/*
 * The scam replies in English, for a resident who writes in English (a foreign resident forwarding
 * "Your parcel is on hold…", or asking "is this a scam?"). The check and its verdict are the scam
 * module's; this only words the same reply in English: the same reasons, the same steps, the same
 * places to report (156/5656, 113, the bank's hotline, the ward police from the profile). The
 * entries shown with it stay those of the Vietnamese reply.
 */

/** Each signal in plain English (a mirror of explanations.ts; a signal without one is left out of "Why"). */
export const signalExplanationsEn: Partial<Record<SignalName, string>> = {
  link_unofficial: "it has a link to a website that is not an official site",
  link_lookalike: "the website's name is made to look like a real bank, government agency or company to deceive you",
  link_brand_mismatch: "the message claims to come from a bank, agency or company, but the link leads to a different site",
  link_hidden: "the link is shortened or hidden, so you cannot tell where it leads",
  link_handoff: "the link pulls you into a private chat (Zalo, Telegram) with a stranger",
  link_risky_tld: "the website has an unusual ending (.top, .xyz, .vip…) that scammers often use",
  link_apk: "it asks you to download an app installer file (.apk) outside Google Play or the App Store",
  link_action: "it asks you to log in, enter your details or pay through the link in the message",
  otp_request: "it asks for an OTP or verification code (banks and government agencies never ask for this code)",
  card_request: "it asks for your card number, CVV, password or bank login, or to log in to Facebook or Zalo through a link",
  topup_codes: "it asks you to buy phone top-up cards and send the card codes: money in those codes cannot be recovered",
  stranger_payment: "it asks you to top up or pay into a stranger's \"system\" or website, or to text a paid number, to get a promotion or prize: phone networks and banks do not do this",
  lock_demand: "it threatens to lock your account unless you \"verify\" or \"log in\" through the link in the message: banks, phone networks and government agencies only guide you through their own official app or website",
  mistaken_return: "it says money was sent or topped up to your number or account by mistake and asks you to send it back: real mistaken transfers are returned only through the bank or phone network, never by you",
  gov_gift: "it promises gifts or money for installing or updating a government app (VNeID, VssID…): government agencies do not give gifts by text message",
  id_photo_request: "it asks for your ID number, your SIM card's serial number or a photo of your ID card, your face or your identity papers",
  money_to_person: "it asks you to transfer money to a personal account or an account a stranger names",
  fee_to_receive: "it asks you to pay a \"fee\" first before you can receive money, a gift, goods or a loan",
  money_request: "it asks you to transfer or pay money",
  app_install: "it asks you to download and install an app from a link or a stranger's instructions",
  private_chat: "it tries to get you to add someone on Zalo or Telegram, or to call a personal phone number, for \"instructions\"",
  keypress: "it asks you to press keys on your phone to hear instructions",
  secrecy: "it tells you to keep it secret from your family or the police",
  no_callback: "someone claiming to be a relative writes from an unknown number and tells you not to call back",
  threat: "it threatens to lock your account, cut a service, fine you, or link you to a criminal case",
  urgency: "it pressures you to act right away, within a very short time",
  prize: "it announces an unexpected prize, gift, reward points, refund or \"unclaimed\" money",
  easy_money: "it promises easy work with high pay, commissions, or money for doing tasks",
  investment: "it promises high profits or guaranteed interest, or invites you into an investment group",
  loan: "it offers a fast loan with no paperwork and instant payout",
  emergency: "it says a relative is in trouble or in hospital to push you to send money urgently",
  kidnap: "it says a relative is being held and demands a ransom",
  relative_claim: "the sender claims to be a relative, a teacher or someone you know",
  authority: "the sender claims to be the police, a court or a prosecutor's office",
  ward_official: "the sender claims to be a ward official or from the public administration centre",
  parcel: "it talks about an order, a parcel or customs to demand a fee",
  romance: "it is a stranger making friends, promising affection or sending gifts from abroad",
  recovery: "it promises to \"get back money lost to a scam\" (usually a second scam)",
  gambling: "it invites you to online gambling, betting or lottery games",
  cancel_lure: "it reports a charge or service you never signed up for, then says \"if this wasn't you\" tap the link to cancel",
  fake_papers: "it advertises fake diplomas or documents (making fake documents is against the law)",
  id_account_trade: "it asks you to rent out, lend or sell your ID card, bank account, SIM or chat account: they would be used for scams and dirty money, and the owner can be prosecuted",
  deposit: "it asks for a deposit in advance by bank transfer",
  account_update: "it asks you to \"update\" or \"verify\" your account or details",
  refund: "it says you are due a refund or compensation",
  wrong_number: "it pretends to have texted the wrong number to start a conversation",
  borrow: "it asks to borrow money or for an urgent transfer (often promising to pay back at once, or telling a hard-luck story)",
  account_excuse: "it claims their own account has a problem, to get you to transfer money",
  curiosity: "it lures you into tapping a link with a photo, a video or a poll",
  scarcity: "it says places are almost gone, to push you into paying a deposit now",
  remote_only: "it will not let you see the house or goods, and does everything online only",
};

/** What the real organisation does, in English; which one is chosen by factKeyFor (explanations.ts). */
const factsEn: Record<FactKey, string> = {
  kidnap: "If you cannot reach your relative, call 113 at once; do not pay a ransom.",
  authority: "The police, courts and prosecutors do not work by phone, and never ask you to transfer money or install an app \"for an investigation\".",
  ward_official: "Ward officials do not collect money or ask for photos of your papers or OTP codes by phone or Zalo; procedures are done at the ward office.",
  emergency: "Call your relative, the school or the hospital directly, on a number you already know, before doing anything.",
  bank: "Banks never send links asking you to log in, and never ask for your OTP code, password or card number.",
  utility: "Electricity and water companies do not collect money into personal accounts or send links to install apps over Zalo.",
  telecom: "Phone networks do not ask you to read out a verification code over the phone, and only text from their official sender name.",
  government: "Government agencies do not send unknown links, collect fees or ask for OTP codes by text message; their official websites end in .gov.vn.",
  borrow: "Call the person you know (a normal call, not a message) on their usual number and ask.",
  recovery: "No service can get back money lost to an online scam; only the police and the banks can act.",
  easy_money: "There is no easy work with high pay and no guaranteed profit; money you pay in cannot be withdrawn.",
  loan: "Real lenders do not charge a fee before paying out a loan.",
};

function factForEn(signals: Set<SignalName>, brandKinds: Set<string>): string | undefined {
  const key = factKeyFor(signals, brandKinds);
  return key ? factsEn[key] : undefined;
}

/** Vietnamese question words typed without accents: the resident's own words are Vietnamese, so is the reply. */
const vietnameseCue = /\b(lua dao|co phai|khong|ko|kg|tin nay|nhan duoc|cho (toi|hoi|minh)|the nay|dung khong|that khong|gia mao|vay|a oi|nha)\b/;
/** Text quoted from the received message: “…”, "…", «…». */
const quotedPart = /["“”«»][^"“”«»]*["“”«»]/g;

/** Whether the resident writes in English: their own words when they quote the message, else the whole message. */
export function scamAskedInEnglish(text: string, memory: ConversationMemory): boolean {
  const own = text.replace(quotedPart, " ");
  const ownWords = own.match(/[\p{L}]+/gu) ?? [];
  const judged = ownWords.length >= 2 ? own : text;
  return isEnglish(judged, memory.lang === "en") && !vietnameseCue.test(foldDiacritics(judged.toLowerCase()));
}

/** The brand whose hotline to call: a bank first (to lock an account), then any (as reply.ts). */
function hotlineBrand(verdict: ScamVerdict): Brand | undefined {
  const brands = verdict.brands.map((id) => brandById(id)).filter((b): b is Brand => !!b && b.hotlines.length > 0);
  return brands.find((b) => b.kind === "bank" || b.kind === "wallet") ?? brands[0];
}

const hotlineText = (brand: Brand) => `${brand.name}: ${brand.hotlines[0]!.number}`;

/** The strongest reasons first, at most three (as reply.ts chooses them). */
function reasonsEn(verdict: ScamVerdict): string[] {
  const ranked = verdict.signals.filter((s) => signalExplanationsEn[s] && handWeights[s] > 0).sort((a, b) => handWeights[b] - handWeights[a]);
  const redundant: SignalName[] = ranked.includes("link_lookalike") || ranked.includes("link_brand_mismatch") ? ["link_unofficial", "link_risky_tld"] : ["link_unofficial"];
  const chosen = ranked.filter((s) => !redundant.includes(s) || ranked.length < 3);
  const reasons = chosen.slice(0, 3).map((s) => signalExplanationsEn[s]!);
  return reasons.length ? reasons : ["it has the marks of a known scam script"];
}

function linkLineEn(verdict: ScamVerdict): string {
  const official = new Set<string>();
  for (const id of verdict.brands) for (const d of brandById(id)?.domains ?? []) official.add(d);
  const hosts = verdict.domains.filter((h) => ![...official].some((d) => h === d || h.endsWith(`.${d}`)));
  if (!hosts.length) return "";
  const brand = verdict.brands.map((id) => brandById(id)).find((b) => b && b.kind !== "platform" && b.kind !== "government");
  const real = brand ? ` ${brand.name}'s real website: ${brand.domains[0]}.` : "";
  return `\nThe link in the message: ${hosts.slice(0, 2).join(", ")} (not an official site).${real}`;
}

function warningEn(verdict: ScamVerdict, ctx: ScamReplyContext): string {
  const brandKinds = new Set(verdict.brands.map((id) => brandById(id)?.kind ?? ""));
  const fact = factForEn(new Set(verdict.signals), brandKinds);
  const bank = hotlineBrand(verdict);
  const lock = bank
    ? `call the ${bank.name} hotline ${bank.hotlines[0]!.number} at once (or the number on the back of your card) to lock your account`
    : "call your own bank's hotline at once (the number on the back of your card or in its official app) to lock your account";
  return (
    "WARNING: this message shows signs of a SCAM.\n\n" +
    `Why:\n${reasonsEn(verdict).map((r) => `- ${r}`).join("\n")}${linkLineEn(verdict)}\n` +
    (fact ? `${fact}\n` : "") +
    "\nWhat to do now:\n" +
    "1. Do not tap the link, install any app, call back or reply to this message.\n" +
    "2. Do not transfer money, and do not give anyone an OTP code, password or card number, or photos of your papers.\n" +
    `3. If you already did: ${lock}, then tell the ward police or call 113.\n\n` +
    fillPlaceholders("Report: send scam texts and calls to the short numbers 156 or 5656; ward police: {{ward.police}}.", ctx.kb, ctx.ward)
  );
}

function noClearSignsEn(verdict: ScamVerdict, ctx: ScamReplyContext): string {
  const brand = hotlineBrand(verdict);
  const officialLinks = verdict.domains.length && verdict.signals.includes("link_official") && !verdict.signals.includes("link_unofficial");
  const verify = brand
    ? `Call the official ${brand.name} hotline ${brand.hotlines[0]!.number} yourself (or the number printed on your card or bill) and ask; do not call the number given in the message.`
    : "Find the sender's official hotline yourself (printed on your card or bill, or on their official website) and call to ask; do not call the number given in the message.";
  return (
    "I see no clear signs of a scam in this message. Even so, I cannot confirm that it is genuine.\n" +
    (officialLinks ? `The link in the message (${verdict.domains.slice(0, 2).join(", ")}) is an official website.\n` : "") +
    "\nTo be sure:\n" +
    `1. ${verify}\n` +
    "2. Do not give anyone an OTP code or password, and do not transfer money to anyone before you have checked.\n" +
    fillPlaceholders("3. If you are still unsure, ask {{ward.name}} (hotline: {{ward.hotline}}) or the ward police.", ctx.kb, ctx.ward)
  );
}

function ownBankEn(bank: Brand | undefined): string {
  return bank ? ` (${hotlineText(bank)})` : " (the number on the back of your card or in its official app)";
}

function victimEn(verdict: ScamVerdict, ctx: ScamReplyContext): string {
  const bank = hotlineBrand(verdict);
  const when = describeNextStaffTimeEn(ctx.ward.profile.working_hours, ctx.now, ctx.ward.calendar);
  return (
    "Please do the following at once; the sooner you act, the better the chance of keeping your money:\n" +
    `1. Call your bank's hotline now${ownBankEn(bank)} to lock your account, and ask the bank to trace the transfer and freeze the account that received it.\n` +
    "2. If you gave an OTP code or password, or installed an unknown app: turn off your phone's internet, have the bank lock your account, then change your passwords.\n" +
    fillPlaceholders("3. Call 113 or go to the ward police ({{ward.police}}) to report it; bring your identity papers.\n", ctx.kb, ctx.ward) +
    "4. Keep the evidence: screenshots of the messages, the phone numbers, the account numbers, the transfer receipts.\n" +
    "5. Do not transfer any more money, even to someone who promises to \"get your money back\": that is a second scam.\n\n" +
    `I have told the staff of ${ctx.ward.name}; they will contact you in this Zalo chat ${when}.`
  );
}

function atRiskEn(verdict: ScamVerdict, ctx: ScamReplyContext): string {
  const bank = hotlineBrand(verdict);
  return (
    "WARNING: scammers may use that information or app to take your money at any time. Do this now:\n" +
    `1. Call your bank's hotline${ownBankEn(bank)} to lock your account, card and online banking for now.\n` +
    "2. If you installed an unknown app or let a stranger control your phone: turn off your phone's internet, remove that app, then change your bank, Zalo and VNeID passwords from another device.\n" +
    "3. Do not read out any more codes, do not tap links, and do not answer calls back from unknown numbers.\n" +
    fillPlaceholders("4. Tell the ward police ({{ward.police}}) or call 113; report the scam number to the short numbers 156 or 5656.", ctx.kb, ctx.ward)
  );
}

/**
 * The scam reply in English when the resident writes in English, else undefined (the Vietnamese
 * reply stands). The kind, entries, facts and handoff are the Vietnamese reply's; only the words change.
 */
export function englishScamReply(text: string, verdict: ScamVerdict, ctx: ScamReplyContext, memory: ConversationMemory): (ScamReply & { lang: "en" }) | undefined {
  if (verdict.outcome === "not_forwarded" || !scamAskedInEnglish(text, memory)) return undefined;
  const base = scamReply(verdict, ctx);
  if (!base) return undefined;
  const reply =
    verdict.outcome === "victim" ? victimEn(verdict, ctx) : verdict.outcome === "at_risk" ? atRiskEn(verdict, ctx) : base.kind === "scam_warning" ? warningEn(verdict, ctx) : noClearSignsEn(verdict, ctx);
  return { ...base, reply, suggestions: [], lang: "en", explanation: `${base.explanation} (trả lời bằng tiếng Anh)` };
}
