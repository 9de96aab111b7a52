/*
 * "trừ tiền rồi mà không thấy cập nhật" after paying a fee online, "nộp rồi mà chưa thấy báo", "cài rồi mà vẫn không
 * vào được": the resident did the previous procedure's step and nothing came of it. Alone the words (trừ tiền, cập nhật)
 * are scam-bait words and other titles', and the turn was asked back between unrelated entries. It is a case of the
 * previous entry (its special cases). Kept by the caller to unsure matches outside scam entries (after a scam, "chuyển
 * rồi mà không nhận được hàng" is the victim's story, read by the scam branch).
 */

const pattern = /\b(?:roi|xong)\s+(?:ma|nhung|ma sao)\s+(?:van\s+|lai\s+)?(?:khong|ko|k|kg|chua|chang|hong)\s+(?:thay|co|duoc|dc|nhan|len|bao|vao|hien)\b/;

/** `typed`: the message folded as typed. */
export function doneButNothing(typed: string): boolean {
  return pattern.test(typed);
}
