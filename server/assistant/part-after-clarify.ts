/*
 * The assistant asked back (which of these entries?) and the resident, instead of a number, asks a
 * part with no topic of its own: "sổ trích lục" → (khai sinh? trích lục? đăng ký lại?) → "bao nhiêu
 * 1 bản"; "em cần CT07" → (chứng thực? xác nhận cư trú?) → "có làm trên vneid được không". Such a turn
 * used to be answered from the first entry offered, a guess: the first message was unsure between them,
 * and the part alone says nothing of which. Read together with the question asked back it may now lead
 * clearly to one of the entries offered (the part's words belong to one of them: "1 bản" to copies):
 * that one is answered. Otherwise the part is asked back with the same entries ("Dạ, bác hỏi lệ phí của
 * thủ tục nào ạ? 1. … 0. Gặp cán bộ"), not answered from a guess; a number then answers that part.
 * A part the assistant cannot name (no facet read) goes on with the first entry as before.
 */
import type { FacetKey } from "../knowledge/entry-facets";

export type PartAfterClarify = { do: "answer"; entryId: string } | { do: "ask"; facet: FacetKey } | { do: "first" };

export function partAfterClarify(o: {
  /** entries the previous reply offered, in order */
  offered: string[];
  /** the previous question and this part read together: its top entry and whether it is confident */
  together: { id: string; confident: boolean } | undefined;
  /** the part asked (documents, fee, where, …), if read */
  facet: FacetKey | undefined;
}): PartAfterClarify {
  if (o.together?.confident && o.offered.includes(o.together.id)) return { do: "answer", entryId: o.together.id };
  return o.facet ? { do: "ask", facet: o.facet } : { do: "first" };
}
