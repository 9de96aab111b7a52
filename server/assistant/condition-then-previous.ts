import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titleWords } from "./other-subject";

/*
 * "bố mẹ ở trọ, tạm trú ở đây thì khai ở đâu" after "Đăng ký khai sinh cho con": a circumstance, then
 * "thì" and the question. The circumstance may use another entry's title words ("tạm trú"), but the
 * question after "thì" names the previous entry by a word of its title that the other title lacks
 * ("khai"): the resident asks the previous procedure under that circumstance, not a new one. A question
 * naming nothing ("… thì làm sao", "… thì sao") or only words both titles share ("đăng ký") decides nothing here.
 */

/** The words after the last "thì" (folded text), or undefined when there is no "thì" with a circumstance before it. */
export function questionAfterCondition(folded: string): string | undefined {
  const at = folded.lastIndexOf(" thi ");
  if (at < 3) return undefined;
  return folded.slice(at + 5).trim() || undefined;
}

/** Every topic word of the question after "thì" (at least one) is in the previous title and not in the other one's. */
export function asksPreviousUnderCondition(questionTerms: string[], previous: KnowledgeEntry, other: KnowledgeEntry): boolean {
  if (!questionTerms.length) return false;
  const mine = titleWords(previous);
  const theirs = titleWords(other);
  return questionTerms.every((t) => mine.has(t) && !theirs.has(t));
}
