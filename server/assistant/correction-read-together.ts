import type { AskResult } from "./ask-result";

/*
 * "không phải, ý tôi là khách người nước ngoài ở nhà tôi" after "khách ở qua đêm có phải báo công an
 * không": a correction that only qualifies the question it corrects. Alone, its few words find the
 * right entry first but not clearly enough to answer, and it was handed off as out of coverage —
 * though the resident has just said what they asked. As for a correction left between two entries
 * (a clarify), the corrected question and the correction are read together, the entry said to be
 * wrong set aside, and the entry found clearly answers if the correction alone ranked it among its
 * first two. Not a hand-off for a person, an emergency or a scam victim: those stand.
 */

/** The correction read alone was unsure: asked back, or handed off as uncovered with entries near it. */
export function unsureCorrection(corrected: AskResult): boolean {
  return corrected.kind === "clarify" || (corrected.kind === "handoff" && corrected.handoff.reason === "out_of_scope" && corrected.entries.length > 0);
}
