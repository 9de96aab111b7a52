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
 *   special case of it, so another part asked outright (the steps) comes first;
 * - the special case is a circumstance and the steps are asked outright: the steps (stepsOverCircumstance).
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
    if (stepsOverCircumstance(folded, has)) return "steps";
    const phrase = strongPhrase("special", folded);
    if (!phrase || !subjectOf(entry).includes(` ${phrase} `)) return wanted;
    return strongFacetsIn(folded).find((f) => f !== "special" && has(f)) ?? wanted;
  }
  // not the special cases: their cues ("bị mất", "tuổi") are words of many messages, not a part asked
  return strongFacetsIn(folded).find((f) => f !== wanted && f !== "special" && has(f)) ?? stepsForPlace(wanted, has);
}

/*
 * "bố tôi 80 tuổi, làm trợ cấp hằng tháng thì làm sao", "con 5 tuổi gia hạn thẻ bảo hiểm y tế thế nào": the special case
 * read first (its cue comes before the steps') is the resident's circumstance, the question is how; on the tuning sets
 * such lines are labelled steps about three times in four (session 27). Not when the circumstance is that the person
 * cannot come ("không đi được", "nằm viện", "ở xa", "làm thay"), the other party refuses ("chủ nhà không chịu ký"; see
 * other-party-refuses.ts) or a paper is lost or never was ("mất giấy biên nhận",
 * "chưa bao giờ có giấy khai sinh"): then the special part (proxies, help at home, lost papers) is the answer to how;
 * when the lost paper is the entry's own subject, the check below still gives the steps. ("làm hồ sơ" is the file, not
 * doing it for someone.)
 */
const caseIsTheQuestion = /\b(?:khong chiu|khong dong y|khong co giay|chua co giay|chua (?:tung|bao gio) co|mat giay|bi mat|mat vi|mat cap|gia yeu|o xa|dang o xa|di lai kho|om nang|benh nang|nam vien|uy quyen|nho nguoi|lam ho(?! chieu| khau| tich| kinh doanh| so)|lam thay|khong di duoc|liet(?! si))\b/;

function stepsOverCircumstance(folded: string, has: (facet: FacetKey) => boolean): boolean {
  return has("steps") && !caseIsTheQuestion.test(folded) && strongFacetsIn(folded).includes("steps");
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
