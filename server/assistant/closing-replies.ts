/*
 * Short replies that close or react to an answer, beyond the greetings and thanks of the lexicon:
 * "thôi cảm ơn", "thôi khỏi", "để mai tôi ra phường", "biết rồi". Read as questions they matched
 * nothing and opened a handoff to staff ("thôi") or a look-alike entry ("để mai tôi ra phường"
 * → the green lane). And "không hiểu", "nói rõ hơn được không" ask the previous answer again,
 * step by step, not an entry about understanding something. Whole message, folded.
 */

const tail = "(?: a| nhe| nha| roi| nhe ad| a ad)*";
const who = "(?:toi |em |minh |bac |chau )?";

/** closing a conversation: nothing more is asked */
const byePattern = new RegExp(`^(?:thoi|thoi khoi|thoi khong can|khong can nua|thoi duoc roi|thoi de ${who}(?:tu )?(?:lam|tim hieu)|de (?:mai|chieu|sang|toi nay|hom khac|lat nua|tuan sau) ${who}(?:ra|den|len|qua|di|lam)(?: \\w+){0,3})${tail}$`);
/** thanks after "thôi", "vâng", "ok" */
const thanksPattern = new RegExp(`^(?:thoi|vang|da|ok|oke|duoc roi|hieu roi) (?:xin )?(?:cam on|camon|tks|thanks)(?: \\w+)?${tail}$`);
/** a reaction to an answer */
const ackPattern = new RegExp(`^(?:ok |da |vang )?(?:biet roi|hay qua|tot qua|tuyet qua|de ${who}(?:di )?(?:lam|thu)(?: xem)?|${who}se (?:di )?lam|${who}thu xem)${tail}$`);

export function closingReply(folded: string): "bye" | "thanks" | "ack" | undefined {
  if (thanksPattern.test(folded)) return "thanks";
  if (byePattern.test(folded)) return "bye";
  if (ackPattern.test(folded)) return "ack";
  return undefined;
}

/** "không hiểu", "chưa rõ lắm", "nói rõ hơn được không": the previous answer, explained step by step */
const notUnderstoodPattern = new RegExp(
  `^(?:${who}(?:van )?(?:khong|chua|ko|k) (?:hieu|ro)(?: lam| gi| gi ca| lam a)?|(?:noi|giai thich|huong dan|ghi) (?:ro|cu the|ky|de hieu) hon(?: (?:duoc khong|duoc ko|di|giup|cho (?:toi|em|bac|minh)))*)${tail}$`,
);

export function asksAgainPlainer(folded: string): boolean {
  return notUnderstoodPattern.test(folded);
}
