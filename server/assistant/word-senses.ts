import type { Token } from "./text-analysis";
import { SENSES } from "./pass-reach";
import { amountInWords, mayStartAmount } from "./amount-words";
import { diedLaterInClause } from "./died-in-clause";
import { hoursPhrase } from "./hours-word";

/*
 * Words whose sense depends on their neighbours, rewritten before matching (on entries and
 * questions alike, so both sides agree):
 *   - "mất" after a relative ("bố tôi mới mất", "người thân mất") means died, not lost: it
 *     becomes "qua đời", so a bereaved resident is not matched with "bị lừa mất tiền";
 *   - an amount ("50 triệu", "200k", "3 tr") is money, whatever the figure: it becomes "tiền",
 *     so the figure neither counts as an unknown word against a match nor looks like a topic;
 *   - "ck" is "chồng" (husband) beside a person word ("ck e", "ck tôi", "vợ ck", "với ck") and
 *     "chuyển khoản" (bank transfer) otherwise, always when money is near ("e ck lệ phí", "ck 500k").
 *   - a clock time ("12h", "8h30") or hours ("48h") is "giờ", as an amount is "tiền";
 *   - "bị mất" before money ("bị mất phí", "bị mất tiền") is a cost: "bị" is dropped so the pair
 *     does not read as "bí mật" (secret, personal data).
 * An unaccented "mat" is also "mặt" (face, presence, surface): "có mặt", "vắng mặt", "tiền mặt",
 * "nhà mặt phố" are never a death (FACE_BEFORE, FACE_AFTER), whoever is named before them.
 */

const KIN = new Set(["bo", "me", "cha", "ong", "ba", "chong", "vo", "con", "anh", "chi", "em", "chau", "bac", "cu", "cau", "mo", "di", "chu", "thim", "co", "duong", "than", "nha", "noi", "ngoai", "nguoi"]);
/** accented forms that are not kinship words although they fold like one ("có", "đi", "nhà" as a place is fine) */
const NOT_KIN_ACCENTED = new Set(["có", "cổ", "đi", "ba", "chỉ", "cứ", "mở", "cầu", "còn", "đó"]);
/** words that may sit between the relative and "mất": possessives and time adverbs */
const BETWEEN = new Set(["toi", "minh", "em", "e", "chau", "nha", "cua", "moi", "vua", "da", "cung", "ay", "do", "la"]);
/** what is lost when "mất" means lost: the next word names it, or a cost/duration follows */
const LOST_OBJECT = new Set([
  "tien", "phi", "bao", "giay", "the", "can", "so", "dien", "vi", "tai", "het", "sach", "dat", "xe", "ho", "chung", "ban",
  "mat", "tui", "ca", "nhieu", "it", "may", "thoi", "cong", "ngu", "lien", "song", "tin", "hieu", "mang", "sim", "otp", "quyen", "tk", "acc", "trieu", "nghin",
  // "bn", "bnhieu": bao nhiêu typed short ("khai sinh cho con mất bn ngày": a duration, not a death)
  "bn", "bnh", "bnhieu", "bnhiu",
]);

/**
 * words that make "mat" the "mặt" of a compound when right before it: "có mặt" (be present), "vắng
 * mặt" (absent), "tiền mặt" (cash), "gặp mặt" (meet). "co" is read as "có" here, not "cô" (aunt):
 * an aunt who died is named with a possessive or an adverb ("cô tôi mất", "cô mới mất"), while
 * "có mặt" is how residents ask whether someone must come in person ("bố mẹ có phải có mặt không").
 */
const FACE_BEFORE_ACCENTED: Record<string, string> = { co: "có", vang: "vắng", tien: "tiền", gap: "gặp" };
/** the same words folded (everyday-situations.ts reads these compounds too); typed with accents, only the forms above make
 * the compound ("cô" is the aunt, "gấp" is hurried) */
export const FACE_BEFORE: ReadonlySet<string> = new Set(Object.keys(FACE_BEFORE_ACCENTED));
/** words after "mat" that make it a street front: "nhà mặt phố", "mặt đường", "mặt ngõ" */
const FACE_AFTER = new Set(["pho", "duong", "ngo"]);

const AMOUNT_UNITS = new Set(["trieu", "tr", "nghin", "ngan", "k", "dong", "d", "ty", "ti", "vnd", "usd", "cu", "lit", "xu"]);
const CLOCK_TOKEN = /^\d{1,2}h(?:\d{2})?$/;
const AMOUNT_TOKEN = /^\d+(?:[.,]\d+)*(?:k|tr|trieu|d|dong|ty|ti|vnd|usd)$/;

/** after "ck": a possessor, so "ck" is someone's husband */
const CK_OWNER_AFTER = new Set(["e", "em", "toi", "minh", "cua", "chi", "co", "bac"]);
/** before "ck": "vợ ck", "với ck", "nhà ck", "mẹ ck", "quê ck" */
const CK_FAMILY_BEFORE = new Set(["vo", "vk", "voi", "va", "cung", "nha", "ben", "que", "bo", "me", "cua"]);
/** money near "ck": the transfer sense wins */
const CK_MONEY = new Set([
  "tien", "phi", "stk", "tk", "khoan", "ngan", "nh", "vi", "momo", "qr", "toan", "coc", "tru", "nham", "lua",
  "trieu", "nghin", "k", "tr", "vnd", "atm", "bank", "banking",
]);

function ckMeansHusband(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k <= Math.min(tokens.length - 1, i + 3); k++) {
    const w = tokens[k]!.folded;
    if (k !== i && (CK_MONEY.has(w) || STARTS_WITH_DIGIT.test(w))) return false;
  }
  const before = tokens[i - 1]?.folded;
  const after = tokens[i + 1]?.folded;
  return (after !== undefined && CK_OWNER_AFTER.has(after)) || (before !== undefined && CK_FAMILY_BEFORE.has(before));
}

// hoisted: a regular expression literal is a new object at every evaluation (these run per token)
const STARTS_WITH_DIGIT = /^\d/;
const BN_AS_YOU_AFTER = /^(vay|oi|nhe|nha|nhi|a|ha|the)$/;

/**
 * Whether a token of this folded form can make resolveWordSenses() rewrite its text: every rewrite
 * below starts from one ("ck", a figure, "tiếng" or the word before it, an amount's first word, "bn",
 * "bị", "mất"). A text none of whose syllables can is returned as it is (analyze() skips the pass:
 * pass-reach.ts). A new rule keyed on another word adds that word here.
 */
export function mayChangeSense(folded: string): boolean {
  const first = folded.charCodeAt(0);
  return (first >= 48 && first <= 57) || SENSE_WORDS.has(folded) || mayStartAmount(folded);
}

const SENSE_WORDS = new Set(["ck", "tieng", "bn", "bi", "mat"]);

/** Rewrites the senses above (`reach`: see below); returns the token list (the one given when nothing changed: callers own it). */
export function resolveWordSenses(input: Token[], reach?: Uint8Array): Token[] {
  // "ck" first, so that "ck e mất rồi" reads "chồng em" before "mất" is weighed
  // (a copy only when a "ck" changes: this runs on every analysed text, a million tokens for 2,000 entries)
  let tokens = input;
  for (let i = 0; i < input.length; i++) {
    const t = input[i]!;
    if (t.folded === "ck" && t.accented === null && ckMeansHusband(input, i)) {
      if (tokens === input) tokens = input.slice();
      tokens[i] = { folded: "chong", accented: null };
    }
  }
  // most texts need no rewrite: they are returned as they are, copied only from the first change
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // `reach`: per token, the passes its syllable starts (pass-reach.ts): a token no rule below starts from, and not
    // before "tiếng", is kept as it is without the tests (the "ck" rewrite above keeps every token in its place)
    if (reach !== undefined && (reach[i]! & SENSES) === 0 && tokens[i + 1]?.folded !== "tieng") {
      if (out !== null) out.push(t);
      continue;
    }
    // both patterns start with a digit (\d: ASCII 0-9): most words are spared the two regular expressions
    const first = t.folded.charCodeAt(0);
    const digit = first >= 48 && first <= 57;
    if (digit && AMOUNT_TOKEN.test(t.folded)) {
      (out ??= tokens.slice(0, i)).push({ folded: "tien", accented: null });
      continue;
    }
    // a clock time or a number of hours ("12h", "19h30", "48h") is "giờ", whatever the figure: not an unknown word against a match
    if (digit && CLOCK_TOKEN.test(t.folded)) {
      (out ??= tokens.slice(0, i)).push({ folded: "gio", accented: null });
      continue;
    }
    if (digit && tokens[i + 1] && AMOUNT_UNITS.has(tokens[i + 1]!.folded)) {
      (out ??= tokens.slice(0, i)).push({ folded: "tien", accented: null });
      i++; // the unit
      continue;
    }
    // hours counted ("mấy tiếng", "2 tiếng"): hours-word.ts (only where "tiếng" is this word or the next)
    const hours = t.folded === "tieng" || tokens[i + 1]?.folded === "tieng" ? hoursPhrase(tokens, i) : undefined;
    if (hours) {
      (out ??= tokens.slice(0, i)).push(...hours.read.map((folded) => ({ folded, accented: null })));
      i += hours.take - 1;
      continue;
    }
    // an amount in words ("mấy nghìn", "vài triệu"): amount-words.ts
    const words = digit ? 0 : amountInWords(tokens, i);
    if (words > 0) {
      (out ??= tokens.slice(0, i)).push({ folded: "tien", accented: null });
      i += words - 1;
      continue;
    }
    // "bn" is "bao nhiêu", except at the end after "vậy", "ơi": then it is "bạn" (you)
    if (t.folded === "bn" && i === tokens.length - 1 && i > 0 && BN_AS_YOU_AFTER.test(tokens[i - 1]!.folded)) {
      (out ??= tokens.slice(0, i)).push({ folded: "ban", accented: null });
      continue;
    }
    // "bị mất phí/tiền" is a cost (lost money), never "bí mật" (secret): the pair "bi mat" is not kept
    if (t.folded === "bi" && (t.accented === null || t.accented === "bị") && lostMoney(tokens, i + 1)) {
      out ??= tokens.slice(0, i);
      continue;
    }
    if (t.folded === "mat" && (t.accented === null || t.accented === "mất") && diedSense(tokens, i)) {
      (out ??= tokens.slice(0, i)).push({ folded: "qua", accented: null }, { folded: "doi", accented: null });
      continue;
    }
    if (out !== null) out.push(t);
  }
  return out ?? tokens;
}

/** words after "bị mất" that make it money lost: "bị mất phí", "bị mất tiền", "bị mất lệ phí" */
const LOST_MONEY = new Set(["tien", "phi", "le", "trieu", "nghin", "ngan", "tk"]);

function lostMoney(tokens: Token[], i: number): boolean {
  const mat = tokens[i];
  const next = tokens[i + 1];
  return mat?.folded === "mat" && (mat.accented === null || mat.accented === "mất") && next !== undefined && LOST_MONEY.has(next.folded);
}

const isKin = (t: Token) => KIN.has(t.folded) && !(t.accented && NOT_KIN_ACCENTED.has(t.accented));
const isLostThing = (folded: string) => LOST_OBJECT.has(folded);

/** "mat" at `i` read as "mặt" in a compound (FACE_BEFORE, FACE_AFTER): never a death, even after a relative */
function faceSense(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  // "có mất đồng nào", "có mất xu nào": a cost asked, read as before (part-asked-plainly.ts reads its "đồng nào")
  const cost = next !== undefined && (next.folded === "dong" || next.folded === "xu") && tokens[i + 2]?.folded === "nao";
  if (before && !cost && FACE_BEFORE.has(before.folded) && (before.accented === null || before.accented === FACE_BEFORE_ACCENTED[before.folded])) return true;
  return next !== undefined && next.accented === null && FACE_AFTER.has(next.folded);
}

function diedSense(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (faceSense(tokens, i)) return false;
  // "tai" is a thing lost (tài khoản, tài sản), but "mất tại bệnh viện" tells where someone died
  if (next && LOST_OBJECT.has(next.folded) && next.accented !== "tại") return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const before = tokens[k]!;
    if (isKin(before)) return true;
    if (!BETWEEN.has(before.folded)) break;
  }
  // a death told some words after the relative ("… ốm lâu rồi và đã mất sáng nay"): died-in-clause.ts
  return diedLaterInClause(tokens, i, isKin, isLostThing);
}
