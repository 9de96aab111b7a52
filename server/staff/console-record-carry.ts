/*
 * A console save never loses what was already accepted. The entry and procedure forms show most
 * fields of a record; the ones they do not show (an entry's `yes_no` facts, any field added to the
 * schemas later, a fact's field the form has no input for) are carried from the stored record the
 * form was opened on (the live record, or the draft being edited), never from the request, so a
 * client cannot forge them. The English renderings' rules: procedure-english-check.ts.
 */
import type { Procedure } from "../knowledge/knowledge-schema";
import { factKeys } from "../knowledge/procedure-facts";
import { entryDraftSchema, type EntryDraft } from "./knowledge-editor";
import { entryFormSchema } from "./schemas";
import { dropStaleDocumentsEn } from "./documents-en-carry";
import { dropStaleEnglishTexts } from "./english-texts-carry";
import { dropStaleSpecialEn } from "../knowledge/entry-special-en";

/** Top-level fields of a procedure record the procedure form edits; everything else is carried. */
const procedureFormKeys = new Set<string>(["id", "name", "name_en", "code", "code_url", "summary", "deciding_body", "submission", "documents", "online", "special", "dvc_url", "sources", ...factKeys]);
/** Fields of one fact the form edits (text or items, its English text, verified, source, note). */
const factFormKeys = new Set<string>(["text", "text_en", "items", "verified", "source", "note"]);

/** The entry draft from the form, with every field the form does not show taken from `stored`. */
export function carryEntryFields(stored: Partial<EntryDraft> | undefined, draft: EntryDraft): EntryDraft {
  if (!stored) return draft;
  const shown = new Set(Object.keys(entryFormSchema.shape));
  const out: Record<string, unknown> = { ...draft };
  for (const key of Object.keys(entryDraftSchema.shape)) {
    const value = (stored as Record<string, unknown>)[key];
    if (!shown.has(key) && value !== undefined) out[key] = value;
  }
  return dropStaleSpecialEn(stored as EntryDraft, out as EntryDraft);
}

/** The procedure from the form, with every field (and field of a fact) the form does not show taken from `stored`. */
export function carryProcedureFields(stored: Procedure | undefined, next: Procedure): Procedure {
  if (!stored) return next;
  const out: Record<string, unknown> = { ...next };
  for (const [key, value] of Object.entries(stored)) if (!procedureFormKeys.has(key) && value !== undefined) out[key] = value;
  for (const key of factKeys) {
    const fact: Record<string, unknown> = { ...(next[key] as object) };
    for (const [k, value] of Object.entries(stored[key] ?? {})) if (!factFormKeys.has(k) && value !== undefined) fact[k] = value;
    out[key] = fact;
  }
  // the English documents list, carried, would keep the old papers under a changed Vietnamese list (documents-en-carry.ts)
  return dropStaleEnglishTexts(stored, dropStaleDocumentsEn(stored, out as Procedure));
}
