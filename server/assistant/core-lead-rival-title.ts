import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { TitlePhrases } from "./title-phrase";

/*
 * The core lead (a near tie answered because the top entry holds nearly every word of the message and the second does
 * not) is no lead when a close rival's title names what the message asks more fully than the top's ("bé nhà em 4 tuổi
 * chưa có thẻ bảo hiểm y tế" → the birth entry, whose body mentions the child's health card as a side remark, ahead of
 * the family health insurance entry that the message names): a long entry holds many words by its side remarks (session
 * 12, confident wrong answers). Then the two are offered (a clarify with "0. Gặp cán bộ"), not the top answered.
 */

/** candidates at least this share of the top's score are close enough to stop the core lead */
const RIVAL_SHARE = 0.9;

interface Ranked { entry: KnowledgeEntry; score: number }

/** Whether a close rival's title names the message (its question part, `text`) more fully than the top's (title-phrase.ts). */
export function rivalTitleNamed(titles: TitlePhrases, text: string, ranked: readonly Ranked[]): boolean {
  const [top, ...rest] = ranked.slice(0, 3);
  if (!top) return false;
  return rest.some((rival) => rival.score >= RIVAL_SHARE * top.score && titles.leads(text, rival.entry, [top.entry]));
}
