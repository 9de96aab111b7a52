import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { analyze, isFunctionWord, type Token } from "./text-analysis";
import { editDistance, foldDiacritics, foldTelex } from "./vietnamese-text";

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
  body: 0.5,
  k1: 1.2,
  b: 0.4,
  functionWord: 0.15,
  functionPair: 0.35,
  accentMismatch: 0.2,
  questionSimilarity: 0.4,
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

/** Placeholders and facet marker lines (`## Lệ phí`, shared by many entries) say nothing about the topic. */
function stripPlaceholders(text: string): string {
  return text.replace(/\{\{[^}]*\}\}/g, " ").replace(/^## .*$/gm, " ");
}

type IndexedEntry = {
  entry: KnowledgeEntry;
  length: number;
  /** folded syllable → accented forms this entry uses */
  accents: Map<string, Set<string>>;
};

type Posting = { doc: number; tf: number };
type QuestionPosting = { question: number; weight: number };

export type Scored = {
  entry: KnowledgeEntry;
  score: number;
  /** share of the query's content words (idf-weighted) this entry contains */
  coverage: number;
  /** share of the query's word pairs (idf-weighted) this entry contains: evidence beyond single syllables */
  pairCoverage: number;
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
  private readonly postings = new Map<string, Posting[]>();
  private readonly questionPostings = new Map<string, QuestionPosting[]>();
  /** for each sample question: its entry and its idf-weighted norm */
  private readonly questionDoc: number[] = [];
  private readonly questionNorm: number[] = [];
  private readonly idfCache = new Map<string, number>();
  private readonly vocabulary = new Map<string, number>();
  private readonly averageLength: number;
  private readonly maxIdf: number;
  private readonly correctionCache = new Map<string, string | undefined>();
  private readonly tuning: RankingTuning;
  /** BM25's length normalisation per entry, k1·(1 − b + b·length/average) */
  private readonly lengthNorm: number[];

  constructor(entries: KnowledgeEntry[], tuning: Partial<RankingTuning> = {}) {
    const t = (this.tuning = { ...defaultTuning, ...tuning });
    const questionFeatures: Array<Map<string, number>> = [];
    entries.forEach((entry, docIndex) => {
      const tf = new Map<string, number>();
      const accents = new Map<string, Set<string>>();
      let length = 0;
      const addField = (tokens: Token[], weight: number) => {
        for (const token of tokens) {
          this.vocabulary.set(token.folded, (this.vocabulary.get(token.folded) ?? 0) + 1);
          if (!token.accented) continue;
          const set = accents.get(token.folded) ?? new Set<string>();
          set.add(token.accented);
          accents.set(token.folded, set);
        }
        for (const f of features(tokens, t)) {
          tf.set(f.key, (tf.get(f.key) ?? 0) + weight);
          length += weight;
        }
      };
      const addQuestion = (tokens: Token[]) => {
        const m = new Map<string, number>();
        for (const f of features(tokens, t)) m.set(f.key, Math.max(m.get(f.key) ?? 0, f.weight));
        questionFeatures.push(m);
        this.questionDoc.push(docIndex);
      };
      const title = analyze(entry.title);
      addField(title, t.title);
      addQuestion(title);
      for (const q of entry.questions) {
        const tokens = analyze(q);
        addField(tokens, t.questions);
        addQuestion(tokens);
      }
      if (entry.keywords.length) addField(analyze(entry.keywords.join(" . ")), t.keywords);
      addField(analyze(stripPlaceholders(entry.body)), t.body);
      for (const [key, count] of tf) {
        const list = this.postings.get(key) ?? [];
        list.push({ doc: docIndex, tf: count });
        this.postings.set(key, list);
      }
      this.docs.push({ entry, length, accents });
    });
    const n = this.docs.length;
    for (const [key, list] of this.postings) this.idfCache.set(key, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
    this.maxIdf = Math.log(1 + (n + 0.5) / 0.5);
    questionFeatures.forEach((m, question) => {
      let norm = 0;
      for (const [key, weight] of m) {
        norm += this.idf(key) * weight * weight;
        const list = this.questionPostings.get(key) ?? [];
        list.push({ question, weight });
        this.questionPostings.set(key, list);
      }
      this.questionNorm.push(norm);
    });
    this.averageLength = this.docs.reduce((s, d) => s + d.length, 0) / Math.max(1, n);
    this.lengthNorm = this.docs.map((d) => t.k1 * (1 - t.b + (t.b * d.length) / this.averageLength));
  }

  get size(): number {
    return this.docs.length;
  }

  private idf(key: string): number {
    return this.idfCache.get(key) ?? this.maxIdf;
  }

  /** idf, with words the index has never seen counted as the most informative kind. */
  idfFor(key: string): number {
    return this.idf(key);
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
        if (word.length < 3 || Math.abs(word.length - folded.length) > max) continue;
        const d = editDistance(folded, word, max);
        if (d <= max && (d < bestDistance || (d === bestDistance && count > bestCount))) {
          best = word;
          bestDistance = d;
          bestCount = count;
        }
      }
    }
    if (this.correctionCache.size > 5000) this.correctionCache.clear();
    this.correctionCache.set(folded, best);
    return best;
  };

  search(query: string, options: { categories?: readonly string[]; limit?: number } = {}): SearchResult {
    const t = this.tuning;
    const tokens = analyze(query, this.correct);
    // In long messages (stories, pasted texts) lone function words add thousands of posting
    // visits and almost nothing to the ranking: keep only the informative features there.
    const long = tokens.length > LONG_QUERY_TOKENS;
    const queryFeatures = new Map<string, Feature>();
    for (const f of features(tokens, t)) {
      if (long && f.weight < 1) continue;
      const existing = queryFeatures.get(f.key);
      if (existing) existing.accented.push(...f.accented);
      else queryFeatures.set(f.key, { ...f, accented: [...f.accented] });
    }
    const contentTerms = tokens.filter((token) => !isFunctionWord(token.folded)).map((token) => token.folded);

    let contentPossible = 0;
    let pairPossible = 0;
    let possible = 0;
    let queryNorm = 0;
    const prepared: PreparedFeature[] = [];
    for (const f of queryFeatures.values()) {
      const idf = this.idf(f.key);
      possible += idf * f.weight;
      queryNorm += idf * f.weight * f.weight;
      const content = isContentWord(f);
      const pair = isContentPair(f);
      if (content) contentPossible += idf;
      if (pair) pairPossible += idf;
      // Accents are checked for informative features only; each accented form is folded once.
      const accentChecks = f.weight < 1 ? [] : f.accented.map((accented) => ({ accented, folded: foldDiacritics(accented) }));
      prepared.push({ key: f.key, weight: f.weight, idf, content, pair, accentChecks });
    }

    const n = this.docs.length;
    const bm25 = new Float64Array(n);
    const matched = new Float64Array(n);
    const pairMatched = new Float64Array(n);
    const mismatch = this.tuning.accentMismatch;
    const accentFactor = (f: PreparedFeature, doc: number): number => {
      if (!f.accentChecks.length) return 1;
      const accents = this.docs[doc]!.accents;
      for (const { accented, folded } of f.accentChecks) {
        const forms = accents.get(folded);
        if (forms && !forms.has(accented)) return mismatch;
      }
      return 1;
    };
    for (const f of prepared) {
      const list = this.postings.get(f.key);
      if (!list) continue;
      for (const { doc, tf } of list) {
        const factor = accentFactor(f, doc);
        const norm = (tf * (t.k1 + 1)) / (tf + this.lengthNorm[doc]!);
        bm25[doc]! += f.idf * f.weight * factor * norm;
        if (f.content) matched[doc]! += f.idf * factor;
        if (f.pair) pairMatched[doc]! += f.idf * factor;
      }
    }
    const dots = new Float64Array(this.questionDoc.length);
    for (const f of prepared) {
      const list = this.questionPostings.get(f.key);
      if (!list) continue;
      const base = f.idf * f.weight;
      for (const { question, weight } of list) dots[question]! += base * weight * accentFactor(f, this.questionDoc[question]!);
    }
    const bestQuestion = new Float64Array(n);
    for (let question = 0; question < dots.length; question++) {
      const dot = dots[question]!;
      if (dot === 0) continue;
      const sim = dot / Math.sqrt(Math.max(1e-9, this.questionNorm[question]! * queryNorm));
      const doc = this.questionDoc[question]!;
      if (sim > bestQuestion[doc]!) bestQuestion[doc] = sim;
    }

    const ranked: Scored[] = [];
    let bestCoverage = 0;
    for (let doc = 0; doc < n; doc++) {
      if (bm25[doc] === 0) continue;
      const entry = this.docs[doc]!.entry;
      if (options.categories && !options.categories.includes(entry.category)) continue;
      const coverage = contentPossible > 0 ? matched[doc]! / contentPossible : 0;
      if (coverage > bestCoverage) bestCoverage = coverage;
      const bm25Normalised = possible > 0 ? bm25[doc]! / (possible * (t.k1 + 1)) : 0;
      const questionSimilarity = bestQuestion[doc]!;
      ranked.push({
        entry,
        bm25: bm25Normalised,
        coverage,
        pairCoverage: pairPossible > 0 ? pairMatched[doc]! / pairPossible : 1,
        questionSimilarity,
        score: (1 - t.questionSimilarity) * bm25Normalised + t.questionSimilarity * questionSimilarity,
      });
    }
    ranked.sort((a, b) => b.score - a.score);
    return { ranked: ranked.slice(0, options.limit ?? 10), coverage: bestCoverage, contentTerms };
  }
}

type PreparedFeature = {
  key: string;
  weight: number;
  idf: number;
  content: boolean;
  pair: boolean;
  accentChecks: Array<{ accented: string; folded: string }>;
};

/** Past this many syllables a message is a story or a pasted text (see search()). */
const LONG_QUERY_TOKENS = 24;

function isContentPair(f: Feature): boolean {
  return f.key.includes("_") && f.weight === 1;
}

function isContentWord(f: Feature): boolean {
  return !f.key.includes("_") && f.weight === 1;
}
