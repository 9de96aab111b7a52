import type { SyllableTable } from "./syllable-table";
import type { Token } from "./text-analysis";
import { realign, tokenized } from "./tokenized-spellings";

const NONE: Token[] = [];

/**
 * Syllable ids for an index build's tokens by the spelling ids tokenize() gave them
 * (tokenized-spellings.ts): a token still the one tokenize() made (most are: the passes of
 * analyze() keep the tokens they do not rewrite) takes its syllable id from an array indexed by
 * spelling id; only the first token of each spelling, and the tokens a pass made, are looked up
 * by their string in the SyllableTable (hash, probe, string compare). Ids are given in the order
 * the tokens come, as looking every token up did: the numbering is the same.
 */
export class SpellingSyllables {
  /** by spelling id: 1 + the syllable id of its token's folded form (0: not met yet) */
  private sylOf = new Int32Array(4096);
  private generation = -1;
  /** tokens looked up by string, and by spelling id (counts for benches) */
  hashed = 0;
  bySpelling = 0;

  constructor(private readonly table: SyllableTable) {}

  /**
   * Writes the syllable ids of `tokens` at out[at], out[at + 1], …; `tokens` is what analyze() made
   * of the text tokenize() read last (any other list is looked up by string, as it holds none of
   * that text's tokens).
   */
  fill(tokens: Token[], out: Int32Array, at: number): void {
    if (tokenized.generation !== this.generation) {
      // the spelling table was emptied: its ids are given again
      this.sylOf.fill(0);
      this.generation = tokenized.generation;
    }
    const raw = tokenized.valid ? tokenized.tokens : NONE;
    const rawLength = raw.length;
    const ids = tokenized.ids;
    // raw[i + shift] is where tokens[i] is looked for: a pass that put in or took out tokens shifts the rest
    let shift = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      let j = i + shift;
      if (j >= rawLength || raw[j] !== token) j = realign(raw, token, j);
      if (j >= 0) shift = j - i;
      out[at + i] = j >= 0 ? this.bySpellingId(ids[j]!, token) : this.byString(token.folded);
    }
  }

  private bySpellingId(spelling: number, token: Token): number {
    if (spelling >= this.sylOf.length) {
      const grown = new Int32Array(2 * (spelling + 1));
      grown.set(this.sylOf);
      this.sylOf = grown;
    }
    const known = this.sylOf[spelling]!;
    if (known !== 0) {
      this.bySpelling++;
      return known - 1;
    }
    const id = this.byString(token.folded);
    this.sylOf[spelling] = id + 1;
    return id;
  }

  private byString(folded: string): number {
    this.hashed++;
    return this.table.get(folded) ?? this.table.add(folded);
  }
}
