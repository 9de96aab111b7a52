import type { Token } from "./text-analysis";

/*
 * A confusable spelling that happens to make a rare known pair: "trứng thực" / "trung thuc" is
 * "chứng thực" (certify), although "trung thực" (honest) is written once in an entry's advice.
 * The pair repair of search-index.ts skips pairs the entries have; such a pair is tried again
 * when the typed accents are never written by the entries ("trứng" is no entry's word), or when
 * it is typed without accents and only one entry has it: then a look-alike pair is taken only if
 * many entries have it (the resident meant the common phrase, not the rare one).
 */

/** entries that must have the look-alike pair for it to replace a rare known one */
export const LOOKALIKE_MIN_ENTRIES = 3;

/** Whether a known pair is tried again; `written`: the accented forms the entries write. */
export function retryKnownPair(a: Token, b: Token, pairEntries: number, written: ReadonlyMap<string, number>): boolean {
  if (a.accented === null && b.accented === null) return pairEntries <= 1;
  return unwritten(a, written) || unwritten(b, written);
}

function unwritten(t: Token, written: ReadonlyMap<string, number>): boolean {
  return t.accented !== null && t.accented !== t.folded && !written.has(t.accented);
}
