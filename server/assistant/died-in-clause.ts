import type { Token } from "./text-analysis";

/*
 * "mất" told as a death some words after the relative: "mẹ tôi năm nay 87 tuổi, ốm lâu rồi và
 * đã mất sáng nay ở nhà". word-senses.ts reads "mất" as died right after a relative ("bố tôi
 * mới mất"); with a story between them, "mất" means died when it is told as an event: when (or
 * where) it happened right after it, and a relative named shortly before.
 *   - after "đã/vừa/mới" (an event in the past) one word of when or where is enough ("đã mất tối
 *     qua", "vừa mất ở nhà"), the relative up to 14 words back;
 *   - without it, a whole time ("mất sáng nay", "mất hôm qua") is needed, not after "làm/bị/để
 *     mất" and not with the thing lost named after the time ("mất hôm qua cái điện thoại"), and
 *     only a relative ("nhà", "người" are not one here) up to 12 words back.
 * What is lost right after "mất" ("đã mất giấy", "đã mất tiền") is caught before this (word-senses.ts).
 */

/** an event in the past just before "mất" */
const PAST = new Set(["da", "vua", "moi"]);
/** when or where right after "mất" (after an event in the past): the death's time or place */
const WHEN_WHERE = new Set(["sang", "toi", "dem", "chieu", "trua", "hom", "tuan", "thang", "nam", "luc", "vao", "o", "tai"]);
/** how far back the relative may be named after an event in the past */
const WINDOW = 14;

/** a time said right after "mất" ("mất sáng nay", "mất hôm qua") without an event in the past before it */
const DEATH_TIME: Record<string, ReadonlySet<string>> = {
  sang: new Set(["nay", "qua"]), chieu: new Set(["nay", "qua"]), toi: new Set(["qua"]), dem: new Set(["qua"]),
  hom: new Set(["qua", "nay", "kia", "truoc"]), tuan: new Set(["truoc", "roi"]), thang: new Set(["truoc", "roi"]), nam: new Set(["ngoai", "truoc"]),
};
/** "làm mất", "đánh mất", "bị mất", "để mất": lost, whoever is near */
const LOST_VERB = new Set(["lam", "danh", "bi", "de", "roi"]);
/** how far back the relative may be named with a time alone */
const TIME_WINDOW = 12;

/**
 * Whether "mất" at `i` is a death told after a story. `isKin`: a relative's word; `isLostThing`: a
 * folded word naming what is lost ("tiền", "giấy"…), word-senses.ts's.
 */
export function diedLaterInClause(tokens: Token[], i: number, isKin: (t: Token) => boolean, isLostThing: (folded: string) => boolean): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (!before || !next) return false;
  if (PAST.has(before.folded)) {
    if (!WHEN_WHERE.has(next.folded)) return false;
    // "tại" is where; "tài" (tài khoản) is a thing lost
    if (next.folded === "tai" && next.accented !== null && next.accented !== "tại") return false;
    return kinWithin(tokens, i - 2, i - WINDOW, isKin, false);
  }
  const then = tokens[i + 2];
  if (!then || !DEATH_TIME[next.folded]?.has(then.folded) || LOST_VERB.has(before.folded)) return false;
  // the thing lost named after the time ("mất hôm qua cái điện thoại")
  const after = tokens[i + 3]?.folded;
  if (after && (isLostThing(after) || after === "cai" || after === "chiec" || after === "mot")) return false;
  return kinWithin(tokens, i - 1, i - TIME_WINDOW, isKin, true);
}

/** a relative named from `from` back to `last` (not before the first word); `strict`: not "nhà", "người" */
function kinWithin(tokens: Token[], from: number, last: number, isKin: (t: Token) => boolean, strict: boolean): boolean {
  for (let k = from; k >= Math.max(0, last); k--) {
    const t = tokens[k]!;
    if (isKin(t) && !(strict && (t.folded === "nha" || t.folded === "nguoi"))) return true;
  }
  return false;
}
