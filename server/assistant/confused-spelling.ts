import { isFunctionToken } from "./function-word-accents";
import { foldDiacritics, pairSpellingVariants, spellingVariants, toneKey } from "./vietnamese-text";

/*
 * Elderly residents confuse initial consonants (l/n, s/x, ch/tr, d/gi/r) while typing the tone right:
 * "nàm giấy khai xinh", "chuyển khoản chước", "nừa đảo". When the syllable so typed exists folded ("nam",
 * "xinh", "chuoc"), the spelling help for unknown words never runs: the search reads "nàm" as a content word
 * that no entry writes with those accents (lowering every entry's coverage), and the rules that read the
 * folded message miss "lua dao" or read "chuoc" as a ransom ("tiền chuộc").
 *
 * A syllable typed WITH accents in a form that no entry ever writes is read as its one confusable spelling
 * (same accents) that the entries do write, when that spelling is a function word ("làm", "nào") or makes a
 * word pair the entries write with a neighbour, accents and all ("khai sinh", "lừa đảo", "khoản trước"). A form
 * some entry writes is meant as typed ("trưa" stays noon, "nên" stays "nên"); two written candidates decide
 * nothing; without a written pair a real word is left alone ("lãi suất": "suất" is written nowhere and "xuất"
 * is, but no entry writes "lãi xuất" — folded, "lai xuat" is "lại xuất trình", which is why pairs keep their
 * accents). In a message typed with accents, a syllable without marks is read the same way, as typed with the
 * level tone ("khai xinh" → "khai sinh", "làn sanh" → "làn xanh"); a message typed without any accents is left to the
 * search's own spelling help (its tones are unknown).
 */

/** What the knowledge base writes, as typed words are compared with it: syllables lowercased, ngã read as hỏi (toneKey). */
export type WrittenForms = {
  /** an accented syllable some entry writes */
  writesForm(form: string): boolean;
  /** a folded syllable some entry writes, with any accents */
  knowsSyllable(folded: string): boolean;
  /** two syllables side by side in some entry, each compared as typed: accented when the writer typed accents, folded when not */
  knowsPair(first: string, second: string): boolean;
};

/** The written forms and pairs of the entries' texts (title, sample questions, keywords, summary, body), read once. */
export class EntrySpellings implements WrittenForms {
  private readonly forms = new Set<string>();
  private readonly syllables = new Set<string>();
  private readonly pairs = new Set<string>();

  constructor(entries: ReadonlyArray<{ title: string; questions: readonly string[]; keywords: readonly string[]; summary?: string | null; body: string }>) {
    for (const e of entries)
      for (const part of [e.title, ...e.questions, ...e.keywords, e.summary ?? "", e.body]) {
        // (pairs only within a run of words: not across punctuation or a line break)
        for (const run of part.normalize("NFC").toLowerCase().split(/[^\p{L}\s]+|\n/u)) {
          const words = run.match(SYLLABLE) ?? [];
          for (let k = 0; k < words.length; k++) {
            const form = toneKey(words[k]!);
            this.forms.add(form);
            this.syllables.add(foldDiacritics(form));
            if (k === 0) continue;
            const before = toneKey(words[k - 1]!);
            // each pair as the two words may be typed: both accented, either folded, both folded
            for (const a of [before, foldDiacritics(before)]) for (const b of [form, foldDiacritics(form)]) this.pairs.add(`${a} ${b}`);
          }
        }
      }
  }

  writesForm(form: string): boolean {
    return this.forms.has(form);
  }

  knowsSyllable(folded: string): boolean {
    return this.syllables.has(folded);
  }

  knowsPair(first: string, second: string): boolean {
    return this.pairs.has(`${first} ${second}`);
  }
}

const SYLLABLE = /\p{L}+/gu;
/** a letter with a Vietnamese mark (or đ): the writer typed accents */
const TYPED_ACCENTS = /[\u00C0-\u1EF9]/u;

/** The message with each confused syllable (see above) written as the entries spell it; the same string when none is. */
export function readConfusedSpellings(text: string, forms: WrittenForms): string {
  const words = [...text.matchAll(SYLLABLE)];
  // in a message typed with accents, a syllable without marks was typed with the level tone: its form is known too ("khai xinh")
  const accents = TYPED_ACCENTS.test(text);
  let out = "";
  let last = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]![0];
    const fixed = confusedSyllable(word, words[k - 1]?.[0], words[k + 1]?.[0], forms, accents);
    if (fixed === undefined) continue;
    out += text.slice(last, words[k]!.index) + fixed;
    last = words[k]!.index! + word.length;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** One syllable as the entries spell it, or undefined when it stays as typed. */
export function confusedSyllable(word: string, before: string | undefined, after: string | undefined, forms: WrittenForms, levelTyped = false): string | undefined {
  const lower = word.toLowerCase();
  const folded = foldDiacritics(lower);
  // (typed without accents in a message without any, one letter, or a form the entries write: meant as typed)
  if ((folded === lower && !levelTyped) || folded.length < 2 || folded.length !== lower.length || forms.writesForm(toneKey(lower))) return undefined;
  // (a syllable without marks that no entry has in any form, "sin", is left to the search's spelling help, which weighs
  // near words too: "khai sin" is "khai sinh"; a capital inside the message is a name: "Đà Nẵng", "Hòa Khánh")
  if ((folded === lower && !forms.knowsSyllable(folded)) || (before !== undefined && word[0] !== lower[0])) return undefined;
  const previous = before === undefined ? undefined : toneKey(before.toLowerCase());
  const next = after === undefined ? undefined : toneKey(after.toLowerCase());
  // the spellings the entries write, the final consonants' confusions too ("khai sin": "sinh"), each with its support:
  // a function word when typed with marks, and a pair the entries write with either neighbour
  let found: string | undefined;
  let best = 0;
  let tie = false;
  for (const variant of pairSpellingVariants(folded)) {
    const respelt = respell(lower, folded, variant);
    const form = toneKey(respelt);
    if (respelt === found || !forms.writesForm(form)) continue;
    // (a function word spelt with its own accents, "làm" not "rà" for "ra"; a syllable without marks is a function word's
    // only beside a pair)
    const support = Number(folded !== lower && isFunctionToken({ folded: variant, accented: form })) + Number(previous !== undefined && forms.knowsPair(previous, form)) + Number(next !== undefined && forms.knowsPair(form, next));
    if (support === 0 || support < best) continue;
    // two readings supported alike decide nothing
    tie = support === best;
    if (support > best) [found, best] = [respelt, support];
  }
  if (tie) return undefined;
  // (only the initial consonants' confusions are read here; a final one alone is left to the search's pair repair)
  if (found === undefined || !spellingVariants(folded).includes(foldDiacritics(found))) return undefined;
  return word[0] !== lower[0] ? found[0]!.toUpperCase() + found.slice(1) : found;
}

/** `accented` (folded: `folded`) with its changed letters taken from `variant`: the writer's tone kept ("nừa", "lua" → "lừa"). */
function respell(accented: string, folded: string, variant: string): string {
  let prefix = 0;
  while (prefix < folded.length && prefix < variant.length && folded[prefix] === variant[prefix]) prefix++;
  let suffix = 0;
  while (suffix < folded.length - prefix && suffix < variant.length - prefix && folded[folded.length - 1 - suffix] === variant[variant.length - 1 - suffix]) suffix++;
  return accented.slice(0, prefix) + variant.slice(prefix, variant.length - suffix) + accented.slice(accented.length - suffix);
}
