/*
 * More things an English message asks that no entry covers (session 18, read with english-uncovered.ts, same shape), each
 * answered before from a look-alike word of an entry's English summary (a confident wrong answer):
 * - a translation asked of the ward or the assistant, a private service ("Could you translate my birth certificate into
 *   Vietnamese for me?" got the birth-registration entry); not a question whether a paper must be translated ("Do I
 *   need my passport translated?") nor certifying a translated copy (the certification entry's);
 * - wages an employer has not paid, a labour dispute ("My employer hasn't paid my salary for two months. Who can I
 *   complain to?" got the entry on sending the ward a report);
 * - a paper legalised for use abroad or by a foreign authority (consular legalisation, an apostille: "how do I get my
 *   university degree legalized" got the certification entry; the ward certifies copies, it does not legalise).
 */
export const englishUncoveredS18: Array<{ pattern: RegExp; covered?: RegExp; unless?: RegExp }> = [
  {
    pattern:
      /\b(?:can|could|would|will) (?:you|the ward|someone|somebody|anyone|anybody) (?:please )?(?:help (?:me )?)?(?:to )?translate\b|\b(?:please )?translate (?:this|it|my|these|the|our)\b[^.?!]*\bfor (?:me|us)\b|\b(?:need|looking for|find) (?:a |an )?(?:translator|interpreter|translation service)s?\b/,
  },
  {
    pattern:
      /\b(?:employer|boss|company|factory|manager)\b[^.?!]{0,30}\b(?:not|never|hasn't|hasnt|haven't|havent|didn't|didnt|doesn't|doesnt|won't|wont|refuses? to|refused to|stopped)\b[^.?!]{0,15}\bpa(?:id|y|ying)\b|\b(?:unpaid|owed|late|delayed|withheld|back) (?:salary|salaries|wages?|pay)\b/,
    unless: /\b(?:scam|scammer|fraud|fake|text(?:ed)?|sms|link|otp|is this (?:real|true|legit))\b/,
  },
  { pattern: /\blegali[sz](?:e|ed|ing|ation)\b|\bapostilled?\b/ },
];
