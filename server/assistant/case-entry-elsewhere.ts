import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titleWords } from "./other-subject";
import { properTitleWords } from "./other-title-only";

/*
 * "khách là người Pháp thì khai thế nào" after "Thông báo lưu trú khi có khách": the case told
 * ("người nước ngoài", a special-case cue: facet-cues.ts) is what tells the turn's subject, and
 * another entry is about exactly that case ("Khai báo tạm trú cho người nước ngoài"). The cue words
 * are taken out of the topic words, so the follow-up rules saw only "khách … khai", which the
 * previous entry has, and answered its special cases. When the cue's words (two or more) are in
 * another entry's title and not in the previous title, and the message alone prefers that entry
 * clearly (part-elsewhere.ts's margins), that entry answers. Only with a topic word of the message's
 * own besides the case ("khách … khai"): "thế còn người nước ngoài thì sao" after khai sinh names
 * nothing but the case, which is a case of the previous procedure.
 */

const OWN_SCORE = 0.25;
const OWN_LEAD = 1.4;
/** fewest case words named by the other title: one word ("người", "con") is in too many titles */
const CASE_MIN_WORDS = 2;

/** The words a special-case cue took out of the topic (in the message, not in what is left), named by the other title only. */
export function caseWordsOfOtherTitle(folded: string, topicText: string, previous: KnowledgeEntry, other: KnowledgeEntry): string[] {
  const left = new Set(topicText.split(" "));
  const theirs = properTitleWords(other);
  const mine = titleWords(previous);
  return [...new Set(folded.split(" "))].filter((w) => w && !left.has(w) && theirs.has(w) && !mine.has(w));
}

/** `caseAsked`: a special case asked plainly (strength 2), with a topic word besides the case */
export function caseEntryElsewhere(o: { caseAsked: boolean; caseWords: number; confident: boolean; otherScore: number; previousScore: number }): boolean {
  return o.caseAsked && o.caseWords >= CASE_MIN_WORDS && o.confident && o.otherScore >= OWN_SCORE && o.otherScore >= OWN_LEAD * o.previousScore;
}
