/*
 * "cũng vậy à?", "cũng thế hả", "cũng vậy à, ở phường bên nhà chồng cũng được?", "khách nước ngoài
 * cũng vậy à": the resident asks whether what was just said holds as well (for them, for another
 * place or person). The question leans on the previous answer whatever its few other words are
 * ("vậy" is no loan, "nhà chồng" no residence registration): a yes/no of the previous entry.
 * Read on the message folded as typed; a long message is a question of its own.
 */

/** "cũng vậy/thế" followed by a question particle */
const echo = /(?:^|\s)cung (?:vay|the|nhu vay|nhu the) (?:a|ha|ah|ak|ko|khong|k|sao|hay sao|nhi|phai khong|dung khong)(?=\s|[?.!,]|$)/;
/** words of the message besides the echo: more than this and it is a question of its own */
const MAX_OTHER_WORDS = 8;

/** Whether the message asks whether the previous answer holds as well ("cũng vậy à"). `typed`: folded as typed. */
export function echoesPreviousAnswer(typed: string): boolean {
  const m = echo.exec(typed);
  if (!m) return false;
  const others = (typed.slice(0, m.index) + " " + typed.slice(m.index + m[0].length)).split(/[^a-z0-9]+/).filter(Boolean);
  return others.length <= MAX_OTHER_WORDS;
}
