import type { Token } from "./text-analysis";
import { realign, tokenized } from "./tokenized-spellings";

/** analyze()'s per-token passes a text may need, one bit each (a text that holds no syllable a pass starts from is left as it is by that pass) */
export const REGIONAL = 1;
export const COMPOUND = 2;
export const SYNONYMS = 4;
export const TEEN_CODE = 8;
/** word senses (word-senses.ts: "mất" as died, amounts as money, "ck", hours) */
export const SENSES = 16;
export const ALL_PASSES = REGIONAL | COMPOUND | SYNONYMS | TEEN_CODE | SENSES;
const KNOWN = 32;
/** a token whose passes are not known: every pass looks it up */
const EVERY_BIT = 0xff;

/**
 * Which of analyze()'s per-token passes (regional words, compound accents, synonyms, teen-code, word senses)
 * can change a text, read from its syllables: `reachOf(folded)` tells the passes a syllable can
 * start (each pass's own table, asked once per spelling and kept by spelling id,
 * tokenized-spellings.ts); a text's reach is the union over its syllables, one array read each,
 * where every pass looked each syllable up in its Map. A list that is not the last tokenize()'s
 * (or one read without spelling ids) reaches every pass.
 */
export class PassReach {
  /** by spelling id: KNOWN | the passes its syllable can start (0: not asked yet) */
  private reachBySpelling = new Uint8Array(4096);
  private generation = -1;
  /**
   * per token of the list of()'s last reading (`bitsOf`): the passes that token's syllable can start
   * (KNOWN set). A pass given the very list tokenize() made tests a token's bit where it looked the
   * syllable up in its Map (an array read for a hash probe, a million per 2,000-entry build).
   */
  bits = new Uint8Array(1024);
  bitsOf: Token[] | null = null;
  /** texts read, and per pass bit (1, 2, 4, 8, 16) the tokens of texts it could not change (counts for benches) */
  texts = 0;
  readonly tokensOutOfReach: number[] = new Array(SENSES + 1).fill(0);

  constructor(private readonly reachOf: (folded: string) => number) {}

  of(tokens: Token[]): number {
    this.bitsOf = null;
    if (!tokenized.valid || tokens !== tokenized.tokens) return ALL_PASSES;
    if (tokenized.generation !== this.generation) {
      // the spelling table was emptied: its ids are given again
      this.reachBySpelling.fill(0);
      this.generation = tokenized.generation;
    }
    const ids = tokenized.ids;
    if (tokens.length > this.bits.length) this.bits = new Uint8Array(2 * tokens.length);
    const bits = this.bits;
    let reach = 0;
    for (let i = 0; i < tokens.length; i++) {
      const spelling = ids[i]!;
      if (spelling >= this.reachBySpelling.length) {
        const grown = new Uint8Array(2 * (spelling + 1));
        grown.set(this.reachBySpelling);
        this.reachBySpelling = grown;
      }
      let r = this.reachBySpelling[spelling]!;
      if (r === 0) this.reachBySpelling[spelling] = r = KNOWN | this.reachOf(tokens[i]!.folded);
      bits[i] = r;
      reach |= r;
    }
    this.bitsOf = tokens;
    reach &= ALL_PASSES;
    this.texts++;
    for (let bit = 1; bit <= SENSES; bit <<= 1) if ((reach & bit) === 0) this.tokensOutOfReach[bit]! += tokens.length;
    return reach;
  }

  /**
   * The per-token bits of `tokens` when they are the list of()'s last reading, or a list a pass made
   * from it; else undefined (the pass looks every token up). In a list made from it, a token that is
   * one of that reading's own (the same object: its syllable, so its bits) within 3 places of where
   * the changes so far put it takes its bits, and any other token (one a pass made) every bit: the
   * pass looks it up as before.
   */
  bitsFor(tokens: Token[]): Uint8Array | undefined {
    const raw = this.bitsOf;
    if (raw === null) return undefined;
    if (tokens === raw) return this.bits;
    if (tokens.length > this.derived.length) this.derived = new Uint8Array(2 * tokens.length);
    const bits = this.bits;
    const derived = this.derived;
    let shift = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      let j = i + shift;
      if (j >= raw.length || raw[j] !== token) j = realign(raw, token, j);
      if (j >= 0) {
        shift = j - i;
        derived[i] = bits[j]!;
      } else derived[i] = EVERY_BIT;
    }
    return derived;
  }

  /** bitsFor()'s answer for a list made from the last reading */
  private derived = new Uint8Array(1024);
}
