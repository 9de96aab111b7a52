import type { Token } from "./text-analysis";
import { SOUTH_CENTRAL_CANDIDATES, southCentral } from "./regional-words-south-central";

/*
 * More Central and Southern words, beside regional-words.ts (which calls these):
 * - "chi" is "gì" at the end of a clause after what is asked for ("cần giấy tờ chi", "chuẩn bị chi",
 *   "là cái chi rứa", "mần chi"): unread, the part asked (documents, a definition) was missed and "chi"
 *   was a content word. Typed with accents the sister is "chị"; "chi phí", "chi tiết", "chi trả" have
 *   a word after them; only after the words below, so "cho em hỏi chi" (chị) stays.
 * - "mô" after a noun is "nào", not "đâu" ("ở phường mô" is "ở phường nào", "chỗ mô" is "chỗ nào"):
 *   read as "đâu" it was "phường đâu", which asks no place outright.
 * - "nhen" is "nhé" (unaccented only as the last word: "nhện", the spider, folds alike).
 */
export const MORE_CANDIDATES = ["chi", "nhen", ...SOUTH_CENTRAL_CANDIDATES] as const;

/** the words after which a clause-final "chi" asks "gì" (folded; "chuẩn bị chi" ends in "bi") */
const CHI_AFTER = new Set(["can", "giay", "to", "lam", "man", "mang", "bi", "cai", "phai", "nop", "them", "khai", "ghi", "viec", "thu", "de", "noi", "hoi"]);
/** "hỏi chi" after a pronoun is "hỏi chị" ("em hỏi chi", "cho em hỏi chi"), not "ask what" */
const PRONOUN_BEFORE_HOI = new Set(["em", "toi", "chau", "minh", "con", "tui"]);

/** nouns after which "mô" is "nào" (folded) */
const NOUN_BEFORE_NAO = new Set(["phuong", "cho", "quan", "xa", "ben", "cai", "noi", "tinh", "huyen", "nha", "phong", "ngay", "luc", "gio", "buoi", "thu", "loai", "giay", "thang", "so", "trang", "app", "ung", "dung"]);

type Reading = { folded: string; accented: string };

export function moAfterNoun(prev: string | undefined): Reading | undefined {
  return prev !== undefined && NOUN_BEFORE_NAO.has(prev) ? { folded: "nao", accented: "nào" } : undefined;
}

/** `end`: the clause ends after this token (or only particles and pronouns follow) */
export function moreRegional(tokens: Token[], i: number, end: boolean): Reading | undefined {
  const t = tokens[i]!;
  const prev = tokens[i - 1]?.folded;
  switch (t.folded) {
    case "chi": {
      if ((t.accented !== null && t.accented !== "chi") || !end || prev === undefined || !CHI_AFTER.has(prev)) return undefined;
      if (prev === "hoi" && PRONOUN_BEFORE_HOI.has(tokens[i - 2]?.folded ?? "")) return undefined;
      return { folded: "gi", accented: "gì" };
    }
    case "nhen":
      return t.accented === "nhen" || (t.accented === null && i === tokens.length - 1) ? { folded: "nhe", accented: "nhé" } : undefined;
  }
  return southCentral(tokens, i);
}
