import type { Token } from "./text-analysis";

/*
 * "bắt đầu từ đâu", "nên bắt đầu thế nào": how to begin is the steps part of any procedure, asked
 * the same way of each. Read as topic words, "bắt đầu" left the right entry with uncovered words
 * (the resident's story already brings several: "ông cụ mới mất … không biết bắt đầu từ đâu" was
 * handed off). Only in a question (as "bây giờ" is, question-words.ts); the entries keep their
 * words. "bắt đầu từ tháng mấy", "bắt đầu áp dụng" ask when something starts: kept. Typed with
 * other accents ("bát") it is another word.
 */
const BEGIN_ASKS = new Set(["tu", "the", "nhu", "lam", "o", "tai", "sao", "ra", "tiep"]);

/** The "bắt đầu" of "bắt đầu từ đâu / thế nào" in a question (by identity), added to `into`; `into` as given when there is none. */
export function beginWordTokens(tokens: readonly Token[], into: Set<Token> | undefined): Set<Token> | undefined {
  let out = into;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.folded !== "bat" || (t.accented !== null && t.accented.toLowerCase() !== "bắt")) continue;
    const next = tokens[i + 1]!;
    if (next.folded !== "dau" || (next.accented !== null && next.accented.toLowerCase() !== "đầu")) continue;
    const before = tokens[i - 1]?.folded;
    const after = tokens[i + 2]?.folded;
    if (after === "tu" && tokens[i + 3]?.folded !== "dau") continue;
    if (after === undefined || BEGIN_ASKS.has(after) || before === "nen" || before === "phai") (out ??= new Set()).add(t).add(next);
  }
  return out;
}
