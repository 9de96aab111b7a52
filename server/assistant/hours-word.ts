import type { Token } from "./text-analysis";

/*
 * "tiếng" counted is hours, not a language or a sound: "mấy tiếng là xong" asks how long, as
 * "bao lâu" does; "2 tiếng", "48 tiếng" are hours, as "48h" is ("giờ": word-senses.ts). Read as
 * the language word it matched the foreigners' entry ("tiếng Anh") and left the procedure the
 * message named uncovered ("làm căn cước mấy tiếng thì xong" was handed off to foreigners'
 * residence). Rewritten on entries and questions alike (word-senses.ts), so both sides agree.
 */

const isTieng = (t: Token | undefined) => t !== undefined && t.folded === "tieng" && (t.accented === null || t.accented === "tiếng");

/**
 * At tokens[i]: how many tokens the hours phrase starting there takes and what it reads as, or
 * undefined. "mấy tiếng" → "bao lâu"; "bao nhiêu tiếng", "bn tiếng" → "… lâu"; a figure, "vài",
 * "nửa", "một" before "tiếng" → "giờ" (the figure, like "48h", is dropped).
 */
export function hoursPhrase(tokens: readonly Token[], i: number): { take: number; read: string[] } | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!isTieng(next)) {
    if (isTieng(t) && i >= 1 && (tokens[i - 1]!.folded === "bn" || (i >= 2 && tokens[i - 2]!.folded === "bao" && tokens[i - 1]!.folded === "nhieu"))) return { take: 1, read: ["lau"] };
    return undefined;
  }
  if (t.folded === "may" && (t.accented === null || t.accented === "mấy")) return { take: 2, read: ["bao", "lau"] };
  const c = t.folded.charCodeAt(0);
  if ((c >= 48 && c <= 57 && /^\d+$/.test(t.folded)) || t.folded === "vai" || t.folded === "nua" || t.folded === "mot") return { take: 2, read: ["gio"] };
  return undefined;
}
