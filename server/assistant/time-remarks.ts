import type { Token } from "./text-analysis";

/*
 * When something happened, told in passing: "hôm qua đi chợ bị móc túi", "sáng mai em đi chứng thực",
 * "ông mất tuần trước", "năm nay cháu 14 tuổi". The words say when, not what is asked; read as topic
 * words they leave the right entry with uncovered words (a handoff: "khớp yếu") or name whichever
 * entry's sample question happens to say "hôm qua" or "năm nay". In a question they are read as
 * function words, as "bây giờ" is (question-words.ts): kept in word pairs, never a topic or a gap.
 * The entries' own text keeps them. A syllable typed with other accents is another word ("sang
 * tên", "tôi qua", "nam giới"): typed with accents, both words must be the time words.
 */

type Phrase = { first: string; firstAccented: ReadonlySet<string>; second: ReadonlyMap<string, ReadonlySet<string>> };

const accents = (...forms: string[]): ReadonlySet<string> => new Set(forms);
const phrase = (first: string, firstAccented: string[], seconds: Array<[string, string[]]>): Phrase => ({
  first,
  firstAccented: accents(...firstAccented),
  second: new Map(seconds.map(([s, a]) => [s, accents(...a)])),
});

const NAY: [string, string[]] = ["nay", ["nay"]];
const QUA: [string, string[]] = ["qua", ["qua"]];
const MAI: [string, string[]] = ["mai", ["mai"]];
// not "tháng trước", "năm nay", "năm ngoái": when a scam or a birth happened is part of what is asked there
const TRUOC: [string, string[]] = ["truoc", ["trước"]];

/** first word → the second words that make a time phrase with it (folded; the accented forms they are written with) */
const phrases: readonly Phrase[] = [
  phrase("hom", ["hôm"], [NAY, QUA, ["kia", ["kia"]]]),
  phrase("sang", ["sáng"], [NAY, MAI]),
  phrase("chieu", ["chiều"], [NAY, QUA, MAI]),
  phrase("trua", ["trưa"], [NAY, MAI]),
  phrase("dem", ["đêm"], [QUA]),
  phrase("tuan", ["tuần"], [TRUOC, NAY, ["sau", ["sau"]]]),
  phrase("vua", ["vừa"], [["roi", ["rồi"]]]),
  phrase("luc", ["lúc"], [["nay", ["nãy"]]]),
  phrase("hoi", ["hồi"], [["nay", ["nãy"]]]),
];

/** one lookup per word (this runs on every question, several times a turn) */
const byFirst = new Map(phrases.map((p) => [p.first, p]));

/**
 * After a figure or "mấy", "vài", "cả" the phrase is how long, not when ("2 tuần nay", "hai tuần
 * trước", "mấy hôm nay"): a report unanswered for two weeks, an overdue file — the time passed is
 * part of what is asked.
 */
const DURATION_BEFORE = new Set(["may", "vai", "ca", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "nua", "nhieu", "cac", "nhung"]);
const startsWithDigit = (w: string) => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;

/** The time phrases' tokens in a question (by identity), added to `into`; `into` as given when there are none. */
export function timeRemarkTokens(tokens: readonly Token[], into: Set<Token> | undefined): Set<Token> | undefined {
  let out = into;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const p = byFirst.get(a.folded);
    if (!p || (a.accented !== null && !p.firstAccented.has(a.accented.toLowerCase()))) continue;
    const before = tokens[i - 1]?.folded;
    if (before !== undefined && (DURATION_BEFORE.has(before) || startsWithDigit(before))) continue;
    const b = tokens[i + 1]!;
    const second = p.second.get(b.folded);
    if (!second || (b.accented !== null && !second.has(b.accented.toLowerCase()))) continue;
    (out ??= new Set()).add(a).add(b);
  }
  return out;
}
