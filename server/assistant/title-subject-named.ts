import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedText } from "./text-analysis";
import { titleWords } from "./other-subject";

/*
 * "còn tách thửa chia cho 3 anh em thì sao" after "Làm sổ đỏ lần đầu, sang tên sổ đỏ", "sau đó đăng
 * ký thường trú cho bé" after "Đăng ký khai sinh cho con": the message says, word for word, the
 * subject of another entry's title (its first clause: "Tách thửa", "Đăng ký thường trú"), with a
 * word the previous title lacks. The person spoken of ("3 anh em", "cho bé") or words the previous
 * entry's body shares (khai sinh's joint procedure names thường trú) kept such a turn on the
 * previous entry, answering one of its special cases. A subject said whole is a new question: the
 * entry whose subject it is answers, when the message alone ranks it above the previous entry. A
 * negated subject ("bố mẹ chưa đăng ký kết hôn thì sao") is a case of the previous matter, not a
 * new one.
 */

/** a title subject this short ("Tách hộ" has two words) is still a subject; one word is not */
const MIN_SUBJECT_WORDS = 2;
/** verbs of asking before a title's subject ("Xin giấy phép xây dựng"): the subject is what follows */
const ASKING_VERBS = new Set(["xin", "lam"]);
/** a subject just after one of these is denied, a condition of the matter at hand */
const NEGATIONS = new Set(["chua", "khong", "ko", "k", "kh", "chang", "khoi"]);

const subjectCache = new WeakMap<KnowledgeEntry, string[]>();

/** The title's first clause, folded, without a leading verb of asking: "tach thua" of "Tách thửa, hợp thửa đất; …". */
export function titleSubject(entry: KnowledgeEntry): string[] {
  let found = subjectCache.get(entry);
  if (!found) {
    const words = foldedText(entry.title.split(/\s[-–]\s|[(,;:]/)[0]!).split(/[^a-z0-9]+/).filter(Boolean);
    found = words.length > MIN_SUBJECT_WORDS && ASKING_VERBS.has(words[0]!) ? words.slice(1) : words;
    subjectCache.set(entry, found);
  }
  return found;
}

/** Whether `typed` (the message folded as typed) says `other`'s title subject whole, not negated, with a word `previous`'s title lacks. */
export function namesTitleSubject(typed: string, previous: KnowledgeEntry, other: KnowledgeEntry): boolean {
  if (other.id === previous.id) return false;
  const subject = titleSubject(other);
  if (subject.length < MIN_SUBJECT_WORDS) return false;
  const mine = titleWords(previous);
  if (subject.every((w) => mine.has(w))) return false;
  const words = typed.split(/[^a-z0-9]+/).filter(Boolean);
  for (let i = 0; i + subject.length <= words.length; i++) {
    let k = 0;
    while (k < subject.length && words[i + k] === subject[k]) k++;
    if (k === subject.length) return !NEGATIONS.has(words[i - 1] ?? "") && !NEGATIONS.has(words[i - 2] ?? "");
  }
  return false;
}
