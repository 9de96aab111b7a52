/*
 * "thẻ bhyt của mẹ tôi hết hạn" → the assistant asks back (VssID? BHYT hộ gia đình? …), then the resident,
 * instead of picking a number, goes on: "gia hạn ở đâu". Neither message alone is clear, so the second
 * was asked back again (a second list, or another entry). Both messages are evidence of the same topic:
 * when the two read together lead to one of the entries the assistant offered, and the new message alone
 * also ranks that entry among its first two, both readings agree: answer it (as a follow-up) instead of
 * asking again. Only when the new message alone is not confident (a clear new question goes its own way).
 */

/** the new message alone must rank the agreed entry within this many places */
export const AGREEMENT_RANK = 2;

export function agreedCandidate(o: {
  /** entries the previous reply offered as numbered choices, in order */
  offered: string[];
  /** the top entry of the previous question and the new message read together, if that reading is not weak */
  together: string | undefined;
  /** the new message alone: entries ranked best first */
  alone: string[];
}): string | undefined {
  if (!o.together || !o.offered.includes(o.together)) return undefined;
  return o.alone.slice(0, AGREEMENT_RANK).includes(o.together) ? o.together : undefined;
}
