/**
 * A knowledge base of `n` entries for scaling benchmarks, built from the real entries: each copy
 * keeps the real entry's shape (title, sample questions, keywords, summary, body, facet sections)
 * and its function words ("làm", "ở đâu", "bao nhiêu"), but about half of its content syllables
 * become words of that copy's own ("zq…"), so 2,000 entries have 2,000 topics with their own
 * vocabulary, as a real knowledge base would, instead of 25 identical copies of each topic (which
 * would make every topic word's posting list 25 times longer than it ever is). Deterministic.
 */
import { isFunctionWord } from "../server/assistant/text-analysis";
import { foldDiacritics } from "../server/assistant/vietnamese-text";
import type { KnowledgeBase, KnowledgeEntry } from "../server/knowledge/knowledge-schema";

function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The text with about half of its content syllables replaced by words of copy `copy`. */
function retopic(text: string, copy: number): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const folded = foldDiacritics(word.toLowerCase());
    if (isFunctionWord(folded) || /^\d/.test(folded)) return word;
    const h = hash(folded, copy);
    return h % 2 === 0 ? `zq${(h >>> 1).toString(36).slice(0, 5)}` : word;
  });
}

export function generatedKnowledge(kb: KnowledgeBase, n: number): KnowledgeBase {
  const base = kb.entries.filter((e) => e.status === "published");
  const entries: KnowledgeEntry[] = [];
  for (let i = 0; i < n; i++) {
    const e = base[i % base.length]!;
    if (i < base.length) {
      entries.push(e);
      continue;
    }
    entries.push({
      ...e,
      id: `${e.id}-g${i}`,
      title: retopic(e.title, i),
      questions: e.questions.map((q) => retopic(q, i)),
      keywords: e.keywords.map((k) => retopic(k, i)),
      summary: e.summary ? retopic(e.summary, i) : undefined,
      body: retopic(e.body, i),
    });
  }
  return { ...kb, entries, version: `${kb.version}-x${n}` };
}
