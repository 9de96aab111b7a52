import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titleWords } from "./other-subject";

/*
 * "mỗi tháng được bao nhiêu" after "Trợ cấp xã hội hằng tháng cho người cao tuổi …" (tuning4, tuning5, tuning12: the same
 * words from three writers): a short message, all in the previous entry's words, that the message alone ranks under
 * another entry ("Tham gia bảo hiểm xã hội tự nguyện": "mỗi tháng đóng bao nhiêu") was asked back, which of the two.
 * When the topic words the previous entry's title has include every uncommon one ("mỗi" is a word most entries use),
 * and none is a word of the other's title, the resident speaks of the matter in its title's own words: the previous
 * entry goes on, no question asked.
 */

/** Some topic word and every uncommon one (idf ≥ commonIdf) are in the previous title, none in the other title (folded words). */
export function inPreviousTitleWordsOnly(terms: readonly string[], previous: KnowledgeEntry, other: KnowledgeEntry, idf: (word: string) => number, commonIdf: number): boolean {
  const mine = titleWords(previous), theirs = titleWords(other);
  if (!terms.some((t) => mine.has(t)) || terms.some((t) => theirs.has(t))) return false;
  return terms.every((t) => mine.has(t) || idf(t) < commonIdf);
}
