import { fillPlaceholders } from "../../knowledge/render-answer";
import type { ScamVerdict } from "./check";
import { warningWithRelated, type ScamReplyContext } from "./reply";
import type { ScamReply } from "../ask-result";

/*
 * "Phường mình có cho người đi thu tiền cập nhật dân cư 200k/hộ không, có ông đến tận nhà thu":
 * someone collects money at home, in the ward's or police's name, for updating residence data,
 * VNeID identification or căn cước. The ward and police collect no such fee at home (Công an's
 * repeated warnings, shared research "Scams"), so the resident's question gets the warning in
 * plain words. Contributions the ward announces and the tổ dân phố collects (quỹ phòng chống
 * thiên tai, vệ sinh môi trường…) are real: those questions go to the knowledge base as before.
 */
const someoneCollects =
  /\b(thu|nop|dong|lay|xin|doi|bat (nop|dong))\s+(\S+\s+){0,2}(tien|phi|le phi|\d+\s*(k|nghin|ngan|tr|trieu|000)\b)|\b(moi|1|mot) (nguoi|khau|ho|suat) (\S+ )?\d+\s*(k|nghin|ngan|000)\b/;
const atHome = /\b(den (tan |tung )?nha|toi (tan )?nha|tai nha|tan nha|tung nha|tung ho|moi ho|\/\s*ho|1 ho|mot ho|\/\s*khau|1 khau|mot khau|di thu|di tung|gõ cua|go cua)\b/;
const purpose = /\b(cap nhat (thong tin )?(dan cu|cu tru|ho khau|nhan khau)|dinh danh|vneid|can cuoc|cccd|cmnd|chung minh (nhan dan|thu)|du lieu dan cu|thong tin dan cu|so ho khau)\b/;
const inTheirName = /\b(phuong|to dan pho|to truong|can bo|cong an|cong an phuong|canh sat|ban quan ly|ubnd|xung|tu xung|nhan la|noi la|mac (ao|dong phuc|quan phuc))\b/;
/** a warning about such collectors ("Cảnh giác với người lạ đến từng nhà thu tiền…, phường không thu"), not one met */
const warningAbout = /\b(canh giac|canh bao|khuyen cao|de phong|(phuong|cong an|chung toi|ubnd) (\S+ ){0,2}khong (thu|cu nguoi)|khong thu (khoan|bat ky|tien|phi))\b/;
/** announced contributions: real, answered from the knowledge base */
const genuineFund = /\b(phong chong thien tai|thien tai|ve sinh|moi truong|rac|den on dap nghia|quy vi nguoi ngheo|khuyen hoc|chu thap do|bao tro xa hoi|an ninh trat tu|quy)\b/;

const LEAD_ENTRY = "ld-gia-danh-cong-an";

/** The message tells of (or asks about) someone collecting money at home for residence data, VNeID or căn cước (folded). */
export function tellsOfHomeCollection(folded: string): boolean {
  return someoneCollects.test(folded) && atHome.test(folded) && purpose.test(folded) && inTheirName.test(folded) && !genuineFund.test(folded) && !warningAbout.test(folded);
}

export function homeCollectionWarning(verdict: ScamVerdict, ctx: ScamReplyContext): ScamReply {
  const reply =
    "CẢNH BÁO: đây là dấu hiệu LỪA ĐẢO giả danh cán bộ.\n\n" +
    "Phường và Công an phường KHÔNG cử người đến nhà thu tiền cập nhật thông tin dân cư, cư trú, định danh điện tử (VNeID) hay làm căn cước. " +
    "Các việc này làm tại Công an phường hoặc trên VNeID, Cổng Dịch vụ công.\n\n" +
    "Ông/bà cần làm:\n" +
    "1. Không đưa tiền, không chuyển khoản cho người đó.\n" +
    "2. Không đưa căn cước hay cho chụp ảnh giấy tờ, không đọc mã OTP, không cho cầm điện thoại.\n" +
    fillPlaceholders("3. Hỏi lại {{ward.name}} (đường dây nóng: {{ward.hotline}}) trước khi làm theo bất cứ ai.\n", ctx.kb, ctx.ward) +
    fillPlaceholders("4. Báo ngay Công an phường ({{ward.police}}) hoặc gọi 113, ghi lại đặc điểm người đến và số điện thoại họ để lại.", ctx.kb, ctx.ward);
  // the rule's own entry first, then the closest other scam entry
  return warningWithRelated(reply, verdict, ctx, "Người đến nhà thu tiền cập nhật dân cư, định danh hoặc căn cước nhân danh phường, công an: dấu hiệu giả danh cán bộ.", LEAD_ENTRY);
}
