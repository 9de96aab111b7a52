import type { Token } from "./text-analysis";

/*
 * Numbers said in words, as voice typing writes them ("một trăm hai mươi mét", "năm mươi hai
 * tuổi", "hai nghìn không trăm hai lăm", "ngõ bốn lăm", "mười ngày", "mức hai"), read as the
 * figure typed ("120", "52", "2025", "45", "10", "mức 2"): a bare figure names no topic
 * (isFunctionWord), so the words "trăm", "mươi", "lăm" no longer count as unknown words against a
 * match ("tách thửa mảnh đất một trăm hai mươi mét" was handed off where "… 120 mét" was
 * answered). Followed by a money unit ("hai lăm triệu", "một trăm hai mươi nghìn") it is money,
 * "tiền", as "25 triệu" is (word-senses.ts). Only in queries (readSpokenNumbers, below).
 *
 * Only shapes that are surely a number: a lone digit word is one only after "mức", "lớp",
 * "tầng" or before a counted unit ("sáu tuổi", "hai tháng"; "một cửa", "ba tôi" stay words); "năm" after "mười"/"mươi" is years
 * ("mười năm", "hai mươi năm": the figure stops before it), five is "lăm"; the spoken short
 * forms ("hai lăm", "ba mốt", "hai tư") need the accent typed or a unit after them ("bà làm" is
 * not 35). "hai nghìn" alone stays money (amount-words.ts): a year needs more after "nghìn".
 */

/** digit words (folded) → value, with the accented forms that are the digit */
const DIGITS = new Map<string, { value: number; forms: ReadonlySet<string> }>([
  ["mot", { value: 1, forms: new Set(["một"]) }],
  ["hai", { value: 2, forms: new Set(["hai"]) }],
  ["ba", { value: 3, forms: new Set(["ba"]) }],
  ["bon", { value: 4, forms: new Set(["bốn"]) }],
  ["nam", { value: 5, forms: new Set(["năm"]) }],
  ["sau", { value: 6, forms: new Set(["sáu"]) }],
  ["bay", { value: 7, forms: new Set(["bảy", "bẩy"]) }],
  ["tam", { value: 8, forms: new Set(["tám"]) }],
  ["chin", { value: 9, forms: new Set(["chín"]) }],
]);
/** the ones after a ten ("hai mươi mốt", "mười lăm", "hai mươi tư"): these forms, and the digits but "năm" */
const AFTER_TEN = new Map<string, { value: number; forms: ReadonlySet<string> }>([
  ["mot", { value: 1, forms: new Set(["mốt", "một"]) }],
  ["lam", { value: 5, forms: new Set(["lăm"]) }],
  ["nham", { value: 5, forms: new Set(["nhăm"]) }],
  ["tu", { value: 4, forms: new Set(["tư"]) }],
]);
/** the spoken short form right after a digit word: "hai lăm" 25, "ba mốt" 31, "hai tư" 24 (accented only) */
const SHORT_TENS = new Map<string, { value: number; form: string }>([
  ["lam", { value: 5, form: "lăm" }],
  ["mot", { value: 1, form: "mốt" }],
  ["tu", { value: 4, form: "tư" }],
]);
const MONEY_UNITS = new Map<string, ReadonlySet<string>>([
  ["nghin", new Set(["nghìn"])],
  ["ngan", new Set(["ngàn"])],
  ["trieu", new Set(["triệu"])],
  ["ty", new Set(["tỷ"])],
  ["ti", new Set(["tỉ"])],
]);
/** units after which an unaccented short form is surely a number ("hai lam trieu", "bon lam tuoi") */
const SHORT_FORM_UNITS = new Set(["trieu", "nghin", "ty", "tuoi"]);
/** units counted after a lone digit word typed with its accent ("sáu tuổi", "hai tháng"): the word is a number there */
const COUNTED = new Set(["tuoi", "thang", "ngay", "tuan", "nam", "buoi", "dua", "chau"]);
/** words before a lone digit word that make it a number: "mức hai", "lớp một", "tầng ba" */
const ORDINAL_BEFORE = new Map<string, ReadonlySet<string>>([
  ["muc", new Set(["mức"])],
  ["lop", new Set(["lớp"])],
  ["tang", new Set(["tầng"])],
]);

const is = (t: Token | undefined, folded: string, form: string): boolean => t !== undefined && t.folded === folded && (t.accented === null || t.accented === form);
const isForm = (t: Token, forms: ReadonlySet<string>): boolean => t.accented === null || forms.has(t.accented);

function digitAt(tokens: readonly Token[], j: number): number | undefined {
  const t = tokens[j];
  if (!t) return undefined;
  const d = DIGITS.get(t.folded);
  return d && isForm(t, d.forms) ? d.value : undefined;
}

/** a one after a ten: the digits but "năm" (years), and "mốt", "lăm", "tư" */
function onesAfterTen(tokens: readonly Token[], j: number): number | undefined {
  const t = tokens[j];
  if (!t) return undefined;
  const after = AFTER_TEN.get(t.folded);
  if (after && isForm(t, after.forms)) return after.value;
  if (t.folded === "nam") return undefined;
  return digitAt(tokens, j);
}

const isMuoi = (t: Token | undefined) => is(t, "muoi", "mươi");
const isMuoiTen = (t: Token | undefined) => is(t, "muoi", "mười");
const isTram = (t: Token | undefined) => is(t, "tram", "trăm");
const isThousand = (t: Token | undefined) => is(t, "nghin", "nghìn") || is(t, "ngan", "ngàn");

/** A number below a thousand from j: its value and the index after it, or undefined. */
function belowThousand(tokens: readonly Token[], j: number, afterThousand: boolean): { value: number; end: number } | undefined {
  let value = 0;
  let at = j;
  let any = false;
  // hundreds: "một trăm", "không trăm" (only inside a larger number: "hai nghìn không trăm …")
  const h = digitAt(tokens, at) ?? (afterThousand && is(tokens[at], "khong", "không") ? 0 : undefined);
  if (h !== undefined && isTram(tokens[at + 1])) {
    value = h * 100;
    at += 2;
    any = true;
    // "một trăm linh năm", "một trăm lẻ năm"
    if ((is(tokens[at], "linh", "linh") || is(tokens[at], "le", "lẻ")) && digitAt(tokens, at + 1) !== undefined) return { value: value + digitAt(tokens, at + 1)!, end: at + 2 };
  }
  // tens: "mười [lăm]", "hai mươi [mốt]", the short "hai lăm"
  if (isMuoiTen(tokens[at]) && tokens[at]!.accented !== null) {
    const ones = onesAfterTen(tokens, at + 1);
    return { value: value + 10 + (ones ?? 0), end: at + (ones === undefined ? 1 : 2) };
  }
  const d = digitAt(tokens, at);
  if (d !== undefined && isMuoi(tokens[at + 1])) {
    const ones = onesAfterTen(tokens, at + 2);
    return { value: value + d * 10 + (ones ?? 0), end: at + (ones === undefined ? 2 : 3) };
  }
  if (d !== undefined) {
    const short = tokens[at + 1] && SHORT_TENS.get(tokens[at + 1]!.folded);
    const next = tokens[at + 1];
    if (short && next && (next.accented === short.form || (next.accented === null && SHORT_FORM_UNITS.has(tokens[at + 2]?.folded ?? "")))) return { value: value + d * 10 + short.value, end: at + 2 };
    // "một trăm hai" (a digit after hundreds)
    if (any) return { value: value + d, end: at + 1 };
  }
  // an unaccented "muoi" alone is "mười" too ("muoi ngay"), but not after a digit (that was "mươi" above)
  if (isMuoiTen(tokens[at]) && tokens[at]!.accented === null) {
    const ones = onesAfterTen(tokens, at + 1);
    return { value: value + 10 + (ones ?? 0), end: at + (ones === undefined ? 1 : 2) };
  }
  return any ? { value, end: at } : undefined;
}

/** what may start a spoken number: a digit word, "mười", or a word before a lone digit ("mức") */
const STARTS = new Set([...DIGITS.keys(), "muoi", ...ORDINAL_BEFORE.keys()]);

/**
 * At tokens[i]: how many tokens a number said in words takes and what it reads as (the figure,
 * or "tiền" before a money unit), or undefined. Called per token: the first test is one set lookup.
 */
export function spokenNumber(tokens: readonly Token[], i: number): { take: number; read: string[] } | undefined {
  const t = tokens[i]!;
  if (!STARTS.has(t.folded)) return undefined;
  const ordinal = ORDINAL_BEFORE.get(t.folded);
  if (ordinal) {
    const next = tokens[i + 1];
    // "mức hai", "lớp một": a lone digit word (not "năm": "mức năm nay"), unless a longer number follows (read there)
    if (!isForm(t, ordinal) || !next || next.folded === "nam" || digitAt(tokens, i + 1) === undefined) return undefined;
    if (belowThousand(tokens, i + 1, false)) return undefined;
    return { take: 2, read: [t.folded, String(digitAt(tokens, i + 1))] };
  }
  let value: number;
  let end: number;
  // thousands: "hai nghìn không trăm hai lăm", "hai nghìn hai mươi"; "hai nghìn" alone is money (amount-words.ts)
  const d = digitAt(tokens, i);
  const thousand = d !== undefined && isThousand(tokens[i + 1]) && !is(tokens[i + 2], "hang", "hàng") ? belowThousand(tokens, i + 2, true) : undefined;
  if (thousand) {
    value = d! * 1000 + thousand.value;
    end = thousand.end;
  } else {
    const below = belowThousand(tokens, i, false);
    if (!below) {
      // a lone digit word before a counting unit: "sáu tuổi", "hai tháng" (not "sau ngày", after the date; not "một lần", the one-time payment's name)
      // (typed with its accent: folded copies are read again, and "bay gio" there is "bây giờ", now)
      if (d === undefined || t.accented === null || !COUNTED.has(tokens[i + 1]?.folded ?? "")) return undefined;
      return { take: 1, read: [String(d)] };
    }
    ({ value, end } = below);
  }
  const unit = tokens[end];
  if (unit) {
    const forms = MONEY_UNITS.get(unit.folded);
    if (forms && isForm(unit, forms) && !(unit.folded === "ngan" && is(tokens[end + 1], "hang", "hàng"))) return { take: end + 1 - i, read: ["tien"] };
  }
  return { take: end - i, read: [String(value)] };
}

/**
 * The tokens of a query with its spoken numbers read (the list given when it has none). Only
 * queries: the entries keep their words, so the index and its word weights are as before (a figure
 * in a query is a function word either way).
 */
export function readSpokenNumbers(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const spoken = STARTS.has(t.folded) ? spokenNumber(tokens, i) : undefined;
    if (spoken) {
      out ??= tokens.slice(0, i);
      for (const folded of spoken.read) out.push({ folded, accented: null });
      i += spoken.take - 1;
    } else if (out !== null) out.push(t);
  }
  return out ?? tokens;
}
