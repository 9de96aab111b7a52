/*
 * Syllables typed without the spaces between them ("lamcancuoc odau", "dangkytamtru",
 * "khaisinh chocon"): quick or elderly typists on a phone keyboard. A token the index has never
 * seen is read as two or more syllables when it splits into syllables the index knows and every
 * neighbouring two of them form a word pair the index knows too ("can cuoc"), so foreign words
 * and brand names that happen to split into syllables ("video" → "vi deo") stay as typed.
 */
import { synonyms } from "./lexicon";
import { vietnameseSyllable } from "./vietnamese-text";


/** word pairs residents write that the index stores under another name ("cong chung" → "chung thuc") */
const synonymPairs = new Set(
  synonyms.flatMap(([from]) => {
    const words = from.split(" ");
    return words.slice(1).map((word, i) => `${words[i]} ${word}`);
  }),
);

const twoVowelGroups = /[aeiouy][^aeiouy]+[aeiouy]/;

/** a Vietnamese syllable has at most 7 letters ("nghiêng" folded) */
const MAX_SYLLABLE = 7;
/** no resident glues more than this many letters into one token */
const MAX_TOKEN = 28;

/**
 * The syllables of a glued folded token, or undefined when it is none: every part a known
 * syllable, every neighbouring pair a known pair; of several readings, the one with fewest parts.
 */
export function splitGlued(folded: string, knownSyllable: (s: string) => boolean, knownPair: (a: string, b: string) => boolean): string[] | undefined {
  // two syllables have two vowel groups with a consonant between them: most unknown tokens (typos) have one
  if (folded.length < 4 || folded.length > MAX_TOKEN || !twoVowelGroups.test(folded) || !/^[a-z]+$/.test(folded) || vietnameseSyllable.test(folded)) return undefined;
  // best[i]: the reading of folded[i..] with fewest parts, as a list of syllables (undefined: none)
  const best: Array<string[] | undefined> = new Array(folded.length + 1);
  best[folded.length] = [];
  for (let i = folded.length - 1; i >= 0; i--) {
    for (let end = Math.min(folded.length, i + MAX_SYLLABLE); end > i; end--) {
      const part = folded.slice(i, end);
      const rest = best[end];
      if (!rest || !vietnameseSyllable.test(part) || !knownSyllable(part)) continue;
      if (rest.length && !knownPair(part, rest[0]!) && !synonymPairs.has(`${part} ${rest[0]}`)) continue;
      if (!best[i] || rest.length + 1 < best[i]!.length) best[i] = [part, ...rest];
    }
  }
  const reading = best[0];
  return reading && reading.length >= 2 ? reading : undefined;
}
