import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedText } from "./text-analysis";

/*
 * A turn that names the subject of ANOTHER entry: "thế còn xoá hộ khẩu chỗ cũ" after "Đăng ký
 * thường trú" is "Xóa đăng ký thường trú"; "còn hợp đồng mua bán nhà thì chứng thực ở đâu" after
 * "Chứng thực bản sao" is "Chứng thực hợp đồng". The message's own topic words include one of the
 * other entry's TITLE that the previous entry's title lacks, informative enough together (not
 * "giấy", "làm", "người"). Common words alone ("thế còn lệ phí", "ai ký giấy") never switch.
 */

/** Title words this informative together (summed idf) name a subject; below it they are words many titles have. */
const SUBJECT_IDF = 2;

const words = (text: string) => new Set(foldedText(text).split(/[^a-z0-9]+/).filter(Boolean));
const titleCache = new WeakMap<KnowledgeEntry, Set<string>>();
const headCache = new WeakMap<KnowledgeEntry, Set<string>>();

export function titleWords(entry: KnowledgeEntry): Set<string> {
  let found = titleCache.get(entry);
  if (!found) titleCache.set(entry, (found = words(entry.title)));
  return found;
}

/** The title's first clause, its subject: "Sự cố VNeID" of "Sự cố VNeID - quên mật khẩu, …" (the rest lists cases
 *  that other entries also have: "quên mật khẩu thì sao" after VssID is VssID's own case). */
export function headWords(entry: KnowledgeEntry): Set<string> {
  let found = headCache.get(entry);
  if (!found) headCache.set(entry, (found = words(entry.title.split(/\s[-–]\s|[(,;:]/)[0]!)));
  return found;
}

/** Whether topic words of the message (folded) in `other`'s title head, not in `previous`'s title, are informative enough together. */
export function namesOtherSubject(terms: string[], previous: KnowledgeEntry, other: KnowledgeEntry, idf: (word: string) => number): boolean {
  const mine = titleWords(previous);
  const theirs = headWords(other);
  let weight = 0;
  for (const t of new Set(terms)) if (theirs.has(t) && !mine.has(t)) weight += idf(t);
  return weight >= SUBJECT_IDF;
}
