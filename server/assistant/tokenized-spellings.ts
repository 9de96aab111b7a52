import type { Token } from "./text-analysis";

/**
 * What the last tokenize() read: its tokens, and beside them (a parallel Int32Array, not a field of
 * Token: tokens keep one shape) the id of each token's spelling in tokenize's spelling table. The
 * index build (spelling-syllables.ts) maps spelling ids to its syllable ids with an array, where
 * it hashed every syllable's string again (a million syllables in 2,000 entries).
 *
 * `generation` changes whenever the spelling table is emptied (its ids are given again then);
 * `valid` is false when the last tokenize() did not go through the table (a text with surrogates)
 * or the table was emptied while it ran (its first ids are of the old table).
 */
export const tokenized = { tokens: [] as Token[], ids: new Int32Array(1024), generation: 0, valid: false };

/** Records spelling `id` for the token at `at` of the tokenize() under way. */
export function noteSpelling(at: number, id: number): void {
  let ids = tokenized.ids;
  if (at >= ids.length) {
    const grown = new Int32Array(2 * Math.max(at + 1, ids.length));
    grown.set(ids);
    tokenized.ids = ids = grown;
  }
  ids[at] = id;
}

/**
 * Where `token` is in `raw` within 3 places of `j` (−1: nowhere near: a token a pass made). The passes after tokenize()
 * replace, merge or insert a few tokens, so a token of a later list is found again near its old place in tokenize()'s own
 * list (pass-reach.ts reads the pass bits there, spelling-syllables.ts the spelling id).
 */
export function realign(raw: Token[], token: Token, j: number): number {
  for (let step = 1; step <= 3; step++) {
    const after = j + step;
    if (after >= 0 && after < raw.length && raw[after] === token) return after;
    const before = j - step;
    if (before >= 0 && before < raw.length && raw[before] === token) return before;
  }
  return -1;
}
