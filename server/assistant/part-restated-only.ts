import type { FacetKey } from "../knowledge/entry-facets";

/*
 * "các bước thực hiện", "quy trình thực hiện thế nào" after the judicial record, "bao lâu thì có giấy chứng nhận" after
 * the business registration: a part asked (strongly) whose other words only restate that part ("thực hiện", "bước" are
 * the steps themselves) or are words most entries use ("giấy", "chứng nhận": the procedure's own result paper). Such a
 * turn has no topic of its own, yet its words were read as one: "thực hiện" is rare enough to rank the entry on filing
 * online steps first, "giấy chứng nhận" the land certificate's. After an entry that has that part it is a follow-up of it.
 * A turn that names its own subject keeps at least one word that is neither, and is left to the usual rules.
 */

/** words that only restate the part asked */
const restating: Partial<Record<FacetKey, ReadonlySet<string>>> = {
  steps: new Set(["buoc", "thuc", "hien", "cach", "quy", "trinh", "lam"]),
  fee: new Set(["tien", "phi", "le", "gia", "het", "mat", "tra", "dong"]),
  time: new Set(["ngay", "thoi", "gian", "lau", "han", "xong"]),
  documents: new Set(["giay", "to", "ho", "so", "mang", "theo"]),
  where: new Set(["noi", "cho", "dia", "chi", "nop"]),
};

/** the procedure's result, when a time part is asked strongly ("bao lâu mới có kết quả", "bao lâu thì có giấy chứng nhận";
 *  session 23: "giấy chứng nhận" is also in the land title's expansion, which took the turn there) */
const timeResult: ReadonlySet<string> = new Set(["ket", "qua", "giay", "chung", "nhan"]);

/** at most this many words of the turn's own (restating words aside), each common to most entries */
const MAX_COMMON = 3;

/**
 * Whether the turn's topic words (folded) only restate the part asked or are common words (`idf` below `commonIdf`) that
 * name no other entry's title ("làm online thì phải có vneid mức 2 à, cái đó làm cần gì": "vneid", "mức" are common, but
 * the title of the entry the message alone prefers; `otherTitleWord` says so).
 */
export function restatesPartOnly(facet: FacetKey | undefined, strength: number, terms: string[], idf: (word: string) => number, commonIdf: number, otherTitleWord: (word: string) => boolean): boolean {
  const own = facet ? restating[facet] : undefined;
  if (!own || !terms.length || strength < 1) return false;
  const rest = terms.filter((t) => !own.has(t) && !(facet === "time" && strength >= 2 && timeResult.has(t)));
  // a part read only weakly ("cách thực hiện thế nào": "thế nào" alone is no part) counts when every word restates it
  if (strength < 2 && rest.length) return false;
  return rest.length <= MAX_COMMON && rest.every((t) => idf(t) < commonIdf && !otherTitleWord(t));
}

/**
 * A part that, when the previous entry lacks it, rules of their own may find in another entry (part-elsewhere.ts for the
 * fee, time-entry-elsewhere.ts for the time): left to them. Steps, papers or place the previous entry has no part for are
 * still its own (its summary tells them), never another procedure's.
 */
export function partFoundElsewhere(facet: FacetKey | undefined): boolean {
  return facet === "fee" || facet === "time";
}
