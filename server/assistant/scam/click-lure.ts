import type { SignalName } from "./signals";

/*
 * (session 11, found on the real training rows) Police warnings quote the shortest smishing texts with
 * their link hidden: "Không giao hàng được, bấm link bổ sung địa chỉ", "Vi phạm giao thông, click để
 * xem lỗi" (Công an TP.HCM). Residents forward them the same way, the link cut off or not copied. The
 * script is a pretext (a failed delivery, a traffic violation, a locked account, a prize or a refund)
 * plus an order to press a link to deal with it. A message whose link is official, or that tells the
 * reader NOT to press ("không bấm vào link lạ"), is no such order: the caller gives no points then
 * (scriptBonus returns 0 on official or protective messages).
 */
const clickOrder = /(?<!(khong|dung|chua|khong nen|tuyet doi khong|khong duoc) (\S+ )?)\b((bam|nhan|click|an|truy cap|vao) (vao )?(link|duong link|duong dan|lien ket)|click (de|vao|xem|ngay))\b/;
const parcelTrouble = /(khong (the )?giao (hang )?duoc|giao (hang )?(khong thanh cong|that bai)|chua (the )?giao|bo sung dia chi|sai dia chi|luu kho|bi giu|bi hoan)/;
const violation = /\b(vi pham giao thong|phat nguoi|loi vi pham|xem loi)\b/;

/** Points for a pretext plus an order to press a link about it (folded text; the signal set read so far). */
export function clickLurePoints(folded: string, has: (s: SignalName) => boolean): number {
  if (!clickOrder.test(folded)) return 0;
  const pretext =
    (has("parcel") && parcelTrouble.test(folded)) || violation.test(folded) || (has("threat") && has("account_update")) || has("refund");
  return pretext ? 4 : 0;
}
