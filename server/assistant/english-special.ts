/*
 * "What if we forgot to declare?", "What happens if the father is a foreigner?", "Any exceptions?"
 * asked in English right after an English answer: the entry's special cases in English
 * (`special_en`, a translation of its "Trường hợp đặc biệt" part held by kb:check:
 * knowledge/entry-special-en.ts), sample markers gathered. An entry without it: nothing is decided
 * here, and the English summary answers as before. Only a follow-up is read this way.
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { gatherSampleMarkers } from "../knowledge/sample-markers";
import type { AskResult, ConversationMemory } from "./ask-result";
import { englishPartAnswer } from "./english-part-answer";

/** a case or an exception asked of the procedure at hand */
const asksCase = /\bwhat (?:if|happens if|about if)\b|\bwhat happens (?:when|after)\b|\bin case\b|\bexceptions?\b|\bspecial cases?\b|\bwhat about (?:if|when)\b/;

/** The answer to an English "what if …?" about the previous entry, or undefined to leave it to the summary. */
export function englishSpecialFollowUp(text: string, previous: KnowledgeEntry | undefined, memory: ConversationMemory): AskResult | undefined {
  if (!previous?.special_en || previous.action === "handoff" || !asksCase.test(text.toLowerCase())) return undefined;
  // a "what if" the part does not cover is for staff: the reply says so rather than guessing
  const body = gatherSampleMarkers(`Special cases for this procedure, as the ward's information gives them:\n${previous.special_en}\nIf your case is not covered here, reply 0 and ward staff will answer it.`, "en");
  return englishPartAnswer(previous, body, "special", `Tin nhắn tiếng Anh hỏi trường hợp đặc biệt của mục "${previous.title}" (${previous.id}): bản tiếng Anh của phần Trường hợp đặc biệt.`, memory);
}
