import type { FacetKey } from "../knowledge/entry-facets";

/*
 * Two or three questions in one message, often run on without punctuation ("sang tên sổ đỏ cần những
 * giấy tờ gì nộp ở đâu", "làm khai sinh ở phường mình được không với lại có bị phạt không"): the first
 * one asked is the one the resident leads with. facet-cues.ts ranks the parts by a fixed order (fee,
 * time, where, documents, …), so a later "ở đâu" took the place of an earlier "giấy tờ gì". Among the
 * parts a message asks outright with question words, the earliest in the message is read as asked.
 * The special case, the steps and the online way keep their place in the order: their phrases ("6
 * tuổi", "ở xa", "làm sao", "làm online", "trên VNeID") are as often the circumstances or the frame of
 * the question ("lý lịch tư pháp làm online thì mấy ngày có") as the part asked.
 */
const ORDERED_BY_POSITION: ReadonlySet<FacetKey> = new Set<FacetKey>(["fee", "time", "where", "documents", "who"]);

/** `best`: the facet the cue order chose; `firstAt`: each outright-asked facet's first position in the message. */
export function firstAskedPart(best: FacetKey, firstAt: ReadonlyMap<FacetKey, number>): FacetKey {
  if (!ORDERED_BY_POSITION.has(best) || firstAt.size < 2) return best;
  let chosen = best;
  let at = firstAt.get(best) ?? Infinity;
  for (const [facet, position] of firstAt) if (ORDERED_BY_POSITION.has(facet) && position < at) [chosen, at] = [facet, position];
  return chosen;
}
