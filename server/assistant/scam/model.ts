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

export function linearScore(model: ScamModel, signals: Signals): number {
  let z = model.bias;
  for (const s of signals.set) z += model.signals[s] ?? 0;
  if (model.buckets) {
    const grams = ngramBuckets(signals.folded, model.ngramSizes, model.buckets);
    const scale = 1 / Math.sqrt(grams.length || 1);
    for (const b of grams) z += (model.ngrams[b] ?? 0) * scale;
  }
  return z;
}
