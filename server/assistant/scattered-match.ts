import type { SearchIndex } from "./search-index";

/**
 * A weak, scattered match: the best candidates share single words with a short message but
 * none of them holds its phrases ("thủ tục nghỉ hưu cần những gì" → a digital-skills class,
 * household business, voluntary insurance; "bao giờ có điện lại" → re-registration, file
 * tracking). Asking the resident to pick one of them is a guess among entries that do not
 * cover what was asked: the honest reply is the handoff (logged for the unanswered queue).
 * A longer message, or one whose phrases the candidates share, keeps the clarify.
 */
export const SCATTERED = {
  /** the top candidate's score: below it a match is weak */
  maxScore: 0.3,
  /** at most this many adjacent word pairs (a short message: its phrases are its subject) */
  maxPairs: 5,
  /** at most this many of them found in any candidate */
  maxHeld: 1,
} as const;

export function scatteredMatch(index: SearchIndex, text: string, candidateIds: string[], topScore: number): boolean {
  if (topScore >= SCATTERED.maxScore || !candidateIds.length) return false;
  const terms = index.contentTermsOf(text);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < terms.length; i++) pairs.push(`${terms[i]}_${terms[i + 1]}`);
  if (!pairs.length || pairs.length > SCATTERED.maxPairs) return false;
  let held = 0;
  for (const pair of pairs) {
    if (candidateIds.some((id) => index.termCoverage(id, [pair]) > 0) && ++held > SCATTERED.maxHeld) return false;
  }
  return true;
}
