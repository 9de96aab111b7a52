/**
 * Training of the learned turn model (learned-turn-model.ts): binary logistic regression by SGD with L2.
 * Rows: the tuning sets' conversation turns after the first; label follow-up = the line's `followup: true`,
 * stands on its own = every other later turn (own topic, handoff, scam, not a scam). Used by
 * `npm run turns:train` and the leave-one-writer-set-out bench (bench/learned-turns-loso.ts).
 * Not imported by the engine.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { turnFeatures, type TurnWeights } from "./learned-turn-model";
import { seededRandom, shuffleInPlace } from "./training-order";

export const turnWeightsPath = join(dirname(fileURLToPath(import.meta.url)), "data", "turn-weights.json");

/** The tuning sets' conversation files the turn model may learn from (never eval-* or holdout* files). */
export const TURN_TRAINING_SETS = ["tuning", ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((n) => `tuning${n}`), "tuning-s12", "tuning-s13", "tuning-s14", "tuning-s15", "tuning-s16", "tuning-s17", "tuning-s18", "tuning-s19", "tuning-s20"].map(
  (t) => `blind/${t}-conversations`,
);

export type TurnRow = { text: string; followup: boolean; group: string };
export type TurnTrainOptions = { epochs?: number; rate?: number; l2?: number; seed?: number };

/** Later turns of one conversation file. */
export function turnRows(path: string, group: string): TurnRow[] {
  if (/(^|\/)(eval|holdout)[^/]*$/.test(path)) throw new Error(`blind set not for training: ${path}`);
  const seen = new Set<string>();
  const rows: TurnRow[] = [];
  for (const l of readFileSync(path, "utf8").split("\n")) {
    if (!l.trim()) continue;
    const line = JSON.parse(l) as { q: string; conversation?: string; followup?: boolean };
    if (line.conversation === undefined) continue;
    if (!seen.has(line.conversation)) {
      seen.add(line.conversation);
      continue;
    }
    rows.push({ text: line.q, followup: line.followup === true, group });
  }
  return rows;
}

export function trainTurnWeights(rows: TurnRow[], o: TurnTrainOptions = {}): TurnWeights {
  const { epochs = 10, rate = 0.1, l2 = 1e-4, seed = 1 } = o;
  const examples = rows.map((r) => ({ f: turnFeatures(r.text), y: r.followup ? 1 : 0 }));
  const w = new Map<string, number>();
  let b = 0;
  const rand = seededRandom(seed);
  const order = examples.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    shuffleInPlace(order, rand);
    const lr = rate / (1 + ep);
    for (const ix of order) {
      const ex = examples[ix]!;
      let z = b;
      for (const f of ex.f) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - ex.y;
      b -= lr * g;
      for (const f of ex.f) {
        const v = w.get(f) ?? 0;
        w.set(f, v - lr * (g + l2 * v));
      }
    }
  }
  const features = Object.fromEntries(
    [...w]
      .map(([f, x]) => [f, Math.round(x * 1000) / 1000] as const)
      .filter(([, x]) => x !== 0)
      .sort((a, c) => (a[0] < c[0] ? -1 : a[0] > c[0] ? 1 : 0)),
  );
  return { version: 1, bias: Math.round(b * 1000) / 1000, features };
}
