/*
 * A procedure's English documents list (`documents_en`) on a console save. The procedure form has
 * no field for it, so it is carried from the stored record (console-record-carry.ts); but a
 * Vietnamese documents list changed in the form would leave the English list saying the old papers
 * (or break kb:check's item-by-item rule). Then the English list is dropped: English answers show
 * the new Vietnamese list under their honest note until someone writes the English again.
 */
import type { Procedure } from "../knowledge/knowledge-schema";

export function dropStaleDocumentsEn(stored: Procedure | undefined, next: Procedure): Procedure {
  if (!next.documents_en || !stored) return next;
  const same = stored.documents.length === next.documents.length && stored.documents.every((d, i) => d.trim() === next.documents[i]!.trim());
  if (same) return next;
  const { documents_en: _dropped, ...rest } = next;
  return rest as Procedure;
}
