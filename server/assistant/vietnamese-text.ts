/**
 * Vietnamese text as residents type it: with or without diacritics, teen-code, Telex leftovers.
 * Everything here is pure and shared by indexing and querying, so both sides always agree.
 */

/**
 * The last two results of a text function (a string compare finds them): one turn normalises and
 * folds its message several times (the checks, the analysis, the search, whole-message patterns).
 */
export class LastTwo<T = string> {
  private text1: string | undefined;
  private result1: T | undefined;
  private text2: string | undefined;
  private result2: T | undefined;

  get(text: string): T | undefined {
    return text === this.text1 ? this.result1 : text === this.text2 ? this.result2 : undefined;
  }

  set(text: string, result: T): T {
    this.text2 = this.text1;
    this.result2 = this.result1;
    this.text1 = text;
    this.result1 = result;
    return result;
  }
}

/** Lowercase NFC; keeps diacritics. */
export function normalizeText(text: string): string {
  // remembered: a string compare, where NFC and lowercasing copy the text
  return lastNormalized.get(text) ?? lastNormalized.set(text, text.normalize("NFC").toLowerCase());
}

const lastNormalized = new LastTwo();

/** Removes diacritics; đ has no decomposition under NFD and is mapped explicitly. */
const foldCache = new Map<string, string>();

export function foldDiacritics(text: string): string {
  if (text.length <= 12) {
    // syllables repeat endlessly: remember them
    const cached = foldCache.get(text);
    if (cached !== undefined) return cached;
    const folded = foldUncached(text);
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(text, folded);
    return folded;
  }
  // a whole message: folded several times per turn
  return lastFolded.get(text) ?? lastFolded.set(text, foldUncached(text));
}

/** texts longer than a syllable */
const lastFolded = new LastTwo();

/** no character outside ASCII: NFD, the removals and NFC all leave such a text as it is */
export const asciiOnly = /^[\x00-\x7f]*$/;

/** one written Vietnamese syllable without accents (onset, vowel group, coda) */
export const vietnameseSyllable =
  /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?(?:uye|uya|uyu|oai|oay|uoi|uou|ieu|yeu|uay|oeo|oao|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)(?:ch|ng|nh|[cmnpt])?$/;

/** foldDiacritics() without its cache (for callers that keep their own). */
export function foldUncached(text: string): string {
  // residents often type without diacritics: nothing to fold, and two normalizations saved
  if (asciiOnly.test(text)) return text;
  return foldByLetter(text) ?? foldNormalized(text);
}

/** The definition of folding: decomposed, accents (U+0300–U+036F) dropped, đ → d, composed again. */
export function foldNormalized(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/**
 * foldNormalized() letter by letter, for texts of Latin letters (U+0000–U+024F, U+1E00–U+1EFF) and
 * combining accents (U+0300–U+036F): each letter folds alone to one letter (or nothing, for an
 * accent), and no folded letter composes with its neighbour (none is a combining mark), so the
 * text's fold is its letters' folds side by side. Undefined for any other text, and for long ones.
 * A whole message is folded several times per turn; two normalisations and three replacements
 * over it were a few percent of ask().
 */
function foldByLetter(text: string): string | undefined {
  const length = text.length;
  if (length > FOLD_BUFFER.length) return undefined;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      FOLD_BUFFER[i] = c;
      continue;
    }
    const at = c < 0x370 ? c : c >= 0x1e00 && c < 0x1f00 ? c - 0x1e00 + 0x370 : -1;
    if (at === -1) return undefined;
    let folded = letterFold[at]!;
    if (folded === UNKNOWN) letterFold[at] = folded = letterFoldOf(c);
    if (folded === NOT_ALONE) return undefined;
    FOLD_BUFFER[i] = folded;
  }
  // accents fold to nothing: drop them (rare in NFC text) before making the string
  let n = 0;
  for (let i = 0; i < length; i++) if (FOLD_BUFFER[i] !== NOTHING) FOLD_BUFFER[n++] = FOLD_BUFFER[i]!;
  return String.fromCharCode.apply(null, FOLD_BUFFER.subarray(0, n) as unknown as number[]);
}

const FOLD_BUFFER = new Uint16Array(4096);
const UNKNOWN = 0xffff;
const NOT_ALONE = 0xfffe;
const NOTHING = 0xfffd;
/** per letter (U+0080–U+036F at their code, U+1E00–U+1EFF after them): its fold, or a mark above */
const letterFold = new Uint16Array(0x370 + 0x100).fill(UNKNOWN);

function letterFoldOf(c: number): number {
  const folded = foldNormalized(String.fromCharCode(c));
  if (folded.length === 0) return c >= 0x300 && c < 0x370 ? NOTHING : NOT_ALONE;
  if (folded.length !== 1) return NOT_ALONE;
  const f = folded.charCodeAt(0);
  // a letter, never a combining mark: it cannot compose with what follows it
  return f < 0x300 || (f >= 0x1e00 && f < 0x1f00) ? f : NOT_ALONE;
}

export function hasDiacritics(token: string): boolean {
  return foldDiacritics(token) !== token;
}

/**
 * Old-style accents put the tone on a different vowel ("hoà" vs "hòa", "thuỷ" vs "thủy"); both
 * are common. Moving the tone to the modern position makes the accented forms compare equal.
 */
const oldStyleTone: Record<string, string> = {
  òa: "oà", óa: "oá", ỏa: "oả", õa: "oã", ọa: "oạ",
  òe: "oè", óe: "oé", ỏe: "oẻ", õe: "oẽ", ọe: "oẹ",
  ùy: "uỳ", úy: "uý", ủy: "uỷ", ũy: "uỹ", ụy: "uỵ",
};
const oldStyleTonePattern = /[òóỏõọ][ae]|[ùúủũụ]y/g;

export function canonicalTone(text: string): string {
  return text.replace(oldStyleTonePattern, (m) => oldStyleTone[m] ?? m);
}

/** Splits into lowercase syllables (letters and digits), NFC, canonical tone placement. */
export function syllables(text: string): string[] {
  return canonicalTone(normalizeText(text)).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Telex leftovers: a resident whose keyboard did not convert types "lamf", "cuowcs", "ddaau".
 * Returns the folded syllable the keys would have produced, or undefined when the token does
 * not look like Telex.
 */
export function foldTelex(token: string): string | undefined {
  if (!/^[a-z]+$/.test(token) || token.length < 3) return undefined;
  let t = token;
  let changed = false;
  // trailing tone key after a letter: s f r x j
  const toneMatch = /^(.*[aeiouy][a-z]*?)([sfrxj])$/.exec(t);
  if (toneMatch && toneMatch[1]!.length >= 2) {
    t = toneMatch[1]!;
    changed = true;
  }
  const collapsed = t.replace(/dd/g, "d").replace(/aa/g, "a").replace(/ee/g, "e").replace(/oo/g, "o").replace(/w/g, "");
  if (collapsed !== t) changed = true;
  return changed && collapsed.length >= 2 ? collapsed : undefined;
}

/** Optimal-string-alignment distance (edits and adjacent swaps) with an early exit above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      // adjacent transposition ("tahnh" for "thanh")
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The tone mark residents most often swap: hỏi and ngã ("giấy tở", "sữa chữa"). For comparing
 * accents, ngã counts as hỏi (the tilde and the hook above are the only difference).
 */
const NGA_VOWEL = /[ãẫẵẽễĩõỗỡũữỹ]/;

export function toneKey(syllable: string): string {
  if (!NGA_VOWEL.test(syllable)) return syllable;
  return syllable.normalize("NFD").replace(/\u0303/g, "\u0309").normalize("NFC");
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const toneCache = new Map<string, string>();

/** A syllable's tone marks as typed, ngã counted as hỏi ("" when it has none): the tone alone says which word it is. */
export function toneOf(syllable: string): string {
  // two normalisations and a regular expression per call, on the accented syllables of every text
  // analysed (compound and synonym accents check each one): a few thousand distinct syllables, kept
  // (a tenth of a 2,000-entry index build was spent here)
  let tone = toneCache.get(syllable);
  if (tone === undefined) {
    tone = (toneKey(syllable.normalize("NFC")).normalize("NFD").match(TONE_MARKS) ?? []).join("");
    if (toneCache.size >= 1 << 16) toneCache.clear();
    toneCache.set(syllable, tone);
  }
  return tone;
}

/*
 * Spellings elderly residents confuse (folded syllables): initials ch/tr, s/x, d/gi/r, l/n
 * (Hanoi's l/n), f/z/w/j for ph/d/qu/gi, and a final y/i ("ký"/"kí"). Variants are tried only for syllables the
 * index has never seen, so a correctly spelt word is never changed.
 */
const initialSwaps: Array<[RegExp, string[]]> = [
  [/^ch(?=[aeiouy])/, ["tr"]],
  [/^tr(?=[aeiouy])/, ["ch"]],
  [/^s(?=[aeiouy])/, ["x"]],
  [/^x(?=[aeiouy])/, ["s"]],
  [/^gi(?=[aeiouy])/, ["d", "r"]],
  [/^d(?=[aeiouy])/, ["gi", "r"]],
  [/^r(?=[aeiouy])/, ["d", "gi"]],
  [/^l(?=[aeiouy])/, ["n"]],
  [/^n(?=[aeiouy])/, ["l"]],
  // letters Vietnamese does not write, typed for the sounds they make: f = ph ("lệ fí"), z = d/gi
  // ("zấy tờ"), w = qu ("wa"), j = gi ("jờ làm việc")
  [/^f(?=[aeiouy])/, ["ph"]],
  [/^z(?=[aeiouy])/, ["d", "gi"]],
  [/^w(?=[aeiouy])/, ["qu"]],
  [/^j(?=[aeiouy])/, ["gi"]],
];

export function spellingVariants(folded: string): string[] {
  const out: string[] = [];
  for (const [pattern, replacements] of initialSwaps) {
    if (!pattern.test(folded)) continue;
    const match = pattern.exec(folded)![0];
    for (const r of replacements) out.push(r + folded.slice(match.length));
  }
  if (FINAL_I.test(folded)) out.push(folded.slice(0, -1) + "y");
  else if (FINAL_Y.test(folded)) out.push(folded.slice(0, -1) + "i");
  return out;
}

const FINAL_I = /[^aeiouy]i$/;
const FINAL_Y = /[^aeiouy]y$/;

/**
 * Wider confusions, safe only where a known word pair confirms them (the pair repair of the
 * search index): also the final consonants c/t, n/ng, nh/n and ch/c ("thủ tụt" → "thủ tục").
 */
export function pairSpellingVariants(folded: string): readonly string[] {
  // asked for both words of every unknown pair of every message, and words repeat: each word's
  // variants are remembered (the list is shared: callers only read it)
  const known = pairVariantsCache.get(folded);
  if (known !== undefined) return known;
  const out = spellingVariants(folded);
  for (const [pattern, replacement] of finalSwaps) if (pattern.test(folded)) out.push(folded.replace(pattern, replacement));
  if (pairVariantsCache.size >= 8192) pairVariantsCache.clear();
  pairVariantsCache.set(folded, out);
  return out;
}

const pairVariantsCache = new Map<string, readonly string[]>();

// module constants, not literals in the function: a regular expression literal is a new object
// at every evaluation, and these run for every unknown word pair of every message (no g flag: no state)
const finalSwaps: Array<[RegExp, string]> = [
  [/t$/, "c"],
  [/c$/, "t"],
  [/ng$/, "n"],
  [/(?<!n)n$/, "ng"],
  [/nh$/, "n"],
  [/ch$/, "c"],
];
