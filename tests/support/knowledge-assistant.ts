import { beforeAll, expect } from "vitest";
import { emptyMemory, type AskResult } from "../../server/assistant/ask-result";
import { Assistant } from "../../server/assistant/assistant";
import { readKnowledgeDir } from "../../server/knowledge/knowledge-files";
import type { KnowledgeBase, KnowledgeEntry } from "../../server/knowledge/knowledge-schema";
import type { Ward } from "../../server/wards/ward-profile";
import { wardFixture } from "./ward-fixture";

/** Monday 2026-11-23 09:00 in Hanoi (UTC+7): working hours, so handoffs promise a reply today. */
export const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);

/**
 * The assistant over the repository's real knowledge, built once per test file, and an `ask` that
 * sends one fresh message (no conversation memory) to a test ward at MONDAY_9AM; `conversation`
 * sends one resident's messages in order (memory carried, a minute a turn) and gives every turn's
 * result. `ward`: the test ward's own slug, name or hotline where a file needs another.
 */
export function knowledgeAssistant(
  ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" }),
  options: ConstructorParameters<typeof Assistant>[1] = {},
) {
  let assistant: Assistant | undefined;
  let kb: KnowledgeBase | undefined;
  beforeAll(async () => {
    kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
    assistant = new Assistant(kb, options);
  });
  return {
    ward,
    ask: (text: string) => assistant!.ask(text, ward, MONDAY_9AM),
    /** asks `text` fresh and expects it answered (kind "answer") by entry `id`; gives the result */
    answeredBy: (text: string, id: string): AskResult => {
      const result = assistant!.ask(text, ward, MONDAY_9AM);
      expect(result.kind, text).toBe("answer");
      expect(result.kind === "answer" && result.entry.id, text).toBe(id);
      return result;
    },
    conversation: (...messages: string[]): AskResult[] => conversationWith(assistant!, ward, ...messages),
    /** the real knowledge base (after beforeAll) */
    kb: () => kb!,
    /** an entry of the real knowledge with only this id and title (and category), no questions, keywords or procedures */
    titled: (id: string, title: string, category = "dich-vu-cong"): KnowledgeEntry =>
      ({ ...kb!.entries[0]!, id, title, category, questions: [], keywords: [], procedures: [], body: title }) as KnowledgeEntry,
  };
}

/** One resident's messages to `assistant` in order (memory carried, a minute a turn from MONDAY_9AM): every turn's result. */
export function conversationWith(assistant: Assistant, ward: Ward, ...messages: string[]): AskResult[] {
  let memory = emptyMemory();
  return messages.map((text, i) => {
    const result = assistant.ask(text, ward, MONDAY_9AM + i * 60_000, memory);
    memory = result.memory;
    return result;
  });
}

/** A turn's kind and the entry it leads with ("answer dvc-khai-sinh"). */
export const led = (r: AskResult | undefined) => `${r?.kind} ${r?.entries[0]?.id}`;

/** The part of the entry an answer shows first ("fee", "steps"…); undefined for other kinds. */
export const shown = (r: AskResult | undefined) => (r?.kind === "answer" ? r.shown : undefined);

/** The answer's entry id (or its kind when no entry), after checking that it is in English. */
export function inEnglish(result: AskResult, text: string): string {
  expect(result.lang, text).toBe("en");
  return result.kind === "answer" ? result.entry.id : result.kind;
}

/** A conversation (from knowledgeAssistant's `conversation`) whose every turn must be answered in English. */
export function englishConversation(turns: (...texts: string[]) => AskResult[]) {
  return (...texts: string[]): AskResult[] => {
    const results = turns(...texts);
    results.forEach((r, i) => expect(r.lang, texts[i]).toBe("en"));
    return results;
  };
}

/** An answer's entry id, or the result's kind when it has no entry ("handoff"). */
export const idOf = (r: AskResult) => (r.kind === "answer" ? r.entry.id : r.kind);

/** "answered from this entry, showing this part": checks a message's answer made by `ask`. */
export function answerCheck(ask: (text: string) => AskResult) {
  return (text: string, id: string, shown?: string) => {
    const result = ask(text);
    expect(result.kind, text).toBe("answer");
    expect(result.kind === "answer" && result.entry.id, text).toBe(id);
    if (shown) expect(result.kind === "answer" && result.shown, text).toBe(shown);
  };
}

/** the entry a resident is offered first: the answer's, or the first of an ask-back's choices (else the result's kind) */
export function offeredFirst(r: AskResult): string | undefined {
  return r.kind === "answer" ? r.entry.id : r.kind === "clarify" ? r.entries[0]?.id : r.kind;
}
