/*
 * An entry's special cases in English (`special_en`), for a foreign resident who asks in English
 * "what if …?" after an English answer (assistant/english-special.ts). It translates the entry's
 * own "## Trường hợp đặc biệt" part and adds nothing: kb:check holds it to the same numbers, the
 * same unconfirmed marker ("(chưa xác nhận)" ↔ "(not yet confirmed)") and English letters, and it
 * needs that part. The console form does not show it: it is carried on a save like any unshown
 * field, and dropped when the Vietnamese part was changed in the form (dropStaleSpecialEn).
 */
import { z } from "zod";
import { parseEntryFacets } from "./entry-facets";
import { hasVietnameseLetters, numbersOf, UNVERIFIED_MARKER_EN } from "./english-facts";

const MARKER_VI = "(chưa xác nhận)";

export const entrySpecialEnFields = {
  special_en: z.string().trim().min(10).max(700).optional(),
};

/** The entry's Vietnamese special-cases part, or undefined. */
export function specialPart(body: string): string | undefined {
  return parseEntryFacets(body).sections.find((s) => s.key === "special")?.text;
}

/** kb:check problems of an entry's English special cases (none when it has none). */
export function checkSpecialEn(entry: { body: string; special_en?: string }): string[] {
  const english = entry.special_en;
  if (english === undefined) return [];
  const text = specialPart(entry.body);
  if (text === undefined) return ["special_en needs a \"## Trường hợp đặc biệt\" part: it translates that part"];
  const problems: string[] = [];
  if (numbersOf(text).join(" ") !== numbersOf(english).join(" ")) problems.push("special_en must state exactly the numbers of the \"Trường hợp đặc biệt\" part");
  if (text.includes(MARKER_VI) !== english.includes(UNVERIFIED_MARKER_EN)) problems.push(`special_en must carry "${UNVERIFIED_MARKER_EN}" exactly where the Vietnamese part carries "${MARKER_VI}"`);
  if (hasVietnameseLetters(english)) problems.push("special_en must be English (Vietnamese letters found)");
  if (/\{\{/.test(english)) problems.push("special_en must not use placeholders");
  return problems;
}

/** On a console save: the carried English special cases are dropped when the Vietnamese part changed. */
export function dropStaleSpecialEn<T extends { body?: string; special_en?: string }>(stored: T | undefined, next: T): T {
  if (!stored || next.special_en === undefined) return next;
  if ((specialPart(stored.body ?? "") ?? "").trim() === (specialPart(next.body ?? "") ?? "").trim()) return next;
  const out = { ...next };
  delete out.special_en;
  return out;
}
