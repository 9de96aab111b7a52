import { shortStatement } from "./short-statement";

/*
 * A short statement about the person already spoken of, named by a pronoun and asking nothing:
 * "nó đang học thạc sĩ nữa" after military service for "con tôi", "anh ấy làm ở nước ngoài",
 * "con bé mới có 3 tuổi thôi". The resident tells a circumstance of theirs and expects the
 * previous entry's special cases; the words alone (học, thạc sĩ) match no entry well, so the turn
 * was handed off. The caller keeps it to weak or unsure matches outside scam talk, where "nó"
 * may be the app or the caller ("nó bảo chuyển tiền").
 */

/** a third-person pronoun for someone already named (folded, at the start after an opener) */
const referentPattern =
  /^(?:(?:the|ma|nhung|vay|con|a|u|da) )?(?:no|em no|con no|chau no|thang be|con be|thang nho|(?:anh|chi|ong|ba|co|chu|em|chau|bac) (?:ay|ya))\b/;

/** words that make it a question ("nó học thạc sĩ thì sao", "nó có phải đi không", "được không") */
const askingPattern =
  /\b(?:gi|nao|dau|sao|bao nhieu|bao lau|khi nao|bao gio|the nao|la gi|ai|lam sao|khong|ko|k|kg|hong|chua|ha|hả|nhi|a|co phai|duoc|dc|can|phai)$|\b(?:gi|nao|dau|sao|bao nhieu|bao lau|khi nao|bao gio|the nao|nhu the nao|lam sao|co phai|co duoc|co can|co bi|thi sao)\b/;

/** Folded, a bare "no" is also "nợ"/"nổ"/"no": with accents written elsewhere, only "nó" counts. */
function pronounWritten(normalized: string, folded: string): boolean {
  if (!/^(?:(?:the|ma|nhung|vay|con|a|u|da) )?no\b/.test(folded)) return true;
  const accented = normalized !== folded;
  return !accented || /(?:^|[^\p{L}])nó(?=$|[^\p{L}])/u.test(normalized);
}

/** The message tells something of a person named by a pronoun, asks nothing, in a few words. */
export function statesOfReferent(text: string): boolean {
  const statement = shortStatement(text);
  if (!statement) return false;
  const { normalized, folded } = statement;
  if (!referentPattern.test(folded) || !pronounWritten(normalized.replace(/[,;:]+/g, " ").replace(/\s+/g, " "), folded)) return false;
  return !askingPattern.test(folded);
}
