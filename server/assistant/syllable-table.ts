/**
 * Syllable → id for the search index's vocabulary: an open-addressing hash table over an
 * Int32Array. Filling a Map with the 70,000 syllables of 2,000 entries cost ~45 ms of CPU (its
 * growth and rehashing), a third of a cold start's budget; this table fills in ~3 ms and looks
 * up as fast. Ids are positions in `words`, which the table does not copy.
 */
export class SyllableTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly words: readonly string[]) {
    let size = 16;
    while (size < words.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let id = 0; id < words.length; id++) {
      let at = hash(words[id]!) & this.mask;
      while (this.slots[at] !== -1) {
        if (words[this.slots[at]!] === words[id]) throw new Error(`syllable table: "${words[id]}" twice`);
        at = (at + 1) & this.mask;
      }
      this.slots[at] = id;
    }
  }

  get(word: string): number | undefined {
    let at = hash(word) & this.mask;
    for (;;) {
      const id = this.slots[at]!;
      if (id === -1) return undefined;
      if (this.words[id] === word) return id;
      at = (at + 1) & this.mask;
    }
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}
