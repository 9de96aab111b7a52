/*
 * A message that names one entry and leads the runner-up, but falls short of the coverage a clear answer needs only
 * because of words hardly any entry uses: "kiến nghị sửa đường ngõ bị lún thì gửi cho ai" (no entry says "lún"),
 * "bưu kiện COD không đặt, bên trong là cục gạch", "điện thoại bàn phím có làm được VNeID mức 2 không", a brand, a
 * place. Those rare words describe the resident's case (a defect, a thing, a brand, a place); they name no subject
 * the ward answers, so they do not count against the entry the message names. Only rare words the top entry lacks
 * are set aside (used by at most two entries: the index's idf), with the syllable next to one that the top lacks
 * too (one compound: "cục gạch", "liệt giường"); never numbers (amounts, dates, codes), pointing words ("ông ấy")
 * nor common words. What is left must then be covered as well as a clear answer needs, and the message must use a
 * name of the top entry (a keyword or a title part of two syllables or more, named-candidate.ts) and none of the
 * runner-up's. Asked only when the low-coverage check alone made the top weak: a message whose uncovered words are
 * common ones ("phí vệ sinh môi trường bao nhiêu một khẩu", "bao giờ phát quà Tết cho hộ nghèo") stays handed off.
 */

/** a word at most two entries use (the index's idf for two entries of ~80; a word no entry uses has more) */
export const RARE_WORD_IDF = 3.4;
/** the top must lead the runner-up by this much (the decision's ordinary answer ratio) */
export const SIDE_WORDS_LEAD = 1.15;

export type SideWordsInput = {
  /** the top's and the runner-up's scores (no runner-up: 0) */
  topScore: number;
  secondScore: number;
  /** the top's share of the message's content words (idf-weighted) */
  coverage: number;
  /** the message's distinct content words with their idf, and whether the top entry has each */
  words: Array<{ word: string; idf: number; inTop: boolean }>;
  /** the message's folded syllables in order (for compounds) */
  sequence: readonly string[];
  /** the top entry's names the message uses (own: not in the runner-up's title or keywords; shared: also there),
   *  and whether it uses one of the runner-up's (NamedCandidates.namesIn) */
  names: { own: readonly string[]; shared: readonly string[]; rivalNamed: boolean };
  /** coverage a clear answer needs (DecisionThresholds.lowCoverage) */
  lowCoverage: number;
  /** a name the runner-up's title also says counts when the top leads it by this (DecisionThresholds.lowCoverageRatio) */
  clearRatio: number;
};

/** pointing words, not descriptions ("ông ấy": the person spoken of) */
const POINTING = new Set(["ay", "no", "kia"]);

/**
 * The words set aside: rare, lacking from the top, not a number nor a pointing word; with the syllable next to one
 * in the message when the top lacks it too (one compound: "cục gạch", "bàn phím", "liệt giường"). `sequence`: the
 * message's folded syllables in order.
 */
export function rareSideWords(words: SideWordsInput["words"], sequence: readonly string[] = []): string[] {
  const rare = new Set(words.filter((w) => !w.inTop && w.idf >= RARE_WORD_IDF && !/\d/.test(w.word) && !POINTING.has(w.word)).map((w) => w.word));
  if (!rare.size) return [];
  const lacking = new Set(words.filter((w) => !w.inTop && !/\d/.test(w.word)).map((w) => w.word));
  const aside = new Set(rare);
  sequence.forEach((syl, i) => {
    if (!rare.has(syl)) return;
    for (const next of [sequence[i - 1], sequence[i + 1]]) if (next && lacking.has(next)) aside.add(next);
  });
  return [...aside];
}

/** The top's coverage with the rare side words set aside (0 when there are none: nothing to set aside). */
export function coverageWithoutSideWords(input: Pick<SideWordsInput, "coverage" | "words" | "sequence">): number {
  const rare = new Set(rareSideWords(input.words, input.sequence));
  if (!rare.size) return 0;
  let total = 0;
  let aside = 0;
  for (const w of input.words) {
    total += w.idf;
    if (rare.has(w.word)) aside += w.idf;
  }
  return total > aside ? (input.coverage * total) / (total - aside) : 0;
}

/** Whether the message names the top and the words set aside were all that kept its coverage short. */
export function namedDespiteSideWords(input: SideWordsInput): boolean {
  const { names } = input;
  // ("kiến nghị" is also in the title of the entry on following a report up: a clear lead still tells them apart)
  const named = !names.rivalNamed && (names.own.length > 0 || (names.shared.length > 0 && input.topScore >= input.clearRatio * input.secondScore));
  if (!named || input.topScore < SIDE_WORDS_LEAD * input.secondScore) return false;
  return coverageWithoutSideWords(input) >= input.lowCoverage;
}
