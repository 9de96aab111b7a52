/*
 * A procedure's English deciding body and online way (`deciding_body_en`, `online_en`) on a
 * console save. The procedure form has no field for them, so they are carried from the stored
 * record (console-record-carry.ts); but a Vietnamese deciding body or online way changed in the
 * form would leave the English saying the old thing. Then that English text is dropped: English
 * follow-ups fall back to the English summary until someone writes the English again.
 */
import type { Procedure } from "../knowledge/knowledge-schema";
import { englishTextFields } from "../knowledge/english-texts";

export function dropStaleEnglishTexts(stored: Procedure | undefined, next: Procedure): Procedure {
  if (!stored) return next;
  const out: Record<string, unknown> = { ...next };
  for (const [vi, en] of englishTextFields) {
    if (out[en] !== undefined && (stored[vi] ?? "").trim() !== (next[vi] ?? "").trim()) delete out[en];
  }
  return out as Procedure;
}
