import type { Token } from "./text-analysis";

/*
 * The size of the resident's plot, "mảnh đất 120m2", "đất nhà tôi 90 m2" (after "đất"/"thửa"): a
 * detail of the case, not a subject. (A home's area, "nhà tôi 45m2 có đủ diện tích không", is
 * what a residence question asks: kept.) Read as a topic word it left the right entry with an uncovered word, so "mảnh đất
 * 120m2 muốn tách làm 2 sổ" was handed off; "120 mét", "250 mét vuông" are sizes too (a figure alone, "5 tuổi", is already a function word:
 * text-analysis.ts isFunctionWord). Only in a question (as "bây giờ" is, question-words.ts); the
 * entries keep their words.
 * Tried and dropped: "tuổi" after a figure ("mẹ tôi 78 tuổi"): an age decides the elderly allowance
 * ("bố tôi đủ 75 tuổi … trợ cấp" was handed off without it). "bắt đầu từ đâu" as a function phrase:
 * +1 tuning2 line, but one of our own messages turned from an answer into a handoff and the blind
 * quality guard went red: dropped.
 */

/** "120m2", "45m", "62,5m2" typed as one word */
const areaFigure = (w: string) => /^\d+(?:[.,]\d+)?m2?$/.test(w);
const allDigits = (w: string) => /^\d+$/.test(w);

/** The plot sizes of a question (by identity), added to `into`; `into` as given when there are none. */
export function plotAreaTokens(tokens: readonly Token[], into: Set<Token> | undefined): Set<Token> | undefined {
  let out = into;
  let land = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.folded;
    if (w === "dat" || w === "thua") land = true;
    if (!land) continue;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57 ? areaFigure(w) : w === "m2" && i > 0 && allDigits(tokens[i - 1]!.folded)) (out ??= new Set()).add(tokens[i]!);
    // the unit as words after a figure ("120 mét", "250 mét vuông": a figure said in words reads as one, spoken-numbers.ts)
    else if (w === "met" && i > 0 && allDigits(tokens[i - 1]!.folded) && (tokens[i]!.accented === null || tokens[i]!.accented === "mét")) {
      (out ??= new Set()).add(tokens[i]!);
      const square = tokens[i + 1];
      if (square && square.folded === "vuong" && (square.accented === null || square.accented === "vuông")) out.add(square);
    }
  }
  return out;
}
