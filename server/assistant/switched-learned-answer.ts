/*
 * Session 28 (issue 10 §3): a later turn answered from a NEW entry on its own words (switchedOnOwnWords in
 * switched-but-uncovered.ts) that, sent as a first message, the learned classifier answers from a third entry:
 * "tôi cần chứng thực mấy bản sao thì vào phòng nào" after the office's opening hours was answered from "Tiếp công
 * dân" (its "phòng" and "vào" words), alone the certified copies; "có người gửi link lạ bảo đăng ký nhận quà, làm sao
 * kiểm tra link" after personal data was answered from the fake apps, alone the link checking (tuning-s28). The turn
 * left the previous topic, so the conversation adds nothing the message lacks; but later turns are read by the rules
 * and the turn model only, never by the learned reading of first questions that picks among the nearest entries.
 * Such a turn is answered as it would be alone. Over every tuning conversation set, the two such turns were both the
 * alone reading's entry; no turn answered right on its own words had a learned alone reading elsewhere.
 * Not the previous entry read alone (that is the turn model's call: "khai sinh xong thì thẻ bảo hiểm y tế cho bé có
 * tự có không" is the insurance, though alone the classifier leans to the birth registration), nor a correction.
 */

export type AloneReading = { kind: string; entryId: string | undefined; learned: boolean };

/** The entry the learned reading of the message alone answers, when a turn switched on its own words to another one. */
export function learnedElsewhere(t: { answered: string; previous: string; alone: AloneReading }): string | undefined {
  const { alone } = t;
  if (alone.kind !== "answer" || !alone.learned || !alone.entryId) return undefined;
  return alone.entryId !== t.answered && alone.entryId !== t.previous ? alone.entryId : undefined;
}
