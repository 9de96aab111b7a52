/*
 * "cho tôi nói chuyện trực tiếp với ban chỉ huy quân sự phường" after an answer about military service; "tôi muốn trao
 * đổi trực tiếp với cán bộ địa chính", "em cần nói chuyện trực tiếp với công an khu vực" (session 17, conversations). The
 * resident asks to talk with someone directly: a request for a person, whoever is named. Inside a conversation the
 * person's office was in the previous entry ("ban chỉ huy quân sự" in the military-service entry), so the message was
 * answered as a follow-up of that entry; as a first message it was handed off only because its words matched nothing
 * clearly. Any "nói chuyện / trao đổi / làm việc trực tiếp với …" said as a request (cho tôi, tôi muốn / cần, xin,
 * muốn …) is handed off like the "Gặp cán bộ" button. Not a question about it ("có phải nói chuyện trực tiếp với cán
 * bộ không", "… được không": whether one must or can, answered from the entries; channel questions are the staff
 * entry's), and not "gặp" (meeting the chairman is the reception schedule's entry).
 */
const directTalk =
  /(?:^|\b(?:cho|xin|muon|can|nho)\s(?:(?:toi|em|minh|bac|chau|tui|con|duoc)\s)*)(?:noi chuyen|trao doi|lam viec)\struc tiep\svoi\b/;
/** a question whether one must or may (not a request) */
const whetherAsked = /\b(?:co phai|phai|co can|can phai|co duoc|duoc khong|duoc ko|dc ko|dc khong|khong a|ko a|khong\s*\??$|ko\s*\??$|k\s*\??$)\b/;

/** Whether the message (folded, as typed) asks to talk directly with someone. */
export function asksToTalkDirectly(folded: string): boolean {
  return directTalk.test(folded) && !whetherAsked.test(folded);
}
