/*
 * "I already sent him 1.8 million dong, what should I do now?", "Too late, my husband already transfer 20 million. What
 * now?" after an English scam warning or answer: the money is gone, the resident is a victim. The glossary's "sent …
 * million" stopped at the dot of "1.8", learners' "already transfer" had no past tense, and the turn stayed with the
 * scam entry (or was handed off): the victim's steps answer (english-turn.ts), as for a Vietnamese victim.
 */
const alreadyPaid = /\b(?:already|just|have|has|had)\s+(?:been\s+)?(?:sent|send|transferred|transfer|paid|pay|lost|given|wired)\b/;
const paidAmount = /\b(?:sent|transferred|paid|lost|wired)\b(?:[^.?!]|\.\d){0,40}?(?:\d\s*(?:k|tr|m)\b|\b(?:million|mil|dong|vnd|usd|dollars?|money|thousand)\b)/;
/** the money is the resident's side going out, not a fee quoted ("they asked me to pay 2 million") */
const notYet = /\b(?:not yet|haven'?t|hasn'?t|didn'?t|did not|have not|has not|before i|(?:should|must|can) (?:i|we) (?:pay|send|transfer)|do (?:i|we) (?:have|need) to|asked (?:me|us|him|her) to|want(?:s|ed)? (?:me|us) to)\b/;

export function englishMoneyAlreadySent(text: string): boolean {
  const lower = text.toLowerCase().replace(/’/g, "'");
  return (alreadyPaid.test(lower) || paidAmount.test(lower)) && !notYet.test(lower);
}

/**
 * "where is the police station to report it" right after the victim's steps: "it" is the loss just told, which the victim
 * entry's own place part answers (report to the police where one lives), not the general reporting entry.
 */
export function englishReportsIt(text: string): boolean {
  return /\breport(?:ing)? (?:it|this|that|them|him|her)\b/.test(text.toLowerCase());
}
