import { synonyms } from "./lexicon";
import { synonymAccents } from "./synonym-accents";
import type { Token } from "./text-analysis";
import { toneOf } from "./vietnamese-text";

/*
 * "nộp hồ sơ đó ở đâu": the writer's accents say "sơ đó" (that file) is not "sổ đỏ" (synonym-accents.ts),
 * and the analysis keeps it unrewritten. But the turn's folded text ("nop ho so do o dau") is read
 * again for its topic words, and read again without accents it is the land certificate: the words
 * the follow-up rules weigh against the previous entry became "giấy chứng nhận quyền sử dụng đất",
 * and "nộp hồ sơ đó ở đâu" after "Chế độ người có công" was asked back among filing entries. The
 * folded text keeps the writer's accented syllables for such a look-alike phrase, so a second
 * reading says the same as the first. Only a syllable typed with another tone than the phrase's
 * ("đó" for "đỏ") keeps the phrase apart: a missing letter mark alone ("giấy đọc thân") is as often a
 * slip as another word, and the second reading goes on reading it as the phrase, as before.
 * (Only phrases listed in synonym-accents.ts, left unrewritten: a rewritten one is no longer in the
 * folded text; not the nationalities, whose place-name exception the second reading keeps anyway.)
 */

/** accent-checked synonym phrases by their first folded syllable: their folded syllables and the tones they have */
const byFirst = new Map<string, Array<{ words: string[]; tones: string[] }>>();
for (const [phrase] of synonyms) {
  const accents = synonymAccents(phrase);
  if (!accents || accents.exact) continue;
  const words = phrase.split(" ");
  byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { words, tones: accents.syllables.map((s) => toneOf(s)) }]);
}

/** a syllable typed with a tone, not the phrase's (hỏi and ngã count as one, as synonym-accents.ts) */
const otherTone = (typed: string | null, wanted: string) => {
  const tone = typed === null ? "" : toneOf(typed);
  return tone !== "" && tone !== wanted;
};

/** The tokens' folded text, an accent-checked look-alike phrase left unrewritten kept as its writer typed it. */
export function foldKeepingLookalikes(tokens: Token[]): string {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const phrases = byFirst.get(tokens[i]!.folded);
    if (!phrases) continue;
    for (const { words, tones } of phrases) {
      if (!words.every((w, k) => tokens[i + k]?.folded === w)) continue;
      if (!words.some((_, k) => otherTone(tokens[i + k]!.accented, tones[k]!))) continue;
      out ??= tokens.map((t) => t.folded);
      for (let k = 0; k < words.length; k++) out[i + k] = tokens[i + k]!.accented ?? tokens[i + k]!.folded;
    }
  }
  return (out ?? tokens.map((t) => t.folded)).join(" ");
}
