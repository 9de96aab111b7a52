/*
 * "phải viết đơn thế nào" after the land-dispute mediation entry, "viết đơn thì cần kèm theo gì", "làm đơn thế nào"
 * after poor-household recognition: how to write the application the procedure just answered starts with. Alone
 * "viết" is a rare word no entry's core holds, and unaccented "don the" is read as "đóng thuế", so the turn was
 * handed off or matched another entry. The application is the previous procedure's own: its steps (or the part
 * asked, "kèm theo gì" its documents), when the previous entry speaks of an application ("đơn") and the message has
 * nothing else of its own. "xin mẫu đơn xin việc", "làm đơn ly thân" name what the application is for: not matched.
 */

const howWords = /\b(?:kieu gi|kieu nao|ra sao|the nao|nhu the nao|ntn|cach nao|lam sao)\b/g;
const formPhrase = /\b(?:viet|lam|soan|ghi|nop|gui|mau)\s+(?:cai\s+|to\s+|la\s+)?don\b/;

/** The message with its "viết đơn" phrase taken out, if it has one (`typed`: folded as typed); the caller checks the rest names nothing. */
export function applicationFormRest(typed: string): string | undefined {
  const m = formPhrase.exec(typed);
  if (!m) return undefined;
  // "đơn xin việc", "đơn ly thân": the application's purpose named right after it
  const after = typed.slice(m.index + m[0].length).trim();
  if (/^(?:xin|de nghi|yeu cau|ly|khieu|to|tu)\b/.test(after) && !/^(?:xin|de nghi|yeu cau)\s+(?:the nao|nhu the nao|ra sao|kieu gi|o dau|gi)\b/.test(after)) return undefined;
  // (how it is asked is no topic: "kiểu gì", "ra sao" are not all part cues)
  return `${typed.slice(0, m.index)} ${after}`.replace(howWords, " ").replace(/\s+/g, " ").trim();
}
