import type { AskResult } from "./ask-result";

/*
 * (session 30) "không phải, ý tôi là con dâu chỉ ở tạm vài tháng thôi, đăng ký tạm trú ấy" after thường trú,
 * "khong phai, y em la xin ban sao khai sinh cho con de nop ho so vao lop 1" after khai sinh: the resident has just
 * said what they meant, yet the corrected words, searched with the corrected entry set aside, matched only weakly
 * (the story words "con dâu", "vài tháng", "lớp 1" no entry holds) or left a near tie, and reading them together
 * with the question they correct did not settle it either (correction-read-together.ts). Asked as a first question
 * — the whole reading a new resident gets, the learned classifier's pick among the nearest entries included — the
 * same words are answered from one entry. That answer is taken when:
 * - the correction's own search ranked that entry among its first three (the first-question reading only chooses
 *   among what the words found: as learnedLaterTurn asks of the turn model's switch);
 * - it is not the entry the resident just said was wrong;
 * - it is an answer, not a follow-up (a fresh reading has nothing to follow) nor a scam warning.
 * A hand-off for a person or an emergency never reaches here (unsureCorrection keeps only uncovered hand-offs).
 */

/** How many of the correction's own nearest entries the first-question reading may choose among. */
const NEAREST = 3;

/** The entry to answer a correction from, when read as a first question it answers one; else undefined. */
export function correctionAnsweredAlone(o: { corrected: AskResult; alone: AskResult; correctedEntry: string | undefined }): string | undefined {
  if (o.alone.kind !== "answer" || o.alone.followup) return undefined;
  const id = o.alone.entry.id;
  if (id === o.correctedEntry) return undefined;
  return o.corrected.entries.slice(0, NEAREST).some((e) => e.id === id) ? id : undefined;
}
