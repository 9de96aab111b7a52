import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { readFacet, type FacetReading } from "./facet-cues";
import { foldedText } from "./text-analysis";

/*
 * A bare subject with a part asked ("làn xanh có lấy ngay trong ngày được không", "làn xanh mấy ngày thì xong") whose
 * confident top is the sibling entry about that very part (its title asks it: "Thủ tục làn xanh giải quyết trong bao
 * lâu"): the part is what the message asks, so that entry answers, not the plainest entry listing the bare noun as a
 * keyword (bare-subject.ts, meant for a part every procedure has: "lệ phí chứng thực"). Session 12: the plainest entry
 * ("… là gì") answered a time question confidently with its summary.
 */

/** Whether the entry's title asks the same part (a strong cue of the same facet) that the message asks outright. */
export function titleAsksPartAsked(entry: KnowledgeEntry, reading: FacetReading): boolean {
  if (!reading.facet || reading.strength < 2) return false;
  const title = readFacet(foldedText(entry.title));
  return title.facet === reading.facet && title.strength >= 2;
}
