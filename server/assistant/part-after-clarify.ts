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
 *
 * (session 20) The message's own words come first: when the message alone ranks another offered entry
 * clearly above the first ("tra trên mạng thế nào" after tách thửa / tra cứu hồ sơ), that one answers, even
 * where the old question read together still leans on the first. A part with no facet read whose words
 * the message alone does not find in the first entry offered (it ranks neither the first nor any offered
 * entry) is asked back, not answered from the first: nothing said which.
 *
 * (session 20, later) A part held by only one of the entries offered (only one is an online service, only
 * one has papers to bring) is answered from that one. The same reading holds for a part asked in a few
 * common words of its own ("làm đơn có cần kèm giấy gì không", "tra online kiểu gì"): such a message used
 * to be answered from the first entry offered; now it is answered from the one entry holding the part, or
 * the part is asked back with the same entries.
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
  /** the message alone: its first-ranked entries and scores, best first */
  alone?: Array<{ id: string; score: number }>;
  /** the offered entries that hold the part asked (when a part is read) */
  withPart?: string[];
}): PartAfterClarify | { do: "which" } {
  const alone = (o.alone ?? []).slice(0, ALONE_RANKS);
  const firstScore = alone.find((a) => a.id === o.offered[0])?.score ?? 0;
  const top = alone[0];
  if (top && top.id !== o.offered[0] && o.offered.includes(top.id) && top.score >= ALONE_LEAD * firstScore) return { do: "answer", entryId: top.id };
  // (session 20) the part held by one offered entry only ("xin online được không", only one offered is online): that one
  if (o.facet && o.withPart?.length === 1) return { do: "answer", entryId: o.withPart[0]! };
  if (o.together?.confident && o.offered.includes(o.together.id)) return { do: "answer", entryId: o.together.id };
  if (o.facet) return { do: "ask", facet: o.facet };
  return top && !alone.some((a) => o.offered.includes(a.id)) ? { do: "which" } : { do: "first" };
}

/**
 * The parts an offered entry lacking them is not about (no online way, no papers to bring): only for these does
 * one offered entry holding the part answer. Where, when and fee are often simply unstated in an entry.
 */
export const HELD_PARTS: ReadonlySet<FacetKey> = new Set<FacetKey>(["online", "documents"]);

/** how far down the message-alone ranking an offered entry is looked for, and by how much it must lead the first offered */
const ALONE_RANKS = 3;
const ALONE_LEAD = 1.25;

/**
 * (session 20) A message with words of its own after a clarify: the offered entry the message alone ranks first among
 * its first three, when that is not the first offered and leads it clearly ("tra trên mạng thế nào" after tách thửa /
 * quá hạn / tra cứu hồ sơ: tra cứu); undefined otherwise (the rules after it decide, as before).
 */
export function offeredAboveFirst(offered: string[], alone: Array<{ id: string; score: number }>): string | undefined {
  const best = alone.slice(0, ALONE_RANKS).find((a) => offered.includes(a.id));
  if (!best || best.id === offered[0]) return undefined;
  return best.score >= ALONE_LEAD * (alone.find((a) => a.id === offered[0])?.score ?? 0) ? best.id : undefined;
}
