import type { KnowledgeEntry } from "../../server/knowledge/knowledge-schema";
import { analyze, isFunctionWord, type Token } from "../../server/assistant/text-analysis";
import { editDistance, foldDiacritics, foldTelex, pairSpellingVariants, spellingVariants } from "../../server/assistant/vietnamese-text";

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
  summary: number;
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
  summary: 1.5,
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

/** The same features without their accented forms, for building the index (no arrays to allocate). */
function forEachFeature(tokens: Token[], tuning: RankingTuning, visit: (key: string, weight: number) => void): void {
  for (let i = 0; i < tokens.length; i++) {
    const folded = tokens[i]!.folded;
    const fw = isFunctionWord(folded);
    visit(folded, fw ? tuning.functionWord : 1);
    const next = tokens[i + 1];
    if (next) visit(`${folded}_${next.folded}`, fw && isFunctionWord(next.folded) ? tuning.functionPair : 1);
  }
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
  /** folded syllables of the fields that say what the entry is about (title, questions, keywords, summary) */
  core: Set<string>;
  /** feature → weighted count in every field (its single-syllable keys are the entry's words) */
  terms: Map<string, number>;
};

type Posting = { doc: number; tf: number };
type QuestionPosting = { question: number; weight: number };

export type Scored = {
  entry: KnowledgeEntry;
  score: number;
  /** share of the query's content words (idf-weighted) this entry contains */
  coverage: number;
  /** the same share counting only the entry's title, questions, keywords and summary: a word met only
   *  in the body is a side remark there, not what the entry is about (computed for the top 5 only) */
  coreCoverage: number;
  /** share of the query's word pairs (idf-weighted) this entry contains: evidence beyond single syllables */
  pairCoverage: number;
  bm25: number;
  questionSimilarity: number;
  /** share of the query's two most informative content words in the entry's core fields (top 5 only) */
  keyCoverage: number;
};

export type SearchResult = {
  ranked: Scored[];
  /** the best share of the query's content words that one entry contains (0..1) */
  coverage: number;
  /** the query's content syllables (folded) after analysis */
  contentTerms: string[];
  /** idf-weighted share of the query's content words no entry uses (typos left, other subjects) */
  unknownShare: number;
};

export class SearchIndex {
  private readonly docs: IndexedEntry[] = [];
  private readonly docByEntry = new Map<string, number>();
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
  private readonly queryCache = new Map<string, Token[]>();
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
      const core = new Set<string>();
      const addField = (tokens: Token[], weight: number, isCore = true) => {
        for (const token of tokens) {
          if (isCore) core.add(token.folded);
          this.vocabulary.set(token.folded, (this.vocabulary.get(token.folded) ?? 0) + 1);
          if (!token.accented) continue;
          const set = accents.get(token.folded) ?? new Set<string>();
          set.add(token.accented);
          accents.set(token.folded, set);
        }
        forEachFeature(tokens, t, (key) => {
          tf.set(key, (tf.get(key) ?? 0) + weight);
          length += weight;
        });
      };
      const addQuestion = (tokens: Token[]) => {
        const m = new Map<string, number>();
        forEachFeature(tokens, t, (key, weight) => m.set(key, Math.max(m.get(key) ?? 0, weight)));
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
      if (entry.summary) addField(analyze(stripPlaceholders(entry.summary)), t.summary);
      addField(analyze(stripPlaceholders(entry.body)), t.body, false);
      for (const [key, count] of tf) {
        const list = this.postings.get(key) ?? [];
        list.push({ doc: docIndex, tf: count });
        this.postings.set(key, list);
      }
      this.docs.push({ entry, length, accents, core, terms: tf });
      this.docByEntry.set(entry.id, docIndex);
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

  /**
   * The idf-weighted share of `terms` (folded syllables) that an entry contains, in its core
   * fields (title, questions, keywords, summary) or anywhere.
   */
  termCoverage(entryId: string, terms: string[], where: "core" | "all" = "all"): number {
    const doc = this.docByEntry.get(entryId);
    if (doc === undefined || !terms.length) return 0;
    const set = where === "core" ? this.docs[doc]!.core : this.docs[doc]!.terms;
    let have = 0;
    let total = 0;
    for (const term of terms) {
      const idf = this.idf(term);
      total += idf;
      if (set.has(term)) have += idf;
    }
    return total > 0 ? have / total : 0;
  }

  /**
   * A query's tokens: analysis with spelling help, then word pairs repaired where one word is
   * a confusable spelling of another that makes a known pair ("sác nhận" → "xác nhận",
   * "trứng thực" → "chứng thực"): both spellings exist as words, only the pair tells.
   */
  analyzeQuery(query: string): Token[] {
    // one message is read several times per turn (facet cues, search, topic words): read it once
    const cached = this.queryCache.get(query);
    if (cached) return cached;
    const tokens = analyze(query, this.correct);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i]!;
      const b = tokens[i + 1]!;
      if (isFunctionWord(a.folded) && isFunctionWord(b.folded)) continue;
      if (this.postings.has(`${a.folded}_${b.folded}`)) continue;
      const options: Array<[number, string]> = [];
      for (const v of pairSpellingVariants(a.folded)) if (this.postings.has(`${v}_${b.folded}`)) options.push([i, v]);
      for (const v of pairSpellingVariants(b.folded)) if (this.postings.has(`${a.folded}_${v}`)) options.push([i + 1, v]);
      if (options.length !== 1) continue;
      const [at, word] = options[0]!;
      tokens[at] = { folded: word, accented: null };
    }
    if (this.queryCache.size >= 256) this.queryCache.clear();
    this.queryCache.set(query, tokens);
    return tokens;
  }

  /** Analyses a query as search() does (spelling help included): its folded content syllables. */
  contentTermsOf(query: string): string[] {
    return this.analyzeQuery(query)
      .map((t) => t.folded)
      .filter((f) => !isFunctionWord(f));
  }

  /** idf, with words the index has never seen counted as the most informative kind. */
  idfFor(key: string): number {
    return this.idf(key);
  }

  /**
   * Spelling help for a folded syllable the index has never seen: the spellings elderly
   * residents confuse (ch/tr, s/x, d/gi/r, l/n, i/y), then, for words typed without accents or
   * cut short ("cướ"), Telex leftovers and small typos. A candidate that forms a known word pair
   * with its neighbour ("căn cướ" → "căn cước") wins over a merely frequent one.
   */
  private correct = (folded: string, accented: boolean, previous?: string, next?: string): string | undefined => {
    if (this.vocabulary.has(folded) || folded.length < 2 || /\d/.test(folded)) return undefined;
    const cacheKey = `${accented ? "'" : ""}${previous ?? ""}|${folded}|${next ?? ""}`;
    if (this.correctionCache.has(cacheKey)) return this.correctionCache.get(cacheKey);
    type Candidate = { word: string; tier: number; distance: number; count: number };
    const candidates: Candidate[] = [];
    for (const variant of spellingVariants(folded)) {
      const count = this.vocabulary.get(variant);
      if (count) candidates.push({ word: variant, tier: 3, distance: 1, count });
    }
    // an accented syllable cut short is not a word: small typos apply to it as to unaccented ones
    const truncated = accented && /(?:uo|ie|ye|ua|uye)$/.test(folded);
    if ((!accented || truncated) && folded.length >= 3) {
      const telex = accented ? undefined : foldTelex(folded);
      if (telex && this.vocabulary.has(telex)) candidates.push({ word: telex, tier: 2, distance: 1, count: this.vocabulary.get(telex)! });
      // short words only when the correction forms a known pair (checked below)
      const max = folded.length >= 7 ? 2 : 1;
      for (const [word, count] of this.vocabulary) {
        if (word.length < 3 || Math.abs(word.length - folded.length) > max) continue;
        const d = editDistance(folded, word, max);
        if (d <= max) candidates.push({ word, tier: truncated && word.startsWith(folded) ? 2 : folded.length >= 4 || truncated ? 1 : 0, distance: d, count });
      }
    }
    const pairs = (word: string) => ((previous && this.postings.has(`${previous}_${word}`)) || (next && this.postings.has(`${word}_${next}`)) ? 1 : 0);
    let best: Candidate | undefined;
    let bestPairs = -1;
    for (const c of candidates) {
      const p = pairs(c.word);
      if (c.tier === 0 && !p) continue;
      const better =
        !best || p > bestPairs || (p === bestPairs && (c.tier > best.tier || (c.tier === best.tier && (c.distance < best.distance || (c.distance === best.distance && c.count > best.count)))));
      if (better) {
        best = c;
        bestPairs = p;
      }
    }
    if (this.correctionCache.size > 5000) this.correctionCache.clear();
    this.correctionCache.set(cacheKey, best?.word);
    return best?.word;
  };

  search(query: string, options: { categories?: readonly string[]; limit?: number } = {}): SearchResult {
    const t = this.tuning;
    const tokens = this.analyzeQuery(query);
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
        coreCoverage: 0,
        pairCoverage: pairPossible > 0 ? pairMatched[doc]! / pairPossible : 1,
        questionSimilarity,
        score: (1 - t.questionSimilarity) * bm25Normalised + t.questionSimilarity * questionSimilarity,
        keyCoverage: 0,
      });
    }
    ranked.sort((a, b) => b.score - a.score);
    // the query's two most informative content words, and whether the best entries are about them
    const key = prepared
      .filter((f) => f.content)
      .sort((a, b) => b.idf - a.idf)
      .slice(0, 2);
    const keyTotal = key.reduce((sum, f) => sum + f.idf, 0);
    // core coverage for the best few only: on thousands of entries a pass over all of them costs more than the search
    for (const scored of ranked.slice(0, 5)) {
      const core = this.docs[this.docByEntry.get(scored.entry.id)!]!.core;
      scored.keyCoverage = keyTotal > 0 ? key.reduce((sum, f) => sum + (core.has(f.key) ? f.idf : 0), 0) / keyTotal : 0;
      let coreMatched = 0;
      for (const f of prepared) if (f.content && core.has(f.key)) coreMatched += f.idf;
      scored.coreCoverage = contentPossible > 0 ? coreMatched / contentPossible : 0;
    }
    let unknown = 0;
    for (const f of prepared) if (f.content && !this.postings.has(f.key)) unknown += f.idf;
    return { ranked: ranked.slice(0, options.limit ?? 10), coverage: bestCoverage, contentTerms, unknownShare: contentPossible > 0 ? unknown / contentPossible : 0 };
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
