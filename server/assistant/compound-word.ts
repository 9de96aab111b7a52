import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { SearchIndex } from "./search-index";
import { analyze, isFunctionWord } from "./text-analysis";

/*
 * Vietnamese words are often two syllables, and the search reads syllables: "mất điện" (a power
 * cut) shares "mất điện" with "mất điện thoại" (a lost phone), the VNeID-troubles entry. When
 * the message's most informative word is written by the entry only as the first syllable of a
 * compound (every time, and often) whose second syllable lives only in that compound across the
 * knowledge base ("thoại" comes only after "điện"), and the message never writes that compound,
 * the message means the other word: the entry does not cover it. Only where that first syllable
 * is a word of its own in another entry that never writes the compound ("điện" in the
 * electricity-bill entry): "lừa" alone means "lừa đảo", and no entry uses it much apart.
 */

/** the entry's core must write the word at least this often, always in the compound */
const MIN_USES = 3;
/** the compound's second syllable comes after the first at least this share of its uses, in every entry */
const BOUND_SHARE = 0.8;
/** some entry without the compound uses the first syllable at least this much (field-weighted term frequency) */
const SOLO_USE = 6;
/** only the message's few most informative words are looked at */
const KEY_WORDS = 2;

type Next = { next: string | undefined; uses: number; mixed: boolean };

export class CompoundWords {
  /** per entry: per folded syllable of its core, the one syllable that always follows it (mixed: several) */
  private readonly nextOf = new Map<string, Map<string, Next>>();

  constructor(private readonly index: SearchIndex) {}

  /**
   * The compound ("dien thoai") whose first syllable is one of the message's key words that the
   * entry writes only inside it, while the message (folded syllables) never does; undefined otherwise.
   */
  missingCompound(entry: KnowledgeEntry, words: string[]): string | undefined {
    const keys = [...new Set(words.filter((w) => !isFunctionWord(w)))];
    keys.sort((a, b) => this.index.idfFor(b) - this.index.idfFor(a));
    const nexts = this.nexts(entry);
    for (const word of keys.slice(0, KEY_WORDS)) {
      const n = nexts.get(word);
      if (!n || n.mixed || n.next === undefined || n.uses < MIN_USES) continue;
      const second = n.next;
      if (words.some((w, i) => w === word && words[i + 1] === second)) continue;
      if (this.index.precededShare(word, second) >= BOUND_SHARE && this.index.soloUse(word, second) >= SOLO_USE) return `${word} ${second}`;
    }
    return undefined;
  }

  private nexts(entry: KnowledgeEntry): Map<string, Next> {
    let map = this.nextOf.get(entry.id);
    if (map) return map;
    map = new Map();
    // phrase by phrase: a title's parts, each sample question, each keyword, the summary's clauses
    const units = [...entry.title.split(/[,;()–-]/), ...entry.questions, ...entry.keywords.map(String), ...(entry.summary ?? "").split(/[.,;:!?()]/)];
    for (const unit of units) {
      const words = analyze(unit).map((t) => t.folded);
      for (let i = 0; i < words.length; i++) {
        const next = words[i + 1];
        const known = map.get(words[i]!);
        if (!known) map.set(words[i]!, { next, uses: 1, mixed: false });
        else {
          known.uses++;
          if (known.next !== next) known.mixed = true;
        }
      }
    }
    this.nextOf.set(entry.id, map);
    return map;
  }
}
