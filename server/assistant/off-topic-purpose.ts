import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titlePairs } from "./procedure-fee-names";
import { foldedText } from "./text-analysis";

/*
 * An off-topic subject said only as what the top entry's own paper is for: "làm giấy xác nhận khuyết tật để cháu được hỗ
 * trợ học tập và miễn học phí" asks the disability certificate, not school fees (lexicon.ts offTopicPattern). The matter
 * words already read such a purpose as the resident's circumstance (uncovered-matter-word.ts, "để làm thừa kế"); an
 * off-topic phrase did not, and the question was handed off (session 30). The phrase counts as a purpose when every
 * clause that says it names the top entry's subject (two adjacent title words, procedure-fee-names.ts) before a "để" that
 * the phrase follows, and nothing is asked after the phrase in that clause ("để đi học thì học phí bao nhiêu" asks it).
 */

/** where a message breaks into clauses (as written) */
const clauseBreak = /[?？!.;:\n,]+/u;
/** a question asked of the phrase after it in its clause */
const askedAfter = /\b(?:bao nhieu|the nao|ra sao|o dau|khi nao|bao gio|co (?:\S+ )?khong|duoc khong|ko|k|chua|gi|nao|sao)\b/;

/** Whether the off-topic `phrase` (folded) is only said as the purpose of the top entry's paper (`text`: as written). */
export function offTopicAsPurpose(phrase: string, entry: KnowledgeEntry, text: string): boolean {
  const pairs = titlePairs(entry);
  const saying = text.split(clauseBreak).map((c) => ` ${foldedText(c)} `).filter((c) => c.includes(` ${phrase} `));
  return saying.length > 0 && saying.every((clause) => {
    const at = clause.indexOf(` ${phrase} `);
    const purpose = clause.lastIndexOf(" de ", at);
    if (purpose < 0 || askedAfter.test(clause.slice(at + phrase.length + 1))) return false;
    const before = `${clause.slice(0, purpose)} `;
    return pairs.some((p) => before.includes(p));
  });
}
