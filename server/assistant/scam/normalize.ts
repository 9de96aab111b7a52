import { asciiOnly, foldDiacritics } from "../vietnamese-text";
import { joinSpacedOut } from "./spaced-out";

/*
 * Text as the scam check reads it. Scammers write to slip past filters ("d!eu k1en",
 * "n.o.p p.h.i", "V I E T T E L", fullwidth letters) and residents forward without accents;
 * everything below undoes that so one set of patterns reads every variant.
 */

const zeroWidth = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** NFKC (fullwidth and "bold" letters become plain), zero-width characters removed, NFC. */
export function cleanText(text: string): string {
  // ASCII is stable under NFKC and NFC and holds none of the removed characters
  if (asciiOnly.test(text)) return text;
  return text.normalize("NFKC").replace(zeroWidth, "").normalize("NFC");
}

const leet: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "!": "i", $: "s", "|": "l" };

/**
 * Lowercase, without diacritics, de-obfuscated, single spaces. Digits inside words become the
 * letters they imitate only between two letters ("k1en", "h0a") or after a leading "!"/"@"
 * ("!nbox"), so amounts, times and plan codes ("500k", "24h", "C90N") stay as they are.
 */
export function foldForScam(text: string): string {
  // one check folds the same text several times (the message's shape, its signals, the victim
  // reading, the account-taken test): the last few results are kept
  const cached = recentFolds.get(text);
  if (cached !== undefined) return cached;
  const folded = foldUncachedForScam(text);
  if (recentFolds.size >= 32) recentFolds.clear();
  recentFolds.set(text, folded);
  return folded;
}

const recentFolds = new Map<string, string>();
/** a short word split by one dot, not part of a longer host or path */
const dottedWord = /(?<![a-z0-9.\/@-])([a-z]{1,3})\.([a-z]{1,3})(?![a-z0-9.\/@-])/g;
/** endings that make "x.y" a host name (Vietnamese words such as "la", "co", "me", "to", "ai" are left out) */
const webEnding = /^(vn|com|net|org|gov|edu|ly|io|cc|tk|ml|gq|cf|xyz|top|app|biz|us|uk|gg|ws|pw|sh|gl)$/;
/** characters the l33t rules below rewrite: without one, those three passes change nothing */
const leetChar = /[013457@!$|]/;
/** words with a l33t character between two letters ("v!ett!n", "kh0a") */
const leetWord = /[a-z][013457@!$|]{1,3}[a-z]/g;
const leetWords = (t: string): number => t.match(leetWord)?.length ?? 0;
/** a word opened by a zero then two letters or more, the zero alone (not "10tr", "0.5", a host or a path) */
const leadingZero = /(?<![a-z0-9.,\/@:%-])0([a-z]{2,})[a-z0-9]*/g;
/** units and masks that follow an amount of zero */
const zeroUnits = /^(x+|tr|trieu|dong|vnd|vn|usd|nghin|ngan|ty|ti|xu|kg|km|cm|mm|ml|gb|mb|kb|gio|phut|giay|ngay|thang|nam|lit|pm|am)$/;

function foldUncachedForScam(text: string): string {
  let t = foldDiacritics(cleanText(text).toLowerCase());
  // spelled out with digits, dots and hyphens too: "s h 0 p e e - q u a . c o m" (spaced-out.ts)
  t = joinSpacedOut(t);
  // letters split by separators: "v.i.e.t.t.e.l", "n-o-p", "c h u y e n"
  // (a Vietnamese letter may be two: "ch.u.c m.u.n.g", "n.g.u.o.i"; three pieces at least, so "mb.vn" stays)
  t = t.replace(/(?<![a-z0-9])(?:[a-z]{1,2}[.\-_*·] ?){2,}[a-z]{1,2}(?![a-z0-9])/g, (m) => m.replace(/[.\-_*· ]/g, ""));
  t = t.replace(/(?<![a-z0-9])(?:[a-z] ){3,}[a-z](?![a-z0-9])/g, (m) => m.replace(/ /g, ""));
  // a message spelled with one dot inside its words ("T.a.i khoan c.ua b.an b.i kh.oa, x.a.c min.h"): at three
  // such words or more, the dots go, except before a web ending ("mb.vn", "vcb.com", a link with a path)
  if (/[a-z]\.[a-z]/.test(t)) {
    const split = t.match(dottedWord);
    if (split && split.length >= 3) t = t.replace(dottedWord, (m, a: string, b: string) => (webEnding.test(b) ? m : a + b));
  }
  // amounts with the letter O for zero: "5OO.OOOđ"
  if (/\do|o[.,]o/.test(t)) t = t.replace(/(?<![a-z0-9])\d[\do]*(?:[.,][\do]{3})+(?![a-z0-9]{2})/g, (m) => m.replace(/o/g, "0"));
  // l33t between letters, and a leading ! or @ before letters
  // (up to three in a row: "kh04n", "s04n"; plan codes such as "mi10" or "c90n" end in a digit or
  // hold a digit no letter imitates, so they stay)
  if (leetChar.test(t)) {
    const before = t;
    // (session 26) a zero typed for the O that opens a word ("0TP", "0nline", "0ng"): a lone 0 before letters is no
    // amount unless the letters are a unit ("0đ", "0h", "0tr", "0vnd"); masked digits ("0xxx") stay
    t = t.replace(leadingZero, (word: string, letters: string) => (zeroUnits.test(letters) ? word : `o${word.slice(1)}`));
    t = t.replace(/(?<=[a-z])[013457@!$|]{1,3}(?=[a-z])/g, (run) => [...run].map((c) => leet[c] ?? c).join(""));
    // once a message is shown to be written in l33t (two words or more), its two-letter words are too:
    // "b!" (bị), "m0" (mở), "d4" (đã) — a lone "b1" or "C0" elsewhere stays
    if (t !== before && leetWords(before) >= 2) t = t.replace(/(?<![a-z0-9.\/@-])([a-z])([0134!])(?![a-z0-9.\/@-])/g, (_m, a: string, c: string) => a + leet[c]);
    t = t.replace(/(?<![a-z0-9])[!@$](?=[a-z]{2})/g, (c) => leet[c] ?? c);
    // and at the end of a word after two letters ("Z4l0")
    t = t.replace(/(?<=[a-z]{2})[0134](?![a-z0-9])/g, (c) => leet[c] ?? c);
  }
  // chat shorthand for "người" ("có ng gọi", "ng lạ"), so every pattern reads a retold call either way
  if (/\bng\b/.test(t)) t = t.replace(/(?<![a-z0-9.@/-])ng(?![a-z0-9.@/-])/g, "nguoi");
  return t.replace(/\s+/g, " ").trim();
}
