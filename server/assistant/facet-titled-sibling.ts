import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle } from "./folded-title";

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

/** The part asked is the title of a sibling of the previous entry that the message alone clearly prefers. */
export function facetTitledSibling(o: FacetTitledSibling): boolean {
  const title = o.part ? partTitles[o.part] : undefined;
  return (
    !!title && o.other.id !== o.previous.id && o.other.category === o.previous.category && !title.test(foldedTitle(o.previous)) &&
    title.test(foldedTitle(o.other)) && o.otherScore >= OWN_SCORE && o.otherScore >= OWN_LEAD * o.previousScore
  );
}
