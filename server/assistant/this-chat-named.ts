/*
 * "gửi phản ánh qua iHanoi hay qua Zalo này được ạ", "nhắn Zalo này là máy trả lời hay có cán bộ thật đọc
 * vậy": a message that names this very chat (the ward's Zalo, this assistant) is written to the ward by the
 * resident, not a text they received and pass on. The scam check reads "Zalo" with "nhắn", "gửi" as a
 * stranger moving the talk to a private chat; on such a message it is the resident's own question, answered
 * from the knowledge base when it can be (assistant.ts ask, as other own questions are). Only when that reading
 * is all the check found (a private chat, a brand named): a text passed on with a demand ("…gửi ảnh CCCD 2 mặt
 * qua zalo này", "có đứa nhắn zalo này: …") carries marks of its own, or quotes, and stays a warning.
 */
const chatOnlyMarks = new Set(["private_chat", "brand_named"]);

/** The scam check's marks on a message naming this chat are only its reading of the chat itself. */
export function onlyChatMarks(signals: readonly string[]): boolean {
  return signals.length > 0 && signals.every((s) => chatOnlyMarks.has(s));
}
const thisChat = /\b(?:zalo|kenh|khung chat|trang zalo|oa|tro ly) (?:nay|cua phuong|phuong|cua ubnd|ubnd|cua uy ban)\b|\bnhan (?:tin )?(?:vao|qua) (?:day|zalo nay)\b/;

/** The message names this chat, the ward's own Zalo or this assistant (folded as typed). */
export function namesThisChat(plain: string): boolean {
  return thisChat.test(plain);
}
