/*
 * "quên mật khẩu VssID thì sao" after the VssID entry, "có phải mua máy in hóa đơn không" after the tax entry of
 * household businesses (whose title lists "hóa đơn điện tử"): no entry matches the message well, yet it names
 * the previous entry's own subject in a word few entries use. Handing it to staff drops a question the previous
 * entry is about; it goes on with that entry instead. A common word of the title ("đăng ký", "phường") says
 * nothing of the subject.
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titleWords } from "./other-subject";
import { COMMON_WORD_IDF } from "./part-asked";

/** Some topic word of the message (folded) is an informative word of the previous entry's title. */
export function namesPreviousTitle(terms: string[], previous: KnowledgeEntry, idf: (word: string) => number): boolean {
  const title = titleWords(previous);
  return terms.some((t) => title.has(t) && idf(t) >= COMMON_WORD_IDF);
}
