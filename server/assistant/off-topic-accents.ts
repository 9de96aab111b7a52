import { foldDiacritics } from "./vietnamese-text";

/*
 * The off-topic subjects (lexicon.ts offTopicPattern) are folded phrases, and some fold like everyday words: "lỡ để lộ ảnh
 * căn cước rồi phải làm sao" folds to "lo de lo anh can cuoc", whose "lo de" is the lottery (lô đề), and a resident asking
 * what to do about a leaked ID photo was handed off as off-topic (tuning-s28); "hồ sơ bị sót giấy" is not "bị sốt". A
 * resident who typed the syllables with their accents said which word she meant: when a syllable of the phrase carries
 * accents other than the subject's own, the message does not name that subject. Typed plain ("lo de"), it still may.
 * Only the phrases that fold like everyday words are listed (their accented form).
 */
const accentedSubjects = new Map<string, string[]>(
  ["lô đề", "bị sốt", "đau đầu", "đau bụng", "tình yêu", "xổ số", "giá đô", "làm thơ", "hát cho", "nấu ăn", "món ăn", "bài tập"].map((p) => [foldDiacritics(p), p.split(" ")]),
);

/** hỏi and ngã are one tone to many writers ("xổ số" typed "xỗ số") */
const sameSyllable = (typed: string, wanted: string) => typed === wanted || hoiNga(typed) === hoiNga(wanted);
const hoiNga = (s: string) => s.normalize("NFD").replace(/\u0303/g, "\u0309").normalize("NFC");

/**
 * Whether the off-topic phrase `folded` was typed in `text` only with other accents than its subject's ("lỡ để" for "lô
 * đề"): every place the message has its syllables carries at least one syllable accented as another word.
 */
export function typedAsOtherWord(folded: string, text: string): boolean {
  const wanted = accentedSubjects.get(folded);
  if (!wanted) return false;
  const words = text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  let found = false;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    const typed = words.slice(i, i + wanted.length);
    if (typed.map((w) => foldDiacritics(w)).join(" ") !== folded) continue;
    found = true;
    // (a syllable typed plain says nothing: "lo đề" is the lottery with a mark left out)
    const other = typed.some((w, k) => foldDiacritics(w) !== w && !sameSyllable(w, wanted[k]!));
    if (!other) return false;
  }
  return found;
}
