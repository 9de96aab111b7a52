/*
 * A whole message typed in raw Telex: the resident's keyboard did not convert the keys, so "thur tucj ddawng kys
 * thuwowngf truws" is what reached us for "thủ tục đăng ký thường trú". Word by word, the index's spelling help
 * repairs an unknown syllable or two (foldTelex in vietnamese-text.ts), but a message made of them is mostly
 * unreadable: known syllables hide in them ("kys" is not "ký", "thur" not "thủ"), and the whole-message patterns
 * (the part asked, the scam check, the learned classifier) read them as they are. Such a message is converted into
 * Vietnamese before anything reads it.
 *
 * Strict, so that plain unaccented Vietnamese ("xa", "so", "cos" alone, "ba", "nho") and English are never touched:
 * - the message has no diacritics at all (a writer whose keyboard converts some words converts all);
 * - at least two words carry a Telex key no Vietnamese or English spelling has: a doubled vowel or "dd" ("ddi",
 *   "caan"), a "w" after a vowel or as the vowel ("muwa", "ddawng", "tw"), or a tone key ending a syllable that is
 *   Vietnamese without it ("kys", "thur", "tucj"; "j" and "f" never end a word of either language);
 * - those words are at least half of the message's words, and no common English word is among the rest.
 * Only then is each Telex-shaped word converted; the others are kept as typed.
 */
const TONES: Record<string, string> = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };
/** a Vietnamese syllable, folded: onset, vowels, final consonant */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]{1,3})(ng|nh|ch|[cmnpt])?$/;
/** an unmistakable Telex key inside a word */
const KEYED = /dd|aa|ee|oo|[aou]w|^w|[^aeiou]w/;
/** cheap tests first: a message with any non-ASCII letter is not raw Telex, nor one without a single Telex key */
const ANY_KEY = /dd|aa|ee|oo|w|[aeiouy][sfrxj]/i;
const NON_ASCII = /[^\x00-\x7f]/;

/** The word's Telex keys applied (dd, aa, aw, ee, oo, ow, uw, w, one tone key at the end), or undefined when it is no Telex word. */
export function telexWord(word: string): string | undefined {
  if (word.length < 2 || !/^[a-z]+$/.test(word)) return undefined;
  let tone = "";
  let body = word;
  const last = word[word.length - 1]!;
  if (TONES[last]) {
    tone = TONES[last]!;
    body = word.slice(0, -1);
  } else {
    // the tone key typed before the last letters ("roofi" is "rồi", "dduwsng" is "đứng"): after a vowel, never an onset there
    const mid = /^([^aeiouy]*[aeiouwy]+)([sfrxj])([a-z]+)$/.exec(word);
    if (mid) {
      tone = TONES[mid[2]!]!;
      body = mid[1]! + mid[3]!;
    }
  }
  const shaped = body
    .replace(/^dd/, "đ")
    .replace(/uow/g, "ươ")
    .replace(/uwow/g, "ươ")
    .replace(/aa/g, "â")
    .replace(/aw/g, "ă")
    .replace(/ee/g, "ê")
    .replace(/oo/g, "ô")
    .replace(/ow/g, "ơ")
    .replace(/uw/g, "ư")
    .replace(/w/g, "ư");
  const keyed = KEYED.test(body) || tone !== "";
  if (!keyed) return undefined;
  const m = SYLLABLE.exec(shaped);
  // "xa", "so", "ba": no key; "is", "us", "has": the rest is no Vietnamese syllable with that tone key ("ha" is, so English stays out by the message test)
  if (!m || (tone === "" && shaped === body)) return undefined;
  // a final stop (c, ch, p, t) takes only the acute or the dot
  if (tone && /(?:c|ch|p|t)$/.test(shaped) && tone !== TONES.s && tone !== TONES.j) return undefined;
  if (!tone) return shaped;
  // the tone on the vowel that carries it: a marked vowel (ơ of ươ), else the last vowel before a final consonant or
  // of "oa/oe/uy/uê", else the first of two ("mùa", "tài"), the middle of three
  const onset = m[1] ?? "";
  let vowels = m[2]!;
  const final = m[3] ?? "";
  let at: number;
  const marked = [...vowels].map((v, k) => ("ăâêôơư".includes(v) ? k : -1)).filter((k) => k >= 0);
  if (marked.length) at = marked[marked.length - 1]!;
  else if (vowels.length === 1) at = 0;
  else if (final || /^(?:oa|oe|uy)$/.test(vowels)) at = vowels.length - 1;
  else at = vowels.length === 3 ? 1 : 0;
  vowels = vowels.slice(0, at + 1) + tone + vowels.slice(at + 1);
  return (onset + vowels + final).normalize("NFC");
}

/** The message converted from raw Telex into Vietnamese; the same text when it is not a raw Telex message. */
export function readTelexMessage(text: string): string {
  if (NON_ASCII.test(text) || !ANY_KEY.test(text)) return text;
  const words = text.toLowerCase().match(/[a-z]+/g);
  if (!words || words.length < 2) return text;
  let keyed = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) return text;
    if (telexWord(w) !== undefined) keyed++;
  }
  if (keyed < 2 || keyed * 2 < words.length) return text;
  return text.replace(/[A-Za-z]+/g, (w) => {
    const converted = telexWord(w.toLowerCase());
    return converted === undefined ? w : w[0] === w[0]!.toUpperCase() && w[0] !== w[0]!.toLowerCase() ? converted[0]!.toUpperCase() + converted.slice(1) : converted;
  });
}

/** English words that say a message is English ("is", "was", "yes" read as Telex are no reason to convert it); none is a Vietnamese syllable */
const ENGLISH = new Set(
  "is are was were how what where when which who why does did could would should will your our their his her its him them you we they she this that these those have has had not yes if of for from with by about please thanks thank hello".split(" "),
);
