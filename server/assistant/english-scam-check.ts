/*
 * "how I check it is really her?", "How can I make sure it's really my son?", "how do we verify that?" right after an
 * English answer on a scam (a friend's hacked account asking to borrow money, a relative "in hospital"): how to check the
 * scam just told, nothing else named. The words alone found nothing ("check … really her" is not the glossary's "check if
 * a link is real") and the turn was handed off; the scam entry's own steps say how to check (english-turn.ts).
 */
const checkAsked = /\bhow\b[^.?!]{0,20}\b(?:check|verify|confirm|know|make sure|tell|find out)\b/;
/** what is checked: the person or the thing just told, pointed at */
const pointed = /\b(?:it|this|that|her|him|them|really|real|true|genuine)\b/;

export function englishChecksTheScam(text: string): boolean {
  const lower = text.toLowerCase().replace(/’/g, "'");
  return lower.length <= 100 && checkAsked.test(lower) && pointed.test(lower.slice(checkAsked.exec(lower)!.index));
}
