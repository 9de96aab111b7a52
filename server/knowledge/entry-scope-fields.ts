import { z } from "zod";
import { foldDiacritics } from "../assistant/vietnamese-text";

/*
 * Two optional front-matter fields that tell the assistant where an entry ends, written by
 * communicators from the entry's own official sources (statements of what it does NOT say, never
 * new facts):
 * - `kind: assistance` — the entry is about help or benefits for groups of people (elderly,
 *   disabled, orphans…). Such entries share the people words of many procedures, so a procedure
 *   the resident names ("làm căn cước", "giám hộ") wins over them.
 * - `not_covers` — subjects next to the entry, sharing its head word, that it does not answer
 *   ("bảo hiểm nhân thọ" next to health insurance, "thuế đất" next to household-business tax).
 *   A message naming one is not answered from that entry.
 */
export const entryKinds = ["assistance"] as const;
export type EntryKind = (typeof entryKinds)[number];

export const entryScopeFields = {
  kind: z.enum(entryKinds).optional(),
  not_covers: z.array(z.string().trim().min(3)).max(20).optional(),
};

const fold = (text: string) => foldDiacritics(text.toLowerCase()).replace(/[^a-z0-9]+/g, " ").trim();

export type ScopeProblem = { phrase: string; why: "short" | "own" | "twice" };

/** The rules for the scope fields: a scope phrase is at least two words, listed once, and not something the entry itself names. */
export function scopeProblems(entry: { title: string; questions: string[]; keywords: Array<string | number>; not_covers?: string[] }): ScopeProblem[] {
  const problems: ScopeProblem[] = [];
  const own = ` ${[entry.title, ...entry.questions, ...entry.keywords.map(String)].map(fold).join(" . ")} `;
  const seen = new Set<string>();
  for (const phrase of entry.not_covers ?? []) {
    const folded = fold(phrase);
    if (folded.split(" ").length < 2) problems.push({ phrase, why: "short" });
    else if (own.includes(` ${folded} `)) problems.push({ phrase, why: "own" });
    if (seen.has(folded)) problems.push({ phrase, why: "twice" });
    seen.add(folded);
  }
  return problems;
}

const englishWhy = { short: "name the subject in at least two words (one word matches too much)", own: "the entry's own title, questions or keywords name it", twice: "listed twice" };
/** Vietnamese, for the communicators' editor */
export const scopeWhyVi = { short: "cần ít nhất hai chữ (một chữ khớp quá rộng)", own: "tiêu đề, câu hỏi mẫu hoặc từ khóa của chính mục này có chủ đề đó", twice: "bị ghi hai lần" };

/** kb:check messages for the scope fields. */
export function checkEntryScope(entry: Parameters<typeof scopeProblems>[0]): string[] {
  return scopeProblems(entry).map((p) => `not_covers "${p.phrase}": ${englishWhy[p.why]}`);
}
