/**
 * Where the learned turn model (learned-turn-model.ts) and the answer classifier (learned-answer-model.ts),
 * read on a later turn's message alone, may change which entry answers it (session 17; measured
 * leave-one-writer-set-out on the tuning sets' conversations, bench/learned-turns-loso.ts):
 * - switch: the rules carried the previous entry, but the message stands on its own (follow-up
 *   probability < switchFollowup) and the classifier is sure of another entry (≥ switchP, the previous
 *   one < switchOwnP) that the search of the message alone also ranks in its first three: that entry;
 * - keep: the rules answered another entry, but the message reads as a follow-up (≥ keepFollowup) and
 *   the classifier gives that other entry < keepOtherP: the previous entry answers it.
 */
import { HANDOFF_CLASS, type AnswerClassifier } from "./learned-answer-model";
import { followupProbability, type TurnWeights } from "./learned-turn-model";

export type TurnThresholds = { switchFollowup: number; switchP: number; switchOwnP: number; keepFollowup: number; keepOtherP: number };
export const TURN_THRESHOLDS: TurnThresholds = { switchFollowup: 0.3, switchP: 0.9, switchOwnP: 0.05, keepFollowup: 0.97, keepOtherP: 0.05 };

/** A later turn as the rules decided it: its kind, the entry answered, the conversation's previous entry. */
export type LaterTurn = { kind: string; entryId: string | undefined; previous: string };
export type TurnChoice = { do: "switch"; id: string } | { do: "keep" };

export function learnedTurnChoice(text: string, turn: LaterTurn, classifier: AnswerClassifier, weights: TurnWeights, t: TurnThresholds = TURN_THRESHOLDS): TurnChoice | undefined {
  if (turn.kind !== "answer" || !turn.entryId || !classifier.knows(turn.previous)) return undefined;
  const carried = turn.entryId === turn.previous;
  const pf = followupProbability(weights, text);
  if (carried) {
    if (pf >= t.switchFollowup) return undefined;
    const { top, p, probOf } = classifier.read(text);
    if (top === turn.previous || top === HANDOFF_CLASS || p < t.switchP || probOf(turn.previous) >= t.switchOwnP) return undefined;
    return { do: "switch", id: top };
  }
  if (pf < t.keepFollowup || !classifier.knows(turn.entryId)) return undefined;
  return classifier.read(text).probOf(turn.entryId) < t.keepOtherP ? { do: "keep" } : undefined;
}
