import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedText, isFunctionWord } from "./text-analysis";

/*
 * A title word of another entry is named by a message only in the same sense. Vietnamese words are
 * often two syllables, and one syllable of a title's compound can be a syllable of a different
 * compound in the message: "sinh" of "giấy khai sinh" in "thẻ học sinh", "sinh viên"; "hộ" of
 * "hộ khẩu" in "hộ nghèo". Such a syllable names nothing of that title. A syllable is bound that way
 * when the message joins it with a neighbouring content word into a pair the knowledge base uses as
 * a phrase (anywhere: titles, keywords, questions, summaries, bodies) while the other entry never
 * does: the pair is a known compound, and not the other entry's. A syllable beside function words
 * only ("ai xóa cho") or in a pair the other entry itself uses ("xóa hộ khẩu") is named as typed.
 */

function phrases(text: string): string[][] {
  return text
    .split(/[.,;:!?()\n–\-/]/)
    .map((p) => foldedText(p).split(/\s+/).filter(Boolean))
    .filter((p) => p.length > 1);
}

function pairsOf(entry: KnowledgeEntry): Set<string> {
  const found = new Set<string>();
  for (const words of phrases([entry.title, ...entry.keywords, ...entry.questions, entry.summary ?? "", entry.body].join("\n")))
    for (let i = 1; i < words.length; i++) if (!isFunctionWord(words[i - 1]!) && !isFunctionWord(words[i]!)) found.add(`${words[i - 1]} ${words[i]}`);
  return found;
}

export class BoundSyllables {
  private all?: Set<string>;
  private readonly perEntry = new Map<string, Set<string>>();

  constructor(private readonly entries: readonly KnowledgeEntry[]) {}

  private pairs(entry: KnowledgeEntry): Set<string> {
    let found = this.perEntry.get(entry.id);
    if (!found) this.perEntry.set(entry.id, (found = pairsOf(entry)));
    return found;
  }

  private known(): Set<string> {
    if (!this.all) {
      this.all = new Set();
      for (const e of this.entries) for (const p of this.pairs(e)) this.all.add(p);
    }
    return this.all;
  }

  /** Whether every place the message (folded) has `term` binds it into a known compound that `other` never uses. */
  boundElsewhere(term: string, folded: string, other: KnowledgeEntry): boolean {
    const words = folded.split(/\s+/).filter(Boolean);
    const at = words.flatMap((w, i) => (w === term ? [i] : []));
    // a corrected spelling or a glued word: not a syllable as typed, no judgement
    if (!at.length) return false;
    const known = this.known();
    const theirs = this.pairs(other);
    const boundAt = (i: number): boolean => {
      const around = [i > 0 ? `${words[i - 1]} ${term}` : "", i + 1 < words.length ? `${term} ${words[i + 1]}` : ""].filter(
        (p) => p && !p.split(" ").some(isFunctionWord),
      );
      if (around.some((p) => theirs.has(p))) return false;
      return around.some((p) => known.has(p));
    };
    return at.every(boundAt);
  }
}
