/*
 * "vâng, bao lâu thì có", "vang, mat bao lau", "thế à, mảnh đấy có đường đi chung thì có tách được không",
 * "ok, làm online được không" (tuning-s17, session 17: short reactions to the answer before the next question):
 * the resident acknowledges what was said, then asks. Left in, the acknowledgement is a content word:
 * unaccented "vang" is the folded "vắng" of "tạm vắng" (and "vàng"), so a follow-up on the criminal record
 * or the residence confirmation went to the temporary-absence entry; "thế à" added nothing but noise.
 *
 * Only at the start of the message, and only where it cannot be another word: followed by a comma, full stop
 * or exclamation mark (unaccented "vang", "da", "u" are "vắng", "da", "ư" elsewhere; "dạ dày" is the stomach),
 * or "vâng" typed with its accents (no other word is spelt so). The rest must still be a question of two
 * words or more ("vâng ạ", "ok, thanks" stay acknowledgements).
 */
import { foldedAsTyped } from "./scam-followups";

/** acknowledgements and "is that so" reactions before a comma / full stop / exclamation mark: typed with their accents */
const accentedOpener = /^(?:(?:dạ |thưa )?(?:vâng|dạ|ừ|ờ|ừm|uh|um|ok|oke|okay|okie|được|được rồi|rồi|hiểu rồi|biết rồi)|(?:thế|vậy|thế à|vậy à|thế hả|vậy hả|à thế|à vậy|thế ah|vậy ah))(?: ạ| nhé| nha| à| ah| ak)?\s*[,.!]+\s*/;
/** the same typed without accents (only when the whole opener is: "vàng," is gold) */
const plainOpener = /^(?:(?:da |thua )?(?:vang|da|u|uh|um|o|ok|oke|okay|okie|duoc|duoc roi|roi|hieu roi|biet roi)|(?:the|vay|the a|vay a|the ha|vay ha|a the|a vay|the ah|vay ah))(?: a| nhe| nha| ah| ak)?\s*[,.!]+\s*/;
const BREAK = /[,.!]/;
/** "vâng" as typed (with its accents): an acknowledgement without punctuation too */
const accentedVang = /^(?:dạ\s+)?vâng(?:\s+ạ)?[\s,.!]+/;

/** The message without its acknowledgement opener, or undefined when it has none. */
export function afterAcknowledgment(text: string): string | undefined {
  const typed = text.normalize("NFC").trim();
  const head = typed.slice(0, 40);
  // (no break near the start and no "vâng": most messages, one test)
  if (!BREAK.test(head) && !/^(?:dạ\s+)?vâng/i.test(head)) return undefined;
  const lower = head.toLowerCase();
  const folded = foldedAsTyped(head);
  // folding keeps every character in place: the opener's length folded is its length as typed
  if (folded.length !== head.length) return undefined;
  const plain = plainOpener.exec(folded);
  const m = accentedVang.exec(lower) ?? accentedOpener.exec(lower) ?? (plain && lower.startsWith(plain[0]) ? plain : null);
  if (!m) return undefined;
  const rest = typed.slice(m[0].length).trim();
  return /\p{L}.*\s.*\p{L}/u.test(rest) ? rest : undefined;
}
