/*
 * "Is there an app for that?" after reporting overnight guests, "Can foreigners register an account on it?" after iHanoi:
 * an English question that ends on a pronoun standing for the thing just answered ("for that", "on it", "with this").
 * Its other words ("app", "account", "foreigners") were read as a topic of their own: another entry, or a hand-off.
 * The pronoun says the subject is the previous entry's; the turn is read as a follow-up of it (english-turn.ts).
 */
const pattern = /\b(?:for|on|in|with|about|into|through|via|using|from) (?:it|that|this|them|those)\s*[?.!]*\s*$/;

/** Whether the English message ends on a preposition and a pronoun pointing back to what was just answered. */
export function englishPointsBack(text: string): boolean {
  return pattern.test(text.toLowerCase().trim());
}
