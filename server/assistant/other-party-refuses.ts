/*
 * "chủ trọ không cho mượn sổ đỏ thì sao" after temporary residence, "chủ nhà không chịu ký thì làm thế nào", "bên bán
 * chưa đưa giấy thì sao": the other party of the procedure at hand (the landlord, the seller, the household head, the
 * company) will not give, sign or confirm what it needs. Alone the paper named ("sổ đỏ") is another entry's subject,
 * and the turn was asked back between land entries. It is a case of the previous procedure (its special cases). Kept by
 * the caller to turns no entry matches clearly, outside scam entries.
 */

const opener = String.raw`(?:(?:the|vay|con|nhung|ma|neu|nhung ma|the neu|con neu|lo|truong hop)\s+){0,2}`;
/** the other party of a procedure */
const party = String.raw`(?:chu nha(?: tro)?|chu tro|chu ho|chu can ho|chu dat|nguoi cho thue|ben cho thue|ben ban|nguoi ban|ben mua|nguoi mua|cong ty|co quan|doanh nghiep|nha truong|ben kia)`;
/** will not give, sign, confirm or come */
const refuses = String.raw`(?:van\s+|cu\s+|lai\s+)?(?:khong|ko|k|kg|hong|chua|chang)\s+(?:chiu\s+|muon\s+|dong y\s+)?(?:cho|ky|ki|dua|xac nhan|dong y|giao|ho tro|den|ra|tra|nhan|khai|dang ky|lam)\b`;
const pattern = new RegExp(String.raw`^${opener}${party}\s+(?:(?:cua|nha)\s+\w+\s+)?${refuses}`);

/** `typed`: the message folded as typed. */
export function otherPartyRefuses(typed: string): boolean {
  return pattern.test(typed);
}
