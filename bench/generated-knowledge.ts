/**
 * A knowledge base of `n` entries for scaling benchmarks: each real entry is copied many times,
 * every copy with its own id and a few generated syllables added to its title, questions and
 * keywords (so the vocabulary and the posting lists grow as they would with more topics).
 * Deterministic: the same n gives the same entries.
 */
import type { KnowledgeBase, KnowledgeEntry } from "../server/knowledge/knowledge-schema";

const initials = ["b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"];
const rhymes = ["a", "á", "ai", "an", "ang", "ao", "âm", "ân", "ấp", "e", "em", "ên", "i", "iên", "inh", "o", "oa", "oan", "ói", "ôi", "ông", "ơn", "u", "uân", "ung", "ươc", "ương", "y"];

function syllable(seed: number): string {
  return initials[seed % initials.length]! + rhymes[Math.floor(seed / initials.length) % rhymes.length]!;
}

function words(seed: number, count: number): string {
  let x = seed * 2654435761;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(syllable(x >>> 8));
  }
  return out.join(" ");
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
      title: `${e.title} ${words(i, 2)}`,
      questions: e.questions.map((q, k) => `${q} ${words(i * 31 + k, 2)}`),
      keywords: [...e.keywords, words(i * 7, 3)],
    });
  }
  return { ...kb, entries, version: `${kb.version}-x${n}` };
}
