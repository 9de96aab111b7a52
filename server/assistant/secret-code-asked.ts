/*
 * Handing a secret code to someone, or being asked for it ("nhân viên ngân hàng hỏi số thẻ và mã OTP
 * có đưa được không", "đưa mã otp cho nhân viên shopee để hủy đơn có sao không", "đọc mật khẩu cho
 * bên giao hàng được không") is the OTP entry (ld-otp: "Có người hỏi mã OTP, mật khẩu, số thẻ ngân
 * hàng"). The people named around it ("nhân viên ngân hàng", "shopee", "giao hàng") pull the safe
 * payment entry or the delivery scam, which share "OTP" in a side remark, or leave a near tie that
 * is handed off. Not the resident's own login trouble ("quên mật khẩu", "không nhận được mã OTP"):
 * that is the account's entry; nor the SIM swap's call, whose last step asks for the code (ld-sim-bi-khoa). The entry is put first only when the message's own ranking has it
 * among its first five (assistant.ts askedAction), as asked-action-entry.ts's actions are.
 */

export const SECRET_CODE_ENTRY = "ld-otp";

const secret = String.raw`(?:(?:ma )?otp|mat khau|mat ma|ma pin|ma xac (?:thuc|nhan)|so the|ma cvv|cvv|cvc)`;

/** a verb of handing over before the code, or of asking for it ("hỏi", "xin", "đòi"), a few words apart (folded as typed) */
const handedOver = new RegExp(String.raw`\b(?:dua|doc|gui|noi|cung cap|khai|hoi|xin|doi|yeu cau|bat)(?: [a-z0-9]+){0,4} ${secret}\b|\b${secret}(?: [a-z0-9]+){0,3} (?:cho (?:ho|nguoi|nhan vien|ben|shipper|ben kia|no|chung no|ai)|co (?:dua|doc|gui|noi|cung cap|cho) (?:duoc|khong|ko|k))\b`);

/** the resident's own login or code trouble ("báo sai mật khẩu", "vneid gửi otp về số cũ"): not someone asking for it;
 *  nor the SIM swap, whose call ends asking for the code (ld-sim-bi-khoa names it) */
const ownTrouble = /\b(?:sai|nhap sai|go sai) (?:mat khau|mat ma|ma pin|(?:ma )?otp)\b|\b(?:mat khau|mat ma|otp) (?:bi )?sai\b|\bgui(?: ma)? otp ve\b|\b(?:doi|nang cap|khoa|cap lai|chuan hoa) sim\b|\bsim (?:4g|5g)\b|\b(?:quen|doi|lay lai|dat lai|cap lai|reset)(?: [a-z]+){0,2} (?:mat khau|mat ma|ma pin)\b|\b(?:khong|ko|k|chua|cha) (?:nhan|ve|den|thay|gui)(?: [a-z]+){0,2} (?:ma )?otp\b|\b(?:ma )?otp(?: [a-z]+){0,3} (?:khong|ko|k|chua) (?:ve|den|gui|nhan)\b/;

/** The OTP entry, when the message hands a secret code over or tells of it being asked for (folded as typed). */
export function secretCodeEntry(plain: string): string | undefined {
  if (!plain.includes("otp") && !plain.includes("mat khau") && !plain.includes("so the") && !plain.includes("ma pin") && !plain.includes("cvv") && !plain.includes("mat ma") && !plain.includes("ma xac")) return undefined;
  return handedOver.test(plain) && !ownTrouble.test(plain) ? SECRET_CODE_ENTRY : undefined;
}
