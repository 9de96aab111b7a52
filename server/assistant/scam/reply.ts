import type { ScamFacts, ScamReply } from "../ask-result";
import type { KnowledgeBase } from "../../knowledge/knowledge-schema";
import { fillPlaceholders } from "../../knowledge/render-answer";
import type { Ward } from "../../wards/ward-profile";
import { describeNextStaffTime } from "../../wards/working-hours";
import { foldForScam } from "./normalize";
import { checkScam, type ScamVerdict } from "./check";
import { wardContactNumbers } from "./ward-numbers";
import { factFor, signalExplanations } from "./explanations";
import { probeClassReasons } from "./probe-classes";
import { moneyOfferReasons } from "./money-offer-classes";
import { jobOfferReasons } from "./job-offer-classes";
import { isolationAndPayoutReasons } from "./isolation-and-payout";
import { brandMobileReasons } from "./brand-mobile-contact";
import { brandById, type Brand } from "./registry";
import { handWeights } from "./check";
import type { SignalName } from "./signals";
import { includedIn } from "./set-tests";
import { recoveryVictimEntry } from "./victim-of-recovery";

/*
 * What a resident reads after the scam check: a warning (why, what to do now, where to report),
 * "no clear signs" with how to check through the sender's own hotline (never "this is safe"),
 * or, for a victim, the steps at once and a person at the ward. Replies fit one Zalo message.
 */

export type ScamReplyContext = {
  kb: KnowledgeBase;
  ward: Ward;
  now: number;
  /** up to n lừa-đảo entries related to the text, for the suggestions */
  related: (n: number) => Array<{ id: string; title: string; score: number }>;
};

/** The brand whose hotline the resident should call: a bank first (to lock an account), then any. */
function hotlineBrand(verdict: ScamVerdict): Brand | undefined {
  const brands = verdict.brands.map((id) => brandById(id)).filter((b): b is Brand => !!b && b.hotlines.length > 0);
  return brands.find((b) => b.kind === "bank" || b.kind === "wallet") ?? brands[0];
}

function hotlineText(brand: Brand | undefined): string {
  return brand ? `${brand.name}: ${brand.hotlines[0]!.number}` : "";
}

/** The strongest reasons first, at most three. */
function reasons(verdict: ScamVerdict): string[] {
  const ranked = verdict.signals
    .filter((s) => signalExplanations[s] && handWeights[s] > 0)
    .sort((a, b) => handWeights[b] - handWeights[a]);
  // a look-alike link says more than "a link" or "an odd ending"
  const redundant: SignalName[] = ranked.includes("link_lookalike") || ranked.includes("link_brand_mismatch") ? ["link_unofficial", "link_risky_tld"] : ["link_unofficial"];
  const chosen = ranked.filter((s) => !redundant.includes(s) || ranked.length < 3);
  // (session 23) a script class of probe-classes.ts, in its own words first
  const folded = foldForScam(verdict.body);
  const script = [...probeClassReasons(folded), ...moneyOfferReasons(folded), ...jobOfferReasons(folded), ...isolationAndPayoutReasons(folded, verdict.signals), ...brandMobileReasons(folded, verdict.brands.map((id) => brandById(id)?.kind ?? ""))].slice(0, 2);
  const all = [...script, ...chosen.map((s) => signalExplanations[s]!)].slice(0, 3);
  return all.length ? all : ["tin nhắn giống một kịch bản lừa đảo đã được cơ quan chức năng cảnh báo"];
}

function linkLine(verdict: ScamVerdict): string {
  const official = new Set<string>();
  for (const id of verdict.brands) for (const d of brandById(id)?.domains ?? []) official.add(d);
  const hosts = verdict.domains.filter((h) => ![...official].some((d) => h === d || h.endsWith(`.${d}`)));
  if (!hosts.length) return "";
  const brand = verdict.brands.map((id) => brandById(id)).find((b) => b && b.kind !== "platform" && b.kind !== "government");
  const real = brand ? ` Trang thật của ${brand.name}: ${brand.domains[0]}.` : "";
  return `\nĐường link trong tin: ${hosts.slice(0, 2).join(", ")} (không phải trang chính thức).${real}`;
}

export function scamWarning(verdict: ScamVerdict, ctx: ScamReplyContext): ScamReply {
  const brandKinds = new Set(verdict.brands.map((id) => brandById(id)?.kind ?? ""));
  const fact = factFor(new Set(verdict.signals), brandKinds);
  const bank = hotlineBrand(verdict);
  // (session 26) "số in sau thẻ" only for a bank (cards); an operator's or a utility's hotline cannot lock a bank
  // account, so then the resident's own bank comes first and the named brand's hotline after it
  const own = ownMoneyBrand(bank);
  const lockLine = own
    ? `gọi ngay tổng đài ${hotlineText(own)}${own.kind === "bank" ? " (hoặc số in sau thẻ)" : ""} để khóa tài khoản`
    : `gọi ngay tổng đài ngân hàng của mình (số in sau thẻ hoặc trong ứng dụng chính thức) để khóa tài khoản${bank ? `, báo tổng đài ${hotlineText(bank)}` : ""}`;
  const reply =
    "CẢNH BÁO: tin nhắn này có dấu hiệu LỪA ĐẢO.\n\n" +
    `Vì sao:\n${reasons(verdict).map((r) => `- ${r}`).join("\n")}${linkLine(verdict)}\n` +
    (fact ? `${fact}\n` : "") +
    "\nÔng/bà cần làm ngay:\n" +
    "1. Không bấm vào đường link, không cài ứng dụng, không gọi lại hay trả lời tin này.\n" +
    "2. Không chuyển tiền, không đọc mã OTP, mật khẩu, số thẻ, không gửi ảnh giấy tờ cho ai.\n" +
    `3. Nếu đã lỡ làm theo: ${lockLine}, rồi báo Công an phường hoặc gọi 113.\n\n` +
    fillPlaceholders("Báo cáo: phản ánh tin nhắn, cuộc gọi lừa đảo tới đầu số 156 hoặc 5656; Công an phường: {{ward.police}}.", ctx.kb, ctx.ward);
  return warningWithRelated(reply, verdict, ctx, `Tin nhắn có dấu hiệu lừa đảo (điểm ${verdict.score}): ${verdict.signals.join(", ")}.`, leadEntryOf(verdict));
}

/**
 * "Online kidnapping" (Bộ Công an's warnings): the caller first isolates the victim — turn the phone
 * off, stay alone, take a hotel room, tell no one "to help the investigation" — then calls the family
 * for a ransom. Its own entry leads, not the fake-police one its "điều tra" words also match.
 */
const isolation = /\b(o mot minh|tat (dien thoai|may)|thue phong|khach san|cat (het )?lien lac|khong (duoc )?lien lac (voi )?(gia dinh|nguoi than|bo me|ai))\b/;
function leadEntryOf(verdict: ScamVerdict): string | undefined {
  const has = includedIn(verdict.signals);
  if (has("kidnap") || (has("secrecy") && isolation.test(foldForScam(verdict.body)))) return "ld-bat-coc-online";
  return undefined;
}

export function scamNoClearSigns(verdict: ScamVerdict, ctx: ScamReplyContext): ScamReply {
  const brand = hotlineBrand(verdict);
  const officialLinks = verdict.domains.length && verdict.signals.includes("link_official") && !verdict.signals.includes("link_unofficial");
  const verify = brand
    ? `Tự gọi tổng đài chính thức ${hotlineText(brand)} (hoặc số in trên thẻ, hóa đơn) để hỏi lại, không gọi số ghi trong tin.`
    : "Tự tìm số tổng đài chính thức của bên gửi (in trên thẻ, hóa đơn hoặc trang web chính thức) và gọi hỏi lại, không gọi số ghi trong tin.";
  const reply =
    "Dạ, trong tin nhắn này tôi không thấy dấu hiệu lừa đảo rõ ràng. Tuy vậy tôi không thể khẳng định tin là thật.\n" +
    (officialLinks ? `Đường link trong tin (${verdict.domains.slice(0, 2).join(", ")}) là trang chính thức.\n` : "") +
    "\nĐể chắc chắn, ông/bà:\n" +
    `1. ${verify}\n` +
    "2. Không đọc mã OTP, mật khẩu, không chuyển tiền cho ai khi chưa hỏi lại.\n" +
    fillPlaceholders("3. Còn băn khoăn, ông/bà hỏi {{ward.name}} (đường dây nóng: {{ward.hotline}}) hoặc Công an phường.", ctx.kb, ctx.ward);
  return {
    kind: "scam_no_signs",
    reply,
    entries: [],
    suggestions: [],
    links: [],
    scam: scamFacts(verdict),
    explanation: `Tin nhắn chuyển tiếp, không thấy dấu hiệu lừa đảo rõ ràng (điểm ${verdict.score}${verdict.signals.length ? `: ${verdict.signals.join(", ")}` : ""}).`,
  };
}

export function scamVictim(verdict: ScamVerdict, ctx: ScamReplyContext): ScamReply {
  const bank = hotlineBrand(verdict);
  const when = describeNextStaffTime(ctx.ward.profile.working_hours, ctx.now);
  const reply =
    "Dạ, ông/bà hãy làm ngay các việc sau, càng sớm càng có cơ hội giữ lại được tiền:\n" +
    `1. Gọi ngay tổng đài ngân hàng của mình${ownBankHotline(bank)} để khóa tài khoản, đề nghị tra soát và phong tỏa tài khoản nhận tiền.\n` +
    "2. Nếu đã đưa mã OTP, mật khẩu hoặc cài ứng dụng lạ: tắt mạng điện thoại, nhờ ngân hàng khóa tài khoản, rồi đổi mật khẩu.\n" +
    fillPlaceholders("3. Gọi 113 hoặc đến Công an phường ({{ward.police}}) để trình báo, mang theo căn cước.\n", ctx.kb, ctx.ward) +
    "4. Giữ lại bằng chứng: ảnh chụp tin nhắn, số điện thoại, số tài khoản, biên lai chuyển tiền.\n" +
    "5. Không chuyển thêm tiền, kể cả cho người hứa \"lấy lại tiền giúp\": đó là lừa đảo lần hai.\n\n" +
    `Tôi đã báo cán bộ ${ctx.ward.name}; cán bộ sẽ liên hệ ông/bà trong cuộc trò chuyện Zalo này, ${when}.`;
  const entry = ctx.kb.entries.find((e) => e.id === "ld-bi-lua-roi" && e.status === "published");
  // a warning like any other scam warning (led by ld-bi-lua-roi), with the victim sub-outcome and a person
  // (a second loss to a "money recovery" service is led by that scam's entry: victim-of-recovery.ts)
  const recovery = ((id) => id && ctx.kb.entries.find((e) => e.id === id && e.status === "published"))(recoveryVictimEntry(verdict.body));
  return {
    kind: "scam_warning",
    reply,
    entries: [...(recovery ? [recovery] : []), ...(entry ? [entry] : [])].map((e) => ({ id: e.id, title: e.title, score: 1 })),
    suggestions: [],
    links: [],
    handoff: { reason: "scam_victim" },
    scam: scamFacts(verdict),
    explanation: "Người dân báo vừa bị lừa: hướng dẫn việc cần làm ngay và chuyển cán bộ.",
  };
}

/**
 * A risky act with no loss yet ("lỡ đọc mã OTP cho người lạ nhưng chưa bị trừ tiền"): the scam
 * warning's "what to do now", said for what was done, never "ông/bà đã mất tiền".
 */
export function scamAtRisk(verdict: ScamVerdict, ctx: ScamReplyContext): ScamReply {
  const bank = hotlineBrand(verdict);
  const reply =
    "CẢNH BÁO: kẻ gian có thể dùng thông tin hoặc ứng dụng đó để rút tiền bất cứ lúc nào. Ông/bà làm ngay:\n" +
    `1. Gọi tổng đài ngân hàng của mình${ownBankHotline(bank)} để tạm khóa tài khoản, thẻ và ngân hàng điện tử.\n` +
    "2. Nếu đã cài ứng dụng lạ hoặc cho người lạ điều khiển máy: tắt mạng điện thoại, gỡ ứng dụng đó, rồi đổi mật khẩu ngân hàng, Zalo, VNeID từ một máy khác.\n" +
    "3. Không đọc thêm mã, không bấm link, không nghe máy số lạ gọi lại.\n" +
    fillPlaceholders("4. Báo Công an phường ({{ward.police}}) hoặc gọi 113; báo số lừa đảo tới đầu số 156 hoặc 5656.", ctx.kb, ctx.ward);
  return warningWithRelated(reply, verdict, ctx, "Người dân lỡ làm theo kẻ gian nhưng chưa mất tiền: hướng dẫn việc cần làm ngay để giữ tiền.");
}

/**
 * A scam warning led by the two scam entries closest to the message, offered as follow-ups. A
 * warning raised by a rule of its own (not the check's verdict) names its lead entry, shown first
 * when published, and is a scam whatever the check's outcome was.
 */
export function warningWithRelated(
  reply: string,
  verdict: ScamVerdict,
  ctx: ScamReplyContext,
  explanation: string,
  leadEntry?: string,
): ScamReply {
  const lead = leadEntry ? ctx.kb.entries.find((e) => e.id === leadEntry && e.status === "published") : undefined;
  const related = leadEntry
    ? [...(lead ? [{ id: lead.id, title: lead.title, score: 1 }] : []), ...ctx.related(3).filter((r) => r.id !== leadEntry)].slice(0, 2)
    : ctx.related(2);
  return {
    kind: "scam_warning",
    reply,
    entries: related,
    suggestions: related.map((r) => ({ title: r.title.slice(0, 100), query: r.title })),
    links: [],
    scam: leadEntry ? { ...scamFacts(verdict), outcome: "scam" } : scamFacts(verdict),
    explanation,
  };
}

/** The brand that holds the resident's money (a bank or an e-wallet), or undefined (an operator, a utility, an agency). */
function ownMoneyBrand(brand: Brand | undefined): Brand | undefined {
  return brand && (brand.kind === "bank" || brand.kind === "wallet") ? brand : undefined;
}

/** The resident's own bank's hotline, in brackets: the bank's or wallet's when the message names one (not an operator's). */
function ownBankHotline(bank: Brand | undefined): string {
  const own = ownMoneyBrand(bank);
  return own ? ` (${hotlineText(own)})` : " (số in sau thẻ hoặc trong ứng dụng chính thức)";
}

/** What the conversation layer keeps of a verdict (to spot waves of the same scam). */
export function scamFacts(verdict: ScamVerdict): ScamFacts {
  return { outcome: verdict.outcome, signals: verdict.signals, domains: verdict.domains, brands: verdict.brands, body: verdict.body, phones: verdict.phones, accounts: verdict.accounts };
}

/** The reply for a verdict, or undefined when the message is the resident's own question. */
export function scamReply(verdict: ScamVerdict, ctx: ScamReplyContext): ScamReply | undefined {
  switch (verdict.outcome) {
    case "victim":
      return scamVictim(verdict, ctx);
    case "at_risk":
      return scamAtRisk(verdict, ctx);
    case "scam":
      return scamWarning(verdict, ctx);
    case "no_clear_signs":
      return scamNoClearSigns(verdict, ctx);
    case "not_forwarded":
      return undefined;
  }
}

/** The mini app's "Kiểm tra tin nhắn": the text was received, so it always gets a verdict. */
export function checkReceivedMessage(text: string, ctx: ScamReplyContext): ScamReply {
  const verdict = checkScam(text, { assumeForwarded: true, wardNumbers: wardContactNumbers(ctx.ward.profile) });
  return scamReply(verdict, ctx) ?? scamNoClearSigns(verdict, ctx);
}
