import type { Token } from "./text-analysis";
import { timeRemarkTokens } from "./time-remarks";
import { connectiveTokens } from "./connective-words";
import { plotAreaTokens } from "./plot-area";

/*
 * Words of the resident's question that say when, not what: "bây giờ" (now). Read as topic
 * words they named entries whose own text says "bây giờ" (the ward's new name, "bây giờ không
 * còn sổ hộ khẩu") or left the right entry with an uncovered word, so "tiêu chí hộ nghèo bây giờ
 * là bao nhiêu" and "tài khoản bị khóa tạm thời, làm gì bây giờ" were handed off. Only the
 * question is read this way: the entries' text keeps its words (making "bay" a function word
 * everywhere lost "sân bay" and moved other answers).
 * Not after "máy"/"sân" ("máy bay giờ nào", "sân bay"); a syllable typed with other accents
 * ("bay", "bày") is another word. Not where the
 * message sets then against now ("cháu sinh từ năm 2018 đến giờ chưa có giấy tờ, bây giờ làm khai
 * sinh"): the time passed is part of the question (a late registration, not a plain one); for
 * the same reason not as the opener of a message or of its question clause ("…, bây giờ đi làm
 * khai sinh cần gì" is "now, after what I told": the clause is read apart from the story; "bây
 * giờ có ai trực không", "bây giờ thì sao": the time is what is asked).
 * ("kiểu gì" is not read as "thế nào" here: the entries' sample questions say "kiểu gì" and a
 * question matched them by it, "không có smartphone thì nộp hồ sơ kiểu gì".)
 */

/** a then-and-now story: "từ năm 2018", "đến giờ", "hồi đó", "trước đây" (folded, joined by spaces) */
const thenAndNow = /\b(?:den gio|den nay|tu nam|tu hoi|hoi do|hoi truoc|truoc day|ngay xua|nam (?:19|20)\d\d)\b/;

const pairs: ReadonlyArray<{ first: string; firstAccented: string; second: ReadonlySet<string>; secondAccented: ReadonlySet<string>; notAfter: ReadonlySet<string> }> = [
  { first: "bay", firstAccented: "bây", second: new Set(["gio"]), secondAccented: new Set(["giờ"]), notAfter: new Set(["may", "san", "chuyen", "bay"]) },
  // "có bắt buộc không": whether something is required is how the question asks, not what it is about (it named
  // whichever entry's sample question said "bắt buộc": "app iHanoi … có bắt buộc không" read as the ID card)
  { first: "bat", firstAccented: "bắt", second: new Set(["buoc"]), secondAccented: new Set(["buộc"]), notAfter: new Set() },
  // "có cần thiết không": whether a thing is needed is how the question asks about it, not a subject
  // ("vneid mức 2 có cần thiết không" left the entry under the coverage line: handed off)
  { first: "can", firstAccented: "cần", second: new Set(["thiet"]), secondAccented: new Set(["thiết"]), notAfter: new Set() },
];

/** The tokens of a question that are read as function words there (a subset of `tokens`, by identity). */
export function questionOnlyFunctionTokens(tokens: readonly Token[]): ReadonlySet<Token> | undefined {
  let out: Set<Token> | undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    for (const p of pairs) {
      if (a.folded !== p.first || !p.second.has(b.folded)) continue;
      if (a.accented !== null && a.accented.toLowerCase() !== p.firstAccented) continue;
      if (b.accented !== null && !p.secondAccented.has(b.accented.toLowerCase())) continue;
      if (p.notAfter.has(tokens[i - 1]!.folded)) continue;
      (out ??= new Set()).add(a).add(b);
    }
  }
  // when something happened, told in passing ("hôm qua", "tuần trước"): time-remarks.ts
  if (!out || thenAndNow.test(tokens.map((t) => t.folded).join(" "))) return plotAreaTokens(tokens, connectiveTokens(tokens, timeRemarkTokens(tokens, undefined)));
  return plotAreaTokens(tokens, connectiveTokens(tokens, timeRemarkTokens(tokens, out)));
}
