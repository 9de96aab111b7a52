/*
 * The action a message asks decides between entries about the same paper or register:
 * - a copy of a civil-status paper asked after a story of its registration ("tôi đăng ký khai sinh ở phường cũ
 *   trước sáp nhập, giờ xin bản sao ở đâu", "bố mẹ tôi đăng ký kết hôn năm 1985 ở xã cũ, giờ muốn xin bản sao")
 *   is the extract copy from the register (dvc-trich-luc); the story's "đăng ký khai sinh / kết hôn" pulled the
 *   registration itself or its re-registration, answered confidently (the English reading: english-civil-status-copy.ts).
 *   A copy to be certified or notarised ("chứng thực bản sao", "photo công chứng") stays a certified copy;
 * - deleting a permanent or temporary residence ("nhà bán rồi mà hộ khẩu vẫn còn, giờ xóa kiểu gì", "bố tôi mất
 *   rồi, có phải làm xoá thường trú cho bố không") is the deregistration entry (dvc-xoa-dang-ky-cu-tru), not the
 *   registration of residence or the death registration the story names; when the message names the death
 *   registration itself ("làm khai tử xong có phải tự đi xóa hộ khẩu không"), that procedure answers it;
 * - registering the residence again after it was deleted ("đi Nhật về hộ khẩu bị xóa rồi, đăng ký thường trú lại",
 *   "hộ khẩu cũ đã bị xóa khi đi … đăng ký thường trú lại như thế nào": tuning-s23 and tuning-s27, three writers) is the
 *   registration (dvc-thuong-tru): the deletion suffered is the story, not the action asked, but its "xóa" pulled the
 *   deregistration entry first, confidently, and every follow-up of the conversation after it.
 * The entry is put first only when the message's own ranking has it among its first five (assistant.ts).
 */

type AskedAction = { entryId: string; pattern: RegExp; unless?: RegExp };

const civilStatus = String.raw`(?:khai sinh|ket hon|khai tu|chung tu|giay ks|gks|dkkh)`;

/** what was deleted: the permanent residence (folded) */
const residence = String.raw`(?:ho khau|thuong tru|khau)`;

const actions: AskedAction[] = [
  {
    entryId: "dvc-thuong-tru",
    // a deletion suffered ("hộ khẩu bị xóa", "đã bị cắt khẩu", "bị xóa thường trú"), then the registration asked again
    // ("đăng ký thường trú lại", "nhập khẩu lại", "làm lại hộ khẩu")
    pattern: new RegExp(
      String.raw`(?:\b${residence}\b[^.?!]{0,30}\b(?:bi|da) (?:xoa|cat)\b|\b(?:bi|da bi) (?:xoa|cat) (?:ten )?${residence}\b).*\b(?:dang ky|nhap|lam) (?:lai ${residence}|${residence} lai)\b`,
    ),
  },
  {
    entryId: "dvc-trich-luc",
    // "xin bản sao", "cần thêm 2 bản sao", "lấy lại bản sao", with a civil-status paper named anywhere in the message
    pattern: new RegExp(
      String.raw`(?=.*\b${civilStatus}\b).*\b(?:xin|can|lay|lam|cap|trich)(?: (?:them|lai|duoc))?(?: (?:\d+|mot|hai|ba|may|cai|cac))? ban sao\b`,
    ),
    // (nor the copies handed out with a registration just done: "đăng ký kết hôn xong có được cấp bản sao luôn không")
    unless: /\b(?:chung thuc|cong chung|sao y|photo|pho to|dich|ban dich|hop phap hoa)\b|\b(?:khai sinh|ket hon|khai tu)\b[^.?!]{0,12}\bxong\b/,
  },
  {
    entryId: "dvc-xoa-dang-ky-cu-tru",
    // "xóa hộ khẩu", "xoá thường trú cho bố", "xóa tên khỏi hộ khẩu", "cắt khẩu"; "hộ khẩu vẫn còn ở đấy, giờ xóa kiểu gì"
    pattern:
      /\b(?:xoa|cat)(?: (?:dang ky|ten|ten khoi|ten trong|ten o))? (?:so )?(?:ho khau|thuong tru|tam tru|khau)\b|\b(?:ho khau|thuong tru|tam tru)\b[^.?!]{0,60}\b(?:xoa|xoa di|xoa bo)\b(?! (?:no|phat|tai khoan|ung dung|app))/,
    // (the death registration named: whether it deletes the residence too is that procedure's own case)
    unless: /\b(?:khai tu|chung tu)\b/,
  },
];

/** The entry the action asked names (folded as typed), or undefined. */
export function entryOfAskedAction(plain: string): string | undefined {
  if (!plain.includes("ban sao") && !plain.includes("xoa") && !plain.includes("cat ")) return undefined;
  for (const a of actions) if (a.pattern.test(plain) && !a.unless?.test(plain)) return a.entryId;
  return undefined;
}
