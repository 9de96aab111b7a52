import { foldDiacritics, normalizeText } from "./vietnamese-text";

/**
 * A message of 3–12 words with no question mark (end punctuation dropped), as written and folded
 * (separators as spaces), or undefined: the shape the figure and referent statements
 * (figure-statement.ts, referent-statement.ts) read for a follow-up telling something of one's case.
 */
export function shortStatement(text: string): { normalized: string; folded: string } | undefined {
  const normalized = normalizeText(text).replace(/[.!…]+$/u, "").trim();
  if (!normalized || normalized.includes("?")) return undefined;
  const folded = foldDiacritics(normalized).replace(/[,;:]+/g, " ").replace(/\s+/g, " ").trim();
  const words = folded.split(" ");
  if (words.length < 3 || words.length > 12) return undefined;
  return { normalized, folded };
}
