/*
 * (session 16) A gift, greeting or prize "waiting" for the reader that is fetched by texting or calling a paid
 * number: "Bạn đã nhận được LỜI CHÚC NĂM MỚI từ 1 TB yêu cầu giấu tên, lời chúc kèm theo quà tặng LIXI đầu năm.
 * Để tải về máy bạn soạn tin: DA gửi 1900…", "Bạn nhận được Quà tặng âm nhạc … Để nghe quà tặng, soạn YES gửi
 * đến 77xx". Operators' and banks' real gifts are credited or shown in their own apps; a 1900 number or a 6x/7x/8x
 * short code bills the reader for every message (operators' warnings, knowledge/scam-corpus real-press-16.yaml).
 * Needs all three: a gift or prize already the reader's, a reply to a paid number, and "to hear / see / fetch it".
 * An operator's own draw ("soạn DK gửi 9999 … cơ hội trúng") uses its free codes and says "cơ hội", not "đã nhận".
 */
import { matches } from "../../lib/regex-prefilter";

const giftWaiting =
  /\b(da |vua )?(nhan duoc|duoc tang|duoc nhan) (1 |mot )?(\S+ ){0,2}(loi chuc|loi nhan|qua tang|mon qua|phan qua|bai hat|tin nhan thoai|thu thoai|qua|giai thuong|chiec)\b|\btu (1|mot) (tb|thue bao|nguoi|so may) (\S+ ){0,3}(giau ten|an danh|bi mat)\b|\bchuc mung (\S+ ){0,3}(trung thuong|trung giai|da nhan duoc)\b/;
const toPaidNumber = /\b(soan|nhan|bam|goi)\b.{0,50}?\b(gui|den|toi|dtht|so|goi)\b\s*:?\s*(\d lan (den|toi) )?(1900 ?\d{4,6}|[678]\d{3}|[678]\dxx)\b/;
const toFetch = /\b(de|moi|va) (\S+ ){0,3}(nghe|xem|tai|nhan|lay|linh|mo)\b/;

/** folded text: a waiting gift fetched through a paid number */
export function premiumGiftLure(folded: string): boolean {
  return matches(giftWaiting, folded) && matches(toPaidNumber, folded) && matches(toFetch, folded);
}
