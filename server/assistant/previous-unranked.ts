/*
 * "trẻ dưới 6 tuổi có được thẻ bảo hiểm y tế không" after thường trú (tuning-s14): the message is short and shaped like a
 * follow-up ("có được … không"), retrieval is unsure between two other entries (health insurance, birth registration), so
 * the fallbacks for short follow-up-shaped turns kept the previous entry and answered its special cases. But the message
 * alone does not rank the previous entry at all, while another entry's core (title, sample questions, keywords, summary)
 * holds every topic word, and its title names one of them that the previous title lacks ("bảo hiểm y tế"): it names a
 * subject of its own ("trễ thì có bị phạt không" names none: lateness and fines are every procedure's). Those fallbacks are for turns nothing else fits; this one is
 * read as if it came first (an answer, or a question between the entries it fits, with "0. Gặp cán bộ").
 */

/** the other entry's core holds at least this share of the topic words */
export const UNRANKED_OTHER_CORE = 0.9;

export function previousUnranked(o: { previousScore: number; otherCore: number; otherWeak: boolean; terms: number; namesOtherTitle: boolean }): boolean {
  return o.previousScore === 0 && !o.otherWeak && o.terms >= 2 && o.otherCore >= UNRANKED_OTHER_CORE && o.namesOtherTitle;
}
