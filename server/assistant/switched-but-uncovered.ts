/*
 * A later turn answered from a NEW entry (not the previous one, not as a follow-up) that, sent as a first message,
 * would be handed off: "tôi muốn gặp người có trách nhiệm" after tracking a report was answered from "Hồ sơ bị trễ
 * hẹn" (its words "người có trách nhiệm" are that entry's), though alone the learned reading of first questions
 * hands it off as a request for a person (tuning-s24). Nothing of the conversation chose that entry: the turn left
 * the previous topic, so the memory adds nothing the message alone lacks, except that the first-question readings
 * (the learned classifier's handoff, learned-answer-choice.ts) are not asked on later turns. Such a turn is handed
 * off as it would be alone: an honest handoff is never turned into an unsupported answer by the conversation around
 * it. The mirror of standalone-uncovered.ts, which does the same for a turn carried on the previous entry.
 * A turn whose entry the conversation did choose (a follow-up, a choice picked, a part after a clarify, the matter
 * handed off resumed) is `followup` or answered from the previous entry, and is left alone.
 */

export type SwitchedTurn = {
  /** the turn's answer: its entry, and whether a follow-up rule chose it */
  answered: { entryId: string; followup: boolean };
  /** the conversation's entry before this turn (none: nothing to switch from) */
  previous: string | undefined;
};

/** Whether a later turn switched to another entry on its own words: then its alone reading is asked. */
export function switchedOnOwnWords(t: SwitchedTurn): boolean {
  return !!t.previous && !t.answered.followup && t.answered.entryId !== t.previous;
}

/**
 * Whether the message alone was handed off outright: a request for a person, or the learned classifier's reading that
 * it belongs to no entry. Not a weak match: a later turn's short words ("mua xong có xem thẻ trên điện thoại được
 * không", "có ai đến nhà giúp không") match weakly alone and lean on the conversation for their subject, though the
 * entry answered is not the previous one (tuning sets: 20 such turns answered right, handed off alone by a weak match).
 */
export function handedOffOutright(alone: { reason: string; learned: boolean }): boolean {
  return alone.reason === "asked_for_person" || (alone.reason === "out_of_scope" && alone.learned);
}
