/*
 * An age typed as chat shorthand: a number glued to "t" ("bé 14t", "tôi 70t rồi", "con em 5t"). Unread, "14t"
 * is one unknown token: it lowers every entry's coverage (a plain question fell under the line and was handed
 * off) and the rules that read an age ("\d+ tuoi": a child's card at 14, an elderly resident's help, a late
 * birth registration) never see it. The message is read with "tuổi" before anything reads it, as
 * telex-message.ts and dictated-words.ts do for their own shapes.
 *
 * Only beside a person word just before it (bé, con, cháu, tôi, em, bà, ông, cụ, bác, mẹ, bố, "năm nay"…),
 * so that money and land ("nhà 3t", "vay 2t": tỷ) and other units keep the writer's meaning; an age is at most 120.
 */
const CHEAP = /\d\s?t\b/i;

const PERSON =
  "bé|be|con|cháu|chau|tôi|toi|em|e|mình|minh|bà|ba|ông|ong|cụ|cu|bác|bac|mẹ|me|bố|bo|ba|má|ma|chồng|chong|vợ|vo|anh|chị|chi|cô|co|chú|chu|nó|no|năm nay|nam nay|đã|da|được|duoc|dc|đc|nay|gần|gan|hơn|hon|trên|tren|dưới|duoi";
const AGE = new RegExp(`(^|[^\\p{L}\\d])(${PERSON})(\\s+)(\\d{1,3})\\s?t(?![\\p{L}\\d])`, "giu");

/** The message with glued ages read as "N tuổi"; the same string when nothing changed. */
export function readAgeShorthand(text: string): string {
  if (!CHEAP.test(text)) return text;
  return text.replace(AGE, (whole, lead: string, person: string, space: string, digits: string) =>
    Number(digits) > 0 && Number(digits) <= 120 ? `${lead}${person}${space}${digits} tuổi` : whole,
  );
}
