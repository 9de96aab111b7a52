/*
 * A report already sent, its progress asked (session 26), in the shapes report-not-answered.ts does not read: the
 * report named first and then said sent ("phản ánh vụ nước thải gửi từ tháng trước vẫn chưa thấy ai xử lý", "phản ánh
 * đã gửi có xem được tiến độ không"), "đã gửi phản ánh hôm trước giờ sao rồi" (no "nothing heard" words, its progress
 * asked), "gửi phản ánh trên iHanoi tuần trước rồi, xem kết quả ở đâu", "theo dõi kết quả phản ánh thế nào". The
 * problem's words or the app named pulled the entry on sending a report or the iHanoi entry; the resident follows one
 * sent: the report-tracking entry (where to see its state, how long the ward has). Not a file, a scam, the police.
 */

/** "đã gửi phản ánh", "vừa gửi kiến nghị", "tôi gửi phản ánh … tuần trước": a report sent */
const sentFirst = /\b(?:da|vua|co|toi|em|minh|bac|chau) (?:da )?(?:gui|bao) (?:phan anh|kien nghi)\b/;
/** "phản ánh (vụ …) đã gửi", "phản ánh gửi từ tháng trước": the report named, then said sent */
const namedThenSent = /\b(?:phan anh|kien nghi)(?: \S+){0,8}? (?:da |duoc |vua )?gui\b/;
/** …some time ago, or said done ("đã gửi") */
const past = /\b(?:da gui|vua gui|duoc gui|roi|tuan truoc|hom truoc|thang truoc|hom qua|may hom|may ngay|may tuan|lau roi|(?:\d+|mot|hai|ba|bon|nam) (?:ngay|tuan|thang|hom))\b/;
/** its progress asked: "giờ sao rồi", "đến đâu rồi", "tiến độ", "kết quả", "xử lý chưa", or nothing heard since */
const progress =
  /\b(?:sao roi|the nao roi|ra sao roi|den dau roi|toi dau roi|tien do|ket qua|trang thai|xu ly chua|giai quyet chua|co ai (?:xu ly|giai quyet|tra loi)|(?:chua|van chua|khong|chang)(?: (?:thay|co|nhan duoc|duoc|ai))* (?:phan hoi|tra loi|xu ly|giai quyet|den|sua|hoi am|ket qua))\b/;
/** "theo dõi (kết quả / tiến độ) phản ánh": following one, named outright */
const following = /\btheo doi (?:(?:ket qua|tien do|trang thai) )?(?:(?:cua|cai) )?(?:phan anh|kien nghi)\b/;
/** a file, a scam, the police: other entries' */
const other = /\b(?:ho so|lua|lua dao|otp|chuyen tien|chuyen khoan|cong an|113|mat trom|bi mat)\b/;

/** Whether the message (folded as typed) asks how a report already sent is going. */
export function reportProgressAsked(plain: string): boolean {
  if (other.test(plain)) return false;
  if (following.test(plain)) return true;
  return (sentFirst.test(plain) || namedThenSent.test(plain)) && past.test(plain) && progress.test(plain);
}
