/*
 * An English request that the assistant write something for the resident ("Can you help me write an email to my
 * landlord?", "could you draft a letter to my employer", "please translate this message for me"): a favour no entry
 * covers. The word "email" alone reads as the ward's contacts (english.ts), so the contacts entry answered with the
 * ward's address, a confident wrong answer; staff answer it instead (session 12, out of coverage). Only with a request
 * frame before the verb: "how do I write a complaint to the ward" asks how, and keeps its search.
 */
const favourPattern =
  /\b(?:help me|can you|could you|would you|will you|please|pls|i need you to|i want you to)\b[^.?!]{0,24}\b(?:write|draft|compose|translate|proofread|edit|word|type)\b[^.?!]{0,30}\b(?:e-?mails?|letters?|messages?|texts?|notes?|cv|resume|essay|replies|reply|post)\b/;

/** Whether the English message asks the assistant to write, draft or translate something for the resident. */
export function englishAsksForWriting(text: string): boolean {
  return favourPattern.test(text.toLowerCase());
}
