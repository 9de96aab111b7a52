/*
 * Short English questions right after an English scam warning (the warning's scam entry is the
 * conversation's entry, safety.ts): "what should I do?" asks that scam's advice; "where can I
 * report this?" asks where to report that scam, the reporting entry's, not a report to the ward
 * about the street. Before, the warning left nothing to lean on and both were handed off.
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";

const whatToDo = /^(?:(?:so|ok(?:ay)?|and|then|hmm|oh|omg|sorry)[\s,!.]+)*(?:what (?:should|do|can|must|shall) (?:i|we) do(?: now| next| about (?:it|this|that|him|her|them))?|what now|what next|what do i do now|how do i protect myself|what can i do)[\s?!.]*$/;
const reportIt = /\breport\w*\b(?!\s+(?:a|the)\s+(?:problem|broken|pothole|street|noise|rubbish|garbage))/;

/** The message after a scam entry asks that scam's advice ("what should I do?"). */
export function asksScamAdvice(text: string, previous: KnowledgeEntry | undefined): boolean {
  // "I already gave them my passport number. What should I do now?": the last sentence asks it
  const sentences = text.toLowerCase().split(/(?<=[.!?])\s+/);
  return previous?.category === "lua-dao" && (whatToDo.test(text.toLowerCase().trim()) || (sentences.length <= 3 && whatToDo.test(sentences[sentences.length - 1]!.trim())));
}

/** The message after a scam entry, read with "scam" named: "where can I report this?" → "where can I report this scam". */
export function afterScamText(text: string, previous: KnowledgeEntry | undefined): string {
  if (previous?.category !== "lua-dao" || !reportIt.test(text.toLowerCase()) || /\bscam|fraud|spam/i.test(text)) return text;
  return `${text.replace(/[\s?.!]+$/, "")} scam?`;
}
