import { matches } from "../lib/regex-prefilter";
import { personRequestPattern } from "./lexicon";

/*
 * A person wanted, said impatiently (session 17, issue 10 §4, out of coverage): the resident names no one in
 * particular ("tôi muốn gặp trực tiếp ai đó chứ nhắn thế này lâu lắm", "cho tôi nói chuyện với một ai đó") or
 * complains that nobody answers while asking for a person ("sao hỏi mãi không ai trả lời, tôi cần nói chuyện với
 * người thật ngay"). The first has no staff word for personRequestPattern; in the second "ai trả lời" made the
 * message look like a question about the channel ("nhắn ngoài giờ có ai trả lời không"), which is answered from
 * the entry about talking to staff. Either is a request for a person, handed off like the "Gặp cán bộ" button.
 * A question whether someone answers ("có ai trả lời không", "đây là bot hay người thật") asks nothing of the kind.
 */
const someoneUnnamed =
  /(?:^|\b(?:toi|em|minh|bac|chau|cho toi|cho em|cho bac|xin|muon|can)\s)(?:muon\s|can\s|xin\s)?(?:duoc\s)?(?:gap|noi chuyen|trao doi|lam viec)(?:\s(?:truc tiep|voi|toi|em|minh))*\s(?:voi\s)?(?:mot\s)?(?:ai do|nguoi nao do|ai that su|nguoi nao)\b(?!\s(?:de|ve|o|tai|lam|giai quyet|phu trach|biet)\b)/;
/** "không ai trả lời", "chẳng thấy ai trả lời": a complaint, not a question about the channel */
const nobodyAnswers = /\b(?:khong|chang|cha|chua) (?:co |thay |he )?(?:ai|nguoi nao|can bo nao) (?:tra loi|rep|doc|nghe|tiep)\b/;

/** Whether the message (folded) asks impatiently for a person (see above). */
export function wantsPersonImpatiently(folded: string): boolean {
  return matches(someoneUnnamed, folded) || (matches(nobodyAnswers, folded) && matches(personRequestPattern, folded));
}
