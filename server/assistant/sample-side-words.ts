import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { SearchIndex } from "./search-index";
import { foldedText } from "./text-analysis";

/*
 * A sample question carries words of its own situation ("thẻ căn cước của tôi bị nứt, chip không
 * quét được"): "nứt" is about the card there, not a subject of the entry. A message that meets
 * the entry only through such words ("căn nhà tôi bị nứt tường") is not about that entry. A side
 * word is one that only one sample question of the entry uses, and its title, keywords, summary
 * and body never do.
 */

/** a word the message shares with the entry outside side words that is this informative (idf) or names the entry keeps the match */
export const STRONG_IDF = 1.0;

export class SampleSideWords {
  private readonly side = new Map<string, { side: Set<string>; name: Set<string> }>();

  private wordsOf(entry: KnowledgeEntry): { side: Set<string>; name: Set<string> } {
    let found = this.side.get(entry.id);
    if (found) return found;
    const words = (s: string) => foldedText(s).split(/\s+/).filter(Boolean);
    const name = new Set(words([entry.title, ...entry.keywords].join(" . ")));
    const elsewhere = new Set([...name, ...words([entry.summary ?? "", entry.body].join(" . "))]);
    const uses = new Map<string, number>();
    for (const q of entry.questions) for (const w of new Set(words(q))) uses.set(w, (uses.get(w) ?? 0) + 1);
    const side = new Set([...uses].filter(([w, n]) => n === 1 && !elsewhere.has(w)).map(([w]) => w));
    this.side.set(entry.id, (found = { side, name }));
    return found;
  }

  /**
   * The message finds the entry only through side words: a side word matched, and every other
   * topic word it shares with the entry is a common one (idf below STRONG_IDF) that does not name
   * the entry (title, keywords).
   */
  onlySideWords(index: SearchIndex, entry: KnowledgeEntry, topicTerms: string[]): boolean {
    const { side, name } = this.wordsOf(entry);
    if (!topicTerms.some((t) => side.has(t))) return false;
    return !topicTerms.some((t) => !side.has(t) && (name.has(t) || (index.idfFor(t) >= STRONG_IDF && index.termCoverage(entry.id, [t]) > 0)));
  }
}
