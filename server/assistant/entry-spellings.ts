import type { WrittenForms } from "./confused-spelling";
import type { IndexReader, IndexWriter } from "./index-encoding";
import { SyllableTable } from "./syllable-table";
import { foldDiacritics, toneKey } from "./vietnamese-text";

/**
 * The entries' written forms and word pairs for confused spellings (confused-spelling.ts's EntrySpellings,
 * whose answers these are, exactly) in a form the stored search index carries (issue 15, cold start).
 * EntrySpellings keeps three Sets of strings — each written pair four times, accented and folded on either
 * side — which cost ~60–240 ms of CPU to build at 82 entries and seconds at 2,000, at every process's first
 * ask. Here the words are numbered (the search index's syllables first, so the big vocabulary is hashed once
 * at load, by the index's own table; the words the index lacks — accented forms, letter runs of a word
 * with digits — in a small table of their own), and only the accented pairs are kept, as sorted rows of
 * word ids: a folded side is matched through each form's fold at lookup time, which reads as the four
 * strings did.
 */

/** a word some entry writes as a (toneKey'd) form; a word that is the fold of a written form */
const FORM = 1;
const FOLDED = 2;

/** The search index's syllables and their table: ids [0, base.length) of the spellings' vocabulary. */
export type BaseWords = { words: readonly string[]; table: SyllableTable };

type Parts = {
  /** words not among the base's, ids base.length + k */
  extra: string[];
  /** per word id: FORM | FOLDED bits */
  flags: Uint8Array;
  /** per word id: the id of its fold + 1 for a form, 0 for a word that is not a form */
  foldOf: Int32Array;
  /** per form id, the forms written right after it (ascending ids): compressed rows */
  pairOff: Int32Array;
  pairSecond: Int32Array;
};

export class CompactSpellings implements WrittenForms {
  private readonly extraTable: SyllableTable;
  /** per folded word id, the forms folding to it (compressed rows); made on the first pair lookup */
  private byFold: { off: Int32Array; forms: Int32Array } | undefined;

  private constructor(
    private readonly base: BaseWords,
    private readonly parts: Parts,
  ) {
    this.extraTable = new SyllableTable(parts.extra);
  }

  /** Reads the entries' texts as EntrySpellings does. */
  static build(entries: ReadonlyArray<{ title: string; questions: readonly string[]; keywords: readonly string[]; summary?: string | null; body: string }>, base: BaseWords): CompactSpellings {
    const extra: string[] = [];
    const extraTable = new SyllableTable(extra);
    const size = base.words.length;
    const idOf = (word: string) => base.table.get(word) ?? (extraTable.get(word) ?? extraTable.add(word)) + size;
    // the lowercased word typed → its form id and its fold's id (words repeat endlessly: toneKey and folding once each)
    const seen = new Map<string, number>();
    let flags = new Uint8Array(1024);
    let foldOf = new Int32Array(1024);
    const mark = (id: number, bit: number) => {
      if (id >= flags.length) {
        const grown = new Uint8Array(Math.max(flags.length * 2, id + 1));
        grown.set(flags);
        flags = grown;
        const grownFold = new Int32Array(grown.length);
        grownFold.set(foldOf);
        foldOf = grownFold;
      }
      flags[id]! |= bit;
    };
    const formOf = (word: string): number => {
      let id = seen.get(word);
      if (id !== undefined) return id;
      const form = toneKey(word);
      id = idOf(form);
      const folded = idOf(foldDiacritics(form));
      mark(id, FORM);
      mark(folded, FOLDED);
      foldOf[id] = folded + 1;
      seen.set(word, id);
      return id;
    };
    let firsts = new Int32Array(4096);
    let seconds = new Int32Array(4096);
    let pairs = 0;
    for (const e of entries)
      for (const part of [e.title, ...e.questions, ...e.keywords, e.summary ?? "", e.body]) {
        // (pairs only within a run of words: not across punctuation or a line break)
        for (const run of part.normalize("NFC").toLowerCase().split(/[^\p{L}\s]+|\n/u)) {
          const words = run.match(SYLLABLE) ?? [];
          let before = -1;
          for (let k = 0; k < words.length; k++) {
            const form = formOf(words[k]!);
            if (k > 0) {
              if (pairs === firsts.length) {
                const a = new Int32Array(pairs * 2);
                a.set(firsts);
                firsts = a;
                const b = new Int32Array(pairs * 2);
                b.set(seconds);
                seconds = b;
              }
              firsts[pairs] = before;
              seconds[pairs++] = form;
            }
            before = form;
          }
        }
      }
    const words = size + extra.length;
    // pairs sorted by first then second id, duplicates dropped (keys below 2⁵³: exact in a double)
    const keys = new Float64Array(pairs);
    for (let i = 0; i < pairs; i++) keys[i] = firsts[i]! * words + seconds[i]!;
    keys.sort();
    const pairOff = new Int32Array(words + 1);
    const second: number[] = [];
    let last = -1;
    for (let i = 0; i < pairs; i++) {
      const key = keys[i]!;
      if (key === last) continue;
      last = key;
      const first = Math.floor(key / words);
      pairOff[first + 1]!++;
      second.push(key - first * words);
    }
    for (let id = 0; id < words; id++) pairOff[id + 1]! += pairOff[id]!;
    // (the arrays grew by doubling: cut or widen them to exactly one value per word)
    const grownFlags = new Uint8Array(words);
    grownFlags.set(flags.subarray(0, Math.min(words, flags.length)));
    const grownFold = new Int32Array(words);
    grownFold.set(foldOf.subarray(0, Math.min(words, foldOf.length)));
    return new CompactSpellings(base, { extra, flags: grownFlags, foldOf: grownFold, pairOff, pairSecond: Int32Array.from(second) });
  }

  /** Writes its sections (prefix `sp.`) into a stored index. */
  write(w: IndexWriter): void {
    const p = this.parts;
    w.lines("sp.extra", p.extra);
    w.ints("sp.flags", p.flags);
    w.ints("sp.foldOf", p.foldOf);
    w.counts("sp.pairOff", p.pairOff);
    w.ints("sp.pairSecond", p.pairSecond);
  }

  /** Reads what write() stored, over the loaded index's syllables; throws when the sections do not fit. */
  static read(r: IndexReader, base: BaseWords): CompactSpellings {
    const extra = r.lines("sp.extra");
    const words = base.words.length + extra.length;
    const parts: Parts = { extra, flags: r.codes("sp.flags") as Uint8Array, foldOf: r.ints("sp.foldOf"), pairOff: r.offsets("sp.pairOff"), pairSecond: r.ints("sp.pairSecond") };
    const fits = parts.flags.length === words && parts.flags instanceof Uint8Array && parts.foldOf.length === words && parts.pairOff.length === words + 1 && parts.pairOff[words] === parts.pairSecond.length;
    if (!fits) throw new Error("entry spellings: stored arrays do not fit together");
    return new CompactSpellings(base, parts);
  }

  private id(word: string): number {
    const id = this.base.table.get(word);
    if (id !== undefined) return id;
    const more = this.extraTable.get(word);
    return more === undefined ? -1 : more + this.base.words.length;
  }

  writesForm(form: string): boolean {
    const id = this.id(form);
    return id >= 0 && (this.parts.flags[id]! & FORM) !== 0;
  }

  knowsSyllable(folded: string): boolean {
    const id = this.id(folded);
    return id >= 0 && (this.parts.flags[id]! & FOLDED) !== 0;
  }

  /** "first second" was one of the four strings of a written pair (A, B): first is A or A's fold, second B or B's fold. */
  knowsPair(first: string, second: string): boolean {
    const a = this.id(first);
    const b = this.id(second);
    if (a < 0 || b < 0) return false;
    const { flags, foldOf, pairOff, pairSecond } = this.parts;
    const follows = (form: number) => {
      for (let k = pairOff[form]!, end = pairOff[form + 1]!; k < end; k++) {
        const next = pairSecond[k]!;
        if (next === b || foldOf[next] === b + 1) return true;
      }
      return false;
    };
    if ((flags[a]! & FORM) !== 0 && follows(a)) return true;
    if ((flags[a]! & FOLDED) === 0) return false;
    const { off, forms } = this.foldIndex();
    for (let k = off[a]!, end = off[a + 1]!; k < end; k++) if (follows(forms[k]!)) return true;
    return false;
  }

  private foldIndex(): { off: Int32Array; forms: Int32Array } {
    if (this.byFold) return this.byFold;
    const { foldOf } = this.parts;
    const words = foldOf.length;
    const off = new Int32Array(words + 1);
    for (let id = 0; id < words; id++) if (foldOf[id]! > 0) off[foldOf[id]!]!++;
    for (let id = 0; id < words; id++) off[id + 1]! += off[id]!;
    const at = off.slice(0, words);
    const forms = new Int32Array(off[words]!);
    for (let id = 0; id < words; id++) if (foldOf[id]! > 0) forms[at[foldOf[id]! - 1]!++] = id;
    return (this.byFold = { off, forms });
  }
}

const SYLLABLE = /\p{L}+/gu;
