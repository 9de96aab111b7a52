/*
 * "mà thôi, cho tôi hỏi bưu điện gần nhất gửi hàng đi Đà Nẵng mấy ngày", "tiện thể cho hỏi tuần sau khu tôi
 * có lịch cắt điện không", "à mà hợp đồng tặng cho thì ra phường chứng thực được không": the resident says in
 * so many words that what follows is another matter. Such a turn is read as a question of its own (as if it
 * came first), never as more of the previous entry — as long as it brings a topic of its own (the caller
 * checks: "tiện thể cho hỏi lệ phí bao nhiêu" still asks the previous entry's fee).
 */
import { foldedText } from "./text-analysis";

/** openers that set what follows apart from the conversation so far (folded, at the start of the message) */
const topicChangeOpener =
  /^(?:(?:a|ah|ua|ma) )?(?:ma thoi|thoi|tien the|tien hoi|tien day|nhan tien|nhan day|ngoai ra|a ma|con viec khac|viec khac|chuyen khac)\b|^(?:cho (?:toi|em|minh|chau|bac|tui) )?hoi (?:them )?(?:viec|cai|chuyen|van de) khac\b/;

export function changesTopic(text: string): boolean {
  return topicChangeOpener.test(foldedText(text).trim());
}
