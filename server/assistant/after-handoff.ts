/*
 * "tôi phản ánh ở đâu" after "ngõ 45 rác đổ tràn ra đường" was handed off: the handoff answered
 * nothing, but the message it handed off came nearest to an entry (here "Gửi phản ánh"), and the
 * short question that follows leans on that matter. Alone its one topic word ("phản ánh") is in
 * several titles ("Theo dõi phản ánh đã gửi" scores a little higher). The handoff remembers its
 * nearest entry for one turn (memory.handedOff); a short next question whose topic words that entry's
 * core holds every one of, and that the message alone ranks near its top, is answered from it.
 * A question with a subject of its own (three topic words or more), or one the remembered entry's core
 * lacks a word of, is read alone as always.
 */

/** at most this many topic words: a short question that leans on the matter before */
export const AFTER_HANDOFF_TERMS = 2;
/** the remembered entry must score at least this share of the message's own top */
export const AFTER_HANDOFF_NEAR = 0.8;

export function resumesAfterHandoff(o: {
  handedOff: string | undefined;
  top: { id: string; score: number } | undefined;
  rememberedScore: number;
  terms: number;
  rememberedCore: number;
}): boolean {
  if (!o.handedOff || !o.top || o.top.id === o.handedOff) return false;
  if (o.terms < 1 || o.terms > AFTER_HANDOFF_TERMS || o.rememberedCore < 1) return false;
  return o.rememberedScore >= AFTER_HANDOFF_NEAR * o.top.score;
}
