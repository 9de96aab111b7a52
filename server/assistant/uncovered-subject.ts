/*
 * A later turn that brings a subject of its own which no entry covers ("kết quả xổ số miền Bắc hôm nay"
 * after the ward's contacts, "thế nhà tôi có được tặng quà Tết không" after hộ nghèo). Asked alone, the
 * message would be handed off (nothing covers it); in a conversation the follow-up rules used to lean it
 * on the previous entry because a few common words ("phường", "đăng ký", "bao giờ") are there too.
 * Such a turn is handed off like a single question: its own words are missing from the previous entry.
 * A real follow-up has no topic of its own, or one whose words the previous entry mostly has.
 */
export const UNCOVERED = {
  /** at least this many of the message's topic words are missing from the previous entry… */
  missingWords: 2,
  /** (a word counts when at least this informative: idf) */
  wordIdf: 1,
  /** …one of them at least this informative (idf): not only common words the knowledge base rarely spells */
  missingIdf: 1.5,
  /** …and the previous entry has less than this idf-weighted share of the topic words (at most half: "55 tuổi mới đóng thì có kịp lấy lương hưu không" keeps more than half) */
  previousShare: 0.5,
};

export type TermLookup = {
  termCoverage(entryId: string, terms: string[]): number;
  idfFor(term: string): number;
};

/** The topic words say something the previous entry does not: a new subject (to be handed off when nothing else covers it either). */
export function uncoveredSubject(terms: string[], previousId: string, index: TermLookup): boolean {
  const unique = [...new Set(terms)];
  // ("giờ", "xong", "lại": words of any turn that the knowledge base rarely needs do not make a subject)
  const missing = unique.filter((t) => index.idfFor(t) >= UNCOVERED.wordIdf && index.termCoverage(previousId, [t]) === 0);
  if (missing.length < UNCOVERED.missingWords) return false;
  if (!missing.some((t) => index.idfFor(t) >= UNCOVERED.missingIdf)) return false;
  return index.termCoverage(previousId, terms) < UNCOVERED.previousShare;
}
