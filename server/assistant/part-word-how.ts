import { matches } from "../lib/regex-prefilter";
import type { FacetKey } from "../knowledge/entry-facets";
import type { FacetReading } from "./facet-cues";

/*
 * "phí thế nào", "giấy tờ ra sao", "thời gian thế nào ạ": a part's own word and "how" with nothing
 * else asks that part of the matter at hand. Read word by word, "phí" or "giấy tờ" alone is only a
 * hint of the part (a topic may be called "phí …"), "ra sao" the steps, and the "nào" left over a
 * topic word: the follow-up was answered as a new question or handed off. A whole message of this
 * shape names no topic: the part, surely.
 */

const parts: Array<[FacetKey, string]> = [
  ["fee", String.raw`(?:le phi|phi|chi phi|tien|tien phi|phi le phi)`],
  ["documents", String.raw`(?:giay to|ho so|giay to can mang|thu tuc giay to)`],
  ["time", String.raw`(?:thoi gian|thoi han|thoi gian giai quyet)`],
];
const how = String.raw`(?:thi )?(?:the nao|ra sao|nhu nao|nhu the nao|sao)`;
const lead = String.raw`^(?:(?:the|vay|con|ma|the con|vay con|con ve|con cai)\s)?`;
const tail = String.raw`(?:\s(?:a|ha|vay|nhi|the|ad|em|chau|ba|ong|co|chu|anh|chi))*$`;
const shapes = parts.map(([facet, words]) => [facet, new RegExp(`${lead}${words} ${how}${tail}`)] as const);

/** The part asked, surely, when the whole message (folded) is a part word and "how"; undefined otherwise. */
export function partWordHow(folded: string): FacetReading | undefined {
  const text = folded.replace(/[?!.,;:]+/g, " ").replace(/\s+/g, " ").trim();
  for (const [facet, shape] of shapes) if (matches(shape, text)) return { facet, strength: 2, yesno: false, followupCue: true, topicText: "" };
  return undefined;
}
