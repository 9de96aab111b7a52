/*
 * "có phải lừa không", "vâng, thế là lừa hả", "tôi chưa đọc, vậy có phải lừa đảo không", "họ bảo lãi 5% một tuần, có
 * thật không", "nó rút được tiền thật, vậy là thật hả" right after a scam entry was shown: whether the thing just told is
 * a scam (or genuine). Its only topic word, "lừa", finds the checking entry or another scam entry by its bait words; the
 * resident asks about the same scam: the warned entry's yes/no (assistant.ts, leansOnScamWarning). Read on the last
 * clause (folded as typed), what comes before it being the story or an acknowledgement. The person addressed may close
 * it ("có phải lừa hông chị", "lừa không bác ơi"): a word of address after the question is part of its tail.
 */
import { typedFolded } from "./scam-followups";

const lead = String.raw`^(?:(?:vang|da|u|uh|ok|oke|vay|vay thi|the|the thi|thi|ra|nhu vay|nhu the|the nay|vay la|the la|nghia la|tuc la|chac|hoa ra|co khi|roi|con|ma)\s+){0,3}`;
const subject = String.raw`(?:(?:cai|viec|vu|chuyen|tin|tin nhan|cuoc goi|so|san|app|ung dung|nhom|ben|trang|web|link|ho|no|do|nay|kia|ay|day)\s+){0,3}`;
const copula = String.raw`(?:co phai(?: la)?|co dung la|dung la|la|chac la|co|co bi|bi)\s+`;
const scamWord = String.raw`(?:lua dao|lua|scam|gia|gia mao|that|that khong|that hay gia|that hay lua|lua hay that|uy tin)`;
const tail = String.raw`(?:\s+(?:khong|ko|k|hong|ha|a|ak|ah|ad|nhi|chu|vay|day|ha em|a em|khong a|ko a|khong ad|ko ad|dung khong|dung ko|phai khong|phai ko|roi|roi a|roi ha|khong vay|ko vay|nhi ad|chi|anh|em|bac|co|ban|oi))*\s*[?.!]*$`;
const isItReal = new RegExp(`${lead}${subject}(?:${copula})?${scamWord}${tail}`);
/** the bare "thật"/"giả" needs a question mark or a question word after it ("là thật" alone tells, "là thật hả" asks) */
const bareAnswer = /^(?:\S+\s+){0,5}(?:la\s+)?(?:that|gia)\s*[.!]*$/;

/** Whether the message's last clause asks whether the thing just told is a scam, or genuine (the message as typed). */
export function asksIfScam(text: string): boolean {
  const clauses = text.split(/[,;:]/).map((c) => typedFolded(c)).join(" , ").split(/\s,\s|\s(?=vay (?:la|co|thi)\b)/).map((c) => c.trim()).filter(Boolean);
  const last = clauses[clauses.length - 1];
  if (text.length > 100 || !last || last.split(/\s+/).length > 8 || bareAnswer.test(last)) return false;
  return isItReal.test(last);
}
