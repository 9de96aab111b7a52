import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { SearchIndex } from "./search-index";
import { foldedText, isFunctionWord } from "./text-analysis";

/*
 * Two words can share their first syllable(s): "kết nạp" and "kết hôn", "cấp phép karaoke" and
 * "cấp phép xây dựng", "mất điện" and "mất điện thoại". A message whose only evidence for an entry
 * is such a shared run, followed in the message by a DIFFERENT content word than every place the
 * entry uses the run, is about another word. The run typed alone ("lừa", "căn cước") is still a
 * match: only a different continuation makes it weak.
 */
export class DivertedCompound {
  /** per entry: its title, keywords, sample questions, summary and body as folded syllables */
  private readonly texts = new Map<string, { names: number; texts: string[][] }>();

  /** the first `names` texts name the entry (title, keywords, sample questions); the rest are summary and body sentences */
  private textsOf(entry: KnowledgeEntry): { names: number; texts: string[][] } {
    let found = this.texts.get(entry.id);
    if (!found) {
      const split = (parts: string[]) => parts.flatMap((p) => p.split(/[.,;:!?()\n–-]/)).map((p) => foldedText(p).split(/\s+/).filter(Boolean)).filter((p) => p.length > 0);
      const names = split([entry.title, ...entry.keywords, ...entry.questions]);
      found = { names: names.length, texts: [...names, ...split([entry.summary ?? "", entry.body])] };
      this.texts.set(entry.id, found);
    }
    return found;
  }

  /**
   * Every topic word the message shares with the entry sits in one run of adjacent message words,
   * the message continues the run with a topic word the entry lacks, and the entry never continues
   * the run that way, nor names itself with the run as a whole word, but does continue it with
   * another word.
   */
  diverted(index: SearchIndex, entry: KnowledgeEntry, folded: string, topicTerms: string[]): boolean {
    const words = folded.split(/\s+/).filter(Boolean);
    const shared = new Set(topicTerms.filter((t) => index.termCoverage(entry.id, [t]) > 0));
    if (!shared.size) return false;
    const at = words.map((w, i) => (shared.has(w) ? i : -1)).filter((i) => i >= 0);
    // a shared term that is no message word as typed (a corrected spelling, a glued word): no judgement
    if ([...shared].some((t) => !words.includes(t))) return false;
    const first = at[0] ?? 0;
    const last = at[at.length - 1] ?? 0;
    // the run: adjacent message words from the first to the last shared one, at most three
    if (last - first + 1 !== at.length || at.length > 3) return false;
    const next = words[last + 1];
    if (!next || isFunctionWord(next) || shared.has(next)) return false;
    const run = words.slice(first, last + 1);
    const { names, texts } = this.textsOf(entry);
    let otherContinuation = false;
    for (const [n, text] of texts.entries()) {
      for (let i = 0; i + run.length <= text.length; i++) {
        if (!run.every((w, k) => text[i + k] === w)) continue;
        const after = text[i + run.length];
        if (after === next) return false;
        // the entry names itself with the run as a whole word ("tách hộ", "làn xanh", "bị lừa"): a match
        if (n < names && (!after || isFunctionWord(after))) return false;
        if (after) otherContinuation = true;
      }
    }
    return otherContinuation;
  }
}
