import type { SignalName } from "./signals";

/*
 * (session 11) The scripts the Vietnamese patterns know, as they reach foreign residents in English:
 * "Your electricity will be cut off tonight, pay … to account …", "Hi, I'm HR from Shopee, part-time
 * job, earn 3,000,000 VND daily, add me on Telegram", "customs duty unpaid, pay …", "share the OTP to
 * complete verification", fake police, prizes, "Hi mum, this is my new number". Each cue sets the same
 * signal its Vietnamese pattern sets, so the hand weights, the script bonuses and the replies' reasons
 * (explanations.ts, reply-english.ts) apply unchanged. Read only on text with English function words.
 * A request inside a negated or conditional clause ("never share this code", "if someone asks you to
 * pay…") is advice, not a request; so is a code handed to the reader ("Your OTP is 123456").
 */

/** English function words that no folded Vietnamese word spells ("to", "me", "my", "an", "it" do: "tô", "mẹ", "Mỹ", "ăn", "ít"). */
const englishText = /\b(the|your|you|is|are|will|please|and|this|we|i'?m|i am|from|for|of|with|have|has|dear|hello|our|been|by|would)\b/g;

/** At least two English function words: Vietnamese folded text holds none of them. */
function looksEnglish(folded: string): boolean {
  let n = 0;
  englishText.lastIndex = 0;
  while (englishText.exec(folded)) if (++n >= 2) return true;
  return false;
}

// (folded text: lower case, no diacritics; "don't" keeps its apostrophe)
const requests: [SignalName, RegExp][] = [
  ["money_to_person", /\b(pay|transfer|send|deposit|wire|remit)\b[^.!?]{0,60}\b(to|into|in) (this|the following|my|our|the|a|his|her) ?(personal |private |bank |safe |secure |holding )?(account|acc|a\/c|bank account)\b/g],
  ["money_request", /\b(pay|transfer|send|deposit|wire)\b (\S+ ){0,4}(\d[\d.,]* ?(vnd|usd|dong|million|k\b)|\$ ?\d|(the |your |an? )?(outstanding |unpaid |overdue )?(bill|fee|fine|amount|balance|deposit|money|penalty|duty|tax)\b)/g],
  ["fee_to_receive", /\b(fee|deposit|tax|duty|charge)\b[^.!?]{0,40}\b(to|before you can|in order to) (receive|release|claim|unlock|withdraw|get)\b|\bunlock (your )?(earnings|commission|funds|salary|withdrawal)\b|\b(import|customs|clearance|redelivery|release|processing|handling|activation|insurance) (fee|duty|charge|tax)\b/g],
  ["otp_request", /\b(send|share|give|tell|read|forward|provide|reply with|enter|confirm)\b (me |us |it |back )?(\S+ ){0,3}(otp|one[- ]time (code|password|pin)|verification code|security code|the code|\d[- ]digit code|pin code)\b/g],
  ["card_request", /\b(enter|provide|send|confirm|update|give|share)\b (me |us )?(\S+ ){0,3}(card number|cvv|card details|banking password|password|online banking login|bank login)\b/g],
  ["id_photo_request", /\b(send|upload|provide|share|take)\b (me |us )?(\S+ ){0,2}(photo|picture|scan|copy|selfie)s? (of |with )?(your |the )?(id|id card|passport|citizen id|face)\b/g],
  ["app_install", /\b(download|install)\b (\S+ ){0,3}(app|application|apk|software)\b/g],
  ["private_chat", /\b(add|contact|message|text|chat with|reach|call) (me|us|our \S+|the \S+)? ?(on|via|through|at) (telegram|whatsapp|zalo|signal|line|wechat)\b|\badd me\b/g],
];

const lures: [SignalName, RegExp][] = [
  ["threat", /\b(will|would|is going to) be (cut off|disconnected|suspended|blocked|locked|deactivated|terminated|cancell?ed|frozen|returned|destroyed|deported)\b|\b(disconnection|arrest warrant|arrested|money laundering|legal action|deportation|criminal case)\b/],
  ["urgency", /\b(tonight|urgent(ly)?|asap|as soon as possible|immediately|right away|right now|within \d+ ?(hours?|hrs?|minutes?|mins?|h)|final (notice|warning)|last (chance|warning|reminder)|before \d{1,2}(:\d\d)? ?(pm|am)|expires? today)\b/],
  ["easy_money", /\b(part[- ]time|remote (job|work)|work from home|online job|earn (\S+ ){0,3}(daily|per day|a day|\/day|per hour|an hour)|(daily|weekly) (pay|salary|income|commission)|commissions?|simple tasks?|easy (job|money|work)|(i'?m|i am|this is) (the )?(hr|recruiter)\b|recruiter)\b/],
  ["prize", /\b(congratulations|you (have been|were) selected|lucky (winner|customer)|free gift|claim (your )?(reward|gift|prize))\b/],
  ["authority", /\b(police|policeman|officer|investigator|court|prosecutor|procuracy|immigration (department|office|police))\b/],
  ["emergency", /\b(hospital|accident|emergency|surgery|icu)\b/],
  ["no_callback", /\b(new number|my phone (is )?(broken|lost|dead)|lost my phone|can'?t (talk|call) (now|right now))\b/],
  ["relative_claim", /\b(hi|hello|hey) (mum|mom|dad|mama|papa)\b|\b(mum|mom|dad),? (it'?s|this is) me\b/],
  ["borrow", /\b(lend me|can i borrow|loan me|need (some )?money (urgently|now|today)|(can|could) you (please )?(transfer|send|lend|pay)\b (\S+ ){0,3}(\d|money|me|for me))/],
  ["loan", /\b(instant|quick|fast|easy) loans?\b|\bloan (approved|without (collateral|paperwork))\b/],
  ["investment", /\b(guaranteed (profit|returns?|income)|crypto(currency)?|usdt|bitcoin|trading (group|platform|signals)|invest(ment)? (group|opportunity|platform))\b/],
  ["secrecy", /\b(don'?t|do not) tell (anyone|anybody|your family|the police)|keep (this|it) (secret|confidential|between us)\b/],
  // "Hi, is this Kevin? Sorry, wrong number": the opener of a romance or investment script (it is warned only once it
  // turns to the reader: check.ts wrongNumberPivot; a lone slip is not)
  ["wrong_number", /\b(wrong (number|person|contact)|texted the wrong|messaged the wrong|sent (this|it) to the wrong)\b/],
  // a stranger's "let's get to know each other" (Vietnamese "làm quen"): the romance script's opener
  ["romance", /\b(get to know (you|each other)|(be|become|make) friends( with you)?|are you single|you seem (nice|lovely|kind|sweet))\b/],
  ["account_update", /\b(verify|update|confirm|re-?activate|unlock) (your )?(account|details|information|identity|kyc|card)\b|\bkyc\b/],
];

/** A code handed to the reader ("Your OTP is 482913", "482913 is your verification code"). */
const codeGiven = /\b(otp|code|pin|password)( for \S+)? (is|:) ?\d{4,8}\b|\b\d{4,8} is your (\S+ )?(otp|code|pin)\b/;
/** A rule of a bank or agency ("never share this code", "we will never ask for your OTP"). */
const protectiveRule = /\b(never|do not|don'?t) (share|give|tell|send|disclose|reveal)\b[^.!?]{0,40}\b(code|otp|password|pin|card)\b|\bwill never (ask|call|request)\b/;

/**
 * A negated or conditional clause before a request ("never", "do not", "if someone asks you to"), or the
 * resident's own question about their own payment ("how do I pay the processing fee for my passport").
 */
const adviceBefore = /\b(never|not|don'?t|no one|nobody|won'?t|avoid|if|when|refuse|beware|scammers?|fraudsters?|someone|how|where|do i|should i|can i|i|we)\b/;

function requestedHere(folded: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    const start = Math.max(0, m.index - 60);
    const before = folded.slice(start, m.index);
    const clause = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf("!"), before.lastIndexOf("?"), before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
    if (!adviceBefore.test(clause)) return true;
  }
  return false;
}

/** The signals an English text carries (none for a text that does not read as English). */
export function englishSignals(folded: string): SignalName[] {
  if (!looksEnglish(folded)) return [];
  const out: SignalName[] = [];
  const givesCode = codeGiven.test(folded);
  for (const [name, pattern] of requests) {
    if (name === "otp_request" && givesCode) continue;
    if (requestedHere(folded, pattern)) out.push(name);
  }
  for (const [name, pattern] of lures) if (pattern.test(folded)) out.push(name);
  if (givesCode) out.push("code_delivery");
  if (protectiveRule.test(folded) && !out.some((s) => s === "money_to_person" || s === "otp_request" || s === "card_request")) out.push("protective");
  return out;
}
