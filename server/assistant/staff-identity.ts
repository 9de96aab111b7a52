/*
 * Who one member of staff is: "cho tôi số điện thoại của người phụ trách kế toán phường", "chị cán bộ một cửa tên gì",
 * "cán bộ tư pháp phường tên là gì vậy", "xin tên người phụ trách hồ sơ của tôi". No entry and no ward profile field
 * names a staff member or holds their own number; the words ("phường", "điện thoại", "một cửa") look like the ward's
 * contacts entry, which answered with the office's line as if that were the person asked for. Staff know whom to put
 * the resident in touch with: the handoff (assistant.ts, beside personal-contact.ts). Folded text.
 */
const staffWord = String.raw`(?:can bo|nhan vien|nguoi phu trach|nguoi lam|nguoi tiep|nguoi ky|ke toan|thu quy|chi|anh|co|chu|bac|ong|ba)`;
/** the phone word, then within a few words the one in charge ("người phụ trách", "kế toán", "thủ quỹ") */
const numberOfOneInCharge = /\b(?:so dien thoai|so dt|dien thoai|so zalo|zalo|sdt)\b(?: [a-z0-9]+){0,3} (?:nguoi phu trach|(?:can bo |chi |anh )?(?:ke toan|thu quy))\b/;
/** a staff member's name asked: "… tên gì", "tên … là gì", "xin tên …" */
const nameAsked = new RegExp(String.raw`\b${staffWord}\b(?: [a-z0-9]+){0,5} ten (?:la )?(?:gi|chi|ai)\b|\b(?:xin|cho (?:toi|em|minh|chau) (?:xin )?|biet) ten (?:cua )?${staffWord}\b`);

export function asksStaffIdentity(folded: string): boolean {
  return numberOfOneInCharge.test(folded) || nameAsked.test(folded);
}
