/**
 * A small learned reading of a conversation's later turn (session 17): does the message stand on its own
 * (a new topic, a question for a person, a forwarded message) or lean on the previous answer (a
 * follow-up: "thế có mất tiền không", "làm online được không")? Binary logistic regression over the
 * word unigrams and bigrams of the engine's folded text (foldedText: accent folding, synonyms,
 * teen-code) plus the message's length in words and its first and last words. Trained by
 * `npm run turns:train` (server/cli/turns-train.ts) on the tuning sets' turns after the first; never on
 * eval/holdout sets. Used with the answer classifier (learned-answer-model.ts) by learned-turn-choice.ts.
 */
import { foldedText } from "./text-analysis";

/** The weights file: the bias and one weight per feature (positive = follow-up). */
export type TurnWeights = { version: 1; bias: number; features: Record<string, number> };

const lengthBucket = (n: number) => (n <= 3 ? String(n) : n <= 5 ? "4-5" : n <= 8 ? "6-8" : n <= 12 ? "9-12" : "13+");

/** The features of a message (distinct). */
export function turnFeatures(text: string): string[] {
  const words = foldedText(text).split(" ").filter((w) => w && /[a-z0-9]/.test(w));
  const out = new Set<string>([`#n:${lengthBucket(words.length)}`]);
  if (words.length) {
    out.add(`#f:${words[0]}`);
    out.add(`#l:${words[words.length - 1]}`);
  }
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]!);
    if (i + 1 < words.length) out.add(`${words[i]}_${words[i + 1]}`);
  }
  return [...out];
}

/** The probability that the message is a follow-up of the previous answer. */
export function followupProbability(weights: TurnWeights, text: string): number {
  let z = weights.bias;
  for (const f of turnFeatures(text)) z += weights.features[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
