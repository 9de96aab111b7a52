import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titleWords } from "./other-subject";

/*
 * "thế còn thẻ bảo hiểm y tế thì sao", "còn thẻ bhyt cho bé", "con the bhyt cho be thi sao" after the birth registration:
 * "còn X" turns to another thing, and X is said in the words of another entry's title. The message alone ranks that entry
 * first, but not confidently (the health insurance card is also the VssID app's and the e-documents' business), and the
 * previous entry's text mentions X in passing: without this the turn stayed with the previous entry. When every
 * informative topic word is the first-ranked entry's title's, some of them not the previous title's, that entry answers.
 */

/** "còn"/"thế còn"/"vậy còn" opening the message; unaccented "con" is also a child ("con tôi 5 tuổi"): the title words tell */
const opener = /^\s*(?:(?:thế|the|vậy|vay|mà|ma|nhưng|nhung|à|a|ừ|u|vâng|vang|ok)\s+){0,2}(?:còn|con)\s+\S/u;

export function contrastOpens(text: string): boolean {
  return opener.test(text.normalize("NFC").toLowerCase());
}

export function contrastNamesTitle(o: {
  text: string;
  terms: string[];
  previous: KnowledgeEntry;
  other: KnowledgeEntry | undefined;
  otherScore: number;
  previousScore: number;
  weak: boolean;
  informative: (word: string) => boolean;
}): boolean {
  if (!o.other || o.weak || o.other.id === o.previous.id || o.otherScore <= o.previousScore || !contrastOpens(o.text)) return false;
  const telling = [...new Set(o.terms)].filter(o.informative);
  if (!telling.length) return false;
  const theirs = titleWords(o.other);
  const mine = titleWords(o.previous);
  return telling.every((t) => theirs.has(t)) && telling.some((t) => !mine.has(t));
}
