/*
 * The English list of a procedure's documents (`documents_en`), for a foreign resident who asks
 * in English what to bring. Item by item a translation of `documents`: kb:check holds the two
 * lists to the same length, the same numbers in each item (a form number, a count, a law) and the
 * same unconfirmed markers ("(chưa xác nhận)" ↔ "(not yet confirmed)"), and refuses Vietnamese
 * letters, so the English list can neither add a paper nor drop one.
 */
import { hasVietnameseLetters, numbersOf, UNVERIFIED_MARKER_EN as MARKER_EN } from "./english-facts";

const MARKER_VI = "(chưa xác nhận)";

/** kb:check problems of a procedure's English documents list (none when it has none). */
export function checkEnglishDocuments(procedure: { documents: string[]; documents_en?: string[] }): string[] {
  const en = procedure.documents_en;
  if (!en) return [];
  if (en.length !== procedure.documents.length) return [`documents_en must have one item per item of documents (${procedure.documents.length}, not ${en.length})`];
  const problems: string[] = [];
  en.forEach((item, i) => {
    const vi = procedure.documents[i]!;
    if (numbersOf(vi).join(" ") !== numbersOf(item).join(" ")) problems.push(`documents_en item ${i + 1} must state exactly the numbers of documents item ${i + 1}`);
    if (vi.includes(MARKER_VI) !== item.includes(MARKER_EN)) problems.push(`documents_en item ${i + 1} must carry "${MARKER_EN}" exactly where documents item ${i + 1} carries "${MARKER_VI}"`);
    if (hasVietnameseLetters(item)) problems.push(`documents_en item ${i + 1} must be English (Vietnamese letters found)`);
  });
  return problems;
}

/** The English documents list, numbered as the Vietnamese one is shown; undefined without one. */
export function documentsEn(procedure: { documents_en?: string[] }): string | undefined {
  return procedure.documents_en?.length ? procedure.documents_en.map((item, i) => `${i + 1}. ${item}`).join("\n") : undefined;
}
