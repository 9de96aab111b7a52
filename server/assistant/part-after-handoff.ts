/*
 * A part asked right after a handoff: "vợ chồng tôi … muốn nhận nuôi một cháu bé ở chùa" was handed off (its words are
 * not all any entry's, yet it came nearest to "Nhận con nuôi"), then "nộp hồ sơ ở đâu", "mất bao lâu", "thường mất bao
 * lâu" (tuning-s14). Such a turn has no topic of its own: it leans on the matter just told. Read alone it matched
 * whichever entry talks most of filing or durations (a question between unrelated entries, whose first candidate then
 * answered the next part confidently), or was handed off again. The handoff remembers its nearest entry for one turn
 * (memory.handedOff, after-handoff.ts). The turn is asked back, not answered: which procedure's part, with that entry
 * offered as "1." and "0. Gặp cán bộ" (the handed-off message may have come nearest to a look-alike: "xin một bé về
 * nuôi" came nearest to "Tách hộ"); the number picked answers the part, a procedure named answers it too.
 * Another part asked with no topic while that question is open ("nộp ở đâu" → which procedure? → "mất bao lâu") is
 * asked back the same way with the same choices, not read alone (it matched the green lane's durations).
 * Only when that entry led the handed-off message clearly (a near tie of look-alikes, "mình bán hàng ăn ở chợ" between
 * two business entries, says nothing of which one), and the turn has no word of its own (not common to most entries):
 * such turns are read alone as before (after-handoff.ts for those).
 */

/** the remembered entry led the handed-off message by at least this ratio over the second */
export const PART_AFTER_HANDOFF_LEAD = 1.2;

/** words that say how usually or roughly, beside a part asked ("thường mất bao lâu", "khoảng bao nhiêu") */
const hedges = new Set(["thuong", "thong", "binh", "khoang", "tam", "chung", "thi", "phai", "vay", "the", "con", "nua", "ca", "mot", "luc", "cung"]);

/** a lead with no second entry to compare with (finite: memory is stored as JSON, where Infinity would become null) */
export const LEAD_ALONE = 99;

/** The handed-off message's nearest entry's score over the second's, kept for one turn (LEAD_ALONE when it is the only one). */
export function handoffLead(scored: ReadonlyArray<{ score: number }>): number | undefined {
  const [first, second] = scored;
  if (!first) return undefined;
  return second && second.score > 0 ? Math.min(first.score / second.score, LEAD_ALONE) : first.score > 0 ? LEAD_ALONE : 0;
}

/** Whether a turn's topic words are a part's only: part words, words most entries use, hedges (at most three of their own). */
export function partOnlyTerms(terms: string[], idf: (word: string) => number, commonIdf: number): boolean {
  const own = terms.filter((t) => !hedges.has(t));
  return own.length <= 3 && own.every((t) => idf(t) < commonIdf);
}

/** Whether a turn after a handoff asks a part with nothing of its own, the handed-off message having led to one entry clearly. */
export function partOnlyAfterHandoff(o: {
  handedOff: string | undefined;
  /** how far the remembered entry led the handed-off message (memory.handedOffLead) */
  lead: number;
  terms: string[];
  idf: (word: string) => number;
  commonIdf: number;
}): boolean {
  if (!o.handedOff || o.lead < PART_AFTER_HANDOFF_LEAD) return false;
  return partOnlyTerms(o.terms, o.idf, o.commonIdf);
}
