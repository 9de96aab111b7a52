/*
 * (session 16, tuning13's forwarded "tuyển diễn viên nhí … phụ huynh đóng phí chụp ảnh thử 1.200.000đ và gửi ảnh
 * giấy khai sinh của bé") A casting call for child models, actors or singers that asks a fee first: "phí chụp ảnh
 * thử", "phí casting", "phí hồ sơ", "đóng tiền đồng phục". Police warn of fake "tuyển mẫu nhí, diễn viên nhí"
 * pages (Công an tỉnh Gia Lai, Công an TP.HCM 12/2022; Cục An toàn thông tin lists it among common scams);
 * real castings pay the performer, they do not charge the family. Needs the casting and a fee to pay.
 */
import { matches } from "../../lib/regex-prefilter";

const casting =
  /\b(tuyen|tuyen chon|casting|ung tuyen|dang ky (cho )?(be|con|chau)|cuoc thi)\b.{0,80}\b(dien vien|nguoi mau|mau nhi|mau anh|ca si|nguoi dan chuong trinh|mc nhi|guong mat)\b|\b(dien vien|nguoi mau|mau|ca si|mc) nhi\b/;
const feeFirst = /\b(dong|nop|chuyen|dat coc|thanh toan)\b\s+(\S+\s+){0,3}(phi|le phi|tien)\b/;

/** folded request text: a casting call that asks the family to pay */
export function auditionFee(folded: string): boolean {
  return matches(casting, folded) && matches(feeFirst, folded);
}
