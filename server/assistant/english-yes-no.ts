/*
 * English yes/no questions answered "Yes, …"/"No, …" first, where the data settles them: the
 * question is put to yesNoSentence (yes-no.ts) in the folded Vietnamese words it reads, and its
 * "Dạ có"/"Dạ không" is said in English. Only the kinds whose English can be written from the
 * data alone: the ward's working days ("Is it open on Saturday?"), whether a procedure can be
 * filed online ("Can I do it online?"), whether there is a fee ("Is there a fee?", "Is it free?").
 * An entry's own stated facts are Vietnamese quotes: they stay in the Vietnamese path.
 */
import { UNVERIFIED_MARKER } from "../knowledge/procedure-facts";
import { fillPlaceholders } from "../knowledge/render-answer";
import type { KnowledgeBase, KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { Ward } from "../wards/ward-profile";
import { statedYesNo } from "./stated-yes-no";
import { yesNoSentence } from "./yes-no";

/** a question that expects a yes or a no ("Is it…", "Can I…", "Do I have to pay…") */
const yesNoShape = /^(?:(?:hi|hello|ok(?:ay)?|and|so|also|sorry|excuse me|please)[,!.\s]+)*(?:is|are|can|could|do|does|will|would|should|must|has|have)\b/;
const dayWords: Array<[RegExp, string, string]> = [
  [/\bmondays?\b/, "thu hai", "on Mondays"],
  [/\btuesdays?\b/, "thu ba", "on Tuesdays"],
  [/\bwednesdays?\b/, "thu tu", "on Wednesdays"],
  [/\bthursdays?\b/, "thu nam", "on Thursdays"],
  [/\bfridays?\b/, "thu sau", "on Fridays"],
  [/\bsaturdays?\b/, "thu bay", "on Saturdays"],
  [/\bsundays?\b/, "chu nhat", "on Sundays"],
  [/\bweekends?\b/, "cuoi tuan", "at the weekend"],
];
const openWords = /\b(?:open|opens|work|works|working|receive|receives|accept|accepts)\b/;
const closedWords = /\b(?:closed|close|shut|off)\b/;
const onlineWords = /\bonline\b|\bon (?:the )?(?:vneid|(?:public service )?portal|dichvucong)\b|\b(?:via|through|using|with) (?:the )?vneid\b/;
const possibleWords = /\b(?:can|could|is it possible|possible)\b/;
/** filing itself: the only online question the procedure record settles */
const fileWords = /\b(?:file|filed|filing|submit|submitted|apply|applied|register|registered|lodge|do (?:it|this|that)|done)\b/;
/** another act done online (checking a status, paying, booking): the record does not say */
const otherActWords = /\b(?:check|checking|track|tracking|status|pay|paying|payment|book|booking|appointments?|receive|collect|download|look up|print|renew|cancel)\b/;
const freeWords = /\bfree\b|\bfree of charge\b|\bno (?:fee|charge)\b/;
const feeWords = /\bfees?\b|\bcharges?\b|\bcosts?\b|\bpay\b|\bpaid\b/;

function feeUnconfirmed(entry: KnowledgeEntry, kb: KnowledgeBase, ward: Ward): boolean {
  const id = entry.procedures[0];
  try {
    return !!id && fillPlaceholders(`{{procedure.${id}.fee}}`, kb, ward).includes(UNVERIFIED_MARKER);
  } catch {
    return true;
  }
}

function answer(sentence: string | undefined): boolean | undefined {
  const m = sentence ? /^Dạ (có|không)(?!\p{L})/u.exec(sentence) : null;
  return m ? m[1] === "có" : undefined;
}

/** "Yes, …"/"No, …" for an English yes/no question about `entry`, or undefined when the data does not settle it. */
export function englishYesNo(text: string, entry: KnowledgeEntry, kb: KnowledgeBase, ward: Ward): string | undefined {
  const lower = text.toLowerCase().trim();
  if (!yesNoShape.test(lower) && !/\bis there\b/.test(lower)) return undefined;
  const day = dayWords.find(([pattern]) => pattern.test(lower));
  if (day) {
    const closed = closedWords.test(lower);
    if (!closed && !openWords.test(lower)) return undefined;
    const yes = answer(yesNoSentence(entry, undefined, `${closed ? "nghi lam viec" : "lam viec"} ${day[1]}`, kb, ward));
    if (yes === undefined) return undefined;
    const open = closed ? !yes : yes;
    return `${yes ? "Yes" : "No"}, ${ward.name} is ${open ? "open" : "closed"} ${day[2]}.`;
  }
  if (onlineWords.test(lower) && possibleWords.test(lower)) {
    if (!fileWords.test(lower) || otherActWords.test(lower)) return undefined;
    const yes = answer(yesNoSentence(entry, "online", "lam truc tuyen duoc", kb, ward));
    if (yes === undefined) return undefined;
    return yes ? "Yes, this procedure can be filed online." : "No, this procedure is done in person; it cannot be filed online yet.";
  }
  const free = freeWords.test(lower);
  if (free || feeWords.test(lower)) {
    // "Is it free for my mother (80)?": the fee record's general rule may not be a person's (yes-no.ts)
    if (/\b(?:mother|father|mom|mum|dad|parents?|grand(?:mother|father|parents?|ma|pa)|child(?:ren)?|kids?|son|daughter|elderly|old(?:er)? people|seniors?|students?|disabled|poor)\b/.test(lower)) return undefined;
    const folded = free ? "mien phi" : "co mat phi";
    const sentence = yesNoSentence(entry, "fee", folded, kb, ward);
    const yes = answer(sentence);
    if (yes === undefined) return undefined;
    // the "(chưa xác nhận)" of what settled it stays with the answer, in English: a fact the entry
    // states (yesNoSentence reads those first), else the fee record of the entry's first procedure
    const stated = statedYesNo(entry, folded);
    const unconfirmed = (stated !== undefined && stated === sentence ? sentence.includes(UNVERIFIED_MARKER) : feeUnconfirmed(entry, kb, ward)) ? " (not yet confirmed)" : "";
    if (free) return yes ? `Yes, it is free${unconfirmed}.` : `No, this procedure has a fee${unconfirmed}.`;
    return yes ? `Yes, there is a fee${unconfirmed}.` : `No, there is no fee${unconfirmed}.`;
  }
  return undefined;
}
