import { functionWords, synonyms, teenCode } from "./lexicon";
import { canonicalTone, foldUncached, normalizeText, syllables, toneKey } from "./vietnamese-text";
import { contradictsAccent, synonymAccents, synonymNotBefore, type SynonymAccents } from "./synonym-accents";
import { mayChangeSense, resolveWordSenses } from "./word-senses";
import { restoreCompoundAccents, startsCompound } from "./compound-accents";
import { readCitizenIdShorthand } from "./citizen-id-shorthand";
import { mayBeRegional, readRegionalWords } from "./regional-words";
import { readLoanwords } from "./loanwords";
import { readSpokenNumbers } from "./spoken-numbers";
import { noteSpelling, tokenized } from "./tokenized-spellings";
import { ALL_PASSES, COMPOUND, PassReach, REGIONAL, SENSES, SYNONYMS, TEEN_CODE } from "./pass-reach";

/** One syllable after analysis: its folded form, and its accented form when the writer typed one. */
export type Token = { folded: string; accented: string | null };

/** `sameText`: the phrase is its own canonical form (the writer's accents are kept), decided once here */
/** `accents`: the accented syllables a writer's tone marks must not contradict (synonym-accents.ts) */
/** `notBefore`: folded syllables that, next after the phrase, make it another word (a place: "người Tây Hồ") */
type SynonymRule = { words: string[]; replacement: string[]; sameText: boolean; accents: SynonymAccents | undefined; notBefore: ReadonlySet<string> | undefined };
const synonymIndex = new Map<string, SynonymRule[]>();
for (const [phrase, canonical] of synonyms) {
  const words = phrase.split(" ");
  const list = synonymIndex.get(words[0]!) ?? [];
  list.push({ words, replacement: canonical.split(" "), sameText: phrase === canonical, accents: synonymAccents(phrase), notBefore: synonymNotBefore(phrase) });
  list.sort((a, b) => b.words.length - a.words.length);
  synonymIndex.set(words[0]!, list);
}

/** Rewrites synonym phrases (longest first) to their canonical phrase; `reach`: per token, the passes its syllable can start (pass-reach.ts). */
function applySynonyms(tokens: Token[], reach?: Uint8Array): Token[] {
  // plain loops (no closures, no joined strings per hit): this runs twice per analysed text; most
  // texts hold no synonym: they are returned as they are (no copy) until the first one
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; ) {
    const candidates = reach !== undefined && (reach[i]! & SYNONYMS) === 0 ? undefined : synonymIndex.get(tokens[i]!.folded);
    let hit: SynonymRule | undefined;
    if (candidates) {
      for (const c of candidates) {
        let all = true;
        for (let k = 0; k < c.words.length && all; k++) all = tokens[i + k]?.folded === c.words[k] && !(c.accents && contradictsAccent(tokens[i + k]!.accented, c.accents.syllables[k]!, c.accents.exact));
        if (all && c.notBefore) all = !c.notBefore.has(tokens[i + c.words.length]?.folded ?? "");
        if (all) {
          hit = c;
          break;
        }
      }
    }
    if (hit) {
      out ??= tokens.slice(0, i);
      const sameText = hit.sameText;
      for (let k = 0; k < hit.replacement.length; k++) out.push({ folded: hit.replacement[k]!, accented: sameText ? (tokens[i + k]?.accented ?? null) : null });
      i += hit.words.length;
    } else {
      if (out !== null) out.push(tokens[i]!);
      i++;
    }
  }
  return out ?? tokens;
}

/**
 * teenCode as a Map: own keys only ("constructor" or "toString" typed by a resident is a word, not
 * Object's method), and a lookup by a folded syllable is a hash probe, where a property lookup
 * by a string made at run time first searched V8's string table (a tenth of an index build).
 */
const teenCodeMap = new Map(Object.entries(teenCode));

/** syllables written with i where entries write y (folded → y spelling); "đkí" is "đăng ký" */
const Y_FOR_I = new Map([
  ["ki", ["ky"]],
  ["li", ["ly"]],
  ["dki", ["dang", "ky"]],
]);
const TONED_I: Record<string, string> = { i: "y", í: "ý", ì: "ỳ", ỉ: "ỷ", ĩ: "ỹ", ị: "ỵ" };
/** whether a Y_FOR_I syllable is missing from teen-code (today all three are there: see expandTeenCode) */
const Y_FOR_I_OUTSIDE_TEEN_CODE = [...Y_FOR_I.keys()].some((folded) => !teenCodeMap.has(folded));

/** An accented "kí"/"lí"/"đkí" as y spellings with the writer's tone (the unaccented ones are teen-code). */
function yForI(token: Token): Token[] | undefined {
  const words = Y_FOR_I.get(token.folded);
  // most accented syllables are none of the three: no string cut and no property lookup by it for them
  if (!words) return undefined;
  const vowel = token.accented?.slice(-1);
  const y = vowel === undefined ? undefined : TONED_I[vowel];
  if (!y) return undefined;
  const last = `${words[words.length - 1]!.slice(0, -1)}${y}`;
  return words.map((folded, k) => ({ folded, accented: k === words.length - 1 ? last : folded === "dang" ? "đăng" : null }));
}

/** The passes a folded syllable can start, by each pass's own table (pass-reach.ts); exported for benches' counts. */
export const analysisPassReach = new PassReach(
  (folded) => (mayBeRegional(folded) ? REGIONAL : 0) | (startsCompound(folded) ? COMPOUND : 0) | (synonymIndex.has(folded) ? SYNONYMS : 0) | (teenCodeMap.has(folded) || Y_FOR_I.has(folded) ? TEEN_CODE : 0) |
    (mayChangeSense(folded) ? SENSES : 0),
);

/** (as applySynonyms: a text without teen-code is returned as it is) */
function expandTeenCode(tokens: Token[], reach?: Uint8Array): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // neither a teen-code key nor a y-for-i syllable (pass-reach.ts): kept as it is
    if (reach !== undefined && (reach[i]! & TEEN_CODE) === 0) {
      if (out !== null) out.push(token);
      continue;
    }
    // the y-for-i syllables are teen-code keys too (unaccented, "ki" is teen-code): a syllable that
    // is neither costs this one lookup (was two for every accented syllable: a million in a build)
    const candidate = teenCodeMap.get(token.folded);
    // "kí", "đăng kí", "lí lịch": i for y, the writer's tone kept ("ký", "lý"): entries write y
    const yForm = token.accented !== null && (candidate !== undefined || Y_FOR_I_OUTSIDE_TEEN_CODE) ? yForI(token) : undefined;
    if (yForm) {
      out ??= tokens.slice(0, i);
      out.push(...yForm);
      continue;
    }
    // "đk", "đc": shorthand typed with đ, its only diacritic; Vietnamese has no z ("zậy" is "vậy")
    const plain = candidate !== undefined && (token.accented === null || token.accented.replace(/đ/g, "d") === token.folded || token.folded.startsWith("z"));
    const expansion = plain ? candidate : undefined;
    if (expansion) {
      out ??= tokens.slice(0, i);
      for (const word of expansion.split(" ")) out.push({ folded: word, accented: null });
    } else if (out !== null) out.push(token);
  }
  return out ?? tokens;
}

/**
 * Spelling help for one syllable; `accented` when the writer typed diacritics (`form`: as typed; then only sure
 * fixes apply); its neighbours (folded) help choose between candidates.
 */
export type Corrector = (folded: string, accented: boolean, previous?: string, next?: string, form?: string | null) => string | undefined;

/**
 * Text → tokens: NFC, lowercase, syllables, synonyms, teen-code, optional spelling correction
 * for words unknown to the index (queries only), synonyms again for what expansion produced.
 */
export function analyze(text: string, correct?: Corrector): Token[] {
  const raw = tokenize(text);
  // the passes this text can need (pass-reach.ts; a query to correct runs them all); a pass after one that changed the list runs
  const reach = correct ? ALL_PASSES : analysisPassReach.of(raw);
  // per token of `raw`, the passes its syllable starts: a pass given `raw` itself (nothing before it changed the list) reads them
  const bits = correct ? undefined : analysisPassReach.bitsFor(raw);
  const shorthand = readCitizenIdShorthand(raw);
  const typed = reach & REGIONAL || shorthand !== raw ? readRegionalWords(shorthand, shorthand === raw ? bits : undefined) : shorthand;
  // a query's English words as the Vietnamese ones (loanwords.ts), its numbers said in words as figures (spoken-numbers.ts), not in whole-message patterns
  const senses = correct ? resolveWordSenses(readSpokenNumbers(readLoanwords(typed))) : reach & SENSES || typed !== raw ? resolveWordSenses(typed, typed === raw ? bits : undefined) : typed;
  const read = reach & COMPOUND || senses !== raw ? restoreCompoundAccents(senses, passBits(senses, raw, bits, correct)) : senses;
  const rewritten = reach & SYNONYMS || read !== raw ? applySynonyms(read, passBits(read, raw, bits, correct)) : read;
  const tokens = reach & TEEN_CODE || rewritten !== raw ? expandTeenCode(rewritten, passBits(rewritten, raw, bits, correct)) : rewritten;
  // neither synonyms nor teen-code changed the list (each returns it as it is then): synonyms again
  // would look for phrases in the very list they found none in
  if (!correct && tokens === rewritten && rewritten === read) return tokens;
  if (correct) {
    // (the list may be tokenize()'s own, changed in place below: its spelling ids no longer hold)
    tokenized.valid = false;
    // in place (this call made the array: tokenize() or a later step): the neighbours given are the words as read, before correction
    let previous: string | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const fixed = correct(t.folded, t.accented !== null, previous, tokens[i + 1]?.folded, t.accented);
      previous = t.folded;
      if (!fixed || fixed === t.folded) continue;
      // a correction may be several syllables: a glued token read apart ("lamcancuoc")
      const parts = fixed.split(" ");
      tokens.splice(i, 1, ...parts.map((folded) => ({ folded, accented: null })));
      i += parts.length - 1;
    }
  }
  return applySynonyms(tokens, passBits(tokens, raw, bits, correct));
}

/** per token of `tokens` (tokenize()'s own list `raw`, or one a pass made from it), the passes it can start where known (pass-reach.ts bitsFor); none for a query to correct */
function passBits(tokens: Token[], raw: Token[], rawBits: Uint8Array | undefined, correct: Corrector | undefined): Uint8Array | undefined {
  if (correct || rawBits === undefined) return undefined;
  return tokens === raw ? rawBits : analysisPassReach.bitsFor(tokens);
}

/**
 * A syllable as typed → its token. Syllables repeat endlessly (a million in 2,000 entries, 75,000
 * distinct): folding, the diacritics test and the tone key are computed once per spelling. Tokens
 * are shared, never changed (every step above makes new ones).
 */
const tokenCache = new Map<string, Token>();

function tokenOf(syllable: string): Token {
  let token = tokenCache.get(syllable);
  if (token === undefined) {
    token = newToken(syllable);
    if (tokenCache.size >= 200_000) tokenCache.clear();
    tokenCache.set(syllable, token);
  }
  return token;
}

/**
 * A syllable's token, computed (foldUncached is what foldDiacritics caches). The spelling table
 * below keeps its tokens itself: going through tokenCache and foldDiacritics' cache too put every
 * new syllable into two more maps (75,000 of them on a first 2,000-entry build, a tenth of its
 * extra cost over a rebuild).
 */
function newToken(syllable: string): Token {
  const folded = foldUncached(syllable);
  // hasDiacritics(syllable), without folding it again
  return { folded, accented: folded !== syllable ? toneKey(syllable) : null };
}

/**
 * `syllables(text).map(tokenOf)`, without the regular expression or a string per syllable: the
 * normalised text is scanned once and each syllable found in a table of the spellings seen
 * (compared in place), so a known syllable costs a hash and a comparison. A text with UTF-16
 * surrogates (emoji, rare letters outside the basic plane) takes the regular expression.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // the spelling ids beside the tokens (tokenized-spellings.ts): valid if the table was not emptied meanwhile
  const generation = tokenized.generation;
  tokenized.tokens = out;
  if (scan(normalizeText(text), 0, out, false)) {
    tokenized.valid = tokenized.generation === generation;
    return out;
  }
  tokenized.valid = false;
  return syllables(text).map(tokenOf);
}

/**
 * The scan of tokenize() over a normalised text from `from`, onto `out`; false when the text has
 * surrogates (the regular expression reads it then). An old-style tone placement is met inside a
 * syllable (both of its letters are syllable units): canonicalTone() rewrites the text, in place
 * (two letters for two), and the scan goes on in the rewritten text from that syllable's start.
 * So a text is read once, not first by canonicalTone's regular expression (most have no such
 * placement).
 */
function scan(s: string, from: number, out: Token[], canonical: boolean): boolean {
  const length = s.length;
  let i = from;
  while (i < length) {
    let c = s.charCodeAt(i);
    if (!isSyllableUnit(c)) {
      if (c >= 0xd800 && c <= 0xdfff) return false;
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    do {
      if (!canonical && c >= 0xf2 && c < OLD_TONE_END && oldToneVowel[c] !== 0 && oldTonePlacement(oldToneVowel[c]!, i + 1 < length ? s.charCodeAt(i + 1) : 0)) {
        const rewritten = canonicalTone(s);
        if (rewritten.length === length) return scan(rewritten, start, out, true);
        out.length = 0;
        return scan(rewritten, 0, out, true);
      }
      h = Math.imul(h ^ c, 0x01000193);
      c = ++i < length ? s.charCodeAt(i) : 0x20;
    } while (isSyllableUnit(c));
    if (c >= 0xd800 && c <= 0xdfff) return false;
    out.push(spelling(s, start, i, h));
    noteSpelling(out.length - 1, spellingId);
  }
  return true;
}

/**
 * canonicalTone's pattern, /[òóỏõọ][ae]|[ùúủũụ]y/, as a table: per UTF-16 code unit below
 * OLD_TONE_END, 1 for an o with a tone, 2 for a u with a tone, 0 for any other unit.
 */
const OLD_TONE_END = 0x1ef0;
const oldToneVowel = new Uint8Array(OLD_TONE_END);
for (const c of "òóỏõọ") oldToneVowel[c.charCodeAt(0)] = 1;
for (const c of "ùúủũụ") oldToneVowel[c.charCodeAt(0)] = 2;

/** whether `next` after a toned vowel of kind `kind` (oldToneVowel) is an old-style placement */
function oldTonePlacement(kind: number, next: number): boolean {
  return kind === 1 ? next === 0x61 || next === 0x65 : next === 0x79;
}

/** Per UTF-16 code unit outside ASCII: 1 a letter or digit ([\p{L}\p{N}], as syllables() reads them), 2 not, 0 not yet asked. */
const unitKind = new Uint8Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isSyllableUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  let kind = unitKind[c]!;
  // surrogates are never a letter alone: the caller falls back to the regular expression on them
  if (kind === 0) unitKind[c] = kind = c < 0xd800 || c > 0xdfff ? (LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2) : 2;
  return kind === 1;
}

/**
 * Spellings seen (open addressing over their FNV-1a hash) and their tokens; emptied when full, like
 * tokenCache. A slot holds the hash beside the id: a probe that meets another spelling is told
 * apart without reading that spelling's string. The table starts small and doubles at half full:
 * a server answering over a few thousand spellings probes a few dozen KB (every probe of the
 * full-size table, 2 MB, was a cache miss: a few percent of a long message's ask()).
 */
const SPELLING_LIMIT = 1 << 17;
const SPELLING_FIRST_SLOTS = 1 << 12;
let spellingMask = SPELLING_FIRST_SLOTS - 1;
let spellingSlots = new Int32Array(2 * SPELLING_FIRST_SLOTS).fill(-1);
const spellingWords: string[] = [];
const spellingTokens: Token[] = [];
/** the id of the spelling spelling() last returned (its place in spellingWords) */
let spellingId = -1;

function spelling(s: string, start: number, end: number, hash: number): Token {
  const mask = spellingMask;
  const slots = spellingSlots;
  const size = end - start;
  let at = hash & mask;
  for (;;) {
    const id = slots[2 * at + 1]!;
    if (id === -1) break;
    if (slots[2 * at] === hash) {
      const word = spellingWords[id]!;
      if (word.length === size) {
        let k = 0;
        while (k < size && word.charCodeAt(k) === s.charCodeAt(start + k)) k++;
        if (k === size) {
          spellingId = id;
          return spellingTokens[id]!;
        }
      }
    }
    at = (at + 1) & mask;
  }
  if (spellingWords.length >= SPELLING_LIMIT) {
    spellingMask = SPELLING_FIRST_SLOTS - 1;
    spellingSlots = new Int32Array(2 * SPELLING_FIRST_SLOTS).fill(-1);
    spellingWords.length = 0;
    spellingTokens.length = 0;
    tokenized.generation++;
    return spelling(s, start, end, hash);
  }
  const word = s.slice(start, end);
  const token = newToken(word);
  slots[2 * at] = hash;
  slots[2 * at + 1] = spellingId = spellingWords.length;
  spellingWords.push(word);
  spellingTokens.push(token);
  if (2 * spellingWords.length > mask + 1) growSpellings();
  return token;
}

/** Doubles the spelling table, placing every slot again by its hash. */
function growSpellings(): void {
  const old = spellingSlots;
  const mask = 2 * (spellingMask + 1) - 1;
  const slots = new Int32Array(2 * (mask + 1)).fill(-1);
  for (let at = 0; at < old.length; at += 2) {
    const id = old[at + 1]!;
    if (id === -1) continue;
    const hash = old[at]!;
    let to = hash & mask;
    while (slots[2 * to + 1] !== -1) to = (to + 1) & mask;
    slots[2 * to] = hash;
    slots[2 * to + 1] = id;
  }
  spellingMask = mask;
  spellingSlots = slots;
}

/** Function words, and bare figures ("5 tuổi", "2 lần"): neither names a topic. */
export function isFunctionWord(folded: string): boolean {
  return functionWords.has(folded) || allDigits(folded);
}

/** /^\d+$/.test(word) (ASCII digits, at least one), without the regular expression: this runs per word */
function allDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Folded, analysed text as one string (for pattern matching whole messages). */
export function foldedText(text: string): string {
  // a turn reads its message this way several times (whole-message patterns, the checks): the
  // last few results are kept
  const cached = recentFoldedTexts.get(text);
  if (cached !== undefined) return cached;
  const folded = analyze(text)
    .map((t) => t.folded)
    .join(" ");
  if (recentFoldedTexts.size >= 16) recentFoldedTexts.clear();
  recentFoldedTexts.set(text, folded);
  return folded;
}

const recentFoldedTexts = new Map<string, string>();
