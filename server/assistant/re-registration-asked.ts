/*
 * A civil-status paper gone for good, or never made, is the re-registration and late-registration
 * entry (dvc-dang-ky-lai-ho-tich: "Khai sinh quá hạn; đăng ký lại khai sinh, kết hôn, khai tử khi mất
 * giấy tờ gốc"), whose summary also says when a copy from the register is enough:
 * - "đăng ký lại" a birth, a marriage or a death ("giấy kết hôn bị mối xông, đăng ký lại cần gì");
 * - the paper burnt, flooded, eaten or lost and to be made again ("giấy khai sinh bị cháy, làm lại được
 *   không"), or the register itself gone ("sổ gốc ở xã không còn");
 * - an adult never given a birth certificate ("tôi 50 tuổi chưa có giấy khai sinh", "sinh năm 1958, hồi
 *   đó không có giấy khai sinh").
 * The story's words ("kết hôn", "khai sinh", "sổ") pull the registration itself or the extract copy
 * entry to a near tie, a clarify or a handoff. A copy asked ("xin bản sao", "trích lục") stays the
 * extract copy (asked-action-entry.ts decides that first), a paper to correct stays the correction. Put first only when the message's own
 * ranking has the entry among its first five (assistant.ts askedAction).
 */

export const RE_REGISTRATION_ENTRY = "dvc-dang-ky-lai-ho-tich";

// (session 20: "giấy chứng tử", the death extract as residents name it)
const paper = String.raw`(?:khai sinh|ket hon|khai tu|chung tu|giay ks|gks|dkkh)`;
const gone = String.raw`(?:mat|chay|mai|moi xong|moi an|uot|nhoe|rach|nat|that lac|hong|troi|bi lu|cuon troi)`;
const again = String.raw`(?:lam lai|xin lai|cap lai|dang ky lai|lam moi|lay lai)`;

const patterns: RegExp[] = [
  // "đăng ký lại kết hôn", "đăng ký lại giấy khai sinh", "kết hôn … đăng ký lại"
  new RegExp(String.raw`\bdang ky lai(?: [a-z]+){0,2} ${paper}\b|\b${paper}\b.*\bdang ky lai\b`),
  // "giấy kết hôn bị cháy mất rồi, làm lại được không"
  new RegExp(String.raw`\b${paper}\b(?: [a-z0-9]+){0,10} (?:bi |da )?${gone}\b.*\b${again}\b`),
  // "sổ gốc không còn", "sổ hộ tịch ở xã cũ thất lạc", with a civil-status paper named
  new RegExp(String.raw`(?=.*\b${paper}\b).*\bso (?:goc|ho tich|luu)(?: [a-z]+){0,4} (?:khong con|mat|that lac|bi mat|chay|khong thay)\b`),
  // an adult without a birth certificate: an age, a year of birth or "hồi xưa"
  /(?=.*\b(?:\d{2} tuoi|sinh nam (?:19|20)?\d{2}|hoi (?:xua|do|truoc|nho|ay)|tu nho|tu be|bao gio)\b).*\b(?:chua|khong|chua bao gio|chua tung) (?:co|lam|dang ky)(?: giay)? khai sinh\b/,
];

/** a copy asked: the extract copy entry, not re-registration; a paper to correct ("ghi sai năm sinh, không phải
 *  đăng ký lại mà chỉ sửa được không"): the correction entry */
const copyAsked = /\b(?:ban sao|trich luc|sao y)\b/;
const correctionAsked = /\b(?:sua|ghi sai|bi sai|sai ten|sai nam|sai ngay|cai chinh|doi ten|thay doi)\b|\b(?:khong|chua|khoi|chang) (?:phai |can )?dang ky lai\b/;

/** The re-registration entry, when the message tells its paper gone for good or never made (folded as typed). */
export function reRegistrationEntry(plain: string): string | undefined {
  if (!plain.includes("khai sinh") && !plain.includes("ket hon") && !plain.includes("khai tu") && !plain.includes("chung tu") && !plain.includes("gks") && !plain.includes("giay ks") && !plain.includes("dkkh")) return undefined;
  if (copyAsked.test(plain) || correctionAsked.test(plain)) return undefined;
  return patterns.some((p) => p.test(plain)) ? RE_REGISTRATION_ENTRY : undefined;
}
