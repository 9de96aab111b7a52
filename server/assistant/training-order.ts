/**
 * The seeded randomness both learned models train with (learned-answer-train.ts, learned-turn-train.ts):
 * the same seed gives the same weights on every machine, so a retrain can be checked byte for byte.
 */

/** A linear congruential generator over [0, 1): deterministic, no dependency. */
export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** Fisher–Yates shuffle of `order` in place, drawing from `rand` (one epoch's order of the examples). */
export function shuffleInPlace(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}
