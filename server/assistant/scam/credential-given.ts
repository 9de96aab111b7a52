import { matches } from "../../lib/regex-prefilter";

/*
 * (session 14) "Tôi lỡ đọc mã OTP cho người gọi rồi, giờ làm gì", "đã lỡ gửi ảnh căn cước và mã OTP cho người
 * xưng cán bộ phường": the resident gave away a code, a card number, a password, ID photos or installed what a
 * stranger sent, and says nothing of money gone. What the ward tells them is what the knowledge base's entry on
 * OTPs says ("lỡ đưa rồi thì gọi ngay tổng đài ngân hàng để khóa thẻ, khóa tài khoản"): the at-risk warning with
 * what to do now to keep the money, led by that entry, not the victim's reply that speaks of getting lost money
 * back. Money told gone ("bị trừ 30 triệu", "chuyển 5 triệu", "bị lừa mất…") or sent keeps it a loss.
 */

/** money moved by the resident: "chuyển 5 triệu", "ck hết", "nộp phí", "đặt cọc", "đưa hết sổ tiết kiệm" */
const moneySent = /\b(chuyen|ck|chuyen khoan|nop|dong|nap|coc|dat coc|tra) (\S+ ){0,3}(tien|phi|coc|het|\d)|\b(so tiet kiem|vang|tien mat)\b/;

/** the account told emptied without "mất"/"trừ": "tài khoản trống trơn", "bay màu", "hết sạch", "không còn đồng nào" */
const emptied = /\b(trong tron|trong rong|bay mau|het (sach|nhan|veo|tien)|khong con (\S+ ){0,2}(tien|dong nao|xu nao))\b/;

/** The folded first-person account tells only a credential given away: no loss, no money sent. */
export function credentialOnly(folded: string, riskyAct: RegExp, moneyGone: RegExp): boolean {
  return matches(riskyAct, folded) && !matches(moneyGone, folded) && !matches(moneySent, folded) && !matches(emptied, folded);
}
