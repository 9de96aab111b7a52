import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { commonAccentedWords, commonWords, offTopicPattern } from "./lexicon";
import { ANALYSIS_FINGERPRINT } from "./analysis-fingerprint-value";
import { buildIndexData, idfFormula, type IndexData } from "./index-build";
import { analyze, foldedText, type Token } from "./text-analysis";
import { storedEntryFolds, writeEntryFolds, type Fold } from "./entry-folds";
import { isFunctionToken } from "./function-word-accents";
import { questionOnlyFunctionTokens } from "./question-words";
import { splitGlued } from "./glued-words";
import { readGluedCode } from "./glued-codes";
import { IndexReader, IndexWriter } from "./index-encoding";
import type { WrittenForms } from "./confused-spelling";
import { CompactSpellings, type BaseWords } from "./entry-spellings";
import { SyllableTable } from "./syllable-table";
import { LOOKALIKE_MIN_ENTRIES, retryKnownPair } from "./lookalike-pair";
import { pairEvidence } from "./pair-evidence";
import { inTypedName } from "./typed-names";
import { editDistance, foldDiacritics, foldTelex, pairSpellingVariants, spellingVariants } from "./vietnamese-text";

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

/**
 * Bump when the stored shape or what goes into it changes (analysis, features, weights): an
 * index stored in an older format is ignored and the index is built again.
 */
export const INDEX_FORMAT = 5;

/** What the stored index's header holds besides its sections (see toBytes/fromBytes). */
type StoredHeader = {
  format: number;
  tuning: RankingTuning;
  /** the entries it was built from, in order: loading checks them */
  entryIds: string[];
  /** the analysis fingerprint of the code that built it (analysis-fingerprint.ts): loading checks it */
  analysis: string;
  /** distinct term frequencies and question weights: postTf and qWeight are stored as codes into them */
  tfTable: number[];
  weightTable: number[];
};

function lowerBound(array: Int32Array, from: number, to: number, value: number): number {
  while (from < to) {
    const mid = (from + to) >> 1;
    if (array[mid]! < value) from = mid + 1;
    else to = mid;
  }
  return from;
}

export class SearchIndex {
  private readonly entries: KnowledgeEntry[];
  private readonly docByEntry = new Map<string, number>();
  private readonly data: IndexData;
  private readonly syllables: string[];
  private readonly sylId: SyllableTable;
  private readonly forms: string[];
  private readonly formId = new Map<string, number>();
  /** syllables: features [0, syllableCount); pairs after them (IndexData) */
  private readonly syllableCount: number;
  /** per posting: BM25's saturated term frequency tf·(k1+1)/(tf + k1·(1 − b + b·length/average)) */
  private readonly postNorm: Float64Array;
  /** per feature: whether its idf and its postings' postNorm are computed (prepare) */
  private readonly ready: Uint8Array;
  /** per entry: k1·(1 − b + b·length/average), BM25's length normalisation */
  private readonly lengthNorm: Float64Array;
  /** per feature: its idf, once prepared */
  private readonly idfOf: Float64Array;
  private readonly questionNorm: Float64Array;
  private readonly averageLength: number;
  private readonly maxIdf: number;
  private readonly correctionCache = new Map<string, string | undefined>();
  private readonly queryCache = new Map<string, Token[]>();
  /** mismatchesOf()'s lists by accented form, and how many numbers they hold */
  private readonly mismatchCache = new Map<string, Int32Array>();
  private mismatchCached = 0;
  private readonly tuning: RankingTuning;
  /** words (≥ 3 letters) by each one-letter deletion and themselves, for spelling correction; built on first need */
  private deletionIndex: DeletionIndex | undefined;
  /** words by length, for corrections at distance 2; built on first need */
  private byLength: number[][] | undefined;
  /** scratch arrays reused by search() (one search at a time: JavaScript runs it to the end) */
  private readonly scratch: { bm25: Float64Array; matched: Float64Array; pairMatched: Float64Array; best: Float64Array; dots: Float64Array; touched: Int32Array; mismatch: Uint8Array; marked: Int32Array };
  /** the query's features for search(), reused (see QueryFeatures); made by the first search, not by loading */
  private query: QueryFeatures | undefined;
  /** search()'s postings of the entries of some categories only, by categories (see restrictedPostings) */
  private readonly restricted = new Map<string, RestrictedPostings>();
  /**
   * the entries' written forms and pairs for confused spellings (entry-spellings.ts): stored with the index (format 4),
   * so a process's first ask does not read every entry's text again; built on first need for an index built here
   */
  private spellingsPart: CompactSpellings | undefined;
  /** the entries' titles, keywords and not-covered subjects folded (entry-folds.ts): stored with the index (format 5) */
  private readonly foldPart: Fold;

  constructor(entries: KnowledgeEntry[], tuning: Partial<RankingTuning> = {}, stored?: { data: IndexData; syllables: string[]; forms: string[]; sylTable?: SyllableTable; spellings?: (base: BaseWords) => CompactSpellings; folds?: Fold }) {
    const t = (this.tuning = { ...defaultTuning, ...tuning });
    this.entries = entries;
    entries.forEach((e, doc) => this.docByEntry.set(e.id, doc));
    const built = stored ?? buildIndexData(entries, t);
    const d = (this.data = built.data);
    this.syllables = built.syllables;
    this.forms = built.forms;
    // a fresh build hands over its table (over the same array); a stored index makes one
    this.sylId = built.sylTable ?? new SyllableTable(this.syllables);
    if (stored?.spellings) this.spellingsPart = stored.spellings(this.baseWords());
    // an index built here folds as the helpers did (no work until asked); toBytes() stores the folds
    this.foldPart = stored?.folds ?? foldedText;
    this.forms.forEach((s, i) => this.formId.set(s, i));
    this.syllableCount = this.syllables.length;
    const featureCount = this.syllableCount + d.pairSecond.length;
    const n = entries.length;
    // idf and BM25's per-posting norm are computed for a feature when a search first needs it:
    // loading (once per process, cold code) then does no work per posting
    this.idfOf = new Float64Array(featureCount);
    this.postNorm = new Float64Array(d.postDoc.length);
    this.ready = new Uint8Array(featureCount);
    this.maxIdf = Math.log(1 + (n + 0.5) / 0.5);
    const questionCount = d.questionDoc.length;
    this.questionNorm = d.questionNorm;
    let lengthSum = 0;
    for (let doc = 0; doc < n; doc++) lengthSum += d.docLength[doc]!;
    this.averageLength = lengthSum / Math.max(1, n);
    this.lengthNorm = new Float64Array(n);
    for (let doc = 0; doc < n; doc++) this.lengthNorm[doc] = t.k1 * (1 - t.b + (t.b * d.docLength[doc]!) / this.averageLength);
    this.scratch = {
      bm25: new Float64Array(n),
      matched: new Float64Array(n),
      pairMatched: new Float64Array(n),
      best: new Float64Array(n),
      dots: new Float64Array(questionCount),
      touched: new Int32Array(questionCount),
      mismatch: new Uint8Array(n),
      marked: new Int32Array(n),
    };
  }

  /**
   * Loads an index stored by toBytes(); undefined when it is of another format, was built over
   * other entries or `accept` refuses its header (the extra fields given to toBytes). Throws
   * when the bytes are malformed.
   */
  static fromBytes(entries: KnowledgeEntry[], bytes: Uint8Array, accept: (header: Record<string, unknown>) => boolean = () => true): SearchIndex | undefined {
    const r = new IndexReader(bytes);
    const h = r.header as StoredHeader & Record<string, unknown>;
    if (h.format !== INDEX_FORMAT || h.analysis !== ANALYSIS_FINGERPRINT || !accept(h) || h.entryIds.length !== entries.length || h.entryIds.some((id, i) => entries[i]!.id !== id)) return undefined;
    const syllables = r.lines("syllables");
    const data: IndexData = {
      sylCount: r.ints("sylCount"),
      pairOff: r.offsets("pairOff"),
      pairSecond: r.ints("pairSecond"),
      postOff: r.offsets("postOff"),
      postDoc: r.ints("postDoc"),
      postTf: r.codes("postTf"),
      tfTable: Float64Array.from(h.tfTable),
      qOff: r.offsets("qOff"),
      qId: r.ints("qId"),
      qWeight: r.codes("qWeight"),
      weightTable: Float64Array.from(h.weightTable),
      questionDoc: r.ints("questionDoc"),
      questionNorm: r.floats("questionNorm"),
      docLength: r.floats("docLength"),
      coreOff: r.offsets("coreOff"),
      coreSyl: r.ints("coreSyl"),
      accOff: r.offsets("accOff"),
      accDoc: r.ints("accDoc"),
      accForm: r.ints("accForm"),
    };
    const features = syllables.length + data.pairSecond.length;
    const fits =
      data.sylCount.length === syllables.length &&
      data.pairOff.length === syllables.length + 1 &&
      data.pairOff[syllables.length] === data.pairSecond.length &&
      data.postOff.length === features + 1 &&
      data.postOff[features] === data.postDoc.length &&
      data.postTf.length === data.postDoc.length &&
      data.qOff.length === features + 1 &&
      data.qOff[features] === data.qId.length &&
      data.qWeight.length === data.qId.length &&
      data.coreOff.length === entries.length + 1 &&
      data.coreOff[entries.length] === data.coreSyl.length &&
      data.accOff.length === syllables.length + 1 &&
      data.accOff[syllables.length] === data.accDoc.length &&
      data.accForm.length === data.accDoc.length &&
      data.questionNorm.length === data.questionDoc.length &&
      data.docLength.length === entries.length;
    if (!fits) throw new Error("search index: stored arrays do not fit together");
    return new SearchIndex(entries, h.tuning, { data, syllables, forms: r.lines("forms"), spellings: (base) => CompactSpellings.read(r, base), folds: storedEntryFolds(r, entries) });
  }

  /** The index as bytes, to store with the knowledge version it was built from (`extra`: more header fields). */
  toBytes(extra: Record<string, unknown> = {}): Uint8Array {
    const d = this.data;
    const w = new IndexWriter();
    w.lines("syllables", this.syllables);
    w.lines("forms", this.forms);
    for (const name of ["sylCount", "pairSecond", "postDoc", "postTf", "qId", "qWeight", "questionDoc", "coreSyl", "accDoc", "accForm"] as const) w.ints(name, d[name]);
    // offsets as row lengths (format 3): a smaller BLOB to read at a cold start
    for (const name of ["pairOff", "postOff", "qOff", "coreOff", "accOff"] as const) w.counts(name, d[name]);
    w.floats("questionNorm", d.questionNorm);
    w.floats("docLength", d.docLength);
    this.spellings().write(w);
    writeEntryFolds(w, this.entries);
    const header: StoredHeader = { format: INDEX_FORMAT, tuning: this.tuning, entryIds: this.entries.map((e) => e.id), analysis: ANALYSIS_FINGERPRINT, tfTable: [...d.tfTable], weightTable: [...d.weightTable] };
    return w.finish({ ...extra, ...header });
  }

  get size(): number {
    return this.entries.length;
  }

  private baseWords(): BaseWords {
    return { words: this.syllables, table: this.sylId };
  }

  private spellings(): CompactSpellings {
    return (this.spellingsPart ??= CompactSpellings.build(this.entries, this.baseWords()));
  }

  /**
   * The written forms and pairs of `entries` for confused spellings (confused-spelling.ts), when they are the entries
   * this index was built over, in order; undefined otherwise (the caller reads the entries itself).
   */
  spellingsOf(entries: readonly KnowledgeEntry[]): WrittenForms | undefined {
    return this.builtOver(entries) ? this.spellings() : undefined;
  }

  /**
   * foldedText() for the helpers that fold `entries`' titles, keywords and not-covered subjects: the folds stored with
   * the index when it was built over those very entries (entry-folds.ts), else foldedText itself.
   */
  foldsOf(entries: readonly KnowledgeEntry[]): Fold {
    return this.builtOver(entries) ? this.foldPart : foldedText;
  }

  private builtOver(entries: readonly KnowledgeEntry[]): boolean {
    return entries === this.entries || (entries.length === this.entries.length && entries.every((e, i) => e === this.entries[i]));
  }

  /** A folded single syllable or `a_b` pair → its feature id (−1 when no entry has it). */
  private featureOf(key: string): number {
    const cut = key.indexOf("_");
    if (cut < 0) return this.sylId.get(key) ?? -1;
    return this.pairOf(key.slice(0, cut), key.slice(cut + 1));
  }

  private pairOf(a: string, b: string): number {
    const x = this.sylId.get(a);
    const y = this.sylId.get(b);
    if (x === undefined || y === undefined) return -1;
    const { pairOff, pairSecond } = this.data;
    const end = pairOff[x + 1]!;
    const at = lowerBound(pairSecond, pairOff[x]!, end, y);
    return at < end && pairSecond[at] === y ? this.syllableCount + at : -1;
  }

  /** a look-alike pair for the repair: known, and when the typed pair is known too (lookalike-pair.ts), had by many entries */
  private variantPair(x: string, y: string, typedPair: number): boolean {
    return typedPair < 0 ? this.hasPair(x, y) : this.entriesWith(this.pairOf(x, y)) >= LOOKALIKE_MIN_ENTRIES;
  }

  /** how many entries have a feature (0 for −1) */
  private entriesWith(f: number): number {
    return f < 0 ? 0 : this.data.postOff[f + 1]! - this.data.postOff[f]!;
  }

  private hasPair(a: string, b: string): boolean {
    return this.pairOf(a, b) >= 0;
  }

  private idf(key: string): number {
    const f = this.featureOf(key);
    return f < 0 ? this.maxIdf : this.idfOfFeature(f);
  }

  private idfOfFeature(f: number): number {
    if (this.ready[f] === 0) this.prepare(f);
    return this.idfOf[f]!;
  }

  /** A feature's idf and BM25's saturated term frequency of each of its postings: tf·(k1+1)/(tf + lengthNorm). */
  private prepare(f: number): void {
    const d = this.data;
    const start = d.postOff[f]!;
    const end = d.postOff[f + 1]!;
    this.idfOf[f] = idfFormula(this.entries.length, end - start);
    const k1Plus1 = this.tuning.k1 + 1;
    for (let i = start; i < end; i++) {
      const tf = d.tfTable[d.postTf[i]!]!;
      this.postNorm[i] = (tf * k1Plus1) / (tf + this.lengthNorm[d.postDoc[i]!]!);
    }
    this.ready[f] = 1;
  }

  private coreHas(doc: number, syl: number | undefined): boolean {
    if (syl === undefined || syl < 0) return false;
    const d = this.data;
    const at = lowerBound(d.coreSyl, d.coreOff[doc]!, d.coreOff[doc + 1]!, syl);
    return at < d.coreOff[doc + 1]! && d.coreSyl[at] === syl;
  }

  private hasPosting(feature: number, doc: number): boolean {
    if (feature < 0) return false;
    const d = this.data;
    const at = lowerBound(d.postDoc, d.postOff[feature]!, d.postOff[feature + 1]!, doc);
    return at < d.postOff[feature + 1]! && d.postDoc[at] === doc;
  }

  /**
   * The idf-weighted share of `terms` (folded syllables) that an entry contains, in its core
   * fields (title, questions, keywords, summary) or anywhere.
   */
  termCoverage(entryId: string, terms: string[], where: "core" | "all" = "all"): number {
    const doc = this.docByEntry.get(entryId);
    if (doc === undefined || !terms.length) return 0;
    let have = 0;
    let total = 0;
    for (const term of terms) {
      const idf = this.idf(term);
      total += idf;
      const present = where === "core" ? this.coreHas(doc, this.sylId.get(term)) : this.hasPosting(this.featureOf(term), doc);
      if (present) have += idf;
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
      if (isFunctionToken(a) && isFunctionToken(b)) continue;
      const known = this.pairOf(a.folded, b.folded);
      // a known pair is tried again only between content words: "trưa có" typed "trua co" is not
      // the common "chưa có" (lookalike-pair.ts; a function word sits beside almost anything)
      if (known >= 0 && (isFunctionToken(a) || isFunctionToken(b) || !retryKnownPair(a, b, this.entriesWith(known), this.formId))) continue;
      const options: Array<[number, string]> = [];
      for (const v of pairSpellingVariants(a.folded)) if (this.variantPair(v, b.folded, known)) options.push([i, v]);
      for (const v of pairSpellingVariants(b.folded)) if (this.variantPair(a.folded, v, known)) options.push([i + 1, v]);
      if (options.length !== 1) continue;
      const [at, word] = options[0]!;
      if (!this.repairable(tokens, at, known >= 0 ? (at === i ? i + 1 : i) : -1) || !this.writtenWithTone(tokens[at]!, word)) continue;
      // the typed tone goes with the repaired word ("lắp" → "nắp", never "nạp"): accents still tell entries apart
      tokens[at] = { folded: word, accented: this.repairedForm(tokens[at]!, word) };
    }
    if (this.queryCache.size >= 256) this.queryCache.clear();
    this.queryCache.set(query, tokens);
    return tokens;
  }

  /**
   * Whether the pair repair may change tokens[at]: never a common word ("rồi" is not "đòi"),
   * nor a word already in a known pair with its other neighbour ("tạm vắng" stays whole even if
   * "văn thể" is a pair), nor one in an off-topic phrase with a neighbour ("xổ số").
   */
  private repairable(tokens: Token[], at: number, partner = -1): boolean {
    const { folded: word, accented } = tokens[at]!;
    if (commonWords.has(word) || (accented !== null && commonAccentedWords.has(accented))) return false;
    // the partner of a rare known pair tried again does not hold the word (lookalike-pair.ts)
    const before = at - 1 === partner ? undefined : tokens[at - 1]?.folded;
    const after = at + 1 === partner ? undefined : tokens[at + 1]?.folded;
    if ((before && this.hasPair(before, word)) || (after && this.hasPair(word, after))) return false;
    // a place name or a time phrase typed without accents ("o da nang", "nam ngoai") is meant as typed (typed-names.ts;
    // typed with accents, the word is left to the tone checks)
    return !inOffTopicPhrase(word, before, after) && !(accented === null && inTypedName(word, tokens[at - 1]?.folded, tokens[at + 1]?.folded));
  }

  /**
   * A word typed with accents is repaired only into a form the entries write with the same
   * accents: residents confuse consonants (ch/tr, s/x, l/n), not tones, so "xổ đỏ" is "sổ đỏ"
   * and "nệ phí" is "lệ phí", but "trẻ đó" is not "chẻ đó" → "chế độ" ("chẻ" is never written).
   */
  private writtenWithTone(token: Token, variant: string): boolean {
    const form = this.repairedForm(token, variant);
    return form === null || this.formId.has(form);
  }

  /** The repaired word with the writer's accents ("lắp", "nap" → "nắp"); null when typed without (or not letter for letter). */
  private repairedForm(token: Token, variant: string): string | null {
    if (token.accented === null || token.accented.length !== token.folded.length) return null;
    const { folded, accented } = token;
    let prefix = 0;
    while (prefix < folded.length && prefix < variant.length && folded[prefix] === variant[prefix]) prefix++;
    let suffix = 0;
    while (suffix < folded.length - prefix && suffix < variant.length - prefix && folded[folded.length - 1 - suffix] === variant[variant.length - 1 - suffix]) suffix++;
    return accented.slice(0, prefix) + variant.slice(prefix, variant.length - suffix) + accented.slice(accented.length - suffix);
  }

  /** Analyses a query as search() does (spelling help included): its folded content syllables. */
  contentTermsOf(query: string): string[] {
    const tokens = this.analyzeQuery(query);
    const asked = questionOnlyFunctionTokens(tokens);
    return tokens.filter((t) => !isFunctionToken(t) && !asked?.has(t)).map((t) => t.folded);
  }

  /** idf, with words the index has never seen counted as the most informative kind. */
  idfFor(key: string): number {
    return this.idf(key);
  }

  /** How often the vocabulary has a folded syllable (0: never). */
  private countOf(word: string): number {
    const syl = this.sylId.get(word);
    return syl === undefined ? 0 : this.data.sylCount[syl]!;
  }

  /**
   * Vocabulary words (≥ 3 letters, length within `max`) at edit distance ≤ max from `folded`,
   * in vocabulary order (ties between corrections go to the word met first). Distance 1 looks
   * words up by their one-letter deletions instead of comparing with the whole vocabulary.
   */
  private nearWords(folded: string, max: number): Array<{ syl: number; distance: number }> {
    const ids = new Set<number>();
    if (max === 1) {
      const index = (this.deletionIndex ??= buildDeletionIndex(this.syllables));
      for (let skip = -1; skip < folded.length; skip++) {
        const bucket = deletionHash(folded, skip) & index.mask;
        for (let k = index.start[bucket]!, end = index.start[bucket + 1]!; k < end; k++) ids.add(index.syls[k]!);
      }
    } else {
      if (!this.byLength) {
        const byLength: number[][] = [];
        this.syllables.forEach((word, syl) => (byLength[word.length] ??= []).push(syl));
        this.byLength = byLength;
      }
      for (let length = Math.max(3, folded.length - max); length <= folded.length + max; length++) for (const syl of this.byLength[length] ?? []) ids.add(syl);
    }
    const out: Array<{ syl: number; distance: number }> = [];
    for (const syl of [...ids].sort((a, b) => a - b)) {
      const word = this.syllables[syl]!;
      if (word.length < 3 || Math.abs(word.length - folded.length) > max) continue;
      const distance = editDistance(folded, word, max);
      if (distance <= max) out.push({ syl, distance });
    }
    return out;
  }

  /**
   * Spelling help for a folded syllable the index has never seen: the spellings elderly
   * residents confuse (ch/tr, s/x, d/gi/r, l/n, i/y), then, for words typed without accents or
   * cut short ("cướ"), Telex leftovers and small typos. A candidate that forms a known word pair
   * with its neighbour ("căn cướ" → "căn cước") wins over a merely frequent one.
   */
  private correct = (folded: string, accented: boolean, previous?: string, next?: string, form: string | null = null): string | undefined => {
    // "cccd2", "xinct07", "llpt": shorthand or a code glued to a number or a word, letters swapped (glued-codes.ts)
    const code = accented || this.countOf(folded) > 0 ? undefined : readGluedCode(folded, (w) => this.countOf(w) > 0);
    if (code) return code;
    // a common word the index happens not to know ("chào", "from") was meant as typed
    if (this.countOf(folded) > 0 || folded.length < 2 || /\d/.test(folded) || commonWords.has(folded) || inOffTopicPhrase(folded, previous, next) || (!accented && inTypedName(folded, previous, next))) return undefined;
    const cacheKey = `${accented ? `${form ?? ""}'` : ""}${previous ?? ""}|${folded}|${next ?? ""}`;
    if (this.correctionCache.has(cacheKey)) return this.correctionCache.get(cacheKey);
    // "lamcancuoc", "dangkytamtru": syllables typed without spaces (analyze splits on the spaces)
    const glued = accented ? undefined : splitGlued(folded, (s) => this.countOf(s) > 0, (a, b) => this.hasPair(a, b));
    if (glued) {
      this.correctionCache.set(cacheKey, glued.join(" "));
      return glued.join(" ");
    }
    type Candidate = { word: string; tier: number; distance: number; count: number };
    const candidates: Candidate[] = [];
    for (const variant of spellingVariants(folded)) {
      const count = this.countOf(variant);
      // typed with its tone: only a word the entries write with that tone ("lắp" is not "nạp"), as the pair repair
      if (count && form !== null && !this.writtenWithTone({ folded, accented: form }, variant)) continue;
      if (count) candidates.push({ word: variant, tier: 3, distance: 1, count });
    }
    // an accented syllable cut short is not a word: small typos apply to it as to unaccented ones
    const truncated = accented && /(?:uo|ie|ye|ua|uye)$/.test(folded);
    if ((!accented || truncated) && folded.length >= 3) {
      const telex = accented ? undefined : foldTelex(folded);
      if (telex && this.countOf(telex)) candidates.push({ word: telex, tier: 2, distance: 1, count: this.countOf(telex) });
      // short words only when the correction forms a known pair (checked below)
      const max = folded.length >= 7 ? 2 : 1;
      for (const { syl, distance: d } of this.nearWords(folded, max)) {
        const word = this.syllables[syl]!;
        candidates.push({ word, tier: truncated && word.startsWith(folded) ? 2 : folded.length >= 4 || truncated ? 1 : 0, distance: d, count: this.data.sylCount[syl]! });
      }
    }
    const pairs = (word: string) => pairEvidence((a, b) => this.hasPair(a, b), word, previous, next);
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

  /**
   * The query's features (syllables and pairs, each once, in the order first met) with their
   * weights, ids and accented forms, into this.query. Known features are told apart by id, unknown
   * ones by their syllables: no key string, object or array per feature (search() runs several
   * times per message, and its garbage was the ask tail's GC pauses).
   */
  private prepareQuery(tokens: Token[], long: boolean, asked: ReadonlySet<Token> | undefined): QueryFeatures {
    const t = this.tuning;
    const q = (this.query ??= new QueryFeatures(this.syllableCount + this.data.pairSecond.length));
    q.reset();
    // written out, not a closure: a named arrow function made per call costs a defineProperty
    // under tsx (esbuild's keepNames), ~1% of ask
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const fw = isFunctionToken(token) || !!asked?.has(token);
      const syl = this.sylId.get(token.folded);
      const weight = fw ? t.functionWord : 1;
      if (!(long && weight < 1)) {
        const slot = q.slotOf(syl ?? -1, syl === undefined ? token.folded : undefined, weight, false);
        if (token.accented !== null) q.accent(slot, token.accented);
      }
      const next = tokens[i + 1];
      if (next) {
        const pairWeight = fw && (isFunctionToken(next) || !!asked?.has(next)) ? t.functionPair : 1;
        if (long && pairWeight < 1) continue;
        const nextSyl = this.sylId.get(next.folded);
        const id = syl === undefined || nextSyl === undefined ? -1 : this.pairId(syl, nextSyl);
        // an unknown pair is told apart by its syllables' ids, or its text when one is unknown too
        const unknownKey = id >= 0 ? undefined : syl !== undefined && nextSyl !== undefined ? syl * this.syllableCount + nextSyl : `${token.folded}_${next.folded}`;
        const slot = q.slotOf(id, unknownKey, pairWeight, true);
        if (token.accented !== null) q.accent(slot, token.accented);
        if (next.accented !== null) q.accent(slot, next.accented);
      }
    }
    return q;
  }

  /**
   * Marks in `flags` the entries where an accented form of query feature `slot` does not match:
   * they use the syllable, always with other accents ("chuyện" asked, "chuyển" written). Returns
   * how many entries it marked, listed at the start of `marked` (to clear them after).
   */
  private markAccentMismatches(q: QueryFeatures, slot: number, flags: Uint8Array, marked: Int32Array): number {
    let count = 0;
    for (let a = q.firstAccent[slot]!; a !== -1; a = q.accentNext[a]!) {
      const docs = this.mismatchesOf(q.accentText[a]!);
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        if (flags[doc] === 0) {
          flags[doc] = 1;
          marked[count++] = doc;
        }
      }
    }
    return count;
  }

  /**
   * The entries that write the syllable of `accented` (a form as typed) but never in that form,
   * in entry order. It depends on the index alone: computed once per form (a message's words are
   * searched several times per turn, and the same words in every other message), where it was a
   * scan of every accented writing of the syllable per search.
   */
  private mismatchesOf(accented: string): Int32Array {
    let docs = this.mismatchCache.get(accented);
    if (docs !== undefined) return docs;
    const d = this.data;
    const syl = this.sylId.get(foldDiacritics(accented));
    // a syllable no entry writes: nothing to list, and nothing cached (typed words are unbounded)
    if (syl === undefined) return NO_DOCS;
    const form = this.formId.get(accented) ?? -1;
    const end = d.accOff[syl + 1]!;
    const found: number[] = [];
    // grouped by entry (entries in order): an entry is listed when none of its forms is this one
    for (let i = d.accOff[syl]!; i < end; ) {
      const doc = d.accDoc[i]!;
      let has = false;
      for (; i < end && d.accDoc[i] === doc; i++) if (d.accForm[i] === form) has = true;
      if (!has) found.push(doc);
    }
    docs = found.length ? Int32Array.from(found) : NO_DOCS;
    // bounded (a form's list is at most one number per entry): emptied when it holds too many numbers
    this.mismatchCached += docs.length + 1;
    if (this.mismatchCached > MISMATCH_CACHE_LIMIT) {
      this.mismatchCache.clear();
      this.mismatchCached = docs.length + 1;
    }
    this.mismatchCache.set(accented, docs);
    return docs;
  }

  /** The id of the pair of syllables x, y (−1 when no entry has it). */
  private pairId(x: number, y: number): number {
    const { pairOff, pairSecond } = this.data;
    const end = pairOff[x + 1]!;
    const at = lowerBound(pairSecond, pairOff[x]!, end, y);
    return at < end && pairSecond[at] === y ? this.syllableCount + at : -1;
  }

  /**
   * Per feature, the positions of its postings and sample-question postings that belong to entries
   * of `categories`, in their order: a search restricted to a few scam entries (the related entries
   * of every scam warning) visits those and not every entry's. Made on first need, per categories.
   */
  private restrictedPostings(categories: readonly string[]): RestrictedPostings {
    const key = categories.join("\u0000");
    let r = this.restricted.get(key);
    if (r) return r;
    const d = this.data;
    const allowed = new Uint8Array(this.entries.length);
    this.entries.forEach((e, doc) => (allowed[doc] = categories.includes(e.category) ? 1 : 0));
    const features = d.postOff.length - 1;
    const postOff = new Int32Array(features + 1);
    const qOff = new Int32Array(features + 1);
    const post: number[] = [];
    const q: number[] = [];
    for (let f = 0; f < features; f++) {
      for (let i = d.postOff[f]!; i < d.postOff[f + 1]!; i++) if (allowed[d.postDoc[i]!] === 1) post.push(i);
      for (let i = d.qOff[f]!; i < d.qOff[f + 1]!; i++) if (allowed[d.questionDoc[d.qId[i]!]!] === 1) q.push(i);
      postOff[f + 1] = post.length;
      qOff[f + 1] = q.length;
    }
    r = { postOff, post: Int32Array.from(post), qOff, q: Int32Array.from(q) };
    if (this.restricted.size >= 8) this.restricted.clear();
    this.restricted.set(key, r);
    return r;
  }

  search(query: string, options: { categories?: readonly string[]; limit?: number } = {}): SearchResult {
    const t = this.tuning;
    const d = this.data;
    const tokens = this.analyzeQuery(query);
    // In long messages (stories, pasted texts) lone function words add thousands of posting
    // visits and almost nothing to the ranking: keep only the informative features there.
    const long = tokens.length > LONG_QUERY_TOKENS;
    // words of the question that say when or how ("bây giờ", "kiểu gì") weigh as function words there only
    // (question-words.ts); read once for the features and the content terms
    const asked = questionOnlyFunctionTokens(tokens);
    const q = this.prepareQuery(tokens, long, asked);
    const contentTerms: string[] = [];
    for (const token of tokens) if (!isFunctionToken(token) && !asked?.has(token)) contentTerms.push(token.folded);

    let contentPossible = 0;
    let pairPossible = 0;
    let possible = 0;
    let queryNorm = 0;
    const featureCount = q.count;
    for (let j = 0; j < featureCount; j++) {
      const id = q.id[j]!;
      const weight = q.weight[j]!;
      const idf = id < 0 ? this.maxIdf : this.idfOfFeature(id);
      q.idf[j] = idf;
      possible += idf * weight;
      queryNorm += idf * weight * weight;
      // content words and content pairs: weight 1 (not function words)
      if (weight === 1) {
        if (q.pair[j] === 1) pairPossible += idf;
        else contentPossible += idf;
      }
    }

    const n = this.entries.length;
    const { bm25, matched, pairMatched, best: bestQuestion, dots, touched, mismatch: flags, marked } = this.scratch;
    bm25.fill(0);
    matched.fill(0);
    pairMatched.fill(0);
    bestQuestion.fill(0);
    const mismatchFactor = t.accentMismatch;
    const k1 = t.k1;
    let touchedCount = 0;
    const only = options.categories ? this.restrictedPostings(options.categories) : undefined;
    // per feature, in order: its postings, then its sample-question postings (each sum still gets
    // its terms in feature order); accents are checked for informative features only
    for (let j = 0; j < featureCount; j++) {
      const id = q.id[j]!;
      if (id < 0) continue;
      const weight = q.weight[j]!;
      const idf = q.idf[j]!;
      const base = idf * weight;
      const content = weight === 1 && q.pair[j] === 0;
      const pair = weight === 1 && q.pair[j] === 1;
      const markedCount = weight >= 1 ? this.markAccentMismatches(q, j, flags, marked) : 0;
      const anyMismatch = markedCount > 0;
      if (only) {
        // the same sums as below, over the postings of the allowed entries only (the others are not ranked)
        for (let k = only.postOff[id]!, stop = only.postOff[id + 1]!; k < stop; k++) {
          const i: number = only.post[k]!;
          const doc = d.postDoc[i]!;
          const factor = anyMismatch && flags[doc] === 1 ? mismatchFactor : 1;
          bm25[doc]! += base * factor * this.postNorm[i]!;
          if (content) matched[doc]! += idf * factor;
          if (pair) pairMatched[doc]! += idf * factor;
        }
        for (let k = only.qOff[id]!, stop = only.qOff[id + 1]!; k < stop; k++) {
          const i: number = only.q[k]!;
          const question = d.qId[i]!;
          const factor = anyMismatch && flags[d.questionDoc[question]!] === 1 ? mismatchFactor : 1;
          if (dots[question] === 0) touched[touchedCount++] = question;
          dots[question]! += base * d.weightTable[d.qWeight[i]!]! * factor;
        }
        for (let m = 0; m < markedCount; m++) flags[marked[m]!] = 0;
        continue;
      }
      let end = d.postOff[id + 1]!;
      for (let i = d.postOff[id]!; i < end; i++) {
        const doc = d.postDoc[i]!;
        const factor = anyMismatch && flags[doc] === 1 ? mismatchFactor : 1;
        bm25[doc]! += base * factor * this.postNorm[i]!;
        if (content) matched[doc]! += idf * factor;
        if (pair) pairMatched[doc]! += idf * factor;
      }
      end = d.qOff[id + 1]!;
      for (let i = d.qOff[id]!; i < end; i++) {
        const question = d.qId[i]!;
        const factor = anyMismatch && flags[d.questionDoc[question]!] === 1 ? mismatchFactor : 1;
        if (dots[question] === 0) touched[touchedCount++] = question;
        dots[question]! += base * d.weightTable[d.qWeight[i]!]! * factor;
      }
      for (let m = 0; m < markedCount; m++) flags[marked[m]!] = 0;
    }
    for (let k = 0; k < touchedCount; k++) {
      const question = touched[k]!;
      const dot = dots[question]!;
      dots[question] = 0;
      if (dot === 0) continue;
      const sim = dot / Math.sqrt(Math.max(1e-9, this.questionNorm[question]! * queryNorm));
      const doc = d.questionDoc[question]!;
      if (sim > bestQuestion[doc]!) bestQuestion[doc] = sim;
    }

    // the best `limit` entries by score (ties: the entry met first), without sorting them all
    const limit = options.limit ?? 10;
    const top: number[] = [];
    const topScore: number[] = [];
    let bestCoverage = 0;
    const weightQuestion = t.questionSimilarity;
    for (let doc = 0; doc < n; doc++) {
      if (bm25[doc] === 0) continue;
      if (options.categories && !options.categories.includes(this.entries[doc]!.category)) continue;
      const coverage = contentPossible > 0 ? matched[doc]! / contentPossible : 0;
      if (coverage > bestCoverage) bestCoverage = coverage;
      const bm25Normalised = possible > 0 ? bm25[doc]! / (possible * (k1 + 1)) : 0;
      const score = (1 - weightQuestion) * bm25Normalised + weightQuestion * bestQuestion[doc]!;
      if (top.length >= limit && !(score > topScore[top.length - 1]!)) continue;
      // insertion in place (splice allocates an array per call): the last one falls off when full
      let at = top.length < limit ? top.length : limit - 1;
      while (at > 0 && score > topScore[at - 1]!) {
        top[at] = top[at - 1]!;
        topScore[at] = topScore[at - 1]!;
        at--;
      }
      top[at] = doc;
      topScore[at] = score;
    }
    const ranked: Scored[] = top.map((doc, i) => ({
      entry: this.entries[doc]!,
      bm25: possible > 0 ? bm25[doc]! / (possible * (k1 + 1)) : 0,
      coverage: contentPossible > 0 ? matched[doc]! / contentPossible : 0,
      coreCoverage: 0,
      pairCoverage: pairPossible > 0 ? pairMatched[doc]! / pairPossible : 1,
      questionSimilarity: bestQuestion[doc]!,
      score: topScore[i]!,
      keyCoverage: 0,
    }));
    // the query's two most informative content words, and whether the best entries are about them
    // (the first two of a stable sort by idf, descending: ties keep the query's order; picked without sorting)
    let key1 = -1;
    let key2 = -1;
    for (let j = 0; j < featureCount; j++) {
      if (!q.isContentWord(j)) continue;
      if (key1 === -1 || q.idf[j]! > q.idf[key1]!) {
        key2 = key1;
        key1 = j;
      } else if (key2 === -1 || q.idf[j]! > q.idf[key2]!) key2 = j;
    }
    const keyTotal = key1 === -1 ? 0 : key2 === -1 ? 0 + q.idf[key1]! : 0 + q.idf[key1]! + q.idf[key2]!;
    // core coverage for the best few only: on thousands of entries a pass over all of them costs more than the search
    for (let i = 0; i < ranked.length && i < 5; i++) {
      const scored = ranked[i]!;
      const doc = top[i]!;
      if (keyTotal > 0) {
        let keyMatched = 0;
        // a content word's feature id is its syllable id (−1: unknown, in no entry's core)
        if (key1 !== -1) keyMatched += this.coreHas(doc, q.id[key1]!) ? q.idf[key1]! : 0;
        if (key2 !== -1) keyMatched += this.coreHas(doc, q.id[key2]!) ? q.idf[key2]! : 0;
        scored.keyCoverage = keyMatched / keyTotal;
      } else scored.keyCoverage = 0;
      let coreMatched = 0;
      for (let j = 0; j < featureCount; j++) if (q.isContentWord(j) && this.coreHas(doc, q.id[j]!)) coreMatched += q.idf[j]!;
      scored.coreCoverage = contentPossible > 0 ? coreMatched / contentPossible : 0;
    }
    let unknown = 0;
    for (let j = 0; j < featureCount; j++) if (q.isContentWord(j) && q.id[j]! < 0) unknown += q.idf[j]!;
    return { ranked, coverage: bestCoverage, contentTerms, unknownShare: contentPossible > 0 ? unknown / contentPossible : 0 };
  }
}

/** Per feature (offsets), positions in IndexData's postings (post) and sample-question postings (q). */
type RestrictedPostings = { postOff: Int32Array; post: Int32Array; qOff: Int32Array; q: Int32Array };

const NO_DOCS = new Int32Array(0);
/** numbers (entries, plus one per form) kept by mismatchesOf(): 4 MB */
const MISMATCH_CACHE_LIMIT = 1 << 20;

/** Past this many syllables a message is a story or a pasted text (see search()). */
const LONG_QUERY_TOKENS = 24;

/**
 * Whether a word forms, as typed, a phrase the ward never answers with a neighbour ("xổ số",
 * "lô đề"): spelling repair leaves it alone ("xổ số" is not "sổ số"), so the message is seen as
 * off topic and passed on kindly instead of matched with a ward word.
 */
function inOffTopicPhrase(word: string, before: string | undefined, after: string | undefined): boolean {
  return (before !== undefined && offTopicPattern.test(`${before} ${word}`)) || (after !== undefined && offTopicPattern.test(`${word} ${after}`));
}

/**
 * A query's features for one search, in reusable arrays (slot j: the j-th feature first met). A
 * known feature finds its slot by id (a stamp per search tells this search's from older ones);
 * an unknown one by its key in a small map.
 */
class QueryFeatures {
  count = 0;
  id = new Int32Array(64);
  weight = new Float64Array(64);
  idf = new Float64Array(64);
  /** 1: a pair of syllables, 0: one syllable */
  pair = new Uint8Array(64);
  /** accented forms typed, listed per slot: firstAccent[slot], then accentNext[a] (−1 ends a list) */
  accentCount = 0;
  accentNext = new Int32Array(64);
  firstAccent = new Int32Array(64);
  readonly accentText: string[] = [];
  private stamp = 0;
  private readonly stampOf: Int32Array;
  private readonly slotOfFeature: Int32Array;
  private readonly unknown = new Map<string | number, number>();

  constructor(featureCount: number) {
    this.stampOf = new Int32Array(featureCount);
    this.slotOfFeature = new Int32Array(featureCount);
  }

  reset(): void {
    this.count = 0;
    this.accentCount = 0;
    this.accentText.length = 0;
    if (this.unknown.size) this.unknown.clear();
    if (++this.stamp === 0x7fffffff) {
      this.stampOf.fill(0);
      this.stamp = 1;
    }
  }

  /** The slot of feature `id` (or of the unknown feature `unknownKey` when id is −1), made with `weight` when new. */
  slotOf(id: number, unknownKey: string | number | undefined, weight: number, pair: boolean): number {
    if (id >= 0) {
      if (this.stampOf[id] === this.stamp) return this.slotOfFeature[id]!;
      this.stampOf[id] = this.stamp;
      return (this.slotOfFeature[id] = this.add(id, weight, pair));
    }
    const known = this.unknown.get(unknownKey!);
    if (known !== undefined) return known;
    const slot = this.add(-1, weight, pair);
    this.unknown.set(unknownKey!, slot);
    return slot;
  }

  accent(slot: number, accented: string): void {
    if (this.accentCount === this.accentNext.length) this.accentNext = grown(this.accentNext);
    const a = this.accentCount++;
    this.accentNext[a] = this.firstAccent[slot]!;
    this.firstAccent[slot] = a;
    this.accentText.push(accented);
  }

  /** a single syllable of full weight (not a function word) */
  isContentWord(slot: number): boolean {
    return this.pair[slot] === 0 && this.weight[slot] === 1;
  }

  private add(id: number, weight: number, pair: boolean): number {
    const slot = this.count++;
    if (slot === this.id.length) {
      this.id = grown(this.id);
      this.weight = grown(this.weight);
      this.idf = grown(this.idf);
      this.pair = grown(this.pair);
      this.firstAccent = grown(this.firstAccent);
    }
    this.firstAccent[slot] = -1;
    this.id[slot] = id;
    this.weight[slot] = weight;
    this.pair[slot] = pair ? 1 : 0;
    return slot;
  }
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/*
 * Words (≥ 3 letters) by the hash of each one-letter deletion and of themselves: a word one edit
 * (or one swap of neighbours) from a query shares one of these keys with it. Buckets of word ids in
 * one flat array: no key string is made. A Map from each deletion's string cost 840–920 ms CPU at
 * the first misspelled query of 2,000 entries (74,000 syllables, ~520,000 keys) in a fresh process,
 * a cold start's biggest cost; this fills in 80–130 ms. Hashes that collide only add candidates,
 * which nearWords checks by edit distance as before, so the words found are the same.
 */
type DeletionIndex = { mask: number; start: Int32Array; syls: Int32Array };

/** FNV-1a over the UTF-16 units of `word` but the one at `skip` (-1: none). */
function deletionHash(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) if (i !== skip) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function buildDeletionIndex(words: string[]): DeletionIndex {
  let keys = 0;
  for (const word of words) if (word.length >= 3) keys += word.length + 1;
  let size = 1024;
  while (size < keys) size *= 2;
  const mask = size - 1;
  const buckets = new Int32Array(keys);
  const owners = new Int32Array(keys);
  const start = new Int32Array(size + 1);
  let k = 0;
  for (let syl = 0; syl < words.length; syl++) {
    const word = words[syl]!;
    if (word.length < 3) continue;
    for (let skip = -1; skip < word.length; skip++) {
      const bucket = deletionHash(word, skip) & mask;
      buckets[k] = bucket;
      owners[k++] = syl;
      start[bucket + 1]!++;
    }
  }
  for (let b = 0; b < size; b++) start[b + 1]! += start[b]!;
  const next = start.slice(0, size);
  const syls = new Int32Array(keys);
  for (let j = 0; j < keys; j++) syls[next[buckets[j]!]!++] = owners[j]!;
  return { mask, start, syls };
}
