/*
 * (session 26b) "nộp phí thì thanh toán bằng gì" after the portal's login, "quá hẹn rồi thì em làm gì" after
 * tracking a file, "có người bảo lấy lại được, có tin không" after a victim's steps: a later turn that the
 * follow-up rules (or the learned turn model) kept on the previous entry, though read alone the message
 * goes to another entry whose title's subject it names, words the previous entry's title lacks. Kept, it
 * was a confident answer from the wrong entry. Not knowing which of the two the resident meant, the
 * assistant asks: both entries and "Gặp cán bộ" (a clarify is a miss, never a confident wrong answer).
 * A follow-up that names nothing of another title ("lệ phí bao nhiêu", "làm ở đâu") stays as it was, and so
 * does one whose words the previous entry writes itself (its own case, though another title names it too).
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titleWords } from "./other-subject";

/** title words this informative together (summed idf) name a subject (as other-subject.ts weighs a title's head) */
const SUBJECT_IDF = 2;
/** a word of the previous title this informative, named in the message, keeps the turn on it ("bằng", "đăng ký" are not) */
const PREVIOUS_NAMED_IDF = 1.5;

export function keptButTitledElsewhere(o: {
  previous: KnowledgeEntry;
  kept: boolean;
  alone: KnowledgeEntry | undefined;
  terms: string[];
  idf: (word: string) => number;
  /** whether the previous entry's text (anywhere) has the word */
  inPrevious: (word: string) => boolean;
}): boolean {
  if (!o.kept || !o.alone || o.alone.id === o.previous.id) return false;
  // the whole title, not only its head: "quá hẹn" names "Hồ sơ bị trễ hẹn, quá hạn thì làm gì" by its second clause
  const mine = titleWords(o.previous);
  const theirs = titleWords(o.alone);
  // a message that also names an informative word of the previous title speaks of both ("thế xác nhận tình trạng hôn
  // nhân có đi làn xanh được không" after the green lane's list): it is the previous entry's question
  for (const t of o.terms) if (mine.has(t) && o.idf(t) >= PREVIOUS_NAMED_IDF) return false;
  let weight = 0;
  // a word the previous entry itself writes is its own case ("quên mật khẩu thì sao" after VssID, "chưa đăng ký kết
  // hôn thì sao" after khai sinh, "đăng nhập bằng gì" after iHanoi): it weighs nothing towards the other title
  for (const t of new Set(o.terms)) if (theirs.has(t) && !mine.has(t) && !o.inPrevious(t)) weight += o.idf(t);
  return weight >= SUBJECT_IDF;
}
