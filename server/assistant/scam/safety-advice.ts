/*
 * (session 11) A safety tip read like a retold call: "Tuyệt đối không bấm vào đường link trong tin nhắn báo
 * đơn hàng giao không thành công", "Khi nhận tin nhắn báo phạt nguội, không bấm vào đường link mà tra cứu
 * trên trang của Cục CSGT", "Nếu người thân nhắn tin mượn tiền qua Zalo, hãy gọi điện lại cho họ để xác
 * minh". It names a script's outline (a parcel, a fine, a loan over Zalo) only to tell the reader what not
 * to do, so the outline of a retold script is no sign there (check.ts retoldScript). A resident's own
 * "tôi không bấm vào link" is a retelling, not advice: the first person before the negation keeps it one.
 */
import { matches } from "../../lib/regex-prefilter";

const dontPress = /(?<!\b(toi|minh|em|chau|bac|con|tui|me|bo) (da |chua |van |cung )?)\b(khong|dung|tuyet doi khong|khong nen|dung co|khong duoc) (\S+ )?(bam|nhan|click|an|truy cap|vao|mo) (vao )?(link|duong link|duong dan|lien ket)\b/;
const verifyFirst = /\bneu\b[^.]{0,80}\b(hay|thi|nen) (\S+ )?(goi (dien )?(lai|truc tiep)|xac minh|kiem tra lai)\b|\b(hay|nen|can) (\S+ )?(goi (dien )?(lai|truc tiep)|xac minh|kiem tra lai)\b[^.]{0,60}\b(truoc khi|de xac minh)\b/;

/** The folded text gives a safety tip about a script instead of retelling one. */
export function givesSafetyAdvice(folded: string): boolean {
  return matches(dontPress, folded) || matches(verifyFirst, folded);
}

/*
 * (session 20) A rule told to the reader ("Không bao giờ cung cấp mã OTP cho người lạ", "tuyệt đối không chuyển
 * tiền theo yêu cầu qua điện thoại", "hãy cảnh giác với…", "Cảnh giác: kẻ gian giả danh…") names a script's
 * demands only to forbid them. Read only where the text gives no way to pay or reach anyone (safetyTipScore).
 * The first person before the rule ("tôi không bao giờ…", "em đã cung cấp…") keeps it the resident's own story.
 */
const neverDo =
  /(?<!\b(toi|minh|em|chau|bac|con|tui|me|bo|ong|ba|anh|chi) (da |chua |van |cung )?)\b(khong bao gio|tuyet doi khong|dung bao gio|dung|khong nen|khong duoc|khong) (\S+ ){0,2}(cung cap|chia se|tiet lo|doc|gui|chuyen (tien|khoan)|nop (tien|phi)|bam|cai( dat)?|tai|lam theo|nghe theo|lam viec qua|yeu cau) (\S+ ){0,3}(ma|otp|mat khau|tien|thong tin|link|duong link|duong dan|ung dung|app|so the|the|tai khoan|cccd|can cuoc|phi|le phi|dien thoai|zalo|tin nhan|cuoc goi|yeu cau)\b/;
// (the object is what scams ask for: "không được tiết lộ cho người khác" alone is a script's own secrecy, no rule)
const beAlert =
  /(?<!\b(toi|minh|em|chau|tui) (da |chua |van |cung |khong |hoi )?)\b((hay|nen|can|phai|luon) (\S+ ){0,2}(canh giac|de phong|than trong|tinh tao)|^\W*(canh giac|khuyen cao|luu y|canh bao)\b|(ba con|moi nguoi|nguoi dan|quy khach|cac ban|ca nha) (\S+ ){0,2}(canh giac|de phong|than trong))/;
const impostorNamed = /\b(ke gian|doi tuong|gia danh|mao danh|gia mao|lua dao|nguoi la|so la|cuoc goi la|tu xung|ai xung|bat ky ai|cho ai|bat cu ai|nguoi khac)\b/;

/** A rule against a script's demands, told to the reader (folded text). */
export function givesSafetyRule(folded: string): boolean {
  return (matches(beAlert, folded) && (matches(neverDo, folded) || matches(impostorNamed, folded))) || (matches(neverDo, folded) && matches(impostorNamed, folded));
}

/*
 * (session 12) The tip's own conditional holds the script's words as its demand ("Nếu bạn bè nhắn Zalo vay
 * tiền gấp, hãy gọi điện trực tiếp để xác minh trước khi chuyển tiền": Zalo, "gấp", "vay", "chuyển tiền"),
 * which the hand weights add up to a warning. A tip gives the reader no way to pay or reach anyone: with no
 * link, phone or account number, and nothing of a script's own threats (secrecy, a kidnapping), it is no scam.
 */
export function tipWithoutChannel(folded: string, channels: number, strongScript: boolean): boolean {
  return channels === 0 && !strongScript && (givesSafetyAdvice(folded) || givesSafetyRule(folded));
}
