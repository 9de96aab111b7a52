/*
 * A person asked for without the words "gặp" or "nói chuyện" (session 16, out of coverage): the resident asks staff to
 * call back ("nhờ cán bộ gọi lại cho tôi theo số này", "đề nghị phường gọi điện lại cho bác", "phiền ad bảo cán bộ gọi lại") or asks whether a named
 * officer is in today ("cô cán bộ tư pháp hôm nay có ở phòng không", "chủ tịch chiều nay có ở cơ quan không"). No entry
 * answers either: the words found the entry of the officer's field (lý lịch tư pháp for "tư pháp") or the online help
 * desk. It is a request for a person, handed off like the "Gặp cán bộ" button. A call the resident got (a scam story:
 * "có người xưng cán bộ gọi lại cho tôi") has no asking word before it, and the ward's hours ("phường hôm nay có làm việc
 * không") name no officer.
 */
import { matches } from "../lib/regex-prefilter";

const callBack =
  /\b(?:nho|phien|bao|nhan|de nghi|xin|mong|vui long|lam on|can|muon|yeu cau) (?:[a-z]+ ){0,2}(?:can bo|phuong|nhan vien|admin|ad|ai do|nguoi)(?: [a-z]+){0,3} (?:goi (?:dien )?lai|lien he lai|goi dien) (?:cho |voi |ngay )?(?:toi|em|minh|bac|chau|tui|con|gia dinh)\b/;
const officerIn =
  /\b(?:can bo|chu tich|pho chu tich|lanh dao|cong an (?:khu vuc|phuong)|canh sat khu vuc)(?: [a-z]+){0,3} (?:hom nay|chieu nay|sang nay|bay gio|luc nay|ngay mai|mai|hom nao|khi nao|luc nao|may gio) (?:co |da |dang )?(?:o phong|o co quan|o phuong|o tru so|o uy ban|di lam|co mat|ve|den|truc)(?: chua| khong| ko| k| hong)?\b/;

/** Whether the message (folded) asks for a call back or whether an officer is in. */
export function asksForPersonIndirectly(folded: string): boolean {
  return matches(callBack, folded) || matches(officerIn, folded);
}
