import { matches } from "../../lib/regex-prefilter";

/*
 * (session 26) A resident already inside a scheme that now demands more money before it pays out: "nạp 20 triệu vào
 * app làm nhiệm vụ, giờ họ bảo muốn rút tiền phải nộp thêm phí 30%", "họ bắt đóng thêm tiền thuế để giải ngân, tôi đã
 * chuyển 3 triệu rồi". Task, investment, loan, prize and parcel scams all end this way: each payment is followed by a
 * "fee", a "tax" or an "error" to fix before the money comes. The resident has lost money already and is about to lose
 * more, so they get the victim's steps at once (lock the account, report, pay nothing more), not an answer about fees.
 * A question about a genuine fee ("rút tiết kiệm trước hạn có phải nộp thêm phí không") names no scheme and no money
 * already put in, so it is left alone; nor are papers asked for ("nộp thêm giấy tờ để giải ngân").
 */

/** more money demanded: "bắt / bảo / đòi (phải) nộp thêm", "phải đóng thêm thuế", "nạp thêm 15 triệu", "muốn rút thì phải đóng phí" */
const demandMore =
  /\b(bat|bao|doi|yeu cau|ep|phai|can|bao phai|bat phai|nen)( (toi|em|minh|me toi|bo toi|con toi|nguoi nha|chau))? (nop|dong|nap|chuyen|ck|chuyen khoan|tra|gui|bo) (them|tiep)\b(?! (giay|ho so|ban sao|anh|chung tu|thong tin|so ho|cmnd|cccd|can cuoc|hop dong|don))|\b(nop|dong|nap|chuyen|ck|tra) (them|tiep) (\S+ ){0,4}(phi|thue|tien|\d)|\bmuon (rut|lay) (\S+ ){0,3}(thi |la )?(phai|can) (nop|dong|nap|chuyen|ck|tra)\b/;
/** …before something is paid out or handed over: a withdrawal, a loan's payout, a prize, the goods, an account unlocked */
const toGetPaid =
  /\b(rut|rut tien|rut ve|rut goc|rut duoc|giai ngan|nhan (tien|qua|thuong|giai|hang|lai|khoan vay|tien thuong)|lay (lai )?(tien|goc|von)|(gui|giao) (qua|hang)|mo khoa|kich hoat (tai khoan|lenh)|hoan (tien|von|goc))\b/;
/** money the resident (or family) already put in: "đã chuyển 3 triệu", "nạp 20 triệu vào app", "nạp 3 lần rồi", "đầu tư trên sàn" */
const alreadyIn =
  /\b(da|roi|vua|lo) (chuyen|ck|chuyen khoan|nap|nop|dong|dat coc|coc|gui|tra|dau tu)\b|\b(chuyen|ck|chuyen khoan|nap|nop|dong|dat coc|coc|gui|dau tu|bo) (\S+ ){0,3}(\d[\d.,]* ?(trieu|tr|cu|ty|k|nghin|ngan|d|dong)|(\d+|hai|ba|bon|nam|may|nhieu|vai) lan)\b|\b(chuyen|ck|nap|nop|dong|coc|dat coc) (\S+ ){0,4}(roi|xong)\b|\bdau tu (tren|vao|o) (san|app|ung dung|web|trang)\b/;
/** the teller is the resident or family, or "they" who demand: not a text written to the reader */
const teller = /\b(toi|em|minh|mik|tui|chau|con|me toi|bo toi|ba toi|ong toi|vo toi|chong toi|nha toi|ho|no|bon no|ben kia|nguoi ta)\b/;

/** A scheme's "pay more to get your money" told by someone already in it (folded text). */
export function paysMoreToGetPaid(folded: string): boolean {
  return matches(demandMore, folded) && matches(toGetPaid, folded) && matches(alreadyIn, folded) && matches(teller, folded);
}
