/*
 * Pleasantries in English: "thank you so much", "hello, how are you today?", "ok great", "bye,
 * have a nice day". The Vietnamese small talk (lexicon.ts) answers "cảm ơn", "chào" with a short
 * reply and hands nothing to staff; in English these fell to the English turn, which handed them
 * off ("…passed it to the staff") or to a Vietnamese handoff: a thank-you in the unanswered queue.
 * A bare "hello", "hi", "ok", "thanks" is as common in Vietnamese chats: it is read as English only
 * after an English turn; otherwise the Vietnamese small talk answers it as before.
 */
import { matches } from "../lib/regex-prefilter";
import type { Ward } from "../wards/ward-profile";
import type { ConversationMemory, SmalltalkResult } from "./ask-result";
import { replyFields } from "./reply-text";

type Kind = SmalltalkResult["smalltalk"];
const tail = String.raw`(?:[\s,!.]+(?:so much|very much|a lot|a lot for your help|for (?:the|your) (?:help|answer|information|info|reply)|again|dear|sir|madam|ma'am|everyone|team|guys|there|(?:have a|a) (?:nice|good|great) (?:day|evening|weekend)|take care|see you|:\)|🙏|😊))*[\s!.?]*`;
const patterns: Array<{ kind: Kind; pattern: RegExp; bare?: RegExp }> = [
  { kind: "thanks", pattern: new RegExp(String.raw`^(?:(?:ok(?:ay)?|great|perfect|got it|i see|understood)[\s,!.]+)?(?:thank you|thanks|thank u|thx|many thanks|much appreciated)${tail}$`), bare: /^(?:thanks|thank you)[\s!.]*$/ },
  { kind: "greeting", pattern: new RegExp(String.raw`^(?:hello|hi|hey|good (?:morning|afternoon|evening)|greetings)(?:[\s,!.]+(?:there|everyone|dear|sir|madam|good (?:morning|afternoon|evening)))*(?:[\s,!.]+how are you(?: (?:today|doing))?)?[\s!.?]*$`), bare: /^(?:hello|hi)[\s!.]*$/ },
  { kind: "bye", pattern: new RegExp(String.raw`^(?:(?:ok(?:ay)?|thanks|thank you)[\s,!.]+)?(?:bye|goodbye|good bye|bye bye|see you|have a (?:nice|good|great) (?:day|evening|weekend))${tail}$`), bare: /^bye[\s!.]*$/ },
  { kind: "ack", pattern: /^(?:ok(?:ay)?|great|perfect|got it|i see|understood|alright|all right|sounds good|noted)(?:[\s,!.]+(?:great|perfect|got it|i see|understood|thanks|noted))*[\s!.]*$/, bare: /^ok(?:ay)?[\s!.]*$/ },
];

/** The pleasantry an English message is, or undefined; a bare word common in Vietnamese chats counts only after an English turn. */
export function englishPleasantry(text: string, previousInEnglish: boolean): Kind | undefined {
  const lower = text.toLowerCase().trim();
  const hit = patterns.find((p) => matches(p.pattern, lower));
  if (!hit) return undefined;
  if (!previousInEnglish && (hit.bare?.test(lower) || /^ok(?:ay)?$/.test(lower))) return undefined;
  return hit.kind;
}

/** The small-talk reply in English (kind `smalltalk`: nothing handed to staff, the topic kept for a follow-up). */
export function englishSmalltalk(text: string, ctx: { ward: Ward; memory: ConversationMemory }): SmalltalkResult | undefined {
  const kind = englishPleasantry(text, ctx.memory.lang === "en");
  if (!kind) return undefined;
  const replies: Record<Kind, string> = {
    greeting:
      `Hello! This is the Hỏi Phường assistant of ${ctx.ward.name}. You can ask about administrative procedures, the ward office's address and hours, online public services, or scams.\n` +
      'To write to ward staff, type "talk to staff".',
    thanks: "You are welcome. If you have another question, just write it here.",
    ack: "All right. If you have another question, just write it here.",
    bye: "Goodbye, and all the best to you and your family!",
  };
  return {
    kind: "smalltalk",
    smalltalk: kind,
    ...replyFields(replies[kind], [], [], "en"),
    entries: [],
    lang: "en",
    explanation: `Chào hỏi, cảm ơn bằng tiếng Anh (${kind}).`,
    // a thank-you does not end the topic: a follow-up may still come
    memory: { ...ctx.memory, lang: "en" },
  };
}
