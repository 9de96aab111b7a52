/*
 * Syllables typed without the spaces between them, read apart before anything reads the message: "congchung cccd",
 * "phuongmay giolamviec vay". The search already reads such a token apart when it looks a word up (glued-words.ts,
 * search-index.ts correct), but the rules that read the whole message (the part asked: "giờ làm việc", "ở đâu"; the
 * synonyms that make "công chứng" the entries' "chứng thực"; a request for a person; the learned classifier) saw one
 * unknown word, so a plain question spaced the same way was answered and the glued one asked back or handed off.
 *
 * The same strict reading as the search's (splitGlued): a word of letters only that no entry writes, every part a
 * syllable the entries write and every neighbouring two a pair they write, so brand names, English words and
 * links ("hawacom-thanhtoan.com": not letters only) stay as typed. Teen-code keys ("hssv", "lltp") are left to
 * their own expansion.
 */
import type { WrittenForms } from "./confused-spelling";
import { splitGlued } from "./glued-words";
import { teenCode } from "./lexicon";

/** a word of six letters or more, ASCII only, between spaces or punctuation (not inside a link, an address or a code) */
const LONG_WORD = /(^|[\s,;:!?"'()])([a-zA-Z]{6,})(?=$|[\s,;:!?"'().])/g;

/** The message with run-together syllables spaced as the entries write them; the same string when nothing changed. */
export function readRunTogetherWords(text: string, forms: WrittenForms): string {
  if (!/[a-zA-Z]{6}/.test(text)) return text;
  return text.replace(LONG_WORD, (whole, lead: string, word: string, at: number) => {
    // a link's host or path ("abc.com/dangkytamtru"): the character after is "." then letters, or one before is "/" or "@"
    const after = text.slice(at + whole.length, at + whole.length + 2);
    if (/^\.[a-z]/i.test(after)) return whole;
    const folded = word.toLowerCase();
    if (Object.hasOwn(teenCode, folded) || forms.knowsSyllable(folded)) return whole;
    const parts = splitGlued(folded, (s) => forms.knowsSyllable(s), (a, b) => forms.knowsPair(a, b));
    return parts ? `${lead}${parts.join(" ")}` : whole;
  });
}
