/*
 * Questions ABOUT this chat, not requests for a person (session 26). The labels (tests/fixtures/blind/README.md) and
 * issue 10 §5 draw the line: "cho tôi gặp cán bộ" asks for a person (kind handoff), while "đây là máy trả lời hay người
 * thật", "tin nhắn trả lời này là robot à", "Zalo phường này là ai trả lời", "nói chuyện với cán bộ qua Zalo được không",
 * "bao lâu thì có người trả lời" ask how this channel works and are answered from the staff entry (phuong-gap-can-bo).
 * Before, any message with "cán bộ"/"người thật" whose best entry was the staff entry was handed off (that entry's action
 * is handoff), and "là robot à" matched nothing at all. A message that also says it wants a person now ("…, cho tôi gặp
 * cán bộ", "không muốn chat với máy") is still a request: the person patterns run first (assistant.ts).
 */

/** "máy hay người thật", "bot hay người", "người thật hay máy trả lời tự động": whether a machine or a person answers */
const machineOrPerson =
  /\b(?:may(?: tra loi)?(?: tu dong)?|bot|robot|chatbot|chat bot|tro ly ao|tu dong)\s(?:hay|hay la)\s(?:(?:co|la)\s)?(?:nguoi|can bo|nhan vien)\b|\b(?:nguoi that|can bo that|nguoi|can bo)(?:\s\w+){0,3}\s(?:hay|hay la)\s(?:(?:chi|toan|chi la)\s)?(?:may|bot|robot|chatbot|tu dong)\b/;
/** "đây là máy trả lời à", "tin nhắn này là robot à", "bạn là bot phải không": is it a machine (a short question) */
const isItMachine =
  /\b(?:la|phai)\s(?:may|bot|robot|chatbot|chat bot|tro ly ao)(?:\s(?:tra loi|tu dong|tra loi tu dong))*\s(?:a|ha|ah|ak|hay sao|phai khong|phai ko|dung khong|dung ko|vay|the|khong|ko)\s*\??$/;
/** "Zalo phường này là ai trả lời", "ai đang trả lời tin nhắn vậy": who answers here */
const whoAnswers = /\b(?:la ai|ai dang|ai) (?:tra loi|doc|rep)\b(?:\s(?:tin nhan|zalo|o day|vay|the|a|ha))*\s*\??$/;
/** "bao lâu thì có người trả lời", "mấy giờ có cán bộ đọc": when a person answers here */
const whenAnswered = /\b(?:bao lau|bao gio|khi nao|may gio|gio nao)(?: thi)? co (?:nguoi|can bo|ai)(?: that)? (?:tra loi|doc|rep)\b/;
/** "… qua Zalo (này) được không / thì làm sao / thế nào": talking to staff through this chat, asked about */
const throughThisChat = /\b(?:qua|tren|bang) zalo(?: (?:nay|phuong|cua phuong))?\b/;
const talkVerb = /\b(?:noi chuyen|chat|nhan tin|trao doi|hoi|gap|lien he)\b/;
const howOrWhether = /\b(?:duoc (?:khong|ko|k|hong)|dc (?:khong|ko|k)|(?:thi )?lam (?:sao|the nao)|the nao|nhu the nao|bang cach nao|ra sao|co cach nao|duoc chu)\b/;
/** "có người thật không", "có cán bộ thật trả lời không": whether a person is behind this chat */
const realPersonHere = /^(?:(?:ad|admin|phuong) oi )?(?:o day |zalo nay |nhan tin nay )?co (?:nguoi|can bo|nhan vien) that(?: (?:tra loi|doc))? (?:khong|ko|k|hong)(?: (?:vay|a|ha))*\s*\??$/;
/** words of a report or a file: "phản ánh gửi rồi bao lâu có người trả lời" is the report-tracking entry's */
const otherMatter = /\b(?:phan anh|kien nghi|don|ho so|khieu nai|to cao)\b/;

/** Whether the message (folded, as typed) asks how this chat works: machine or person, who answers, when, how to reach staff here. */
export function asksAboutChannel(plain: string): boolean {
  if (otherMatter.test(plain)) return false;
  if (machineOrPerson.test(plain) || isItMachine.test(plain) || whoAnswers.test(plain) || whenAnswered.test(plain) || realPersonHere.test(plain)) return true;
  return throughThisChat.test(plain) && talkVerb.test(plain) && howOrWhether.test(plain);
}
