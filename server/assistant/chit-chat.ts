/*
 * Chit-chat with the assistant itself, the whole message: "em ơi bạn ăn cơm chưa", "bạn tên gì",
 * "bạn mấy tuổi rồi", "bạn có người yêu chưa", "chào ad, ăn cơm chưa", "mấy giờ rồi bot" (the time of day; session 18) (not "bạn là người hay máy": a question about this
 * channel, answered by the entry on reaching staff). No entry covers it, but its
 * everyday words matched one ("ăn cơm … chưa" answered the entry on recognising a father): the
 * honest reply is the off-topic handoff, as for the weather or football (lexicon.ts offTopicPattern).
 * Only the message as a whole: "bạn ơi tôi muốn hỏi làm căn cước" is a question.
 */

/** vocatives and particles around the chit-chat: "em ơi", "ad ơi", "… vậy", "… thế" */
// (a greeting before it is still chit-chat: "chào ad, ăn cơm chưa", "hello em, em tên gì")
const call = String.raw`(?:(?:em|ban|ad|admin|bot|chau|anh|chi|co|chu|oi|a|da|the|vay|nhi|nhe|nha|ha|roi|ak|ah|chao|xin chao|hi|hello|helo|alo)\b ?)*`;
const chat = String.raw`(?:(?:ban|em|bot|ad|admin) )?(?:(?:da )?an (?:com|trua|sang|toi)(?: chua)?|(?:ten (?:la )?gi|ten (?:la )?chi|bao nhieu tuoi|may tuoi|nam nay bao nhieu tuoi)|co (?:nguoi yeu|ny|vo|chong|gia dinh) chua|co khoe khong|khoe khong|(?:da )?ngu chua|dang lam gi(?: the| vay)?|co buon khong|thich (?:an )?gi|(?:bay gio )?(?:la )?may gio roi|bay gio la may gio)`;
const chitChatPattern = new RegExp(String.raw`^${call}${chat} ?${call}$`);

/** The chit-chat phrase when the whole (folded) message is chit-chat, else undefined. */
export function chitChat(folded: string): string | undefined {
  return chitChatPattern.test(folded) ? folded : undefined;
}
