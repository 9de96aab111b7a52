/*
 * "con" typed without accents is "còn" ("…, con lệ phí thì sao": a second question) or the word
 * itself, "con" (child): "…, con trai tôi bị tâm thần, cần đăng ký giám hộ không". Followed by a
 * word that only goes with a child ("con trai", "con gái", "con út", "con dâu", "con nuôi"), it is
 * the child, and a message is not split there into two questions (the part before it, "cho tôi
 * hỏi chút, nhà tôi ở trong ngõ", was answered as a question of its own).
 */

/** words after "con" that make it the child, never "còn" (accented and not) */
export const CHILD_AFTER_CON = String.raw`(?:trai|gái|gai|út|ut|cả|dâu|dau|rể|nuôi|nuoi|đẻ|riêng|rieng|nhỏ|nho|bé|be|thứ|thu|đầu|sau|tôi|toi|mình|minh|nhà|chúng|chung)(?![\p{L}\p{N}])`;
