/*
 * English renderings of a procedure's deciding body (`deciding_body_en`) and of its online way
 * (`online_en`), for a foreign resident who asks in English "who decides?" or "how do I do it
 * online?". Like the English documents list (english-documents.ts), each translates its Vietnamese
 * text and adds nothing: kb:check holds it to the same numbers, the same unconfirmed marker
 * ("(chưa xác nhận)" ↔ "(not yet confirmed)", typed in both since these are free texts) and
 * English letters; an English online way needs a Vietnamese one.
 */
import { hasVietnameseLetters, numbersOf, UNVERIFIED_MARKER_EN } from "./english-facts";

const MARKER_VI = "(chưa xác nhận)";

/** The Vietnamese field each English text translates. */
export const englishTextFields = [
  ["deciding_body", "deciding_body_en"],
  ["online", "online_en"],
] as const;

type WithEnglishTexts = { deciding_body: string; deciding_body_en?: string; online?: string; online_en?: string };

/** kb:check problems of a procedure's English deciding body and online way (none when it has neither). */
export function checkEnglishTexts(procedure: WithEnglishTexts): string[] {
  const problems: string[] = [];
  for (const [vi, en] of englishTextFields) {
    const english = procedure[en];
    if (english === undefined) continue;
    const text = procedure[vi];
    if (text === undefined) {
      problems.push(`${en} needs ${vi}: it translates the Vietnamese text`);
      continue;
    }
    if (numbersOf(text).join(" ") !== numbersOf(english).join(" ")) problems.push(`${en} must state exactly the numbers of ${vi}`);
    if (text.includes(MARKER_VI) !== english.includes(UNVERIFIED_MARKER_EN)) problems.push(`${en} must carry "${UNVERIFIED_MARKER_EN}" exactly where ${vi} carries "${MARKER_VI}"`);
    if (hasVietnameseLetters(english)) problems.push(`${en} must be English (Vietnamese letters found)`);
  }
  return problems;
}
