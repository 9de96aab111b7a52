import type { Token } from "./text-analysis";
import { COMPOUND } from "./pass-reach";
import { contradictsAccent } from "./synonym-accents";
import { foldNormalized, toneKey } from "./vietnamese-text";

/*
 * Compounds whose syllable, typed without accents, folds to a function word: "khai tu" is
 * "khai tử" (not "khai từ"), "bao tu" is "báo tử", "canh bao" is "cảnh báo", "ma otp" is "mã OTP".
 * Read unaccented, the function word's syllable was weighed as a particle and the compound was
 * half a word: "người nhà mất thì báo tử trong bao nhiêu ngày" found the death registration with
 * its accents and the green-lane timing entry without them. A writer who leaves accents out
 * means the compound as the entries write it, so its accents are restored on the syllables typed
 * bare (a syllable typed with another tone is another word and stops the match; hỏi ≡ ngã).
 * Listed: compounds of the ward's subjects (their accented syllable is a content reading of
 * function-word-accents.ts) whose folded spelling is no common phrase of the function word.
 * Left out on purpose: "so do" (số đó; synonyms handle sổ đỏ), "con dau" (con dâu), "tien do"
 * (tiền đó), "cho o" (cho ở), "ma ho" (mà họ), "lan dau", "thi bao"; "den duong" and "ma otp" have rules of
 * their own (title-phrase.ts, synonyms), and "quét mã", "mã qr" read like their accented twins lost a line
 * (a QR safety question then answered by the QR payment entry, as its accented twin is).
 */
const compounds: readonly string[] = [
  // death registration
  "khai tử", "báo tử", "giấy báo", "chứng tử", "tử tuất",
  // reports and warnings
  "cảnh báo", "thông báo", "khai báo", "trình báo", "báo cáo", "báo chí", "đề nghị", "tội phạm",
  // codes
  "nhập mã", "mã số thuế", "mã hồ sơ", "đầu số",
  // social matters, regimes, levels
  "xã hội", "hội đồng", "chế độ", "mức độ", "độ tuổi", "tối thiểu", "thị thực", "thị trường", "thị trấn", "đô thị",
  // the street and the neighbourhood
  "đền bù", "vệ sinh", "bảo vệ", "ồn ào", "tiếng ồn", "gây ồn", "ngoài chợ", "đi chợ", "buổi tối",
  // papers and apps
  "chữ ký", "chụp ảnh", "ảnh thẻ", "hình ảnh", "tải app", "tải ứng dụng", "mượn tiền", "đầu tư",
];

type Compound = { words: string[]; accents: string[] };
const byFirst = new Map<string, Compound[]>();
for (const accented of compounds) {
  const spelled = accented.normalize("NFC").split(" ");
  const words = spelled.map(foldNormalized);
  const list = byFirst.get(words[0]!) ?? [];
  list.push({ words, accents: spelled.map(toneKey) });
  list.sort((a, b) => b.words.length - a.words.length);
  byFirst.set(words[0]!, list);
}

/** The compounds above as typed with accents (analysis-fingerprint.ts probes them bare). */
export const accentedCompounds = compounds;

/** Gives the syllables of a listed compound typed bare their accents; returns the list given when nothing changed. */
export function restoreCompoundAccents(tokens: Token[], reach?: Uint8Array): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // (`reach`: per token, the passes its syllable can start, pass-reach.ts: no lookup for a syllable no compound starts with)
    if (reach !== undefined && (reach[i]! & COMPOUND) === 0) continue;
    const candidates = byFirst.get(tokens[i]!.folded);
    if (candidates === undefined) continue;
    for (const c of candidates) {
      let all = true;
      let bare = false;
      for (let k = 0; k < c.words.length && all; k++) {
        const t = tokens[i + k];
        all = t !== undefined && t.folded === c.words[k] && !contradictsAccent(t.accented, c.accents[k]!);
        if (all && t!.accented === null && c.accents[k] !== c.words[k]) bare = true;
      }
      if (!all) continue;
      if (bare) {
        out ??= tokens.slice();
        for (let k = 0; k < c.words.length; k++) {
          const t = out[i + k]!;
          if (t.accented === null && c.accents[k] !== c.words[k]) out[i + k] = { folded: t.folded, accented: c.accents[k]! };
        }
      }
      i += c.words.length - 1;
      break;
    }
  }
  return out ?? tokens;
}

/** Whether a listed compound starts with this folded syllable (pass-reach.ts: texts without one skip the pass). */
export function startsCompound(folded: string): boolean {
  return byFirst.has(folded);
}
