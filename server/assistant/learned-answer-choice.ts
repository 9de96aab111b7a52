/**
 * Where the learned classifier (learned-answer-model.ts) may change a first question's outcome; measured
 * leave-one-writer-set-out on the tuning sets (bench/learned-answers-loso.ts, bench/README.md):
 * - a weak-match handoff ("khớp yếu") or a clarify, when the classifier's top class is one of the
 *   engine's three candidates with probability ≥ ANSWER_P: that entry is answered;
 * - an answer the classifier strongly rejects (another class ≥ REJECT_P, the engine's entry < REJECT_OWN_P):
 *   handed off when that class is "handoff", else asked back between the two.
 */
import { HANDOFF_CLASS, type AnswerClassifier } from "./learned-answer-model";

export const ANSWER_P = 0.9;
export const REJECT_P = 0.95;
export const REJECT_OWN_P = 0.02;

export type LearnedTurn = { kind: string; weakMatch: boolean; candidates: string[] };
export type LearnedChoice = { do: "answer"; id: string } | { do: "handoff" } | { do: "clarify"; ids: string[] };

export function learnedChoice(text: string, turn: LearnedTurn, classifier: AnswerClassifier): LearnedChoice | undefined {
  const eligible = (turn.kind === "handoff" && turn.weakMatch) || turn.kind === "clarify" || turn.kind === "answer";
  if (!eligible || !turn.candidates.length) return undefined;
  const { top, p, probOf } = classifier.read(text);
  if (turn.kind !== "answer") return p >= ANSWER_P && top !== HANDOFF_CLASS && turn.candidates.slice(0, 3).includes(top) ? { do: "answer", id: top } : undefined;
  const own = turn.candidates[0]!;
  // an entry added after training has no class: the classifier cannot judge the rules' answer with it
  if (!classifier.knows(own)) return undefined;
  if (top === own || p < REJECT_P || probOf(own) >= REJECT_OWN_P) return undefined;
  return top === HANDOFF_CLASS ? { do: "handoff" } : { do: "clarify", ids: [own, top] };
}
