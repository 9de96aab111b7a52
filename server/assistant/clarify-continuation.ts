/*
 * The assistant asked back (which of these entries?) and the resident, instead of a number, goes on
 * with a short question: "sổ đỏ bị mối xông mất một góc" → (đất đai? cấp lại sổ đỏ? chứng thực?) →
 * "có phải làm lại không". Alone, that question confidently finds an entry nobody offered (the
 * merger entry's "có phải làm lại giấy tờ không"), but it does not name that entry's subject: its few
 * words lean on the question asked back, so it is read together with it, as an unsure message is
 * (clarify-agreement.ts decides). A message that names the other entry's title, or says more, is a
 * question of its own.
 */

/** at most this many topic words: a continuation says little of its own */
export const CONTINUATION_MAX_TERMS = 3;

export function leansOnClarify(o: {
  /** the new message alone: its top entry, if any */
  aloneTop: string | undefined;
  /** entries the previous reply offered */
  offered: string[];
  /** the message's topic words all name the alone top entry's title */
  namesAloneTop: boolean;
  terms: number;
}): boolean {
  return !!o.aloneTop && !o.offered.includes(o.aloneTop) && !o.namesAloneTop && o.terms <= CONTINUATION_MAX_TERMS;
}
