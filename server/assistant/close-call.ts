import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { headWords, titleWords } from "./other-subject";
import { COMMON_WORD_IDF } from "./part-asked";

/*
 * A turn that could go on with the previous entry or be about another one, with evidence for
 * both: the previous entry has most of the message's words (so it would be read as a follow-up),
 * while the message alone clearly prefers another entry whose title subject it names ("thế hộ
 * khẩu cũ ở quê thì xóa đăng ký thường trú ở đó thế nào" after "Đăng ký thường trú": "Xóa đăng ký
 * thường trú"; "có tổ công nghệ số đến tận nhà giúp người già không" after "Hỗ trợ nộp hồ sơ").
 * Answering either one confidently is a guess; a short question between the two (with
 * "0. Gặp cán bộ") costs the resident one number. The other way round too: a short message all in the
 * previous entry's words ("mỗi tháng được bao nhiêu" after "Trợ cấp xã hội") that another entry
 * scores higher without the message naming its subject. A negated case of the previous procedure
 * ("chưa đăng ký kết hôn thì sao") is that procedure's special case, not a close call.
 */

/** the other entry must beat the previous one on the message alone by this much, clearly (confident) */
export const CLOSE_CALL_LEAD = 1.3;
/** and hold this share of the message's topic words in its title, questions, keywords and summary */
export const CLOSE_CALL_CORE = 0.75;
/** at least this many topic words: fewer are a part asked with a word or two ("nộp ở phường à") */
export const CLOSE_CALL_TERMS = 3;

/** a switch on score alone is a close call for a message of at most this many topic words… */
export const CLOSE_CALL_SHORT_TERMS = 3;
/** …that the previous entry has this share of */
export const CLOSE_CALL_SHORT_WORDS = 0.75;

/** Topic words of the message in `other`'s title head (its subject, before " - ", "(", ",") that `previous`'s title lacks.
 *  With `idf`, only a word informative enough to name a subject counts: "qua" of "kết quả" is also "quá" of "quá hạn",
 *  "an" of "công an" is "ăn" of "làm ăn xa" once folded — words most entries have, that name nothing. With `bound`, a
 *  syllable the message binds into a compound of another sense ("sinh" of "học sinh" for "giấy khai sinh") names nothing
 *  either (bound-syllable.ts). */
export function namesOtherHead(
  terms: string[],
  previous: KnowledgeEntry,
  other: KnowledgeEntry,
  idf?: (word: string) => number,
  bound?: (word: string) => boolean,
): boolean {
  const mine = titleWords(previous);
  const theirs = headWords(other);
  return terms.some((t) => theirs.has(t) && !mine.has(t) && (!idf || idf(t) >= COMMON_WORD_IDF) && !bound?.(t));
}

/**
 * "chưa đăng ký kết hôn thì sao", "không có vneid thì sao": a negated condition asked of the previous procedure (folded).
 * The lead-in words each take one whitespace character and the gap is `\s.*`: a single `\s` before `.*` keeps the test
 * linear on long runs of whitespace (`\s+.*` tried every split of them), whether or not the caller collapsed them.
 */
const negatedCasePattern = /^(?:(?:the|con|vay|ma|neu|nhung)\s+)*(?:chua|khong|ko|k|hong)\s.*\bthi sao\b/;
export function negatedCase(folded: string): boolean {
  return negatedCasePattern.test(folded);
}
