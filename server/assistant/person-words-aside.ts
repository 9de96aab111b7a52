/*
 * "bé nhà mình 4 tuổi có cần làm căn cước không", "Con tôi 6 tuổi bị tự kỷ, muốn làm giấy xác nhận khuyết
 * tật", "bà ngoại mình năm nay đủ tám mươi rồi, nghe nói có tiền hằng tháng": a first message says who the
 * question is for (a relative with a possessive, an age) before or around what it asks. Those words name
 * no subject of the ward's, but they count against the coverage of the entry the rest names ("bé", "đưa
 * cháu", "tuổi" are in few entries), and a clear question fell under the coverage line into a handoff, or
 * pulled an entry about children or the elderly level with the right one. The message is searched again
 * with the person's words set aside; the caller takes that reading only when it is a confident answer and
 * its top was already among the whole message's first three (assistant.ts, retrieveTopic).
 *
 * Only a relative said with whose it is ("con tôi", "bé nhà mình", "bà nội em", "thằng cháu"), an age
 * ("4 tuổi", "năm nay đủ tám mươi"), and "đưa/dẫn/chở" before such a person. Never "con nuôi", "con dấu",
 * "trẻ em", "người cao tuổi": those name subjects; nor a relative after "của" (whose paper it is) or before
 * "không"/"chưa" (what the person lacks is the case asked about).
 */
import { foldDiacritics, LastTwo } from "./vietnamese-text";

const KIN = String.raw`(?:be|em be|con|con trai|con gai|con ut|chau|chau noi|chau ngoai|me|bo|bo me|ba me|ong|ba|ong ba|ong noi|ong ngoai|ba noi|ba ngoai|chong|vo|me chong|bo chong|me vo|bo vo|anh trai|chi gai|em trai|em gai)`;
const OWNER = String.raw`(?:(?:nha |cua )?(?:toi|em|e|minh|chau|tui|tao|to))`;
const NUMBER_WORDS = String.raw`(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|muoi mot|hai muoi|ba muoi|bon muoi|nam muoi|sau muoi|bay muoi|tam muoi|chin muoi|tram)(?: (?:muoi|lam|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin))?`;
/** a relative with whose it is, or "thằng/đứa cháu"; an optional "đưa/dẫn/chở" before */
// (not one followed by what they cannot do or lack, "mẹ tôi không có smartphone": the person's condition is what is asked about)
const RELATIVE = String.raw`(?:(?:dua|dan|cho) )?(?:${KIN} ${OWNER}|(?:thang|dua|con be|be|chau) (?:chau|con|be)(?: (?:nha )?(?:toi|em|e|minh))?)(?! (?:khong|ko|k|chua|hong)(?![\p{L}\p{N}]))`;
/** "4 tuổi", "năm nay 79 tuổi", "đã đủ tám mươi rồi", "mới 2 tháng tuổi" */
const AGE = String.raw`(?:(?:nam nay|moi|da|duoc|du|gan|hon|ngoai|tron) )*${NUMBER_WORDS}(?: (?:thang|nam))? tuoi(?: roi)?|(?:nam nay )?(?:da |duoc )?du ${NUMBER_WORDS}(?: tuoi)?(?: roi)?`;
// (not after "của": "giấy kết hôn của bố mẹ mình" is whose paper it is, part of the subject)
// (nor an age bound, "dưới 6 tuổi", "trên 80 tuổi": a condition of the procedure)
const personWords = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!cua(?: \p{L}+)? )(?:${RELATIVE}|(?<!(?:duoi|tren|qua|tu|den|khoai) )(?:${AGE}))(?![\p{L}\p{N}])`, "gu");

/** NFC text folded one character at a time (same length, so spans found in it cut the text as typed). */
export function foldedAligned(text: string): string {
  // (remembered: one turn reads its message here for the person's words and again for the work words)
  const known = lastAligned.get(text);
  if (known !== undefined) return known;
  let out = "";
  // a run of ASCII characters folds to itself, lower-cased: taken whole, not a character at a time
  let run = 0;
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) < 128) {
      i++;
      continue;
    }
    if (run < i) out += text.slice(run, i).toLowerCase();
    // one code point (a surrogate pair is one character, as `for…of` reads it)
    const ch = text.slice(i, (i += (text.codePointAt(i)! > 0xffff ? 2 : 1)));
    const f = foldDiacritics(ch).toLowerCase();
    out += f.length === ch.length ? f : ch.toLowerCase();
    run = i;
  }
  if (run < text.length) out += run === 0 ? text.toLowerCase() : text.slice(run).toLowerCase();
  return lastAligned.set(text, out);
}

const lastAligned = new LastTwo();

/** The message without the words saying who it is about, or undefined when it has none (or nothing else). */
export function withoutPersonWords(text: string): string | undefined {
  const nfc = text.normalize("NFC");
  const folded = foldedAligned(nfc);
  if (folded.length !== nfc.length) return undefined;
  return withoutMatches(nfc, folded, personWords);
}

/**
 * `nfc` without the spans `pattern` (global) matches in its aligned fold `folded` (same length), spaces
 * squeezed; undefined when nothing matched or no letter is left. The person, work and story readings
 * (work-words-aside.ts, story-words-aside.ts) all set words aside this way.
 */
export function withoutMatches(nfc: string, folded: string, pattern: RegExp): string | undefined {
  let out = "";
  let at = 0;
  for (const m of folded.matchAll(pattern)) {
    out += nfc.slice(at, m.index) + " ";
    at = m.index! + m[0].length;
  }
  if (at === 0) return undefined;
  out = (out + nfc.slice(at)).replace(/\s+/g, " ").trim();
  return /\p{L}/u.test(out) ? out : undefined;
}

/** The reading without the person's words is taken only when clear: a score past the weak band and most of its words in the entry. */
export function personAsideClear(top: { score: number; coverage: number; weakScore: number; lowCoverage: number }): boolean {
  return top.score >= top.weakScore && top.coverage >= top.lowCoverage;
}
