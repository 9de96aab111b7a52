/**
 * Assistant.ask() of another checkout ("before", e.g. main in a temporary worktree) against this
 * one, in one process, rounds alternating (which side goes first swaps every round): on a shared
 * machine only figures measured side by side compare. Every labelled question per round (as
 * bench/ask-latency.ts), after 5 warm-up rounds per side; per-call wall time (p50, p99 over all
 * calls, and the median of the per-round p99s), CPU time per ask (process.cpuUsage), ratios.
 *
 *   git worktree add --detach /tmp/before main && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   BEFORE_DIR=/tmp/before npx tsx bench/ask-before-after.ts
 *
 * Knobs: ASK_ROUNDS (default 30), ASK_ENTRIES (generated knowledge base of that many entries).
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Assistant as After } from "../server/assistant/assistant";
import { envInt, loadKnowledge, loadQuestions, median, NOW, quantile } from "./ask-latency";
import { generatedKnowledge } from "./generated-knowledge";

const beforeDir = process.env.BEFORE_DIR;
if (!beforeDir) throw new Error("BEFORE_DIR=<checkout> is required");
const { Assistant: Before } = (await import(pathToFileURL(resolve(beforeDir, "server/assistant/assistant.ts")).href)) as { Assistant: typeof After };
const loaded = await loadKnowledge();
const entries = envInt("ASK_ENTRIES", 0);
const kb = entries ? generatedKnowledge(loaded.kb, entries) : loaded.kb;
const ward = loaded.ward;
const questions = loadQuestions().map((q) => q.q);
const sides = { before: new Before(kb), after: new After(kb) };
for (const a of Object.values(sides)) for (let i = 0; i < 5; i++) for (const q of questions) a.ask(q, ward, NOW);

const rounds = envInt("ASK_ROUNDS", 30);
const names = ["before", "after"] as const;
const samples = { before: new Float64Array(rounds * questions.length), after: new Float64Array(rounds * questions.length) };
const cpuUs = { before: 0, after: 0 };
const roundP99 = { before: [] as number[], after: [] as number[] };
let sink = 0;
for (let r = 0; r < rounds; r++) {
  for (const name of r % 2 ? [...names].reverse() : names) {
    const assistant = sides[name];
    const round = new Float64Array(questions.length);
    const c0 = process.cpuUsage();
    for (let i = 0; i < questions.length; i++) {
      const t0 = performance.now();
      sink += assistant.ask(questions[i]!, ward, NOW).reply.length;
      round[i] = performance.now() - t0;
    }
    const c = process.cpuUsage(c0);
    cpuUs[name] += c.user + c.system;
    samples[name].set(round, r * questions.length);
    roundP99[name].push(quantile(round.sort(), 0.99));
  }
}
if (sink < 0) console.log(sink);
const calls = rounds * questions.length;
const figures = Object.fromEntries(
  names.map((name) => {
    const sorted = samples[name].sort();
    return [name, { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), roundP99: median(roundP99[name]), cpu: cpuUs[name] / calls }];
  }),
) as Record<(typeof names)[number], { p50: number; p99: number; roundP99: number; cpu: number }>;
console.log(`ask() ${kb.entries.length} entries, ${questions.length} questions × ${rounds} rounds per side, rounds alternating`);
for (const name of names) {
  const f = figures[name];
  console.log(`  ${name.padEnd(6)} p50 ${f.p50.toFixed(3)} ms   p99 ${f.p99.toFixed(3)} ms   median round p99 ${f.roundP99.toFixed(3)} ms   CPU ${f.cpu.toFixed(1)} µs/ask`);
}
const ratio = (k: keyof (typeof figures)["before"]) => (figures.before[k] / figures.after[k]).toFixed(2);
console.log(`  before/after: p50 ×${ratio("p50")}, p99 ×${ratio("p99")}, round p99 ×${ratio("roundP99")}, CPU ×${ratio("cpu")}`);
