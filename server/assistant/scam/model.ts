import type { SignalName, Signals } from "./signals";

/*
 * The optional learned part: a linear model over the check's signals and hashed character
 * n-grams of the folded text, trained by `npm run scam:train` on the corpus's training split
 * (server/assistant/scam/train.ts). Scoring is a sparse dot product: well under a millisecond.
 */

export type ScamModel = {
  version: 1;
  /** weight of each signal */
  signals: Partial<Record<SignalName, number>>;
  /** hashed n-gram bucket → weight (only non-zero buckets are stored) */
  ngrams: Record<string, number>;
  ngramSizes: number[];
  /** word n-gram lengths over the same folded text (absent: none), hashed into the same buckets */
  wordNgrams?: number[];
  buckets: number;
  bias: number;
  threshold: number;
  trainedOn: { messages: number; corpusHash: string };
};

/** FNV-1a, 32 bits: the same bucket on Node and Workers. */
export function hashBucket(s: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

/** Distinct hashed n-gram buckets of a folded text (word-boundary padded). */
/**
 * The corpus the model learns from masks people's mobile numbers as 4 digits and x ("0986xxxxxx"); a real
 * number reaches the check whole. The n-grams read every mobile number in that masked shape, in training
 * and in use alike, so a real number's digits are no feature the corpus never showed (signals still see it).
 */
const wholeMobile = /(?<![\dx])((?:\+84|0)[\s.-]?\d{3})((?:[\s.-]?\d){6})(?![\dx])/g;
export function maskMobiles(folded: string): string {
  return mobileDigits.test(folded) ? folded.replace(wholeMobile, (_m, head: string, rest: string) => head + rest.replace(/\d/g, "x")) : folded;
}
const mobileDigits = /\d{3}[\s.-]?\d{3}/;

export function ngramBuckets(folded: string, sizes: number[], buckets: number, wordSizes: number[] = []): number[] {
  const text = ` ${maskMobiles(folded).replace(/\d/g, "0")} `;
  const out = new Set<number>();
  for (const n of sizes) for (let i = 0; i + n <= text.length; i++) out.add(hashBucket(text.slice(i, i + n), buckets));
  if (wordSizes.length) {
    const codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
    forEachWordGram(codes, text.length, wordSizes, new Int32Array(2 * text.length + 2), (h) => out.add((h >>> 0) % buckets));
  }
  return [...out];
}

/** a word's character: an ASCII letter or digit (the folded text has no diacritics) */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/**
 * Word n-grams of a text given as character codes: each run of letters and digits is a word; an n-gram is
 * hashed (FNV-1a) as a 0x01 mark, then its words joined by single spaces — never equal to a character
 * n-gram's hash input, which holds no 0x01. `bounds` holds two slots per word (start, end).
 */
function forEachWordGram(codes: Uint16Array, length: number, sizes: number[], bounds: Int32Array, each: (h: number) => void): void {
  let words = 0;
  for (let i = 0; i < length; ) {
    if (!isWordCode(codes[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isWordCode(codes[i]!)) i++;
    bounds[2 * words] = start;
    bounds[2 * words + 1] = i;
    words++;
  }
  for (let w = 0; w < words; w++)
    for (const n of sizes) {
      if (w + n > words) continue;
      let h = Math.imul(0x811c9dc5 ^ 1, 0x01000193);
      for (let k = 0; k < n; k++) {
        if (k) h = Math.imul(h ^ 32, 0x01000193);
        for (let c = bounds[2 * (w + k)]!, end = bounds[2 * (w + k) + 1]!; c < end; c++) h = Math.imul(h ^ codes[c]!, 0x01000193);
      }
      each(h);
    }
}

/** Dense weights per model, built once: scoring reads an array, not string-keyed JSON. */
const dense = new WeakMap<ScamModel, { weights: Float32Array; stamp: Uint32Array; generation: number; counted: boolean[]; maxN: number; codes: Uint16Array; bounds: Int32Array }>();

function denseOf(model: ScamModel) {
  let d = dense.get(model);
  if (!d) {
    const weights = new Float32Array(model.buckets);
    for (const [b, w] of Object.entries(model.ngrams)) weights[Number(b)] = w;
    const maxN = Math.max(...model.ngramSizes);
    // counted[n]: n-grams of length n are features (read per character, so an array, not includes())
    const counted = Array.from({ length: maxN + 1 }, (_, n) => model.ngramSizes.includes(n));
    d = { weights, stamp: new Uint32Array(model.buckets), generation: 0, counted, maxN, codes: new Uint16Array(512), bounds: new Int32Array(1026) };
    dense.set(model, d);
  }
  return d;
}

export function linearScore(model: ScamModel, signals: Signals): number {
  let z = model.bias;
  for (const s of signals.set) z += model.signals[s] ?? 0;
  if (!model.buckets) return z;
  // the n-grams of ngramBuckets(), hashed in one pass per start position and counted once each
  const d = denseOf(model);
  d.generation = (d.generation + 1) >>> 0 || 1;
  if (d.generation === 1) d.stamp.fill(0);
  const { counted, maxN, weights, stamp, generation } = d;
  // ngramBuckets()'s text (" " + folded with every digit as "0" + " ") as character codes, in a
  // buffer kept between calls: no string is built per call
  const folded = maskMobiles(signals.folded);
  const length = folded.length + 2;
  if (d.codes.length < length) d.codes = new Uint16Array(Math.max(length, 2 * d.codes.length));
  const codes = d.codes;
  codes[0] = 32;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    codes[i + 1] = isDigit(c) ? 48 : c;
  }
  codes[length - 1] = 32;
  const buckets = model.buckets;
  // a power-of-two bucket count (the shipped model's 8,192): the remainder is the low bits
  const mask = buckets & (buckets - 1) ? 0 : buckets - 1;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < length; i++) {
    let h = 0x811c9dc5;
    for (let n = 1; n <= maxN && i + n <= length; n++) {
      h ^= codes[i + n - 1]!;
      h = Math.imul(h, 0x01000193);
      if (!counted[n]) continue;
      const b = mask ? h & mask : (h >>> 0) % buckets;
      if (stamp[b] === generation) continue;
      stamp[b] = generation;
      sum += weights[b]!;
      count++;
    }
  }
  if (model.wordNgrams?.length) {
    if (d.bounds.length < 2 * length + 2) d.bounds = new Int32Array(2 * length + 2);
    forEachWordGram(codes, length, model.wordNgrams, d.bounds, (h) => {
      const b = mask ? h & mask : (h >>> 0) % buckets;
      if (stamp[b] === generation) return;
      stamp[b] = generation;
      sum += weights[b]!;
      count++;
    });
  }
  return z + sum / Math.sqrt(count || 1);
}

/** what /\d/ matches: in JavaScript only the ten ASCII digits */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
