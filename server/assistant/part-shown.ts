import type { FacetKey } from "../knowledge/entry-facets";
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { strongFacetsIn, strongPhrase } from "./facet-cues";
import { foldedText } from "./text-analysis";

/*
 * Which part of an entry a first reply shows, when the message asks two parts or a part the entry
 * lacks:
 * - the part read first is not in the entry ("nộp hồ sơ trực tuyến thì làm từng bước thế nào" on
 *   the entry about submitting online, which has steps but no separate online part): the next
 *   part the message asks outright that the entry has;
 * - the "special case" words are the entry's own subject ("sổ đỏ bị mất làm lại thế nào" on the
 *   entry about re-issuing a lost red book, "người nước ngoài" on the foreigners' entry): not a
 *   special case of it, so another part asked outright (the steps) comes first.
 */

const ownSubject = new WeakMap<KnowledgeEntry, string>();

function subjectOf(entry: KnowledgeEntry): string {
  let text = ownSubject.get(entry);
  if (text === undefined) {
    text = ` ${foldedText([entry.title, ...entry.keywords.map(String)].join(" . "))} `;
    ownSubject.set(entry, text);
  }
  return text;
}

/** The facet to show for `wanted` (the facet read, asked outright), or undefined for the summary. */
export function partShown(entry: KnowledgeEntry, folded: string, wanted: FacetKey | undefined, has: (facet: FacetKey) => boolean): FacetKey | undefined {
  if (!wanted) return undefined;
  if (has(wanted)) {
    if (wanted !== "special") return wanted;
    const phrase = strongPhrase("special", folded);
    if (!phrase || !subjectOf(entry).includes(` ${phrase} `)) return wanted;
    return strongFacetsIn(folded).find((f) => f !== "special" && has(f)) ?? wanted;
  }
  // not the special cases: their cues ("bị mất", "tuổi") are words of many messages, not a part asked
  return strongFacetsIn(folded).find((f) => f !== wanted && f !== "special" && has(f)) ?? stepsForPlace(wanted, has);
}

/**
 * "tra ở đâu xem có phải số lừa đảo không", "xem tiến độ ở đâu", "mở sổ sức khỏe trên VNeID ở mục
 * nào": a place or the online way asked of an entry that has neither but has steps (checking a
 * number, following a report up, an app's own entry): where it is done is how it is done there,
 * so its steps come first, not the summary.
 */
function stepsForPlace(wanted: FacetKey, has: (facet: FacetKey) => boolean): FacetKey | undefined {
  return (wanted === "where" || wanted === "online") && has("steps") ? "steps" : undefined;
}
