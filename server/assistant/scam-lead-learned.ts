/*
 * A scam warning's lead entry, read by the learned answer classifier (learned-answer-model.ts). The warning offers the
 * two lừa-đảo entries the search finds closest to the message; the search weighs single words ("công an", "link",
 * "mã"), so a fake policeman on a video call may lead with the fake-deposit entry, a call about a power meter with the
 * fake-police entry, "đọc mã … để cập nhật địa chỉ căn cước" with the OTP entry. The classifier reads the message as
 * residents' questions were labelled: when it reads the second of the two first with probability ≥ SCAM_LEAD_P, the
 * two change places. Chosen held out by writer set (bench/scam-lead-loso.ts: 0.5–0.7 fix the same lines, break none).
 */
import type { AnswerClassifier } from "./learned-answer-model";

export const SCAM_LEAD_P = 0.6;

/** The offered entry the classifier reads first with probability ≥ p, when it is the second one; else undefined. */
export function scamLeadByClassifier(text: string, offered: string[], classifier: AnswerClassifier, p = SCAM_LEAD_P): string | undefined {
  if (offered.length < 2) return undefined;
  const read = classifier.read(text);
  return read.p >= p && read.top === offered[1] ? read.top : undefined;
}

/** The search's lừa-đảo entries, the first two swapped when the classifier leads with the second (see above). */
export function ledByClassifier<T extends { id: string }>(text: string, ranked: T[], classifier: AnswerClassifier | undefined): T[] {
  if (!classifier || ranked.length < 2 || !scamLeadByClassifier(text, ranked.slice(0, 2).map((r) => r.id), classifier)) return ranked;
  return [ranked[1]!, ranked[0]!, ...ranked.slice(2)];
}
