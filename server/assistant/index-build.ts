import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { RankingTuning } from "./search-index";
import { SyllableTable } from "./syllable-table";
import { SpellingSyllables } from "./spelling-syllables";
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
  /** per posting: its term frequency as a code into tfTable (a few hundred distinct values; one byte when they fit) */
  postTf: Uint8Array | Uint16Array;
  tfTable: Float64Array;
  qOff: Int32Array;
  qId: Int32Array;
  /** per question posting: the feature's weight as a code into weightTable (one byte when they fit) */
  qWeight: Uint8Array | Uint16Array;
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

/** More than any index has pairs (2²³): the limit the build has always kept (pair ids were once packed beside a syllable id). */
const PAIR_SPAN = 2 ** 23;

/** Placeholders and facet marker lines (`## Lệ phí`, shared by many entries) say nothing about the topic. */
function stripPlaceholders(text: string): string {
  return text.replace(/\{\{[^}]*\}\}/g, " ").replace(/^## .*$/gm, " ");
}

/**
 * Numbers the adjacent syllable pairs: token k starts one, (tokSyl[k], tokSyl[k + 1]), when
 * tokPair[k] ≥ 0. Two stable counting sorts of those tokens (by second syllable, then by first)
 * list them in (first, second) order, ties in token order: walking that list numbers the distinct
 * pairs as features are numbered (pairOff, pairSecond); walking the tokens in order then gives
 * each pair its id as first met (written into tokPair; pairFeature maps it to its feature), by
 * which the per-entry scratch arrays are indexed. This replaced a hash table of pairs numbered as
 * met: at 2,000 entries a million probes into 6 MB, mostly cache misses, a tenth of a build.
 */
function numberPairs(tokSyl: Int32Array, tokPair: Int32Array, total: number, syllableCount: number) {
  const firstCount = new Int32Array(syllableCount + 1);
  const secondCount = new Int32Array(syllableCount + 1);
  let starts = 0;
  for (let k = 0; k < total; k++) {
    if (tokPair[k]! < 0) continue;
    starts++;
    firstCount[tokSyl[k]! + 1]!++;
    secondCount[tokSyl[k + 1]! + 1]!++;
  }
  for (let s = 0; s < syllableCount; s++) {
    firstCount[s + 1]! += firstCount[s]!;
    secondCount[s + 1]! += secondCount[s]!;
  }
  const bySecond = new Int32Array(starts);
  for (let k = 0; k < total; k++) if (tokPair[k]! >= 0) bySecond[secondCount[tokSyl[k + 1]!]!++] = k;
  const sorted = new Int32Array(starts);
  for (let i = 0; i < starts; i++) {
    const k = bySecond[i]!;
    sorted[firstCount[tokSyl[k]!]!++] = k;
  }
  // distinct pairs in (first, second) order: tokPair[k] = that number for now
  const pairOff = new Int32Array(syllableCount + 1);
  // bySecond is read no more: its room holds the distinct pairs' second syllables (fewer)
  const seconds = bySecond;
  let pairCount = 0;
  let lastFirst = -1;
  let lastSecond = -1;
  for (let i = 0; i < starts; i++) {
    const k = sorted[i]!;
    const a = tokSyl[k]!;
    const b = tokSyl[k + 1]!;
    if (a !== lastFirst || b !== lastSecond) {
      seconds[pairCount++] = b;
      pairOff[a + 1]!++;
      lastFirst = a;
      lastSecond = b;
    }
    tokPair[k] = pairCount - 1;
  }
  for (let s = 0; s < syllableCount; s++) pairOff[s + 1]! += pairOff[s]!;
  // ids as first met, in token order
  const idOf = new Int32Array(pairCount).fill(-1);
  /** pair id → its feature id */
  const pairFeature = new Int32Array(pairCount);
  let met = 0;
  for (let k = 0; k < total; k++) {
    const x = tokPair[k]!;
    if (x < 0) continue;
    let id = idOf[x]!;
    if (id === -1) {
      id = idOf[x] = met++;
      pairFeature[id] = syllableCount + x;
    }
    tokPair[k] = id;
  }
  return { pairCount, pairOff, pairSecond: seconds.slice(0, pairCount), pairFeature };
}

/**
 * Counting sort of rows by group, keeping their order within a group: the group offsets, and each
 * row's column(s) written straight into its grouped place (no row-order array read back per column).
 */
function groupOffsets(groups: Int32Array, rows: number, groupCount: number): Int32Array {
  const off = new Int32Array(groupCount + 1);
  for (let i = 0; i < rows; i++) off[groups[i]! + 1]!++;
  for (let i = 0; i < groupCount; i++) off[i + 1]! += off[i]!;
  return off;
}

function scatter2<A extends Int32Array, B extends Int32Array | Uint16Array>(
  groups: Int32Array,
  rows: number,
  off: Int32Array,
  a: { from: ArrayLike<number>; to: A },
  b: { from: ArrayLike<number>; to: B },
): void {
  const cursor = off.slice(0, off.length - 1);
  const aFrom = a.from;
  const aTo = a.to;
  const bFrom = b.from;
  const bTo = b.to;
  for (let i = 0; i < rows; i++) {
    const at = cursor[groups[i]!]!++;
    aTo[at] = aFrom[i]!;
    bTo[at] = bFrom[i]!;
  }
}

const HALVES = 1 << 12;

/**
 * Term frequencies and question weights as codes into a table of their distinct values (a few
 * hundred), coded as the postings are written, so the postings carry 2-byte codes instead of
 * 8-byte floats through the grouping (a 2,000-entry build wrote and scattered 30 MB of floats,
 * touching fresh memory: page faults were a seventh of a first build). The stored codes number
 * the values as first met in grouped order: finish() renumbers them so.
 */
class ValueCodes {
  readonly values: number[] = [];
  private readonly index = new Map<number, number>();
  private readonly halves = new Int32Array(HALVES).fill(-1);
  private last = NaN;
  private lastCode = 0;

  code(value: number): number {
    // runs of one value are common (one field's weight): skip the map for them; so are halves
    // (the default field weights are, and so their sums): an array indexed by 2·value
    if (value === this.last) return this.lastCode;
    const twice = value * 2;
    const small = twice >= 0 && twice < HALVES && twice === Math.floor(twice);
    let code = small ? this.halves[twice]! : (this.index.get(value) ?? -1);
    if (code === -1) {
      if (this.values.length === 65536) throw new Error("search index: too many distinct term weights");
      code = this.values.length;
      this.values.push(value);
      if (small) this.halves[twice] = code;
      else this.index.set(value, code);
    }
    this.last = value;
    this.lastCode = code;
    return code;
  }

  /** Renumbers `grouped` (codes from code()) in place as first met in it; the table in that order. */
  finish(grouped: Uint16Array): Float64Array {
    const values = this.values;
    const renumber = new Int32Array(values.length).fill(-1);
    const table = new Float64Array(values.length);
    let next = 0;
    for (let i = 0; i < grouped.length; i++) {
      const code = grouped[i]!;
      let to = renumber[code]!;
      if (to === -1) {
        to = renumber[code] = next++;
        table[to] = values[code]!;
      }
      grouped[i] = to;
    }
    // every value coded was written into a posting: all are met
    return table;
  }
}

/** a field's role: core fields count for core coverage; titles and sample questions are also questions */
const CORE = 1;
const QUESTION = 2;

/**
 * Builds the index data from the entries: analysis of every field, then the flat arrays.
 *
 * Speed (2,000 entries, a million syllables): first every field is analysed and its syllables,
 * accented forms and adjacent pairs get ids (numbered as first met, field by field, as search
 * reads them), so the counts are known and every working array is a typed array allocated once.
 * Then, per entry, term frequencies, core syllables and accented forms live in scratch arrays
 * indexed by syllable or pair id, with a mark of the entry that last wrote them (no Map or Set
 * per entry). Pairs are numbered finally (IndexData) before the postings are written, so
 * postings carry their final feature ids. Every sum is made in the order the Map-based version
 * made it, so every float is the same.
 */
export function buildIndexData(entries: KnowledgeEntry[], t: RankingTuning): { data: IndexData; syllables: string[]; forms: string[]; sylTable: SyllableTable } {
  // 1. analysis, in the order the fields are indexed; ids for syllables, accented forms (−1: none)
  // and the pair starting at each token (−1: the last of its field), numbered as first met
  const syllables: string[] = [];
  const sylTable = new SyllableTable(syllables);
  const sylOfSpelling = new SpellingSyllables(sylTable);
  const forms: string[] = [];
  const formId = new Map<string, number>();
  /** per form: the syllable it was first met with (an entry's forms are told apart by form, checked against this) */
  const formSyl: number[] = [];
  /** by syllable id: the accented writing last met and its form id */
  const lastAccented: string[] = [];
  const lastForm: number[] = [];
  const fieldLength: number[] = [];
  const fieldWeight: number[] = [];
  const fieldRole: number[] = [];
  const entryFieldEnd = new Int32Array(entries.length);
  // a syllable and its separator take about 6 characters: room for most texts at once (grown if not)
  let chars = 0;
  for (const entry of entries) {
    chars += entry.title.length + entry.body.length + (entry.summary?.length ?? 0);
    for (const q of entry.questions) chars += q.length + 1;
    for (const k of entry.keywords) chars += k.length + 3;
  }
  let capacity = 1024 + (chars >> 2);
  let tokSyl = new Int32Array(capacity);
  let tokForm = new Int32Array(capacity);
  let tokPair = new Int32Array(capacity);
  let total = 0;
  let questionTokens = 0;
  const field = (tokens: Token[], weight: number, role: number) => {
    fieldLength.push(tokens.length);
    fieldWeight.push(weight);
    fieldRole.push(role);
    if (role & QUESTION) questionTokens += tokens.length;
    if (total + tokens.length > capacity) {
      capacity = 2 * (total + tokens.length);
      const grow = (from: Int32Array) => {
        const to = new Int32Array(capacity);
        to.set(from.subarray(0, total));
        return to;
      };
      tokSyl = grow(tokSyl);
      tokForm = grow(tokForm);
      tokPair = grow(tokPair);
    }
    const start = total;
    // syllable ids by the tokens' spelling ids (spelling-syllables.ts): field() follows analyze() of its text
    sylOfSpelling.fill(tokens, tokSyl, start);
    for (const token of tokens) {
      const k = total++;
      const id = tokSyl[k]!;
      let form = -1;
      const accented = token.accented;
      if (accented) {
        // a syllable is mostly written one way: its last accented writing is checked before the Map
        while (lastAccented.length <= id) {
          lastAccented.push("");
          lastForm.push(-1);
        }
        if (lastAccented[id] === accented) form = lastForm[id]!;
        else form = formId.get(accented) ?? -1;
        if (form === -1) {
          form = forms.length;
          forms.push(accented);
          formSyl.push(id);
          formId.set(accented, form);
        }
        lastAccented[id] = accented;
        lastForm[id] = form;
      }
      tokForm[k] = form;
      // a pair starts here unless this is the field's last token (numberPairs gives ids)
      tokPair[k] = 0;
    }
    if (total > start) tokPair[total - 1] = -1;
  };
  for (let doc = 0; doc < entries.length; doc++) {
    const entry = entries[doc]!;
    field(analyze(entry.title), t.title, CORE | QUESTION);
    for (const q of entry.questions) field(analyze(q), t.questions, CORE | QUESTION);
    if (entry.keywords.length) field(analyze(entry.keywords.join(" . ")), t.keywords, CORE);
    if (entry.summary) field(analyze(stripPlaceholders(entry.summary)), t.summary, CORE);
    field(analyze(stripPlaceholders(entry.body)), t.body, 0);
    entryFieldEnd[doc] = fieldLength.length;
  }

  // 3. final numbering: syllable s is feature s, pairs follow by first syllable, then second
  const syllableCount = syllables.length;
  const { pairCount, pairOff, pairSecond, pairFeature } = numberPairs(tokSyl, tokPair, total, syllableCount);
  if (pairCount >= PAIR_SPAN) throw new Error("search index: too many features");
  const featureCount = syllableCount + pairCount;

  // 4. per entry: postings, sample questions, core syllables, accented forms
  const sylCount = new Int32Array(syllableCount);
  const functionFlag = new Uint8Array(syllableCount);
  for (let syl = 0; syl < syllableCount; syl++) functionFlag[syl] = isFunctionWord(syllables[syl]!) ? 1 : 0;
  // by syllable s at 2s and 2s + 1, by pair p (numbered as first met, not as the feature it becomes)
  // at 2(S + p) and 2(S + p) + 1, side by side (one cache line for both): its term frequency in the
  // current entry and mark = entry + 1 when set; its weight in a question and mark = question + 1.
  // Pairs first met together sit together (an entry's new pairs are neighbours), where their
  // feature ids scatter them over the array; a pair's feature id is read once per posting written
  // (an entry's or question's features still listed in the order met: the sums keep their order).
  const tf = new Float64Array(2 * featureCount);
  const q = new Float64Array(2 * featureCount);
  // by syllable: mark = entry + 1 when a core syllable of the entry; by form: when an accented form of the entry
  const coreMark = new Int32Array(syllableCount);
  const formMark = new Int32Array(forms.length);

  // a feature once per entry at most: 2 per token bounds every list
  let postCount = 0;
  const postFeature = new Int32Array(2 * total);
  const postDocOf = new Int32Array(2 * total);
  const postTfOf = new Uint16Array(2 * total);
  const tfCodes = new ValueCodes();
  let qCount = 0;
  const qFeature = new Int32Array(2 * questionTokens);
  const qIdOf = new Int32Array(2 * questionTokens);
  const qWeightOf = new Uint16Array(2 * questionTokens);
  const weightCodes = new ValueCodes();
  const questionDoc: number[] = [];
  const docLength = new Float64Array(entries.length);
  const coreOff = new Int32Array(entries.length + 1);
  let coreCount = 0;
  const coreSyl = new Int32Array(total);
  let accCount = 0;
  const accSyl = new Int32Array(total);
  const accDoc = new Int32Array(total);
  const accForm = new Int32Array(total);
  /** an entry's features in the order first met, its core syllables, a question's features */
  let touched = new Int32Array(256);
  const coreList: number[] = [];
  let qTouched = new Int32Array(256);
  /** (syllable, form) pairs of the entry whose form was first met with another syllable (never so far) */
  const otherAccents = new Set<number>();

  let fieldAt = 0;
  let k = 0;
  for (let doc = 0; doc < entries.length; doc++) {
    const mark = doc + 1;
    let length = 0;
    let touchedCount = 0;
    coreList.length = 0;
    otherAccents.clear();
    for (; fieldAt < entryFieldEnd[doc]!; fieldAt++) {
      const n = fieldLength[fieldAt]!;
      const weight = fieldWeight[fieldAt]!;
      const role = fieldRole[fieldAt]!;
      const start = k;
      if (touchedCount + 2 * n > touched.length) {
        const grown = new Int32Array(2 * (touchedCount + 2 * n));
        grown.set(touched.subarray(0, touchedCount));
        touched = grown;
      }
      // the field's features, as search() weighs them (see SearchIndex.features)
      for (; k < start + n; k++) {
        const syl = tokSyl[k]!;
        sylCount[syl]!++;
        if (role & CORE && coreMark[syl] !== mark) {
          coreMark[syl] = mark;
          coreList.push(syl);
        }
        const form = tokForm[k]!;
        if (form >= 0) {
          const fresh = formSyl[form] === syl ? formMark[form] !== mark : !otherAccents.has(syl * forms.length + form);
          if (fresh) {
            if (formSyl[form] === syl) formMark[form] = mark;
            else otherAccents.add(syl * forms.length + form);
            accSyl[accCount] = syl;
            accDoc[accCount] = doc;
            accForm[accCount++] = form;
          }
        }
        if (tf[2 * syl + 1] !== mark) {
          tf[2 * syl + 1] = mark;
          tf[2 * syl] = 0;
          touched[touchedCount++] = syl;
        }
        tf[2 * syl]! += weight;
        length += weight;
        const p = tokPair[k]!;
        if (p >= 0) {
          const f = syllableCount + p;
          if (tf[2 * f + 1] !== mark) {
            tf[2 * f + 1] = mark;
            tf[2 * f] = 0;
            touched[touchedCount++] = f;
          }
          tf[2 * f]! += weight;
          length += weight;
        }
      }
      if (!(role & QUESTION)) continue;
      // a sample question (or the title): its features with the highest weight each, in the order met
      const question = questionDoc.length;
      const qMarkValue = question + 1;
      let qTouchedCount = 0;
      if (2 * n > qTouched.length) qTouched = new Int32Array(4 * n);
      for (let i = start; i < start + n; i++) {
        const syl = tokSyl[i]!;
        const fw = functionFlag[syl] === 1;
        let w = fw ? t.functionWord : 1;
        if (q[2 * syl + 1] !== qMarkValue) {
          q[2 * syl + 1] = qMarkValue;
          q[2 * syl] = Math.max(0, w);
          qTouched[qTouchedCount++] = syl;
        } else q[2 * syl] = Math.max(q[2 * syl]!, w);
        const p = tokPair[i]!;
        if (p >= 0) {
          const f = syllableCount + p;
          w = fw && functionFlag[tokSyl[i + 1]!] === 1 ? t.functionPair : 1;
          if (q[2 * f + 1] !== qMarkValue) {
            q[2 * f + 1] = qMarkValue;
            q[2 * f] = Math.max(0, w);
            qTouched[qTouchedCount++] = f;
          } else q[2 * f] = Math.max(q[2 * f]!, w);
        }
      }
      for (let i = 0; i < qTouchedCount; i++) {
        const f = qTouched[i]!;
        qFeature[qCount] = f < syllableCount ? f : pairFeature[f - syllableCount]!;
        qIdOf[qCount] = question;
        qWeightOf[qCount++] = weightCodes.code(q[2 * f]!);
      }
      questionDoc.push(doc);
    }
    for (let i = 0; i < touchedCount; i++) {
      const f = touched[i]!;
      postFeature[postCount] = f < syllableCount ? f : pairFeature[f - syllableCount]!;
      postDocOf[postCount] = doc;
      postTfOf[postCount++] = tfCodes.code(tf[2 * f]!);
    }
    docLength[doc] = length;
    // sorted in place, natively (a typed array sorts numbers without a comparator call)
    const core = coreSyl.subarray(coreCount, coreCount + coreList.length);
    core.set(coreList);
    core.sort();
    coreCount += coreList.length;
    coreOff[doc + 1] = coreCount;
  }

  const postOff = groupOffsets(postFeature, postCount, featureCount);
  const postDoc = new Int32Array(postCount);
  const postTf = new Uint16Array(postCount);
  scatter2(postFeature, postCount, postOff, { from: postDocOf, to: postDoc }, { from: postTfOf, to: postTf });
  const qOff = groupOffsets(qFeature, qCount, featureCount);
  const qId = new Int32Array(qCount);
  const qWeight = new Uint16Array(qCount);
  scatter2(qFeature, qCount, qOff, { from: qIdOf, to: qId }, { from: qWeightOf, to: qWeight });
  // each question's norm sums its features in the order they were met, with the features' idf
  const n = entries.length;
  const questionNorm = new Float64Array(questionDoc.length);
  const idfByLength: number[] = [];
  const weightValues = weightCodes.values;
  for (let i = 0; i < qCount; i++) {
    const f = qFeature[i]!;
    const length = postOff[f + 1]! - postOff[f]!;
    const w = weightValues[qWeightOf[i]!]!;
    questionNorm[qIdOf[i]!]! += (idfByLength[length] ??= idfFormula(n, length)) * w * w;
  }
  const accOff = groupOffsets(accSyl, accCount, syllableCount);
  const accDocGrouped = new Int32Array(accCount);
  const accFormGrouped = new Int32Array(accCount);
  scatter2(accSyl, accCount, accOff, { from: accDoc, to: accDocGrouped }, { from: accForm, to: accFormGrouped });
  const tfTable = tfCodes.finish(postTf);
  const weightTable = weightCodes.finish(qWeight);
  // codes in one byte when the table allows, as a stored index keeps and loads them (a view over
  // its bytes): a built and a loaded index read the same array type (one shape at the search's reads)
  const narrow = (codes: Uint16Array, table: Float64Array) => (table.length <= 256 ? Uint8Array.from(codes) : codes);
  return {
    syllables,
    forms,
    sylTable,
    data: {
      sylCount,
      pairOff,
      pairSecond,
      postOff,
      postDoc,
      postTf: narrow(postTf, tfTable),
      tfTable,
      qOff,
      qId,
      qWeight: narrow(qWeight, weightTable),
      weightTable,
      questionDoc: Int32Array.from(questionDoc),
      questionNorm,
      docLength,
      coreOff,
      coreSyl: coreSyl.slice(0, coreCount),
      accOff,
      accDoc: accDocGrouped,
      accForm: accFormGrouped,
    },
  };
}
