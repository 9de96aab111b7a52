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
  // resident-words.ts
  "o ghep": "ở ghép",
};

/*
 * A foreigner named by nationality (lexicon.ts): an accented syllable must be the nationality's very
 * spelling, letter marks too ("người nhặt rác" is a waste picker, "người Tày" an ethnic group), and the
 * bare "Tây/Mỹ/Đức/Nhật" before a place word is a Hanoi place ("người Tây Hồ", "Mỹ Đình", "Đức Giang",
 * "Nhật Tân", "Tây Mỗ"), accented or not.
 */
const nationalityForms: Record<string, string> = {
  "nguoi han quoc": "người hàn quốc",
  "nguoi han": "người hàn",
  "nguoi nhat ban": "người nhật bản",
  "nguoi nhat": "người nhật",
  "nguoi trung quoc": "người trung quốc",
  "nguoi dai loan": "người đài loan",
  "nguoi my": "người mỹ",
  "nguoi phap": "người pháp",
  "nguoi duc": "người đức",
  "nguoi uc": "người úc",
  "nguoi thai lan": "người thái lan",
  "nguoi an do": "người ấn độ",
  "nguoi tay": "người tây",
};
const placeWords = new Set(["ho", "mo", "dinh", "giang", "tan", "ninh", "son", "hung", "loc", "thinh", "xuan", "linh", "yen"]);
const placeBefore = new Set(["nguoi tay", "nguoi my", "nguoi duc", "nguoi nhat"]);

export type SynonymAccents = { syllables: string[]; exact: boolean };
const expected = new Map<string, SynonymAccents>();
const toKeys = (accented: string) => accented.split(" ").map((s) => toneKey(s.normalize("NFC")));
for (const [phrase, accented] of Object.entries(accentedForms)) expected.set(phrase, { syllables: toKeys(accented), exact: false });
for (const [phrase, accented] of Object.entries(nationalityForms)) expected.set(phrase, { syllables: toKeys(accented), exact: true });

/** The syllables of a synonym phrase (folded, space-joined) → what its writer's accents must allow, or undefined when any spelling goes. */
export function synonymAccents(phrase: string): SynonymAccents | undefined {
  return expected.get(phrase);
}

/** The folded syllables that, right after the phrase, make it a place name instead ("người Tây Hồ"), or undefined. */
export function synonymNotBefore(phrase: string): ReadonlySet<string> | undefined {
  return placeBefore.has(phrase) ? placeWords : undefined;
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
export function contradictsAccent(typed: string | null, wanted: string, exact = false): boolean {
  if (typed === null || typed === wanted) return false;
  // (exact: any other accented spelling is another word; toneless "nguoi" typed beside accents stays null)
  if (exact) return toneKey(typed) !== wanted;
  const tone = toneOf(typed);
  if (tone === "") return false;
  if (tone !== toneOf(wanted)) return true;
  return marksOf(typed, LETTER_MARKS).length < marksOf(wanted, LETTER_MARKS).length;
}
