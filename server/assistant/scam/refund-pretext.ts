/*
 * The refund pretext retold (session 16, wave 2): "có người gọi xưng nhân viên ngân hàng bảo thẻ em bị trừ phí sai, đọc
 * OTP để họ hoàn lại". The deduction is the caller's story, not a loss: read as a victim's report ("thẻ … bị trừ"), it got
 * the fresh victim's steps instead of the warning about a code asked for. Only while nothing is told as done ("rồi", "đã
 * đọc", "lỡ gửi"): once the code is given or money is gone, the victim's reading stands.
 */
import { matches } from "../../lib/regex-prefilter";

/** someone says it: "bảo", "nói", "báo", "thông báo" … a deduction by mistake ("trừ nhầm", "trừ phí sai", "trừ 2 lần") */
const mistakenDeduction = /\b(bao|noi|bao la|noi la|thong bao|xung)\b(?: \S+){0,8} (?:bi )?tru(?: \S+){0,4} (nham|sai|thua|nham lan|2 lan|hai lan|trung)\b/;
/** …to be refunded ("để hoàn lại", "hoàn tiền", "trả lại") */
const refundOffer = /\b(hoan (lai|tien|phi)|tra lai)\b/;
/** anything told as done */
const told = /\broi\b|\b(da|lo|vua|moi) (doc|dua|gui|cung cap|nhap|bam|chuyen|ck)\b/;

export function refundPretextOnly(folded: string): boolean {
  return matches(mistakenDeduction, folded) && matches(refundOffer, folded) && !matches(told, folded);
}
