/*
 * A part asked first, then the resident's circumstance: "làm ở đâu, chú quê Thái Bình mà giờ sống ở đây" after late
 * birth registration (tuning-s14), "nộp ở đâu, nhà em ở phường khác", "mất bao lâu, em cần gấp". The part question
 * before the comma is whole; what follows tells whose case it is. Read as one, the place names and story words matched
 * nothing well and the turn was handed off. The first clause alone decides: that part of the previous entry, when it
 * is only a part (its words are part words or words most entries use) and the message alone does not clearly prefer
 * another entry (the caller checks both).
 */

/** The clause before the first comma (or dash), when the message goes on after it (text as typed; the caller folds it). */
export function leadingClause(text: string): string | undefined {
  const m = /^([^,;:\-–?]{3,40})[,;:\-–]\s*(\S.*)$/u.exec(text.normalize("NFC").trim());
  return m && m[2]!.trim().split(/\s+/).length >= 2 ? m[1]!.trim() : undefined;
}
