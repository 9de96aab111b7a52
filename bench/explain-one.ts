/** Ask a few messages and print kind, top entries and the decision's explanation: `npx tsx bench/explain-one.ts "msg" ...` */
import { Assistant } from "../server/assistant/assistant";
import { emptyMemory } from "../server/assistant/ask-result";
import { loadKnowledge, NOW } from "./ask-latency";

const { kb, ward } = await loadKnowledge();
const assistant = new Assistant(kb, { learned: process.env.LEARNED !== "0" });
for (const q of process.argv.slice(2)) {
  const r = assistant.ask(q, ward, NOW, emptyMemory());
  console.log(`${r.kind} ${r.entries.slice(0, 3).map((e) => `${e.id}:${e.score}`).join(" ")} | ${q}\n   ${r.explanation}`);
}
