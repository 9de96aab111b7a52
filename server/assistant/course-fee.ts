import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titlePairs } from "./procedure-fee-names";
import { foldedText } from "./text-analysis";

/*
 * "học lớp kỹ năng số có mất học phí không", "lớp bình dân học vụ số thu học phí bao nhiêu": "học phí" is an off-topic
 * subject (lexicon.ts: school fees are no ward matter), so the question was handed off though it asks the cost of the
 * ward's own course, the entry that led (tuning12, tuning13, tuning14, tuning15, tuning17, tuning-s20: six lines).
 * A school fee asked of a course the top entry is about is that course's cost: the top entry is a course (its title
 * says "lớp" or "khóa học"), the message names it with two adjacent words of its title ("kỹ năng", "học vụ"), and
 * nothing in it speaks of a school ("trường", "mầm non", "lớp 1", "năm học"), whose fees stay handed off.
 */

/** a course's title: a class or a training course (folded) */
const courseTitle = /\b(?:lop|khoa hoc)\b/;
/** a school, its grades or its year: the fee is a school's (folded) */
const school = /\b(?:truong|mam non|nha tre|tieu hoc|thcs|thpt|cap (?:1|2|3|mot|hai|ba)|dai hoc|cao dang|lop (?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)|nam hoc|hoc ky (?:1|2|mot|hai|i|ii))\b/;

/** Whether the off-topic `phrase` is "học phí" asked of the course `entry` is about (folded message). */
export function courseFeeAsked(phrase: string, entry: KnowledgeEntry, folded: string): boolean {
  if (phrase !== "hoc phi" || !courseTitle.test(foldedText(entry.title)) || school.test(folded)) return false;
  const rest = ` ${folded.replace(phrase, " | ").replace(/[^a-z0-9|]+/g, " ")} `;
  return titlePairs(entry).some((p) => rest.includes(p));
}
