import { matches } from "../../lib/regex-prefilter";

/*
 * (session 27) A resident who paid and got nothing, told without the words "bị lừa": "chuyển tiền mua vé qua một trang
 * trên Facebook, giờ không thấy vé đâu, fanpage chặn luôn", "đóng phí giải ngân 5 triệu rồi mà không được giải ngân, họ
 * còn đòi thêm", "nộp phí nhận thưởng 2 triệu rồi mà không thấy quà", "bà tôi bị người ta gọi dọa là công an, đã chuyển
 * 200 triệu vào tài khoản của họ". Found with own wordings of victims' accounts (the corpus's victims are few). Money is
 * gone to a scammer: the victim's steps at once (call the bank to stop the transfer, report), not an answer about fees.
 * Needs the payment told as done AND a sign it went to a scammer: blocked, out of reach, more demanded, nothing
 * delivered "đâu", a fee paid for a payout that never came, or money moved to "their" account after a threat or an
 * impostor's call. A delay with no such sign ("chuyển khoản học phí rồi mà chưa thấy cập nhật") is left alone.
 */

/** a payment told as done ("đã chuyển 200 triệu", "chuyển tiền mua vé", "đóng phí … rồi", "nộp phí nhận thưởng 2 triệu rồi") */
const paid =
  /\b(da|vua|lo|moi|trot) (\S+ ){0,2}(chuyen|ck|chuyen khoan|dong|nop|tra|gui|nap|coc|dat coc)\b|\b(chuyen|ck|chuyen khoan|dong|nop|nap|gui|coc|dat coc) (tien|phi|\d[\d.,]* ?(trieu|tr|cu|ty|k|nghin|ngan|d|dong)\b)( \S+){0,8} (roi|xong|r)\b|^(toi |minh |em |tui |me toi |bo toi |ba toi |ong toi )?(chuyen|ck|chuyen khoan) (tien|khoan) (mua|dat|thue|coc|cho)\b/;
/** what shows it went to a scammer */
const lostToScammer =
  /\b(chan|block) (zalo|facebook|fb|so|luon|het|roi|lien lac|minh|toi|em)\b|\b(khong|ko|k) (lien lac|goi|nhan tin) (duoc|dc)\b|\b(con|lai|van) (doi|bat|doi them|bat dong|bat nop) (them|tiep|dong|nop)\b|\b(con|lai|van) doi them\b|\b(khong|ko|k|chua) (thay|nhan duoc|co) (\S+ ){0,2}dau\b|\b(khong|ko|k|chua) (duoc|dc) giai ngan\b|\bphi (nhan thuong|nhan qua|nhan giai|giai ngan|thong quan|hai quan|nhan hang)\b( \S+){0,8} (khong|ko|chua) (thay|nhan|duoc)\b|\b(doa|gia danh|mao danh|tu xung|xung la|gia lam)\b( \S+){0,12} (da|roi|vua) (\S+ ){0,1}(chuyen|ck|chuyen khoan|gui)\b( \S+){0,6} tai khoan (cua )?(ho|no|bon no|doi tuong|nguoi do)\b/;
/** the teller: the resident or family (not a text written to the reader) */
const teller = /\b(toi|em|minh|mik|tui|chau|con|me toi|bo toi|ba toi|ong toi|vo toi|chong toi|nha toi|me em|bo em|ba em|ong em)\b|^(chuyen|ck|dong|nop)\b/;

export function paidNothingCame(folded: string): boolean {
  return matches(paid, folded) && matches(lostToScammer, folded) && matches(teller, folded);
}
