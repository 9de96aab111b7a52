/*
 * What the English follow-ups answered from one part of a procedure record share
 * (english-where.ts: the place; english-who-online.ts: who decides, the online way): one line per
 * procedure of the entry, each under its English name when the entry has several, and the answer
 * itself, kept on the previous entry with "Talk to ward staff" as its one choice.
 */
import type { KnowledgeBase, KnowledgeEntry, Procedure } from "../knowledge/knowledge-schema";
import { extended } from "../lib/extended";
import type { AskResult, ConversationMemory, OfferedChoice, Shown } from "./ask-result";
import { replyFields } from "./reply-text";

/** One English line per procedure of `entry` from `text`; undefined when one has none (or, with several, no English name). */
export function englishProcedureLines(entry: KnowledgeEntry, kb: KnowledgeBase, text: (p: Procedure) => string | undefined): string[] | undefined {
  const procedures = entry.procedures.map((id) => kb.procedures.get(id));
  if (!procedures.length || procedures.some((p) => !p || !text(p) || (procedures.length > 1 && !p.name_en))) return undefined;
  return procedures.map((p) => {
    const line = text(p!)!;
    return procedures.length > 1 ? `${p!.name_en}: ${line.charAt(0).toLowerCase()}${line.slice(1)}` : line;
  });
}

/** An English follow-up answered from one part of the previous entry (or a first message's part: english-first-part.ts). */
export function englishPartAnswer(previous: KnowledgeEntry, body: string, shown: Shown, explanation: string, memory: ConversationMemory): AskResult {
  const offered = [{ n: 0, label: "Talk to ward staff", action: { do: "staff" } } as OfferedChoice];
  return {
    kind: "answer",
    ...replyFields(body, previous.links.slice(0, 1), offered, "en"),
    entries: [{ id: previous.id, title: previous.title, score: 1 }],
    entry: { id: previous.id, title: previous.title },
    shown,
    followup: memory.entryId === previous.id,
    also: [],
    lang: "en",
    explanation,
    memory: extended(memory, { entryId: previous.id, shown, choices: offered, lang: "en" as const }),
  };
}
