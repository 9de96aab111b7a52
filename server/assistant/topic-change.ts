/*
 * "mà thôi, cho tôi hỏi bưu điện gần nhất gửi hàng đi Đà Nẵng mấy ngày", "tiện thể cho hỏi tuần sau khu tôi
 * có lịch cắt điện không", "à mà hợp đồng tặng cho thì ra phường chứng thực được không": the resident says in
 * so many words that what follows is another matter. Such a turn is read as a question of its own (as if it
 * came first), never as more of the previous entry — as long as it brings a topic of its own (the caller
 * checks: "tiện thể cho hỏi lệ phí bao nhiêu" still asks the previous entry's fee).
 */
import { foldedText } from "./text-analysis";
import { foldDiacritics, normalizeText } from "./vietnamese-text";

/** openers that set what follows apart from the conversation so far (folded, at the start of the message) */
const topicChangeOpener =
  /^(?:(?:a|ah|ua|ma) )?(?:ma thoi|thoi|tien the|tien hoi|tien day|nhan tien|nhan day|ngoai ra|a ma|con viec khac|viec khac|chuyen khac)\b|^(?:cho (?:toi|em|minh|chau|bac|tui) )?hoi (?:them )?(?:viec|cai|chuyen|van de) khac\b/;

/** the opener "thôi" (folded "thoi"), which also spells "thời"/"thổi" ("thời gian làm bao lâu") */
const thoiOpener = /^(?:(?:a|ah|ua|ma) )?(?:ma )?thoi\b/;
/** unaccented, "thoi gian/han/điểm…" is "thời …", a word of the question, not the opener */
const thoiWord = /^(?:(?:a|ah|ua|ma) )?(?:ma )?thoi (?:gian|han|diem|ky|hieu|vu|tiet|trang)\b/;

/** "thôi khó quá, ai giúp được không": "thôi" of giving up on the matter at hand, not of leaving it */
const givingUp = /^(?:(?:a|ah|ua|ma) )?(?:ma )?thoi\W*(?:(?:toi|em|minh|chau|bac|tui) )?(?:kho qua|phuc tap qua|rac roi qua|chiu|khong (?:lam|hieu|biet lam) (?:duoc|noi)|lam khong (?:duoc|noi))\b/;

export function changesTopic(text: string): boolean {
  const folded = foldedText(text).trim();
  if (!topicChangeOpener.test(folded) || givingUp.test(folded)) return false;
  if (!thoiOpener.test(folded)) return true;
  const lower = normalizeText(text).trim();
  // a writer who types accents wrote "thôi" for the opener
  if (foldDiacritics(lower) !== lower) return /^(?:\S+ ){0,2}thôi(?![\p{L}])/u.test(lower.replace(/[,.!?]/g, " ").replace(/\s+/g, " "));
  return !thoiWord.test(folded);
}
