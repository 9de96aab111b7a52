/*
 * A follow-up in English about the case just answered, naming no topic of its own: "what if we
 * forgot to declare for the first 2 days?", "what happens if he leaves early?", "the dorm office
 * says I have to do it myself, is that right?", "can she still apply here?". Before, the glossary
 * found no topic in it (or only the one at hand) and the message was handed off, or answered from
 * an entry found by one word. It now leans on the previous entry (its English summary or part),
 * unless its own words find another entry strongly.
 */

/** a question about the case at hand: a condition, a check of what was said, "still", "instead" */
const aboutTheCase =
  /\bwhat (?:if|happens if|about if)\b|\bwhat happens (?:when|after|then)\b|\b(?:is|was) (?:that|this|it) (?:right|true|correct|ok|okay|so|normal|allowed|required|necessary)\b|\b(?:can|could|may|must|should|does|do) (?:he|she|i|we|they|my \w+) still\b|\b(?:still|also) (?:apply|register|do it|file|declare|need)\b|\binstead\b/;

/** The message asks about the case at hand without naming another topic (`named`: the id its own words find strongly, if any). */
export function englishCaseFollowUp(text: string, previousId: string | undefined, named: () => string | undefined): boolean {
  if (!previousId || !aboutTheCase.test(text.toLowerCase())) return false;
  const other = named();
  return other === undefined || other === previousId;
}
