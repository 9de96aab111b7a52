import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle, onlyEntry } from "./folded-title";

/*
 * "thế làn xanh nhanh hơn được bao nhiêu ngày" after "Làn xanh là gì", "trụ sở phường mới đặt ở
 * đâu" after "Phường sau sắp xếp": the part asked (how long, where) is, for the subject at hand,
 * the whole subject of a sibling entry — same category, its title asks exactly that part ("Thủ tục
 * làn xanh giải quyết trong bao lâu", "Địa chỉ, số điện thoại, giờ làm việc của UBND phường"). The
 * previous entry has the words (and may mention the part in a line), so the turn stayed on it;
 * time-entry-elsewhere.ts only switches when the previous entry has no time part. The sibling
 * answers, when the message alone ranks it first and clearly above the previous entry (the
 * margins of part-elsewhere.ts); a plain "mất bao lâu" with no topic word stays a follow-up.
 */

const OWN_SCORE = 0.25;
/** a list's title: its lines carry each item's own parts */
const listTitle = /\b(?:danh muc|danh sach)\b/;
const OWN_LEAD = 1.4;
const partTitles: Partial<Record<string, RegExp>> = {
  time: /\b(bao lau|mat may ngay|thoi han giai quyet)\b/,
  where: /^(dia chi|o dau)\b|\bo dau\b/,
};

export type FacetTitledSibling = {
  /** the part asked plainly (strength 2), with a topic word besides */
  part: string | undefined;
  previous: KnowledgeEntry;
  /** the message alone's first entry */
  other: KnowledgeEntry;
  otherScore: number;
  previousScore: number;
};

/**
 * (session 23) "đi làn xanh thì mất mấy ngày" after the green lane's list: the message alone ranks another sibling first
 * ("Làm thế nào … theo làn xanh" has the words "đi làn xanh") and the sibling titled by the part asked second, above the
 * previous entry: the subject stays within the siblings, and of them the part asked picks the one titled by it.
 */
export function facetTitledRunnerUp(o: { part: string | undefined; previous: KnowledgeEntry; ranked: ReadonlyArray<{ entry: KnowledgeEntry; score: number }>; previousScore: number }): KnowledgeEntry | undefined {
  const [first, second] = o.ranked;
  if (!first || !second || first.entry.id === o.previous.id || first.entry.category !== o.previous.category) return undefined;
  const title = o.part ? partTitles[o.part] : undefined;
  if (!title || title.test(foldedTitle(first.entry))) return undefined;
  return facetTitledSibling({ part: o.part, previous: o.previous, other: second.entry, otherScore: second.score, previousScore: o.previousScore }) ||
    (second.entry.category === o.previous.category && !title.test(foldedTitle(o.previous)) && title.test(foldedTitle(second.entry)) && second.score >= OWN_SCORE && second.score > o.previousScore)
    ? second.entry
    : undefined;
}

/**
 * (session 23) "thường mấy ngày thì trả" after "Làm thế nào … theo làn xanh": a part asked with no topic of its own, which the
 * previous entry lacks, while one sibling's whole title asks that part ("Thủ tục làn xanh giải quyết trong bao lâu"): that
 * sibling (the only one of the previous entry's category titled so; none, or two, is no answer). Not after a list
 * ("Danh mục thủ tục thuộc làn xanh"): its lines give each item's own time, so a bare "mất bao lâu" is asked of them.
 */
export function partTitledSibling(o: { part: string | undefined; previousHasPart: boolean; partOnly: boolean; previous: KnowledgeEntry; entries: () => ReadonlyArray<KnowledgeEntry> }): KnowledgeEntry | undefined {
  const title = o.part ? partTitles[o.part] : undefined;
  if (!title || o.previousHasPart || !o.partOnly || title.test(foldedTitle(o.previous)) || listTitle.test(foldedTitle(o.previous))) return undefined;
  return onlyEntry(o.entries(), (e) => e.id !== o.previous.id && e.category === o.previous.category && title.test(foldedTitle(e)));
}

/** The part asked is the title of a sibling of the previous entry that the message alone clearly prefers. */
export function facetTitledSibling(o: FacetTitledSibling): boolean {
  const title = o.part ? partTitles[o.part] : undefined;
  return (
    !!title && o.other.id !== o.previous.id && o.other.category === o.previous.category && !title.test(foldedTitle(o.previous)) &&
    title.test(foldedTitle(o.other)) && o.otherScore >= OWN_SCORE && o.otherScore >= OWN_LEAD * o.previousScore
  );
}
