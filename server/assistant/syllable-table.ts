/**
 * Syllable → id for the search index's vocabulary: an open-addressing hash table over an
 * Int32Array. Filling a Map with the 70,000 syllables of 2,000 entries cost ~45 ms of CPU (its
 * growth and rehashing), a third of a cold start's budget; this table fills in a few ms and
 * looks up as fast. Ids are positions in `words`, which the table reads but does not copy;
 * add() appends to it (while building an index).
 */
export class SyllableTable {
  private slots: Int32Array;
  private mask: number;

  constructor(private readonly words: string[]) {
    let size = 1024;
    while (size < words.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    // one hash and one probe per word (a stored index's 73,000 syllables are placed at every load):
    // the probe that finds the free slot passes every earlier word of the same hash chain
    const slots = this.slots;
    const mask = this.mask;
    for (let id = 0; id < words.length; id++) {
      const word = words[id]!;
      let at = hash(word) & mask;
      for (let other = slots[at]!; other !== -1; other = slots[at]!) {
        if (words[other] === word) throw new Error(`syllable table: "${word}" twice`);
        at = (at + 1) & mask;
      }
      slots[at] = id;
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

  /** Appends a word not in the table; returns its id. */
  add(word: string): number {
    const id = this.words.length;
    this.words.push(word);
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      this.mask = this.slots.length - 1;
      for (let k = 0; k < this.words.length; k++) this.place(k);
    } else this.place(id);
    return id;
  }

  private place(id: number): void {
    let at = hash(this.words[id]!) & this.mask;
    while (this.slots[at] !== -1) at = (at + 1) & this.mask;
    this.slots[at] = id;
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}
