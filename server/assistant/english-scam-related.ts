/*
 * The scam entries a warning to an English message leads with: searched with the English
 * glossary's Vietnamese words ("a delivery guy… customs fee first" → the delivery scam; "says he
 * is from Hanoi police… transfer money" → police impersonation), not the English words themselves,
 * which the Vietnamese index matches by accident ("a delivery guy called me" led with a victim's
 * steps). A Vietnamese message, or an English one the glossary has no words for, is searched as
 * typed, as before.
 */
import type { ConversationMemory } from "./ask-result";
import { englishNamedScam, isEnglish } from "./english";

/** The text to search the scam entries with: the glossary's words of the particular scam told, else the text as typed. */
export function scamSearchText(text: string, previousInEnglish: boolean): string {
  if (!isEnglish(text, previousInEnglish)) return text;
  return englishNamedScam(text) ?? text;
}

/**
 * An English warning about a particular scam the glossary named keeps that scam's entry as the
 * conversation's entry, for "what should I do?" and "where can I report this?" next
 * (english-after-scam.ts); a warning whose entries were found by chance keeps none, as before.
 */
export function keepWarnedScam<R extends { kind: string; lang: "vi" | "en"; entries: Array<{ id: string }>; memory: ConversationMemory; handoff?: unknown }>(result: R, text: string, previousInEnglish: boolean): R {
  if (result.kind !== "scam_warning" || result.lang !== "en" || result.handoff || !result.entries[0] || scamSearchText(text, previousInEnglish) === text) return result;
  return { ...result, memory: { ...result.memory, entryId: result.entries[0].id, shown: "summary" } };
}
