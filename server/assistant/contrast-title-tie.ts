import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { properTitleWords } from "./other-title-only";

/*
 * "thế còn thẻ bảo hiểm y tế thì sao" after "Trợ cấp xã hội": the contrast ("còn X thì …",
 * contrast-subject.ts) brings X as the turn's subject, and alone X's words leave entries level that
 * all speak of it ("Mua, gia hạn bảo hiểm y tế hộ gia đình", "Ứng dụng VssID - … thẻ BHYT", "Tích hợp
 * … thẻ BHYT vào VNeID"). The one whose proper title (before a dash, brackets out) holds every topic
 * word is X's own entry; the others mention X as a case or a part. Only among candidates near the
 * top, and only when exactly one title holds them all: otherwise the resident is asked which.
 */

/** a candidate this close to the top is level with it */
export const CONTRAST_TIE_SHARE = 0.85;

export function contrastTitleTie(terms: string[], candidates: Array<{ entry: KnowledgeEntry; score: number }>): KnowledgeEntry | undefined {
  const top = candidates[0];
  if (!top || !terms.length) return undefined;
  const level = candidates.filter((c) => c.score >= CONTRAST_TIE_SHARE * top.score);
  if (level.length < 2) return undefined;
  const named = level.filter((c) => terms.every((t) => properTitleWords(c.entry).has(t)));
  return named.length === 1 ? named[0]!.entry : undefined;
}
