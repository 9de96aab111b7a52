import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titleWords } from "./other-subject";
import { foldedText } from "./text-analysis";

/*
 * A follow-up turn whose topic words all come from ANOTHER entry's title and none from the previous
 * entry's title: "nếu quá hạn thì sao" after "Làn xanh … là gì" is "Hồ sơ bị trễ hẹn, quá hạn thì làm
 * gì"; "con tôi chưa có giấy xác nhận khuyết tật" after "Trợ cấp xã hội … người khuyết tật" is "Cấp
 * giấy xác nhận khuyết tật". The previous entry's body may mention those words in passing (it sends
 * the resident there), so "the previous entry has the words" is no reason to stay. Unlike
 * other-subject.ts this holds also with a follow-up cue ("thì sao") or a person ("con tôi"): the
 * person's case is told in the other entry's title words. At least two words (one word is often a
 * word many titles share: "giấy", "thuế"; a circumstance that is in neither title, "mẹ tôi", keeps the turn
 * where it is: tried, it cost more follow-ups than it won), and the message alone must prefer that entry with confidence.
 * The other title counts without what follows a dash or sits in brackets: "Sự cố VNeID - quên mật
 * khẩu, đổi số điện thoại" lists cases other apps share ("quên mật khẩu thì sao" after VssID is VssID's).
 */

/** fewest topic words: a single title word is too often shared by unrelated titles */
export const OTHER_TITLE_MIN_TERMS = 2;

export function namesOnlyOtherTitle(o: {
  terms: string[];
  previous: KnowledgeEntry;
  other: KnowledgeEntry;
  confident: boolean;
  otherScore: number;
  previousScore: number;
}): boolean {
  if (!o.confident || o.other.id === o.previous.id || o.otherScore <= o.previousScore) return false;
  const terms = [...new Set(o.terms)];
  if (terms.length < OTHER_TITLE_MIN_TERMS) return false;
  const mine = titleWords(o.previous);
  const theirs = properTitleWords(o.other);
  return terms.every((t) => theirs.has(t) && !mine.has(t));
}

const properCache = new WeakMap<KnowledgeEntry, Set<string>>();

/** The title's words before a dash-separated list of cases, brackets left out (folded). */
export function properTitleWords(entry: KnowledgeEntry): Set<string> {
  let found = properCache.get(entry);
  if (!found) {
    const proper = entry.title.split(/\s[-–]\s/)[0]!.replace(/\([^)]*\)/g, " ");
    properCache.set(entry, (found = new Set(foldedText(proper).split(/[^a-z0-9]+/).filter(Boolean))));
  }
  return found;
}
