/*
 * "tuần trước tôi báo ổ gà ngõ 7 rồi mà chưa thấy ai đến, xem giúp đến đâu rồi", "tôi gửi phản ánh về tiếng ồn công
 * trình tuần trước mà chưa thấy trả lời", "tôi phản ánh vỉa hè bị lấn chiếm từ tuần trước mà chưa thấy gì": a report the
 * resident already sent, and nothing heard since. That is the entry on following a report sent (its title "Theo dõi
 * phản ánh đã gửi …": where to see it, how long the ward has), not the entry on sending one (the problem's words pulled
 * that one), nor a request to check one's own file handed to staff ("xem giúp đến đâu rồi", own-case-check.ts): the
 * tracking entry says where the resident sees their report's state and when staff must answer.
 *
 * Only a report (phản ánh, kiến nghị, "tôi báo …"), not a procedure's file ("hồ sơ": its look-up entry and
 * own-case-check.ts), nor anything of a scam or the police.
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle } from "./folded-title";

/** the resident sent a report: "tôi báo", "đã phản ánh", "gửi phản ánh", "có kiến nghị" (folded as typed) */
const reported = /\b(?:(?:toi|em|minh|chau|bac|da|co|nha toi) (?:da |co )?(?:gui |di )?(?:bao|phan anh|kien nghi)|gui (?:phan anh|kien nghi))\b/;
/** …some time ago: "rồi", "tuần trước", "từ hai tuần trước", "mấy hôm nay", "3 ngày rồi" */
const before = /\b(?:roi|tuan truoc|hom truoc|thang truoc|hom qua|may hom|may ngay|may tuan|(?:\d+|mot|hai|ba|bon|nam) (?:ngay|tuan|thang|hom))\b/;
/** …and nothing heard since: "chưa thấy ai đến", "vẫn chưa có phản hồi", "không thấy trả lời", "chưa thấy gì" */
const unanswered = /\b(?:chua|van chua|khong|chang|chua he)(?: (?:thay|co|nhan duoc|duoc|ai))* (?:phan hoi|tra loi|xu ly|giai quyet|den|sua|hoi am|dong tinh|gi|ket qua)\b/;
/** a file, a scam, the police: other entries' */
const other = /\b(?:ho so|lua|lua dao|otp|chuyen tien|chuyen khoan|cong an|113|mat trom|bi mat)\b/;

/** Whether the message (folded as typed) tells a report sent before with nothing heard since. */
export function reportNotAnswered(plain: string): boolean {
  return reported.test(plain) && unanswered.test(plain) && before.test(plain) && !other.test(plain);
}

/** The entry on following a report sent: its title begins "Theo dõi phản ánh". */
export function isReportTrackingEntry(entry: KnowledgeEntry): boolean {
  return /^theo doi phan anh\b/.test(foldedTitle(entry));
}
