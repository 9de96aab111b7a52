import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { properTitleWords } from "./other-title-only";

/*
 * "rồi đăng ký thường trú ở chỗ mới thì làm sao" after "Xóa đăng ký thường trú, xóa đăng ký tạm
 * trú": the message names the whole title of another entry ("Đăng ký thường trú"), which the
 * previous title contains, but not the word that makes the previous title another matter ("xóa").
 * Every word of the message is in the previous title, so no rule that looks for words the previous
 * entry lacks sees a new topic; yet the resident asks the contained title's own procedure. Only when
 * the message alone prefers that entry (even without confidence: the two share every word).
 */

/** fewest words of the contained title: one shared word ("khai", "thuế") names no procedure */
const MIN_TITLE_WORDS = 2;

/** `folded`: the message's folded words (title words such as "đăng" are no topic words: the words said are compared) */
export function namesTitleInsidePrevious(o: { folded: string; previous: KnowledgeEntry; other: KnowledgeEntry; otherScore: number; previousScore: number }): boolean {
  if (o.other.id === o.previous.id || o.otherScore <= o.previousScore) return false;
  const theirs = properTitleWords(o.other);
  const mine = properTitleWords(o.previous);
  if (theirs.size < MIN_TITLE_WORDS) return false;
  const terms = new Set(o.folded.split(" "));
  const extra = [...mine].filter((w) => !theirs.has(w));
  // the other title whole in the message and inside the previous title; none of the previous title's other words said
  return extra.length > 0 && [...theirs].every((w) => terms.has(w) && mine.has(w)) && !extra.some((w) => terms.has(w));
}
