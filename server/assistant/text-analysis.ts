import { functionWords, synonyms, teenCode } from "./lexicon";
import { foldDiacritics, hasDiacritics, syllables, toneKey } from "./vietnamese-text";
import { resolveWordSenses } from "./word-senses";

/** One syllable after analysis: its folded form, and its accented form when the writer typed one. */
export type Token = { folded: string; accented: string | null };

/** `sameText`: the phrase is its own canonical form (the writer's accents are kept), decided once here */
const synonymIndex = new Map<string, Array<{ words: string[]; replacement: string[]; sameText: boolean }>>();
for (const [phrase, canonical] of synonyms) {
  const words = phrase.split(" ");
  const list = synonymIndex.get(words[0]!) ?? [];
  list.push({ words, replacement: canonical.split(" "), sameText: phrase === canonical });
  list.sort((a, b) => b.words.length - a.words.length);
  synonymIndex.set(words[0]!, list);
}

/** Rewrites synonym phrases (longest first) to their canonical phrase. */
function applySynonyms(tokens: Token[]): Token[] {
  const out: Token[] = [];
  // plain loops (no closures, no joined strings per hit): this runs twice per analysed text
  for (let i = 0; i < tokens.length; ) {
    const candidates = synonymIndex.get(tokens[i]!.folded);
    let hit: { words: string[]; replacement: string[]; sameText: boolean } | undefined;
    if (candidates) {
      for (const c of candidates) {
        let all = true;
        for (let k = 0; k < c.words.length && all; k++) all = tokens[i + k]?.folded === c.words[k];
        if (all) {
          hit = c;
          break;
        }
      }
    }
    if (hit) {
      const sameText = hit.sameText;
      for (let k = 0; k < hit.replacement.length; k++) out.push({ folded: hit.replacement[k]!, accented: sameText ? (tokens[i + k]?.accented ?? null) : null });
      i += hit.words.length;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

function expandTeenCode(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    // own keys only: "constructor" or "toString" typed by a resident is a word, not Object's method
    const candidate = Object.hasOwn(teenCode, token.folded) ? teenCode[token.folded] : undefined;
    // "đk", "đc": shorthand typed with đ, its only diacritic; Vietnamese has no z ("zậy" is "vậy")
    const plain = candidate !== undefined && (token.accented === null || token.accented.replace(/đ/g, "d") === token.folded || token.folded.startsWith("z"));
    const expansion = plain ? candidate : undefined;
    if (expansion) for (const word of expansion.split(" ")) out.push({ folded: word, accented: null });
    else out.push(token);
  }
  return out;
}

/**
 * Spelling help for one syllable; `accented` when the writer typed diacritics (then only sure
 * fixes apply); its neighbours (folded) help choose between candidates.
 */
export type Corrector = (folded: string, accented: boolean, previous?: string, next?: string) => string | undefined;

/**
 * Text → tokens: NFC, lowercase, syllables, synonyms, teen-code, optional spelling correction
 * for words unknown to the index (queries only), synonyms again for what expansion produced.
 */
export function analyze(text: string, correct?: Corrector): Token[] {
  let tokens: Token[] = syllables(text).map(tokenOf);
  tokens = resolveWordSenses(tokens);
  tokens = applySynonyms(tokens);
  tokens = expandTeenCode(tokens);
  if (correct) {
    // in place (expandTeenCode made this array): the neighbours given are the words as read, before correction
    let previous: string | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const fixed = correct(t.folded, t.accented !== null, previous, tokens[i + 1]?.folded);
      previous = t.folded;
      if (!fixed || fixed === t.folded) continue;
      // a correction may be several syllables: a glued token read apart ("lamcancuoc")
      const parts = fixed.split(" ");
      tokens.splice(i, 1, ...parts.map((folded) => ({ folded, accented: null })));
      i += parts.length - 1;
    }
  }
  return applySynonyms(tokens);
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
    token = { folded: foldDiacritics(syllable), accented: hasDiacritics(syllable) ? toneKey(syllable) : null };
    if (tokenCache.size >= 200_000) tokenCache.clear();
    tokenCache.set(syllable, token);
  }
  return token;
}

/** Function words, and bare figures ("5 tuổi", "2 lần"): neither names a topic. */
export function isFunctionWord(folded: string): boolean {
  return functionWords.has(folded) || DIGITS.test(folded);
}

// hoisted: a regular expression literal is a new object at every evaluation, and this runs per word
const DIGITS = /^\d+$/;

/** Folded, analysed text as one string (for pattern matching whole messages). */
export function foldedText(text: string): string {
  return analyze(text)
    .map((t) => t.folded)
    .join(" ");
}
