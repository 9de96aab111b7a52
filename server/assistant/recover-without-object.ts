/*
 * "lấy lại thế nào" after a forgotten VNeID password, "mở khóa thế nào" after a locked account, "khôi phục kiểu gì":
 * recovering what the previous turn was about, the thing itself left unsaid. Alone "lấy lại" is a scam-talk word and
 * the title of the scam entry on "lấy lại tiền bị lừa", which the message then matched best (a confident wrong
 * answer about recovery scams to a resident asking how to get back into an app). With no object named and the
 * previous entry not a scam entry and speaking of that action (its text has every word of the verb: an entry that never
 * says "mở khóa" does not tell how to unlock), the turn asks the previous entry's steps. A message that names what it wants
 * back ("lấy lại tiền thế nào", "lấy lại mật khẩu vssid") is not matched: it is read as always.
 */

/** openers before the verb: "thế", "vậy giờ", "thì", "còn", "làm sao để" */
const opener = String.raw`(?:(?:the|vay|gio|thi|con|ma|roi|bay gio|vay gio|the gio|lam sao de|lam the nao de|muon|phai|can|minh|toi|em|chau)\s+){0,3}`;
/** the recovering verb, nothing after it but how it is done */
const verb = String.raw`(?:lay lai|khoi phuc|mo khoa|mo lai|dat lai|cai lai|vao lai)`;
/** how, where or whether, and a closing particle */
const how = String.raw`(?:(?:duoc\s+)?(?:the nao|nhu the nao|ntn|kieu gi|kieu nao|ra sao|sao|bang cach nao|cach nao|o dau|di dau|duoc khong|dc khong|duoc ko|dc ko|duoc k|dc k|khong|ko|lam sao|lam gi))`;
const pattern = new RegExp(String.raw`^${opener}${verb}\s+${how}(?:\s+(?:a|ha|vay|nhi|day|nhe|ah|the|chau|em|ban|ad))*\s*\??$`);

/** `typed`: the message folded as typed (scam-followups.ts typedFolded). */
export function recoversWithoutObject(typed: string): boolean {
  return pattern.test(typed.replace(/[?.!]+/g, " ").replace(/\s+/g, " ").trim());
}
