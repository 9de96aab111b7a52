/*
 * The 2025 merger told from the resident's side (session 26): "xã tôi ở Mê Linh giờ thành phường à, làm giấy tờ thì đi
 * đâu", "thôn mình giờ là phường rồi à, thủ tục nào làm ở phường", "xã Tiền Phong cũ bây giờ nhập vào đâu", "giấy hẹn
 * ghi UBND phường cũ, phường cũ không còn thì nhận ở đâu". The old unit's words ("xã", "thôn", a former commune's name,
 * "phường cũ") matched nothing, or pulled entries with "xã" in them (trợ cấp xã hội) or with "giấy hẹn"; the question is
 * where things are done since the merger: the merger entry (phuong-sap-nhap). Only a general ask (where to go, which
 * procedures, where the old office went): a named procedure ("căn cước sau sáp nhập làm ở đâu") keeps its own entry.
 */

export const MERGER_ENTRY = "phuong-sap-nhap";

/** an old unit named as gone or former: "xã Tiền Phong cũ", "phường cũ", "trụ sở xã cũ", "UBND xã trước đây" */
const formerUnit = /\b(?:xa|thon|phuong|huyen|uy ban|ubnd|tru so)(?: [a-z]+){0,3}? (?:cu|truoc day|ngay truoc)\b/;
/** a commune or hamlet now a ward: "xã tôi giờ thành phường", "thôn mình giờ là phường rồi", "xã … nhập vào phường" */
const becameWard = /\b(?:xa|thon|huyen)(?: [a-z]+){0,6}? (?:(?:gio|nay|bay gio|da) )?(?:thanh|la|len|thuoc|nhap vao|nhap ve|sap nhap vao|sap nhap ve|gop vao) phuong\b/;
/** a general ask: where to go now, which procedures, where the old office went */
const generalAsk =
  /\b(?:nhap vao dau|gop vao dau|ve dau|(?:di|lam|nop|nhan|hoi) (?:o )?dau|thu tuc (?:nao|gi)|giay to (?:thi )?(?:di|lam|o) dau|khong (?:con|lam) nua|khong con)\b/;
/** the new ward's office or another service asked ("trụ sở phường mới ở đâu": the contact entry; a clinic, the portal) */
const otherAsked = /\b(?:phuong moi|tru so phuong|phuong minh gio o dau|tram y te|tiem chung|dichvucong|dich vu cong)\b/;
/** a procedure or paper named: its own entry answers ("căn cước sau sáp nhập làm ở đâu") */
const namedProcedure =
  /\b(?:can cuoc|cccd|cmnd|khai sinh|ket hon|khai tu|tam tru|thuong tru|tam vang|so do|so hong|dat dai|vneid|chung thuc|cong chung|bhyt|bao hiem|tro cap|ho kinh doanh|xay dung|giay phep|ho ngheo|nghia vu|dia chi tren)\b/;

/** Whether the message (folded as typed) tells the merger from an old unit's side and asks where things are done now. */
export function mergedPlaceTold(plain: string): boolean {
  return (formerUnit.test(plain) || becameWard.test(plain)) && generalAsk.test(plain) && !namedProcedure.test(plain) && !otherAsked.test(plain);
}
