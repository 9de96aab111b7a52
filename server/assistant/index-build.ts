import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { RankingTuning } from "./search-index";
import { SyllableTable } from "./syllable-table";
import { analyze, isFunctionWord, type Token } from "./text-analysis";

/**
 * Everything the search reads, in flat typed arrays (postings in compressed-sparse-row form:
 * the postings of feature f are [off[f], off[f+1])). Syllables are numbered as first met, so
 * their order is the vocabulary's (spelling correction breaks ties by it). Features are
 * syllables and syllable pairs: feature s < S (the number of syllables) is syllable s; feature
 * S + p is the p-th pair in (first, second) syllable order. That order is derived from the
 * arrays themselves, so a stored index needs no feature table and loading sorts nothing.
 */
export type IndexData = {
  /** per syllable: occurrences in every field (the vocabulary) */
  sylCount: Int32Array;
  /** the pairs starting with syllable s are pairs [pairOff[s], pairOff[s+1]), their second syllables ascending in pairSecond */
  pairOff: Int32Array;
  pairSecond: Int32Array;
  postOff: Int32Array;
  postDoc: Int32Array;
  /** per posting: its term frequency as a code into tfTable (a few hundred distinct values) */
  postTf: Uint16Array;
  tfTable: Float64Array;
  qOff: Int32Array;
  qId: Int32Array;
  /** per question posting: the feature's weight as a code into weightTable */
  qWeight: Uint16Array;
  weightTable: Float64Array;
  questionDoc: Int32Array;
  /** per sample question: its idf-weighted norm */
  questionNorm: Float64Array;
  /** per entry: its weighted length (BM25) */
  docLength: Float64Array;
  /** per entry: sorted syllable ids of its core fields (title, questions, keywords, summary) */
  coreOff: Int32Array;
  coreSyl: Int32Array;
  /** per syllable: the (entry, accented form) pairs of entries that write it with accents */
  accOff: Int32Array;
  accDoc: Int32Array;
  accForm: Int32Array;
};

export function idfFormula(n: number, postings: number): number {
  return Math.log(1 + (n - postings + 0.5) / (postings + 0.5));
}

/** More than any index has pairs (2²³), for packing a pair id beside a syllable id in one number. */
const PAIR_SPAN = 2 ** 23;

/** Placeholders and facet marker lines (`## Lệ phí`, shared by many entries) say nothing about the topic. */
function stripPlaceholders(text: string): string {
  return text.replace(/\{\{[^}]*\}\}/g, " ").replace(/^## .*$/gm, " ");
}

/** Syllable pairs → pair id, numbered as first met: open addressing over (first, second) syllable ids. */
class PairIds {
  readonly first: number[] = [];
  readonly second: number[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);

  constructor(private readonly added: () => void) {}

  get count(): number {
    return this.first.length;
  }

  id(a: number, b: number): number {
    let mask = this.slots.length - 1;
    let at = pairHash(a, b) & mask;
    for (;;) {
      const p = this.slots[at]!;
      if (p === -1) break;
      if (this.first[p] === a && this.second[p] === b) return p;
      at = (at + 1) & mask;
    }
    const p = this.first.length;
    this.first.push(a);
    this.second.push(b);
    if (p * 2 >= this.slots.length) {
      this.rehash();
      mask = this.slots.length - 1;
      at = pairHash(a, b) & mask;
      while (this.slots[at] !== -1) at = (at + 1) & mask;
    }
    this.slots[at] = p;
    this.added();
    return p;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let p = 0; p < this.first.length - 1; p++) {
      let at = pairHash(this.first[p]!, this.second[p]!) & mask;
      while (slots[at] !== -1) at = (at + 1) & mask;
      slots[at] = p;
    }
    this.slots = slots;
  }
}

function pairHash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) + b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Counting sort of rows by group, keeping their order within a group: group offsets and row order. */
function groupRows(groups: ArrayLike<number>, groupCount: number): { off: Int32Array; order: Int32Array } {
  const off = new Int32Array(groupCount + 1);
  for (let i = 0; i < groups.length; i++) off[groups[i]! + 1]!++;
  for (let i = 0; i < groupCount; i++) off[i + 1]! += off[i]!;
  const cursor = off.slice(0, groupCount);
  const order = new Int32Array(groups.length);
  for (let i = 0; i < groups.length; i++) order[cursor[groups[i]!]!++] = i;
  return { off, order };
}

function pick<T extends Int32Array | Float64Array>(out: T, values: readonly number[], order: Int32Array): T {
  for (let i = 0; i < order.length; i++) out[i] = values[order[i]!]!;
  return out;
}

/** Values as codes into a table of their distinct values (first met first). */
function tableCodes(values: Float64Array): { codes: Uint16Array; table: Float64Array } {
  const table: number[] = [];
  const index = new Map<number, number>();
  const codes = new Uint16Array(values.length);
  let last = NaN;
  let lastCode = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // runs of one value are common (one field's weight): skip the map for them
    if (value !== last) {
      let code = index.get(value);
      if (code === undefined) {
        if (table.length === 65536) throw new Error("search index: too many distinct term weights");
        code = table.length;
        table.push(value);
        index.set(value, code);
      }
      last = value;
      lastCode = code;
    }
    codes[i] = lastCode;
  }
  return { codes, table: Float64Array.from(table) };
}

/**
 * Builds the index data from the entries: analysis of every field, then the flat arrays.
 *
 * Speed (2,000 entries, a million syllables): per entry, term frequencies, core syllables and
 * accented forms live in scratch arrays indexed by syllable or pair id, with a mark of the entry
 * that last wrote them (no Map or Set per entry); pairs get ids from an open-addressing table.
 * Arrays grow as plain arrays (growing typed arrays meant copies of external memory and a full
 * GC each time). While building, a feature is coded 2·syllable (a single syllable) or
 * 2·pair + 1; the final numbering (IndexData) is given at the end. Every sum is made in the
 * order the Map-based version made it, so every float is the same.
 */
export function buildIndexData(entries: KnowledgeEntry[], t: RankingTuning): { data: IndexData; syllables: string[]; forms: string[] } {
  const syllables: string[] = [];
  const sylTable = new SyllableTable(syllables);
  const sylCount: number[] = [];
  const functionFlag: boolean[] = [];
  const forms: string[] = [];
  const formId = new Map<string, number>();

  const postFeat: number[] = [];
  const postDoc: number[] = [];
  const postTf: number[] = [];
  const qFeat: number[] = [];
  const qId: number[] = [];
  const qWeight: number[] = [];
  const questionDoc: number[] = [];
  const docLength = new Float64Array(entries.length);
  const coreOff = new Int32Array(entries.length + 1);
  const coreSyl: number[] = [];
  const accSyl: number[] = [];
  const accDoc: number[] = [];
  const accForm: number[] = [];

  // scratch by feature, split by kind (index s for syllable s, p for pair p, each grown by one as
  // ids are made): term frequency in the current entry with mark = entry + 1 when set; a
  // question's weight with mark = question + 1
  const scratch = () => ({ tf: [] as number[], tfMark: [] as number[], qMax: [] as number[], qMark: [] as number[] });
  const singles = scratch();
  const pairScratch = scratch();
  const grow = (k: ReturnType<typeof scratch>) => {
    k.tf.push(0);
    k.tfMark.push(0);
    k.qMax.push(0);
    k.qMark.push(0);
  };
  const pairs = new PairIds(() => grow(pairScratch));
  const touched: number[] = [];
  const qTouched: number[] = [];
  // by syllable: mark = entry + 1 when a core syllable / an accented syllable of the entry
  const coreMark: number[] = [];
  const accMark: number[] = [];
  const formsOf: number[][] = [];
  const coreList: number[] = [];
  const accList: number[] = [];

  const syllable = (folded: string): number => {
    const known = sylTable.get(folded);
    if (known !== undefined) return known;
    const id = sylTable.add(folded);
    sylCount.push(0);
    functionFlag.push(isFunctionWord(folded));
    coreMark.push(0);
    accMark.push(0);
    formsOf.push([]);
    grow(singles);
    return id;
  };

  let ids = new Int32Array(256);
  entries.forEach((entry, doc) => {
    const mark = doc + 1;
    let length = 0;
    touched.length = 0;
    coreList.length = 0;
    accList.length = 0;

    /** the field's syllable ids (in `ids`), counted in the vocabulary, core and accents noted */
    const idsOf = (tokens: Token[], isCore: boolean): number => {
      if (tokens.length > ids.length) ids = new Int32Array(tokens.length * 2);
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        const id = (ids[i] = syllable(token.folded));
        sylCount[id]!++;
        if (isCore && coreMark[id] !== mark) {
          coreMark[id] = mark;
          coreList.push(id);
        }
        if (!token.accented) continue;
        let form = formId.get(token.accented);
        if (form === undefined) {
          form = forms.length;
          forms.push(token.accented);
          formId.set(token.accented, form);
        }
        const list = formsOf[id]!;
        if (accMark[id] !== mark) {
          accMark[id] = mark;
          accList.push(id);
          list.length = 0;
        }
        if (!list.includes(form)) list.push(form);
      }
      return tokens.length;
    };
    const countFeature = (k: ReturnType<typeof scratch>, index: number, code: number, weight: number) => {
      if (k.tfMark[index] !== mark) {
        k.tfMark[index] = mark;
        k.tf[index] = 0;
        touched.push(code);
      }
      k.tf[index]! += weight;
      length += weight;
    };
    /** the field's features, as search() weighs them (see SearchIndex.features) */
    const addField = (tokens: Token[], weight: number, isCore = true): number => {
      const n = idsOf(tokens, isCore);
      for (let i = 0; i < n; i++) {
        countFeature(singles, ids[i]!, 2 * ids[i]!, weight);
        if (i + 1 < n) {
          const p = pairs.id(ids[i]!, ids[i + 1]!);
          countFeature(pairScratch, p, 2 * p + 1, weight);
        }
      }
      return n;
    };
    const questionFeature = (k: ReturnType<typeof scratch>, index: number, code: number, weight: number, question: number) => {
      if (k.qMark[index] !== question + 1) {
        k.qMark[index] = question + 1;
        k.qMax[index] = Math.max(0, weight);
        qTouched.push(code);
      } else k.qMax[index] = Math.max(k.qMax[index]!, weight);
    };
    /** a sample question (or the title): its features with the highest weight each, in the order met */
    const addQuestion = (n: number) => {
      const question = questionDoc.length;
      qTouched.length = 0;
      for (let i = 0; i < n; i++) {
        const fw = functionFlag[ids[i]!]!;
        questionFeature(singles, ids[i]!, 2 * ids[i]!, fw ? t.functionWord : 1, question);
        if (i + 1 < n) {
          const p = pairs.id(ids[i]!, ids[i + 1]!);
          questionFeature(pairScratch, p, 2 * p + 1, fw && functionFlag[ids[i + 1]!]! ? t.functionPair : 1, question);
        }
      }
      for (const code of qTouched) {
        qFeat.push(code);
        qId.push(question);
        qWeight.push(code & 1 ? pairScratch.qMax[code >> 1]! : singles.qMax[code >> 1]!);
      }
      questionDoc.push(doc);
    };

    addQuestion(addField(analyze(entry.title), t.title));
    for (const q of entry.questions) addQuestion(addField(analyze(q), t.questions));
    if (entry.keywords.length) addField(analyze(entry.keywords.join(" . ")), t.keywords);
    if (entry.summary) addField(analyze(stripPlaceholders(entry.summary)), t.summary);
    addField(analyze(stripPlaceholders(entry.body)), t.body, false);
    for (const code of touched) {
      postFeat.push(code);
      postDoc.push(doc);
      postTf.push(code & 1 ? pairScratch.tf[code >> 1]! : singles.tf[code >> 1]!);
    }
    docLength[doc] = length;
    coreList.sort((a, b) => a - b);
    for (const syl of coreList) coreSyl.push(syl);
    coreOff[doc + 1] = coreSyl.length;
    for (const syl of accList) {
      for (const form of formsOf[syl]!) {
        accSyl.push(syl);
        accDoc.push(doc);
        accForm.push(form);
      }
    }
  });

  // final numbering: syllable s is feature s, pairs follow by first syllable, then second
  const syllableCount = syllables.length;
  const pairCount = pairs.count;
  if (pairCount >= PAIR_SPAN) throw new Error("search index: too many features");
  const featureCount = syllableCount + pairCount;
  const pairOff = new Int32Array(syllableCount + 1);
  const first = pairs.first;
  const second = pairs.second;
  for (let p = 0; p < pairCount; p++) pairOff[first[p]! + 1]!++;
  for (let syl = 0; syl < syllableCount; syl++) pairOff[syl + 1]! += pairOff[syl]!;
  // (second syllable, pair id) as one number, so a typed-array sort orders a group by second syllable
  const keys = new Float64Array(pairCount);
  const cursor = pairOff.slice(0, syllableCount);
  for (let p = 0; p < pairCount; p++) keys[cursor[first[p]!]!++] = second[p]! * PAIR_SPAN + p;
  for (let syl = 0; syl < syllableCount; syl++) if (pairOff[syl + 1]! - pairOff[syl]! > 1) keys.subarray(pairOff[syl]!, pairOff[syl + 1]!).sort();
  const pairSecond = new Int32Array(pairCount);
  const pairFeature = new Int32Array(pairCount);
  for (let i = 0; i < pairCount; i++) {
    const b = Math.floor(keys[i]! / PAIR_SPAN);
    pairSecond[i] = b;
    pairFeature[keys[i]! - b * PAIR_SPAN] = syllableCount + i;
  }
  const features = (codes: number[]) => {
    const out = new Int32Array(codes.length);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      out[i] = code & 1 ? pairFeature[code >> 1]! : code >> 1;
    }
    return out;
  };
  const postFeature = features(postFeat);
  const qFeature = features(qFeat);

  const posts = groupRows(postFeature, featureCount);
  const questions = groupRows(qFeature, featureCount);
  // each question's norm sums its features in the order they were met, with the features' idf
  const n = entries.length;
  const questionNorm = new Float64Array(questionDoc.length);
  const idfByLength: number[] = [];
  const weights = qWeight;
  const questionOf = qId;
  for (let i = 0; i < qFeature.length; i++) {
    const f = qFeature[i]!;
    const length = posts.off[f + 1]! - posts.off[f]!;
    const w = weights[i]!;
    questionNorm[questionOf[i]!]! += (idfByLength[length] ??= idfFormula(n, length)) * w * w;
  }
  const acc = groupRows(accSyl, syllableCount);
  const tfCodes = tableCodes(pick(new Float64Array(posts.order.length), postTf, posts.order));
  const weightCodes = tableCodes(pick(new Float64Array(questions.order.length), weights, questions.order));
  return {
    syllables,
    forms,
    data: {
      sylCount: Int32Array.from(sylCount),
      pairOff,
      pairSecond,
      postOff: posts.off,
      postDoc: pick(new Int32Array(posts.order.length), postDoc, posts.order),
      postTf: tfCodes.codes,
      tfTable: tfCodes.table,
      qOff: questions.off,
      qId: pick(new Int32Array(questions.order.length), questionOf, questions.order),
      qWeight: weightCodes.codes,
      weightTable: weightCodes.table,
      questionDoc: Int32Array.from(questionDoc),
      questionNorm,
      docLength,
      coreOff,
      coreSyl: Int32Array.from(coreSyl),
      accOff: acc.off,
      accDoc: pick(new Int32Array(acc.order.length), accDoc, acc.order),
      accForm: pick(new Int32Array(acc.order.length), accForm, acc.order),
    },
  };
}
