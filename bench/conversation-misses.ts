/**
 * Study aid for conversation sets (TUNING files only): prints every conversation that has a miss,
 * turn by turn, with what the engine answered, so a miss is read in its context.
 *
 *   npx tsx bench/conversation-misses.ts tuning10-conversations [tuning8-conversations …]
 */
import { join } from "node:path";
import { Assistant, type ConversationMemory } from "../server/assistant/assistant";
import { emptyMemory } from "../server/assistant/ask-result";
import { loadKnowledge, NOW, ROOT } from "./ask-latency";
import { readLines, type Line } from "./answers-eval";

const { kb, ward } = await loadKnowledge();
const assistant = new Assistant(kb);
const names = process.argv.slice(2);
for (const name of names) {
  if (!/^tuning[\w-]*-conversations$/.test(name)) throw new Error(`${name}: tuning conversation sets only`);
  const lines = readLines(join(ROOT, "tests/fixtures/blind", `${name}.jsonl`));
  const byConv = new Map<string, Line[]>();
  for (const l of lines) byConv.set(l.conversation!, [...(byConv.get(l.conversation!) ?? []), l]);
  let n = 0;
  for (const [id, turns] of byConv) {
    let memory: ConversationMemory = emptyMemory();
    const out: string[] = [];
    let missed = false;
    turns.forEach((line, i) => {
      const r = assistant.ask(line.q, ward, NOW + i * 60_000, memory);
      memory = r.memory;
      const ok =
        line.expect === "answer"
          ? (r.kind === "answer" && r.entries[0]?.id === line.topic) || (r.kind === "scam_warning" && !!line.topic?.startsWith("ld-") && r.entries[0]?.id === line.topic)
          : line.expect === "handoff"
            ? r.kind === "handoff"
            : line.expect === "scam"
              ? r.kind === "scam_warning"
              : r.kind !== "scam_warning";
      if (!ok) missed = true;
      const tag = ok ? "  ok " : "MISS ";
      out.push(`  ${tag}${line.followup ? "F" : " "} ${line.expect} ${line.topic ?? ""}${line.facet ? "/" + line.facet : ""} <- ${r.kind} [${r.entries.map((e) => e.id).slice(0, 3).join(", ")}]${r.kind === "answer" ? " shown=" + r.shown : ""}\n        ${line.q}${process.env.SHOW_REPLY ? "\n        » " + r.reply.slice(0, 160).replace(/\n/g, " / ") : ""}`);
    });
    if (missed) {
      n++;
      console.log(`${name} ${id}`);
      console.log(out.join("\n"));
    }
  }
  console.log(`${name}: ${n} conversations with a miss`);
}
