import type { KnowledgeBase, KnowledgeEntry } from "../knowledge/knowledge-schema";
import { facetLabels } from "../knowledge/entry-facets";
import type { Ward } from "../wards/ward-profile";
import type { Shown } from "./ask-result";
import { availableFacets, composeAnswer, FULL_LABEL } from "./compose-answer";
import { replyFields } from "./reply-text";
import { extended } from "../lib/extended";

/*
 * One part of an entry (its short answer, one facet, or the whole entry) as the assistant says
 * it: the body, links and numbered choices composeAnswer builds and the text replyFields writes,
 * the same two steps behind every answer the assistant gives from one entry. The console's
 * preview goes through here so a communicator reads the bot's own words, not a second rendering.
 */

export const SUMMARY_LABEL = "Câu trả lời ngắn";

/** The parts a resident can be shown of an entry, in the order the console offers them. */
export function entryParts(entry: KnowledgeEntry, kb: KnowledgeBase): Array<{ shown: Shown; label: string }> {
  return [
    { shown: "summary" as const, label: SUMMARY_LABEL },
    ...availableFacets(entry, kb).map((key) => ({ shown: key, label: facetLabels[key] })),
    { shown: "full" as const, label: FULL_LABEL },
  ];
}

/** The reply for one part of an entry; `shown` is what was actually shown (a short entry's summary is the whole entry). */
export function entryReply(entry: KnowledgeEntry, kb: KnowledgeBase, ward: Ward, shown: Shown) {
  const view = composeAnswer(entry, kb, ward, { shown });
  return extended(replyFields(view.body, view.links, view.offered), { shown: view.shown, offered: view.offered });
}
