import type { Token } from "./text-analysis";

/*
 * An amount written in words ("mấy nghìn", "vài triệu", "bao nhiêu nghìn", "ba trăm nghìn", "hai
 * triệu rưỡi") is money, as "50 triệu" is (word-senses.ts): read as "tiền", so neither the figure
 * nor the unit counts as an unknown word against a match ("chứng thực mấy nghìn một bản") nor
 * looks like a topic. Not "hai ngân hàng" (banks), "hai cụ" (old people), "Bà Triệu" typed
 * with its accents (a street).
 */

/** number words as typed without accents; with accents, the forms in NUMBER_ACCENTED */
const NUMBER_WORDS = new Set(["may", "vai", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"]);
const NUMBER_ACCENTED = new Set(["mấy", "vài", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi"]);
/** money units after a number word */
const UNITS = new Set(["nghin", "ngan", "trieu", "ty", "ti"]);
const UNITS_ACCENTED = new Set(["nghìn", "ngàn", "triệu", "tỷ", "tỉ"]);
const HUNDRED = new Set(["trăm"]);
/** what a folded syllable may start: 1 a unit ("bao nhiêu nghìn"), 2 a number word, 3 both; one lookup per token */
const STARTS = new Map<string, number>();
for (const w of UNITS) STARTS.set(w, 1);
for (const w of NUMBER_WORDS) STARTS.set(w, (STARTS.get(w) ?? 0) | 2);

/** whether amountInWords() can read an amount from a token of this folded form (it returns 0 for every other) */
export function mayStartAmount(folded: string): boolean {
  return STARTS.has(folded);
}

function accentedAs(t: Token, forms: ReadonlySet<string>): boolean {
  // the forms are lower case: an accented syllable found as it is needs no lower-case copy (analysed ones are lower case)
  return t.accented === null || forms.has(t.accented) || forms.has(t.accented.toLowerCase());
}

/**
 * How many tokens from `i` make an amount in words (a number word, "trăm" and a unit: 2 or 3), 0 when none.
 * Called per token: the first test is one set lookup.
 */
export function amountInWords(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const starts = STARTS.get(t.folded);
  if (starts === undefined) return 0;
  // "bao nhiêu nghìn": the unit alone becomes "tiền", "bao nhiêu tiền" as asked
  if (starts & 1 && tokens[i - 1]?.folded === "nhieu" && accentedAs(t, UNITS_ACCENTED) && !(t.folded === "ngan" && tokens[i + 1]?.folded === "hang")) return 1;
  if (!(starts & 2) || !accentedAs(t, NUMBER_ACCENTED)) return 0;
  let at = i + 1;
  const hundred = tokens[at];
  if (hundred && hundred.folded === "tram" && accentedAs(hundred, HUNDRED)) at++;
  const unit = tokens[at];
  if (!unit || !UNITS.has(unit.folded) || !accentedAs(unit, UNITS_ACCENTED)) return 0;
  // "hai ngan hang" is two banks
  if (unit.folded === "ngan" && tokens[at + 1]?.folded === "hang") return 0;
  return at - i + 1;
}
