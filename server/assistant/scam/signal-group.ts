import { matches } from "../../lib/regex-prefilter";
import { fillPlaceholders } from "../../knowledge/render-answer";
import type { ScamReply } from "../ask-result";
import type { ScamVerdict } from "./check";
import { warningWithRelated, type ScamReplyContext } from "./reply";

/*
 * "Nhóm Zalo dạy đầu tư chứng khoán, có thầy bảo mua theo lệnh, nạp tiền vào app riêng", "room
 * VIP", "lãi 30%/tháng": an investment group where a "thầy" or "chuyên gia" gives signals and
 * members deposit into a private app — the investment-group scam of the official warnings,
 * described or forwarded. Without diacritics "thầy" (teacher) and "thấy" (saw) are both "thay":
 * "thay" counts only as a subject who tells members what to do ("có thầy", "thầy bảo… mua/nạp").
 */
const investing = /\b(dau tu|chung khoan|nap von|tin hieu (mua|ban)|keo lenh|vao lenh|co phieu|ma co phieu|forex|ngoai hoi|coin|tien ao|tien so|crypto|vang|san giao dich)\b/;
const mentor = /\b(co thay|thay giao|thay (bao|ho|phat|huong dan|chi|keo|goi y|dan)\s+(\S+\s+){0,4}(mua|ban|nap|vao lenh|theo lenh|tin hieu|ma)|chuyen gia|admin|tro giang|room vip|nhom vip|phong vip)\b/;
const lure = /\b(nap (tien|von|them)|chuyen tien vao|app rieng|ung dung rieng|san rieng|web rieng|theo lenh|theo tin hieu|phat tin hieu|keo lenh|room vip|lai \d+\s*%|\d+\s*%\s*\/?\s*(ngay|tuan|thang)|cam ket (lai|loi))\b/;

/** An investment group run by a "thầy"/"chuyên gia" with signals and a private app (folded). */
export function tellsOfSignalGroup(folded: string): boolean {
  if (!matches(investing, folded) || !matches(mentor, folded)) return false;
  const lures = new Set([...folded.matchAll(new RegExp(lure.source, "g"))].map((m) => m[0]));
  return lures.size >= 1 && (lures.size >= 2 || /\b(co thay|thay giao|room vip|nhom vip|app rieng|ung dung rieng)\b/.test(folded));
}

const LEAD_ENTRY = "ld-dau-tu";

export function signalGroupWarning(verdict: ScamVerdict, ctx: ScamReplyContext): ScamReply {
  const reply =
    "CẢNH BÁO: đây là dấu hiệu LỪA ĐẢO đầu tư qua nhóm.\n\n" +
    "Vì sao: \"thầy\", \"chuyên gia\" hô mua theo lệnh, hứa lãi cao (vài chục phần trăm mỗi tháng) và bảo nạp tiền vào ứng dụng hoặc trang riêng là cách kẻ gian dụ nạp tiền. " +
    "Lúc đầu cho thắng ít để tin, sau đó đòi nạp thêm, \"phí rút\", rồi khóa tài khoản.\n\n" +
    "Ông/bà cần làm:\n" +
    "1. Không nạp, không chuyển tiền, không cài ứng dụng họ gửi; rời nhóm.\n" +
    "2. Chỉ đầu tư qua công ty chứng khoán được cấp phép, tài khoản đứng tên mình.\n" +
    "3. Nếu đã nạp tiền: gọi tổng đài ngân hàng của mình (số in sau thẻ) để khóa tài khoản, giữ lại tin nhắn, số tài khoản.\n" +
    fillPlaceholders("4. Báo Công an phường ({{ward.police}}) hoặc gọi 113; báo số, tin nhắn lừa đảo tới đầu số 156 hoặc 5656.", ctx.kb, ctx.ward);
  // the rule's own entry first, then the closest other scam entry
  return warningWithRelated(reply, verdict, ctx, "Nhóm đầu tư có \"thầy\"/\"chuyên gia\" hô lệnh, nạp tiền vào ứng dụng riêng: dấu hiệu lừa đảo đầu tư.", LEAD_ENTRY);
}
