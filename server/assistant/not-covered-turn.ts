import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle } from "./folded-title";

/*
 * "khách người nước ngoài thì làm sao" after "Thông báo lưu trú khi có khách": the previous entry's
 * front matter says it does not cover what the turn names (`not_covers`: người nước ngoài), so the
 * turn is no follow-up of it, though its other words ("khách") are the previous title's. When the
 * entry the message alone ranks first is about that very subject (its title says it), that entry
 * answers; otherwise the turn is read as if it came first (entry-scope.ts reads not_covers on the
 * whole message for every entry already).
 */

/** Whether `entry`'s title names `subject` (folded), word for word. */
export function titleNamesSubject(entry: KnowledgeEntry, subject: string): boolean {
  return ` ${foldedTitle(entry).replace(/[^a-z0-9]+/g, " ")} `.includes(` ${subject} `);
}
