import { asksForPersonIndirectly } from "./person-asked-indirectly";
import { wantsPersonImpatiently } from "./person-wanted-impatiently";
/*
 * "Chuyển máy cho tôi", "nối máy giúp tôi với chủ tịch phường": the resident asks to be put through to a person now, as
 * on a switchboard (session 12, out of coverage). No entry answers that: the schedule of the leaders' reception (the
 * entry the words "gặp chủ tịch" find) is not what is asked, so the request is a person request, handed off like the
 * "Gặp cán bộ" button. A phone line asked about ("số máy lẻ", "máy bàn của phường") is not a transfer.
 */
const connectCall =
  /\b(?:chuyen|noi|ket noi) (?:may|cuoc goi|dien thoai)(?: (?:truc tiep|ngay|luon|giup|gium|dum|di|nhe))* (?:cho|toi|den|voi|gap) (?:toi|em|minh|bac|chau|tui|can bo|chu tich|lanh dao|nguoi|truong)\b|\b(?:chuyen|noi) may (?:giup|gium|dum|ngay|luon|di)\b/;

/** Whether the message (folded) asks to be put through to a person (or for one indirectly: person-asked-indirectly.ts). */
export function asksToBeConnected(folded: string): boolean {
  return connectCall.test(folded) || asksForPersonIndirectly(folded) || wantsPersonImpatiently(folded);
}
