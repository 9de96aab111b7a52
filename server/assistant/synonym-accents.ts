import { toneKey, toneOf } from "./vietnamese-text";

/*
 * Synonym phrases (lexicon.ts) are matched on folded syllables, so "số đó" ("that number") and
 * "sở đó" read as "sổ đỏ" (the land certificate), "công chúng" (the public) as "công chứng". A
 * writer who typed a tone mark said which word it is: a phrase listed here is not rewritten when a
 * syllable carries a tone mark other than the phrase's own (hỏi and ngã count as one, elderly
 * typists confuse them). Unaccented or toneless syllables ("so do", "sô đỏ") still match.
 * List a phrase here when its folded syllables spell other common words.
 */
const accentedForms: Record<string, string> = {
  "so do": "sổ đỏ",
  "so hong": "sổ hồng",
  "so ho khau": "sổ hộ khẩu",
  "cong chung": "công chứng",
  "doc than": "độc thân",
  "giay doc than": "giấy độc thân",
  "xac nhan doc than": "xác nhận độc thân",
};

const expected = new Map<string, string[]>();
for (const [phrase, accented] of Object.entries(accentedForms)) expected.set(phrase, accented.split(" ").map((s) => toneKey(s.normalize("NFC"))));

/** The syllables of a synonym phrase (folded, space-joined) → what its writer's accents must allow, or undefined when any spelling goes. */
export function synonymAccents(phrase: string): string[] | undefined {
  return expected.get(phrase);
}

/** Letter marks other than tones: circumflex, breve, horn (đ is a letter of its own in NFD too, folded alike) */
const LETTER_MARKS = /[\u0302\u0306\u031B]/g;

const marksOf = (s: string, marks: RegExp) => s.normalize("NFD").match(marks) ?? [];

/**
 * A syllable typed with a tone mark that the phrase's syllable does not have: another word. Only the
 * tone decides (hỏi ≡ ngã, toneKey): "sở đỏ" is sổ đỏ with a Telex slip (ơ for ô). A syllable typed
 * with its tone but without a letter mark the phrase's syllable has is also another word ("công
 * chúng", the public, for "công chứng"): its writer types accents and left the letter plain.
 */
export function contradictsAccent(typed: string | null, wanted: string): boolean {
  if (typed === null || typed === wanted) return false;
  const tone = toneOf(typed);
  if (tone === "") return false;
  if (tone !== toneOf(wanted)) return true;
  return marksOf(typed, LETTER_MARKS).length < marksOf(wanted, LETTER_MARKS).length;
}
