/*
 * A message that is only a call for a person (session 26): "người", "người thật", "cb", "cán bộ ơi", "admin đâu",
 * "gọi cán bộ", "chuyển cho cán bộ", "alo có ai không", "có ai ở đó không". Residents type these when they want staff,
 * at the start or later in a conversation. Before, "người" was read as a topic word (a clarify among entries with
 * "người" in them, or a follow-up of the previous entry), "cb" and "cán bộ ơi" were handed off only as weak matches
 * (reason out_of_scope, so the dashboard counted a request for a person as a question nobody covers). Issue 10 §5: a
 * request for a person is kind handoff, reason asked_for_person. Whole messages only: "người già làm căn cước thế nào"
 * or "cán bộ tư pháp là ai" are questions.
 */

const person = String.raw`(?:nguoi|nguoi that|nguoi truc|cb|can bo|canbo|can bo phuong|nhan vien|admin|ad|anh chi can bo)`;
const particles = String.raw`(?:\s(?:oi|a|ah|nhe|nha|voi|di|dau|dau roi|dau het roi|dau ca roi|giup|giup toi|giup em|ngay|gap|cai|nao|that))*`;
const calls = [
  // "người", "cán bộ ơi", "admin đâu", "ad ơi đâu rồi"
  new RegExp(String.raw`^(?:(?:alo|a lo)\s)*${person}${particles}$`),
  // "gọi cán bộ", "chuyển cho cán bộ", "cho gặp người", "gặp ad"
  new RegExp(String.raw`^(?:(?:alo|a lo)\s)*(?:(?:cho|xin)\s(?:toi\s|em\s|minh\s|bac\s|chau\s)?)?(?:goi|chuyen cho|chuyen sang|chuyen|gap|noi chuyen voi|ket noi voi|can|muon gap)\s${person}${particles}$`),
  // "alo có ai không", "có ai ở đó không" ("có người thật không" asks about the chat: channel-nature-question.ts)
  new RegExp(String.raw`^(?:(?:alo|a lo|phuong oi|ad oi|admin oi)\s)*co ai(?: (?:o do|o day|o phuong|dang truc|truc|nghe))? (?:khong|ko|k|hong|hem)(?: (?:vay|a|ha|nhi|the))*$`),
];

/** Whether the whole message (folded, as typed, punctuation ignored) only calls for a person. */
export function callsForPerson(plain: string): boolean {
  const words = plain.replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();
  return words.length > 0 && calls.some((c) => c.test(words));
}
