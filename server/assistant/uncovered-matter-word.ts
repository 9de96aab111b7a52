import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { fold, matterWords, type MatterWord } from "./matter-words";

/*
 * Coverage of the message's matter word (session 27, out of coverage). The ranking reads syllables, so a matter no entry
 * is about still finds a look-alike: "chế độ tử tuất … đóng bảo hiểm" → voluntary social insurance ("bảo hiểm", "đóng"),
 * "mức lương cơ sở năm nay" → the same entry ("lương"), "khiếu nại quyết định thu hồi đất" → the ward's citizen reception,
 * "anh em tranh chấp thừa kế, muốn khởi kiện" → land mediation ("tranh chấp"). The message names its matter with a
 * matter word (matter-words.ts); when the entry about to answer does not say that word where it says what it is about
 * (title, sample questions, keywords, summary), the look-alike is no answer: the message is handed off and joins the
 * unanswered queue.
 *
 * A matter word is often the resident's circumstance, not the question ("tôi về hưu rồi, đi làm căn cước ở đâu", "bố
 * mất không để lại di chúc, sang tên sổ đỏ thế nào", "xác nhận độc thân để mua chung cư"): then the rest of the message
 * names the entry's own subject (a pair of its title head, or one of its keywords), and the entry answers.
 */

/** Syllables too common to name an entry's subject on their own in a pair ("đăng ký", "xin giấy", "thủ tục"). */
const generic = new Set("dang ky xin giay cap lam cho nguoi cua khi va o khong con the nao de thu tuc lai doi bao hiem tai phuong ubnd tu gi co".split(" "));

/** The matter words the folded message names (`lower`: the message as written, lowercased, to check its accents). */
export function matterWordsIn(folded: string, lower: string): MatterWord[] {
  const padded = ` ${folded} `;
  const accented = /[^\x00-\x7f]/.test(lower);
  return matterWords.filter((w) => padded.includes(` ${w.folded} `) && (!accented || lower.includes(w.accented)) && (!w.context || w.context.test(padded)));
}

/** The message as matter words are read: lowercased as written (to check accents) and folded to plain words. */
export function matterText(text: string): { lower: string; folded: string } {
  const lower = text.normalize("NFC").toLowerCase();
  return { lower, folded: words(fold(lower)) };
}

/** The first matter word of the message the entry does not speak of (see above), or undefined. */
export function uncoveredMatterWord(text: string, entry: KnowledgeEntry): string | undefined {
  const { lower, folded } = matterText(text);
  const found = matterWordsIn(folded, lower);
  if (!found.length) return undefined;
  const core = coreText(entry);
  const padded = ` ${folded} `;
  const open = found.filter((w) => !coreSays(core, w.folded) && !circumstance(padded, w.folded));
  if (!open.length) return undefined;
  // the rest of the message, the matter words taken out, naming the entry's subject: the matter is a circumstance
  let rest = ` ${folded} `;
  for (const w of found) rest = rest.split(` ${w.folded} `).join(" | ");
  const asked = open.find((w) => askedFirst(padded, w.folded));
  if (asked) return asked.accented;
  if (namesSubject(rest, entry)) return undefined;
  return open[0]!.accented;
}

/**
 * The matter word said as the resident's circumstance, not asked: negated ("không có hợp đồng lao động"), a purpose ("để
 * làm thừa kế", "để nhận lương hưu"), or a state already reached ("tôi ly hôn rồi", "về hưu rồi").
 */
function circumstance(padded: string, phrase: string): boolean {
  for (let at = padded.indexOf(` ${phrase} `); at >= 0; at = padded.indexOf(` ${phrase} `, at + 1)) {
    const before = padded.slice(0, at);
    const after = padded.slice(at + phrase.length + 2);
    if (!/\b(?:(?:khong|chua|ko|k|kg)(?: co| duoc)?|de(?: [a-z]+){0,2}|cho viec)$/.test(before) && !stateReached(before, after)) return false;
  }
  return true;
}

/**
 * The matter word said as a state already reached: "đã ly hôn", "sau (khi) ly hôn", "ly hôn mấy năm rồi", "về hưu xong"
 * (`before` and `after` the word, folded). Session 30: read on the entry's core too (coreSays), where "Đã ly hôn thì xin
 * giấy xác nhận tình trạng hôn nhân" speaks of the divorced resident's paper, not of divorcing.
 */
function stateReached(before: string, after: string): boolean {
  return /\b(?:da|sau|sau khi)$/.test(before) || /^(?:[a-z0-9]+ ){0,3}(?:roi|xong)\b/.test(after);
}

/**
 * The matter word is what the message asks, whatever else it names: it opens the message, alone or after "cho tôi hỏi",
 * "tôi muốn" (a pronoun before it otherwise makes it the resident's state: "tôi về hưu được ba năm, …") ("ly hôn thuận tình nộp đơn ở
 * đâu, có phải qua phường hòa giải không") or follows "chế độ", a benefit asked ("chế độ tử tuất … đang đóng bảo hiểm ở
 * công ty thì hỏi ở đâu").
 */
function askedFirst(padded: string, phrase: string): boolean {
  return new RegExp(String.raw`^ (?:(?:cho (?:toi|em|minh|chau|bac) |xin )hoi (?:ve )?|hoi ve |(?:toi|em|minh|chau|bac) muon (?:hoi (?:ve )?)?)?${phrase} |\bche do (?:[a-z]+ )?${phrase} `).test(padded);
}

/**
 * Whether the entry's core says the matter word other than as what its residents lack (session 28): the social allowance's
 * "cả đời làm ruộng không có lương hưu" speaks of no pension, and "chuyển nơi nhận lương hưu" is no question of it; nor as a
 * state reached (session 30, stateReached).
 */
function coreSays(core: string, phrase: string): boolean {
  for (let at = core.indexOf(` ${phrase} `); at >= 0; at = core.indexOf(` ${phrase} `, at + 1)) {
    const before = core.slice(0, at);
    // (session 30: nor as a state its residents have reached, "đã ly hôn", "ly hon may nam roi": the word's own matter is
    // not what the entry answers)
    if (!/\b(?:khong|chua|ko)(?: co| duoc)?$/.test(before) && !stateReached(before, core.slice(at + phrase.length + 2))) return true;
  }
  return false;
}

const cores = new WeakMap<KnowledgeEntry, string>();
/** The entry's folded title, sample questions, keywords and summary, padded with spaces. */
function coreText(entry: KnowledgeEntry): string {
  let core = cores.get(entry);
  if (core === undefined) cores.set(entry, (core = ` ${words(fold([entry.title, ...entry.questions, ...entry.keywords, entry.summary ?? ""].join(" . ")))} `));
  return core;
}

/** the folded shape of one Vietnamese syllable: consonants, vowels, an allowed final */
const syllableShape = /^[bcdghklmnpqrstvx]*[aeiouy]+(?:c|ch|m|n|ng|nh|p|t)?$/;

const subjects = new WeakMap<KnowledgeEntry, string[]>();
/** Phrases that name the entry's subject: adjacent pairs of its title's clauses and of its keywords (a pair of two generic syllables aside). */
function subjectPhrases(entry: KnowledgeEntry): string[] {
  let phrases = subjects.get(entry);
  if (phrases) return phrases;
  // (a title clause up to whom or when it is for: "Đăng ký tạm trú", not "… cho người thuê trọ")
  const clauses = entry.title.split(/\s[-–]\s|[(),;:]/).map((c) => words(fold(c)).split(/ (?:cho|khi|de|tai|voi) /)[0]!);
  phrases = [];
  for (const c of [...clauses, ...entry.keywords.map((k) => words(fold(k)))]) {
    const w = c.split(" ").filter(Boolean);
    // (a one-word keyword is a subject when it is a name, no Vietnamese syllable: "VssID", "VNeID", "iHanoi")
    if (w.length === 1 && w[0]!.length >= 4 && !syllableShape.test(w[0]!)) phrases.push(w[0]!);
    for (let i = 0; i + 1 < w.length; i++) if (!(generic.has(w[i]!) && generic.has(w[i + 1]!))) phrases.push(`${w[i]} ${w[i + 1]}`);
  }
  subjects.set(entry, phrases);
  return phrases;
}

function namesSubject(rest: string, entry: KnowledgeEntry): boolean {
  return subjectPhrases(entry).some((p) => rest.includes(` ${p} `));
}

function words(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, " ").trim();
}
