/*
 * A turn about another entry's subject, said with a person or a follow-up cue ("mà con tôi chưa đăng ký tạm trú ở đây thì
 * sao" after "Xin giấy xác nhận thông tin cư trú"): the other entry's core (title, questions, keywords, summary) holds every
 * topic word, the previous entry's core hardly any — its body has them in passing, so "most words are in the previous
 * entry" kept the turn there — and the message alone prefers the other entry by far. The two cores disagree so plainly
 * that the turn is read as a new topic.
 */

/** the other entry's core holds at least this share of the topic words… */
export const GAP_OTHER_CORE = 0.9;
/** …the previous entry's core at most this share… */
export const GAP_PREVIOUS_CORE = 0.35;
/** …and the message alone scores the other entry at least this many times the previous one */
export const GAP_LEAD = 2;

export function coreGap(o: { otherCore: number; previousCore: number; otherScore: number; previousScore: number }): boolean {
  return o.otherCore >= GAP_OTHER_CORE && o.previousCore <= GAP_PREVIOUS_CORE && o.otherScore >= GAP_LEAD * o.previousScore;
}
