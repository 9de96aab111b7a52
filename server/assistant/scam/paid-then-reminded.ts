/*
 * (session 28, issue 11) A resident who paid their own bill and then got a reminder — "Tôi đã đóng tiền điện rồi mà vẫn
 * nhận được tin nhắn nhắc nợ, có phải lừa đảo không?" — asks about the message; they lost nothing. victim.ts read "đã
 * đóng tiền" with "lừa đảo" as a payment to a scammer and gave the victim's steps. Not when the payment went by the
 * message's own instructions (a link, an account it gave, "theo tin nhắn"), or a loss is told: those stay with victim.ts.
 */
const paidThenReminded =
  /\b(da|vua|moi) (dong|nop|thanh toan) (\S+ ){0,6}(roi )?.{0,40}\b(van|lai) (nhan|co|bi)( duoc)? (them )?(tin|tin nhan|sms|cuoc goi|thong bao|giay bao|email)\b/;
const paidByTheMessage = /\btheo (tin|tin nhan|link|duong link|huong dan|yeu cau|so)\b|\b(vao|qua) (link|duong link|tai khoan (cua )?(ho|no|ben do|nguoi))\b|\bmat (het |sach )?(tien|\d)|\bbi (lua|tru|rut|chiem)\b|\b(chan|block|khong lien lac|doi them|them tien|(dong|nop|chuyen) them)\b/;

/** The folded text tells a bill paid and a reminder received since, and no loss. */
export function paidThenRemindedOnly(folded: string): boolean {
  return paidThenReminded.test(folded) && !paidByTheMessage.test(folded);
}
