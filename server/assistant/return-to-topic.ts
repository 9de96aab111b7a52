/*
 * "quay lại khai sinh, cần giấy chứng sinh không", "trở lại chuyện chứng thực: bao nhiêu tiền một bản": after
 * something else came between (a forwarded scam, another question), the resident goes back to a topic and names
 * it. The lead says only that: the question is what follows it. Left in, "quay lại" counts as words no entry
 * has, and the message is handed off as a weak match.
 *
 * Only at the start of the message, and only where the words after the lead are plainly a topic and its
 * question: a connector ("chuyện", "vụ", "việc", "câu hỏi", "phần", "về") after the lead, or a comma, colon or
 * dash within the next five words ("quay lại phường nộp lại có được không" is coming back to the office).
 */
import { foldedAsTyped } from "./scam-followups";

const opener = String.raw`^(?:(?:a|ah|u|ok|oke|vang|da|thoi|ma)\s*[,.!]?\s+)?(?:quay lai|quay ve|tro lai|tro ve|ve lai|noi lai|hoi lai)\s+`;
const connector = String.raw`(?:(?:cai |cau )?(?:chuyen|vu|viec|cau hoi|phan|muc|thu tuc|van de)(?:\s+ve)?|ve)\s+`;
const withConnector = new RegExp(opener + connector);
const beforeBreak = new RegExp(opener + String.raw`(?=(?:[^\s,:;.!?-]+\s+){0,4}[^\s,:;.!?-]+\s*[,:;-]\s*\S)`);

/** The message without its "quay lại …" lead, or undefined when it has none. */
export function returnedTopic(text: string): string | undefined {
  const typed = text.normalize("NFC").trim();
  // the lead and its break are near the start: only the head is folded (a forwarded message may be thousands of characters)
  const head = typed.slice(0, 80);
  const folded = foldedAsTyped(head);
  if (folded.length !== head.length) return undefined;
  const m = withConnector.exec(folded) ?? beforeBreak.exec(folded);
  if (!m) return undefined;
  // folding keeps every character in place: the lead's length in the folded text is its length as typed
  const rest = typed.slice(m[0].length).trim();
  return /\p{L}.*\s.*\p{L}/u.test(rest) ? rest : undefined;
}
