/**
 * ms per ask with the learned turn model off and on, in one process, rounds alternating (which side goes
 * first swaps every round): every tuning set's conversations replayed with memory (later turns are where
 * the turn model reads; first turns cost the same on both sides). Tuning sets only (never eval/holdout).
 *
 *   npx tsx bench/learned-turns-speed.ts        # ASK_ROUNDS (default 10)
 */
import { join } from "node:path";
import { Assistant, type ConversationMemory } from "../server/assistant/assistant";
import { emptyMemory } from "../server/assistant/ask-result";
import { TURN_TRAINING_SETS } from "../server/assistant/learned-turn-train";
import { SearchIndex } from "../server/assistant/search-index";
import { readLines } from "./answers-eval";
import { envInt, loadKnowledge, median, NOW, ROOT } from "./ask-latency";

const { kb, ward } = await loadKnowledge();
const index = new SearchIndex(kb.entries.filter((e) => e.status === "published"));
const lines = TURN_TRAINING_SETS.flatMap((s) => readLines(join(ROOT, "tests", "fixtures", `${s}.jsonl`)));
const sides = { off: new Assistant(kb, { index, learnedTurns: false }), on: new Assistant(kb, { index, learnedTurns: true }) };
function replay(a: Assistant): number[] {
  const memories = new Map<string, { memory: ConversationMemory; turns: number }>();
  const later: number[] = [];
  for (const line of lines) {
    const state = memories.get(line.conversation!);
    const t0 = performance.now();
    const r = a.ask(line.q, ward, NOW + (state?.turns ?? 0) * 60_000, state?.memory ?? emptyMemory());
    const ms = performance.now() - t0;
    if (state) later.push(ms);
    memories.set(line.conversation!, { memory: r.memory, turns: (state?.turns ?? 0) + 1 });
  }
  return later;
}
for (let i = 0; i < 2; i++) for (const a of Object.values(sides)) replay(a);
const rounds = envInt("ASK_ROUNDS", 10);
const per: Record<"off" | "on", { mean: number[]; p99: number[] }> = { off: { mean: [], p99: [] }, on: { mean: [], p99: [] } };
for (let r = 0; r < rounds; r++) {
  const order = (r % 2 ? ["on", "off"] : ["off", "on"]) as ("off" | "on")[];
  for (const side of order) {
    const ms = replay(sides[side]);
    per[side].mean.push(ms.reduce((a, b) => a + b, 0) / ms.length);
    per[side].p99.push(ms.sort((a, b) => a - b)[Math.floor(ms.length * 0.99)]!);
  }
}
const off = median(per.off.mean), on = median(per.on.mean);
console.log(`${lines.length} lines, later turns timed; median over ${rounds} rounds`);
console.log(`off: ${off.toFixed(3)} ms/ask (p99 ${median(per.off.p99).toFixed(3)})`);
console.log(`on:  ${on.toFixed(3)} ms/ask (p99 ${median(per.on.p99).toFixed(3)})`);
console.log(`ratio on/off ${(on / off).toFixed(2)}`);
