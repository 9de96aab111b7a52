import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { analyze, isFunctionWord, type Token } from "./text-analysis";
import { editDistance, foldTelex } from "./vietnamese-text";

/*
 * Ranking: BM25F over an entry's fields (title, sample questions, keywords, body) on folded
 * syllables and syllable pairs, plus the best match against a single sample question, since
 * residents' questions are short and read like the samples. Accents: a syllable typed with
 * accents that an entry only ever uses with other accents ("chuyện" vs "chuyển") counts little
 * there, so an exact-accent match ranks higher while unaccented typing still finds everything.
 */

/** Ranking parameters; defaults chosen by measuring on held-out paraphrases (bench/tune-ranking.ts). */
export type RankingTuning = {
  title: number;
  questions: number;
  keywords: number;
  body: number;
  k1: number;
  b: number;
  functionWord: number;
  functionPair: number;
  accentMismatch: number;
  questionSimilarity: number;
};

export const defaultTuning: RankingTuning = {
  title: 2.5,
  questions: 1.5,
  keywords: 2,
  body: 0.4,
  k1: 1.2,
  b: 0.4,
  functionWord: 0.15,
  functionPair: 0.35,
  accentMismatch: 0.2,
  questionSimilarity: 0.55,
};

type Feature = { key: string; weight: number; accented: string[] };

function features(tokens: Token[], tuning: RankingTuning): Feature[] {
  const out: Feature[] = [];
  tokens.forEach((t, i) => {
    const fw = isFunctionWord(t.folded);
    out.push({ key: t.folded, weight: fw ? tuning.functionWord : 1, accented: t.accented ? [t.accented] : [] });
    const next = tokens[i + 1];
    if (next) {
      const bothFunction = fw && isFunctionWord(next.folded);
      out.push({
        key: `${t.folded}_${next.folded}`,
        weight: bothFunction ? tuning.functionPair : 1,
        accented: [t.accented, next.accented].filter((a): a is string => a !== null),
      });
    }
  });
  return out;
}

function stripPlaceholders(text: string): string {
  return text.replace(/\{\{[^}]*\}\}/g, " ");
}

type IndexedEntry = {
  entry: KnowledgeEntry;
  tf: Map<string, number>;
  length: number;
  /** folded syllable → accented forms this entry uses */
  accents: Map<string, Set<string>>;
  questions: Array<Map<string, number>>;
};

export type Scored = {
  entry: KnowledgeEntry;
  score: number;
  /** share of the query's content words (idf-weighted) this entry contains */
  coverage: number;
  bm25: number;
  questionSimilarity: number;
};

export type SearchResult = {
  ranked: Scored[];
  /** the best share of the query's content words that one entry contains (0..1) */
  coverage: number;
  /** the query's content syllables (folded) after analysis */
  contentTerms: string[];
};

export class SearchIndex {
  private readonly docs: IndexedEntry[] = [];
  private readonly df = new Map<string, number>();
  private readonly vocabulary = new Map<string, number>();
  private readonly averageLength: number;
  private readonly maxIdf: number;
  private readonly correctionCache = new Map<string, string | undefined>();

  private readonly tuning: RankingTuning;

  constructor(entries: KnowledgeEntry[], tuning: Partial<RankingTuning> = {}) {
    this.tuning = { ...defaultTuning, ...tuning };
    const t = this.tuning;
    for (const entry of entries) {
      const tf = new Map<string, number>();
      const accents = new Map<string, Set<string>>();
      let length = 0;
      const addField = (text: string, weight: number) => {
        const tokens = analyze(text);
        for (const t of tokens) {
          if (!t.accented) continue;
          const set = accents.get(t.folded) ?? new Set<string>();
          set.add(t.accented);
          accents.set(t.folded, set);
        }
        for (const f of features(tokens, t)) {
          tf.set(f.key, (tf.get(f.key) ?? 0) + weight);
          length += weight;
        }
        for (const t of tokens) this.vocabulary.set(t.folded, (this.vocabulary.get(t.folded) ?? 0) + 1);
      };
      addField(entry.title, t.title);
      for (const q of entry.questions) addField(q, t.questions);
      if (entry.keywords.length) addField(entry.keywords.join(" . "), t.keywords);
      addField(stripPlaceholders(entry.body), t.body);
      const questions = [entry.title, ...entry.questions].map((q) => {
        const m = new Map<string, number>();
        for (const f of features(analyze(q), t)) m.set(f.key, Math.max(m.get(f.key) ?? 0, f.weight));
        return m;
      });
      for (const key of tf.keys()) this.df.set(key, (this.df.get(key) ?? 0) + 1);
      this.docs.push({ entry, tf, length, accents, questions });
    }
    this.averageLength = this.docs.reduce((s, d) => s + d.length, 0) / Math.max(1, this.docs.length);
    this.maxIdf = this.idfOf(0);
  }

  get size(): number {
    return this.docs.length;
  }

  private idfOf(df: number): number {
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private idf(key: string): number {
    return this.idfOf(this.df.get(key) ?? 0);
  }

  /** Spelling help for a folded syllable the index has never seen: Telex leftovers, then small typos. */
  private correct = (folded: string): string | undefined => {
    if (this.vocabulary.has(folded) || folded.length < 3 || /\d/.test(folded)) return undefined;
    if (this.correctionCache.has(folded)) return this.correctionCache.get(folded);
    let best: string | undefined;
    const telex = foldTelex(folded);
    if (telex && this.vocabulary.has(telex)) best = telex;
    if (!best && folded.length >= 4) {
      const max = folded.length >= 7 ? 2 : 1;
      let bestDistance = max + 1;
      let bestCount = 0;
      for (const [word, count] of this.vocabulary) {
        if (word.length < 3) continue;
        const d = editDistance(folded, word, max);
        if (d < bestDistance || (d === bestDistance && d <= max && count > bestCount)) {
          if (d <= max) {
            best = word;
            bestDistance = d;
            bestCount = count;
          }
        }
      }
    }
    if (this.correctionCache.size > 5000) this.correctionCache.clear();
    this.correctionCache.set(folded, best);
    return best;
  };

  search(query: string, options: { categories?: readonly string[]; limit?: number } = {}): SearchResult {
    const tokens = analyze(query, this.correct);
    const queryFeatures = new Map<string, Feature>();
    const t = this.tuning;
    for (const f of features(tokens, t)) {
      const existing = queryFeatures.get(f.key);
      if (existing) existing.accented.push(...f.accented);
      else queryFeatures.set(f.key, { ...f, accented: [...f.accented] });
    }
    const contentTerms = tokens.filter((t) => !isFunctionWord(t.folded)).map((t) => t.folded);

    const contentWords = new Map<string, Feature>();
    for (const f of queryFeatures.values()) if (!f.key.includes("_") && f.weight === 1) contentWords.set(f.key, f);
    let contentPossible = 0;
    for (const f of contentWords.values()) contentPossible += this.idfFor(f.key);
    let possible = 0;
    let queryNorm = 0;
    for (const f of queryFeatures.values()) {
      possible += this.idfFor(f.key) * f.weight;
      queryNorm += this.idfFor(f.key) * f.weight * f.weight;
    }

    const ranked: Scored[] = [];
    let bestCoverage = 0;
    for (const doc of this.docs) {
      if (options.categories && !options.categories.includes(doc.entry.category)) continue;
      let bm25 = 0;
      let matched = 0;
      for (const f of queryFeatures.values()) {
        const tf = doc.tf.get(f.key);
        if (!tf) continue;
        const accentFactor = this.accentFactor(f, doc);
        const idf = this.idf(f.key);
        const norm = (tf * (t.k1 + 1)) / (tf + t.k1 * (1 - t.b + (t.b * doc.length) / this.averageLength));
        bm25 += idf * f.weight * accentFactor * norm;
        if (contentWords.has(f.key)) matched += idf * accentFactor;
      }
      if (bm25 === 0) continue;
      let questionSimilarity = 0;
      for (const q of doc.questions) {
        let dot = 0;
        let qNorm = 0;
        for (const [key, weight] of q) {
          const idf = this.idf(key);
          qNorm += idf * weight * weight;
          const f = queryFeatures.get(key);
          if (f) dot += idf * weight * f.weight * this.accentFactor(f, doc);
        }
        const sim = dot / Math.sqrt(Math.max(1e-9, qNorm * queryNorm));
        if (sim > questionSimilarity) questionSimilarity = sim;
      }
      const coverage = contentPossible > 0 ? matched / contentPossible : 0;
      if (coverage > bestCoverage) bestCoverage = coverage;
      const bm25Normalised = possible > 0 ? bm25 / (possible * (t.k1 + 1)) : 0;
      ranked.push({
        entry: doc.entry,
        bm25: bm25Normalised,
        coverage,
        questionSimilarity,
        score: (1 - t.questionSimilarity) * bm25Normalised + t.questionSimilarity * questionSimilarity,
      });
    }
    ranked.sort((a, b) => b.score - a.score);
    return { ranked: ranked.slice(0, options.limit ?? 10), coverage: bestCoverage, contentTerms };
  }

  /** idf, with words the index has never seen counted as the most informative kind. */
  idfFor(key: string): number {
    return this.df.has(key) ? this.idf(key) : this.maxIdf;
  }

  private accentFactor(f: Feature, doc: IndexedEntry): number {
    if (!f.accented.length) return 1;
    const parts = f.key.split("_");
    let factor = 1;
    for (const accented of f.accented) {
      const folded = parts.find((p) => doc.accents.has(p) && accentedFoldsTo(accented, p));
      if (!folded) continue;
      if (!doc.accents.get(folded)!.has(accented)) factor = this.tuning.accentMismatch;
    }
    return factor;
  }
}

function accentedFoldsTo(accented: string, folded: string): boolean {
  return accented.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d") === folded;
}
