import { isFunctionWord } from "./text-analysis";

/*
 * "mã OTP là cái gì": a question asking what something is. It is about that thing, so an entry
 * answers it only when the entry's core (title, sample questions, keywords, summary) names it;
 * "là gì" itself is in many titles ("Làn xanh … là gì") and must not carry the match.
 */

/** "<thing> là (cái) gì" at the start of a sentence (folded, analysed text) */
const definitionPattern = /(?:^|[.?!,] ?)([a-z ]+?) la (?:cai )?gi\b/;

/** The content words of the thing asked about, or undefined when the message asks no such question. */
export function thingDefined(foldedText: string): string[] | undefined {
  const named = definitionPattern.exec(foldedText)?.[1];
  const words = named?.split(" ").filter((w) => w && !isFunctionWord(w));
  return words?.length ? words : undefined;
}

/** Whether an entry's core text (folded, padded with spaces) names the thing: at least half its words. */
export function namesThing(words: string[], coreText: string): boolean {
  return words.filter((w) => coreText.includes(` ${w} `)).length * 2 >= words.length;
}
