import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedText } from "./text-analysis";
import { foldedTitle } from "./folded-title";
import { foldDiacritics, hasDiacritics, syllables } from "./vietnamese-text";

/*
 * Parts of a topic that a correction or a follow-up names by a verb alone: "không phải, cấp lại
 * do bị mất cơ" after căn cước asks the re-issue part of căn cước, not whichever entry has "cấp
 * lại … bị mất" in its sample questions. Whether the previous entry answers that part is read
 * from its own text (title and body: its facets and special cases), never its sample questions.
 */

/** re-issue words (folded): the part asked; `words` are the syllables they take in a message */
const reissuePattern = /\b(?:cap lai|cap doi|lam lai|gia han|doi|mat|hong|gay|rach)\b/g;
const reissueWords = new Set(["cap", "lai", "doi", "lam", "gia", "han", "bi", "mat", "hong", "gay", "rach", "the", "lo", "roi"]);

/**
 * The one-syllable re-issue words as meant: typed with other accents they are other words
 * ("quên mật khẩu" is not "mất", "sổ hồng" is not "hỏng"). Hỏi and ngã are confused often and
 * count alike ("hõng").
 */
const reissueSpelling: Record<string, string> = { mat: "mất", hong: "hỏng", gay: "gãy", rach: "rách", doi: "đổi" };
const hoiNga = (s: string) => s.normalize("NFD").replace(/[\u0303\u0309]/g, "").normalize("NFC");

/** The resident typed the word (folded `word`) without accents or as the re-issue word; true when not typed at all (a synonym's). */
function meantAsReissue(word: string, typed: string[]): boolean {
  const meant = reissueSpelling[word];
  if (!meant) return true;
  const forms = typed.filter((s) => foldDiacritics(s) === word);
  return !forms.length || forms.some((s) => !hasDiacritics(s) || hoiNga(s) === hoiNga(meant));
}

/** The re-issue phrases a message names (folded; `typed` as the resident wrote it), and the topic terms it has besides them. */
export function reissuePart(folded: string, terms: string[], typed?: string): { phrases: string[]; rest: string[] } | undefined {
  const written = typed === undefined ? [] : syllables(typed);
  const phrases = [...new Set(folded.match(reissuePattern) ?? [])].filter((p) => meantAsReissue(p, written));
  if (!phrases.length) return undefined;
  return { phrases, rest: terms.filter((t) => !reissueWords.has(t)) };
}

const ownText = new WeakMap<KnowledgeEntry, string>();

/** The entry's own text (title and body, folded) names one of the phrases: it covers that part. */
export function coversPart(entry: KnowledgeEntry, phrases: string[]): boolean {
  let text = ownText.get(entry);
  if (text === undefined) {
    text = ` ${foldedText(`${entry.title} . ${entry.body}`)} `;
    ownText.set(entry, text);
  }
  return phrases.some((p) => text!.includes(` ${p} `) || text!.includes(` ${p},`) || text!.includes(` ${p}:`));
}

/**
 * "báo công an ở đâu", "giờ báo cho ai", "trình báo ở đâu", "gọi số nào để báo" (folded): where to
 * report. "bao" alone is also "bao nhiêu", so only with the words that make it reporting.
 */
export const reportingQuestion =
  /\b(?:trinh bao|to giac|to cao|bao (?:cho|voi|len) (?:ai|ben nao|cong an|co quan nao)|bao (?:cong an|ca)|bao (?:o|tai) dau|bao cao (?:o dau|ai|cho ai|cong an)|goi (?:so|sdt|dien|duong day) (?:nao|gi)(?: de bao)?|goi (?:cho )?ai)\b/;

/** A scam entry about reporting a scam: its title says "báo cáo" or "tố giác". */
export function isReportingEntry(entry: KnowledgeEntry): boolean {
  return entry.category === "lua-dao" && /\b(?:bao cao|to giac)\b/.test(foldedTitle(entry));
}

/**
 * Words found in so many entries that they name no topic of their own (idf below this): "giấy"
 * (0.5), "mang" (0.7), "ký" (0.4), "tiền" (0.4) — against "khai sinh", "thuế", "chốt" (above 1).
 */
export const COMMON_WORD_IDF = 0.8;

/**
 * "cần mang những giấy gì", "ai ký giấy" in a conversation: the part asked, said with common
 * words only (at most two). Alone they match whichever entry has "giấy" in its title; after an
 * answer they ask that part of it.
 */
export function commonWordsOnly(terms: string[], idf: (word: string) => number): boolean {
  return terms.length > 0 && terms.length <= 2 && terms.every((t) => idf(t) < COMMON_WORD_IDF);
}
