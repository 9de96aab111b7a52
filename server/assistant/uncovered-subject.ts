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

/**
 * The key word of a weak message (its most informative topic word) must be in the previous entry's core
 * (title, sample questions, keywords, summary) for the turn to stay on it: "thuê phòng trọ gần chợ giá bao
 * nhiêu" after tạm trú shares half its words with the entry's text, but "chợ" is nowhere in what the entry is about.
 */
export const KEY_WORD = {
  /** the key word counts only when at least this informative (idf): "giờ", "làm" never decide a subject */
  minIdf: 1.5,
  /** …and at least this many informative words (idf ≥ UNCOVERED.wordIdf) are missing from the core: one odd word is often the case's
   * circumstance, not a subject ("chồng cháu người Úc thì sao" after kết hôn, "bây giờ cưới rồi thì bổ sung thế nào") */
  missingWords: 2,
  /** …and the core has less than this idf-weighted share of the topic words ("55 tuổi mới đóng thì có kịp lấy lương hưu không") */
  previousShare: 0.5,
};

export type TermLookup = {
  termCoverage(entryId: string, terms: string[], where?: "core" | "all"): number;
  idfFor(term: string): number;
};

/** The topic words say something the previous entry does not: a new subject (to be handed off when nothing else covers it either). */
export function uncoveredSubject(allTerms: string[], previousId: string, index: TermLookup): boolean {
  const terms = withoutQuantities(allTerms);
  const missing = missingWords(terms, previousId, index, "all");
  if (missing.length < UNCOVERED.missingWords) return false;
  if (!missing.some((t) => index.idfFor(t) >= UNCOVERED.missingIdf)) return false;
  return index.termCoverage(previousId, terms, "all") < UNCOVERED.previousShare;
}

/** The message's most informative topic word is absent from the previous entry's core fields: it is about something else. */
export function keyWordAbsent(allTerms: string[], previousId: string, index: TermLookup): boolean {
  const terms = withoutQuantities(allTerms);
  let key: string | undefined;
  let best = -Infinity;
  for (const t of new Set(terms)) {
    const idf = index.idfFor(t);
    if (idf > best) [key, best] = [t, idf];
  }
  if (key === undefined || best < KEY_WORD.minIdf) return false;
  if (index.termCoverage(previousId, [key], "core") > 0) return false;
  return missingWords(terms, previousId, index, "core").length >= KEY_WORD.missingWords && index.termCoverage(previousId, terms, "core") < KEY_WORD.previousShare;
}

/** The message's informative topic words (idf ≥ UNCOVERED.wordIdf) that the previous entry's `where` fields lack, once each. */
function missingWords(terms: string[], previousId: string, index: TermLookup, where: "core" | "all"): string[] {
  // ("giờ", "xong", "lại": words of any turn that the knowledge base rarely needs do not make a subject)
  return [...new Set(terms)].filter((t) => index.idfFor(t) >= UNCOVERED.wordIdf && index.termCoverage(previousId, [t], where) === 0);
}

/**
 * Words with a digit ("60m2", "2008", "15", "20tr") are the case's quantities, not a subject: "nhà tôi chung cư 60m2 có đủ
 * diện tích không" after thường trú. Being rare, such a word would otherwise be the message's most informative word, never in
 * any entry, and hand the follow-up off.
 */
function withoutQuantities(terms: string[]): string[] {
  return terms.filter((t) => !/[0-9]/.test(t));
}
