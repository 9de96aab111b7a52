import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { offTopicPattern } from "./lexicon";
import { typedAsOtherWord } from "./off-topic-accents";
import { foldedText } from "./text-analysis";
import { uncoveredMatterIn, uncoveredMatterOf } from "./uncovered-matters";
import { matterText, matterWordsIn, uncoveredMatterWord } from "./uncovered-matter-word";

/*
 * A subject known to be outside the ward's work (lexicon.ts offTopicPattern: the weather, gold prices, a film's
 * showtimes, room rents) is handed off when asked alone. Asked after an entry, the follow-up rules used to lean
 * it on that entry for its common words ("lịch chiếu phim tối nay mấy giờ" after the ward's hours: "giờ", "lịch").
 * Such a turn is no follow-up unless the previous entry speaks of the subject somewhere (its whole text), or the
 * entry the message alone prefers does ("học phí" of hộ nghèo's school-fee help is not handed off alone either).
 */

/**
 * The off-topic phrase of the message (folded; `text` as written), unless `entry`'s title or sample questions speak of
 * it; else a matter no entry covers whose words look like `entry`'s (uncovered-matters.ts).
 */
export function offTopicOf(folded: string, entry: KnowledgeEntry, text?: string): string | undefined {
  const offTopic = offTopicPattern.exec(folded)?.[0];
  const said = saidBy(entry);
  // (nor a phrase typed with another word's accents: "lỡ để" is not "lô đề", off-topic-accents.ts)
  if (offTopic && !said.includes(offTopic) && !(text && (acrossClauses(offTopic, text) || typedAsOtherWord(offTopic, text)))) return offTopic;
  // (an off-topic word the entry says may still be asked as a matter it does not cover: "học phí" of hộ nghèo's school-fee
  // help, "chính sách miễn học phí năm học mới" for every pupil)
  return uncoveredMatterOf(folded, entry, said, text);
}

/** where a message breaks into clauses (as written) */
const clauseBreak = /[?？!.;:\n,]+/u;

/**
 * An off-topic phrase found only across a clause break: "gửi đến đâu, đầu số nào" folds to "den dau dau so", whose
 * "dau dau" (a headache) is two clauses' words, not a subject the message names (tuning-s29). `text`: as written.
 */
function acrossClauses(phrase: string, text: string): boolean {
  if (!clauseBreak.test(text)) return false;
  return !text.split(clauseBreak).some((clause) => ` ${foldedText(clause)} `.includes(` ${phrase} `));
}

/**
 * An entry's folded title and sample questions, read once per entry: this runs on every turn, and
 * analysing that long text each time cost more than the rest of ask() and pushed the message's own
 * reading out of foldedText's few recent results (which every check then read again).
 */
function saidBy(entry: KnowledgeEntry): string {
  let said = saidByEntry.get(entry);
  if (said === undefined) saidByEntry.set(entry, (said = foldedText(`${entry.title} ${entry.questions.join(" ")}`)));
  return said;
}

const saidByEntry = new WeakMap<KnowledgeEntry, string>();

/**
 * Whether a later turn is off-topic (see above): `previousText` is the previous entry's whole folded text, `top` the entry
 * the message alone prefers, `previous` the previous entry itself.
 */
export function offTopicTurn(folded: string, previousText: string, top: KnowledgeEntry | undefined, text?: string, previous?: KnowledgeEntry): boolean {
  // (a matter no entry covers, uncovered-matters.ts, as well: "lắp công tơ điện mới" after the fake power bill; the
  // previous entry speaks of it when it says the matter's key words, not its lead word: "muốn vay vốn thì sao" after
  // hộ nghèo, whose text offers loans)
  const offTopic = offTopicPattern.exec(folded)?.[0] ?? uncoveredMatterIn(folded, text)?.key;
  if (offTopic) return !previousText.includes(offTopic) && (!top || !!offTopicOf(folded, top, text));
  // (session 28) a matter word (matter-words.ts) asked, not told as a circumstance, that the previous entry nowhere says
  // and the entry the message alone prefers does not speak of: "còn lương hưu của bố tôi thì chuyển nơi nhận thế nào"
  // after thường trú (uncovered-matter-word.ts)
  // (not when the message alone prefers the previous entry: its subject is the turn's, left unsaid, and the matter word a
  // purpose of it: "giấy ủy quyền cho em trai rút tiền lương hưu hộ" after chứng thực chữ ký)
  if (!text || (top && top === previous)) return false;
  const { lower, folded: plain } = matterText(text);
  const named = matterWordsIn(plain, lower);
  return named.some((w) => !previousText.includes(w.folded)) && (!top || !!uncoveredMatterWord(text, top));
}
