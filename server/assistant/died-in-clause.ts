import type { Token } from "./text-analysis";

/*
 * "mất" told as a death some words after the relative: "mẹ tôi năm nay 87 tuổi, ốm lâu rồi và
 * đã mất sáng nay ở nhà". word-senses.ts reads "mất" as died right after a relative ("bố tôi
 * mới mất"); with a story between them, "mất" means died when it is told as an event in the past
 * ("đã/vừa/mới mất") followed by when or where it happened ("sáng nay", "hôm qua", "ở nhà",
 * "tại viện"), and a relative was named shortly before. What is lost comes right after "mất"
 * ("đã mất sáng nay cái ví" is rare; "đã mất giấy", "đã mất tiền" are caught before this).
 */

/** an event in the past just before "mất" */
const PAST = new Set(["da", "vua", "moi"]);
/** when or where right after "mất": the death's time or place */
const WHEN_WHERE = new Set(["sang", "toi", "dem", "chieu", "trua", "hom", "tuan", "thang", "nam", "luc", "vao", "o", "tai"]);
/** how far back the relative may be named */
const WINDOW = 14;

export function diedLaterInClause(tokens: Token[], i: number, isKin: (t: Token) => boolean): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (!before || !next || !PAST.has(before.folded) || !WHEN_WHERE.has(next.folded)) return false;
  // "tại" is where; "tài" (tài khoản) is a thing lost
  if (next.folded === "tai" && next.accented !== null && next.accented !== "tại") return false;
  for (let k = i - 2; k >= Math.max(0, i - WINDOW); k--) if (isKin(tokens[k]!)) return true;
  return false;
}
