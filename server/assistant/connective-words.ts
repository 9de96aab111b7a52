import type { Token } from "./text-analysis";

/*
 * Words that join or point, not name: "hay" (or: "mua hay được cấp", "chụp ảnh hay phải scan"),
 * "hoặc", "luôn", and, typed with their accents, "cả", "cũng", "vì". Read as topic
 * words they left the right entry with an uncovered word ("… có phải cài cả hai không", "rút được
 * cả gốc lẫn lãi") or named whichever entry's sample question happened to use them. In a question they are
 * read as function words, as "bây giờ" is (question-words.ts); the entries keep them. Without
 * accents the last three are other words as well ("cá", "cung cấp", "ví"): left as typed. "nó" and
 * "cái" are left alone: "cái đó là gì" asks what, and in a conversation "nó" is the scammer or the
 * app the resident is telling of. "thật hay giả" keeps its "hay": the phrase is the scam entries' own.
 */

/** typed without accents or with these accents (folded → accented forms accepted; null: any accents refused) */
const ANY = new Map<string, ReadonlySet<string>>([
  ["hay", new Set(["hay"])],
  ["hoac", new Set(["hoặc"])],
  ["luon", new Set(["luôn"])],
]);
const TRUTH = new Set(["that", "gia", "dung", "sai", "lua"]);
/** only typed with these accents */
const ACCENTED = new Map<string, ReadonlySet<string>>([
  ["ca", new Set(["cả"])],
  ["cung", new Set(["cũng"])],
  ["vi", new Set(["vì"])],
]);

/** The connective tokens of a question (by identity), added to `into`; `into` as given when there are none. */
export function connectiveTokens(tokens: readonly Token[], into: Set<Token> | undefined): Set<Token> | undefined {
  let out = into;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const any = ANY.get(t.folded);
    if (any) {
      // "thật hay giả", "đúng hay sai": the pair of opposites is the scam entries' own phrase, kept whole
      if (t.folded === "hay" && TRUTH.has(tokens[i - 1]?.folded ?? "") && TRUTH.has(tokens[i + 1]?.folded ?? "")) continue;
      if (t.accented === null || any.has(t.accented.toLowerCase())) (out ??= new Set()).add(t);
      continue;
    }
    const accented = ACCENTED.get(t.folded);
    if (accented && t.accented !== null && accented.has(t.accented.toLowerCase())) (out ??= new Set()).add(t);
  }
  return out;
}
