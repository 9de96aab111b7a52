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
export function ngramBuckets(folded: string, sizes: number[], buckets: number): number[] {
  const text = ` ${folded.replace(/\d/g, "0")} `;
  const out = new Set<number>();
  for (const n of sizes) for (let i = 0; i + n <= text.length; i++) out.add(hashBucket(text.slice(i, i + n), buckets));
  return [...out];
}

/** Dense weights per model, built once: scoring reads an array, not string-keyed JSON. */
const dense = new WeakMap<ScamModel, { weights: Float32Array; stamp: Uint32Array; generation: number }>();

function denseOf(model: ScamModel) {
  let d = dense.get(model);
  if (!d) {
    const weights = new Float32Array(model.buckets);
    for (const [b, w] of Object.entries(model.ngrams)) weights[Number(b)] = w;
    d = { weights, stamp: new Uint32Array(model.buckets), generation: 0 };
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
  const text = ` ${signals.folded.replace(/\d/g, "0")} `;
  const sizes = model.ngramSizes;
  const maxN = Math.max(...sizes);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    let h = 0x811c9dc5;
    for (let n = 1; n <= maxN && i + n <= text.length; n++) {
      h ^= text.charCodeAt(i + n - 1);
      h = Math.imul(h, 0x01000193);
      if (!sizes.includes(n)) continue;
      const b = (h >>> 0) % model.buckets;
      if (d.stamp[b] === d.generation) continue;
      d.stamp[b] = d.generation;
      sum += d.weights[b]!;
      count++;
    }
  }
  return z + sum / Math.sqrt(count || 1);
}
