/*
 * "Can we do it at this ward or somewhere else?", "Should I do it myself or does my host do it?", "who must do it, me or my
 * father-in-law?", "My husband is abroad, can I do it without him?", "Where do we hand in the application?" after an
 * English answer: the verb's object is a pronoun (or "the application", "the paperwork") standing for the procedure just
 * answered. The other words ("ward", "host", "husband") were read as a topic of their own — the ward's contacts, or
 * nothing, a hand-off. The turn is a follow-up of the previous entry (english-turn.ts); which part it asks (where, who, a
 * case) is read as for any English follow-up. A favour asked of the assistant ("can you do it for me") is not this.
 */
const doneObject = /\b(?:do|doing|does|did|file|submit|send|declare|register|apply for|handle|finish|complete|hand in|lodge)\s+(?:it|this|that|(?:the|our|my|this) (?:application|paperwork|papers|registration|declaration|form|procedure))\b/;
/**
 * "do/does/did it" as the auxiliary of another verb ("what time does it open", "how long does it take", "how much does it
 * cost"): "it" is the subject there (in a ward's chat, the office), not the procedure done. The main verb "do" is followed
 * by the end, a preposition or an adverb ("do it at this ward", "do it myself", "do it online").
 */
const auxiliaryDo = /\b(?:do|does|did)\s+(?:it|this|that)\s+(?!(?:at|in|on|for|by|with|without|from|through|via|here|there|now|today|online|myself|yourself|himself|herself|ourselves|themselves|alone|again|or|and|before|after|instead|too|also|then|first|later|soon|please)\b)[a-z]/;
const questionShape = /\?\s*$|^\s*(?:who|where|when|how|what|which|can|could|should|must|do|does|is|are|may|will|would|shall|need|have)\b/;
const favour = /\b(?:you|u)\s+(?:\w+\s+)?(?:do|file|submit|send|handle)\s+(?:it|this|that)\b|\b(?:for me|on my behalf)\b/;

/** Whether the English message asks of the procedure just answered through a pronoun object of its verb. */
export function englishDoesItAgain(text: string): boolean {
  const lower = text.toLowerCase().replace(/’/g, "'").trim();
  return questionShape.test(lower) && doneObject.test(lower.replace(auxiliaryDo, " ")) && !favour.test(lower);
}

/**
 * "She also needs a single status certificate. What does she need for that?": the pronoun stands for the thing named in
 * the message's own first sentence, not the procedure answered before. The sentences before the last one, when they
 * name a topic the search finds strongly other than the previous entry, are that topic.
 */
export function pronounsOwnSentence(text: string, strongTopOf: (sentence: string) => string | undefined, previousId: string | undefined): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  if (sentences.length < 2) return false;
  const before = sentences.slice(0, -1).join(" ");
  const top = strongTopOf(before);
  return !!top && top !== previousId;
}
