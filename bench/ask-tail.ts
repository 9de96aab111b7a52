/**
 * Where ask()'s p99 comes from (issue 10: p99 < 1 ms at the real knowledge base), on a shared machine:
 *   npx tsx bench/ask-tail.ts            (ASK_ENTRIES=2000 for the generated knowledge base)
 *
 * Same loop as bench/ask-latency.ts (every labelled question, ASK_ROUNDS rounds per run, after a
 * warm-up), but each call is timed twice: wall (performance.now, what ask-latency reports) and
 * the process's CPU time (process.cpuUsage, microseconds: it does not grow while the thread waits
 * for a CPU another process holds, so a busy machine moves it much less). Every V8 garbage
 * collection is recorded (PerformanceObserver "gc") and matched to the calls it overlapped.
 * Per run it prints:
 *   - p50 / p99 of wall and of CPU;
 *   - how many of the top 1% of calls (by CPU) overlapped a collection, and the CPU p99 without
 *     the calls that did: a tail made by collections falls when they are left out;
 *   - how many distinct questions the top 1% holds, and the p99 of the per-question medians
 *     (a question's median over its rounds is its own cost, not the noise of one call).
 * Then the slowest questions by median CPU, with their length: when the p99 is about the
 * median of the third-slowest question (254 questions × 20 rounds: the top 1% is ~2.5
 * questions' worth of calls), the tail is a slow path for those messages, not collections or
 * preemption, and only making those messages cheaper moves it.
 *
 * Environment: ASK_RUNS (3), ASK_ROUNDS (20), ASK_ENTRIES (none: the real knowledge base), TAIL_TOP (10).
 */
import { PerformanceObserver } from "node:perf_hooks";
import { Assistant } from "../server/assistant/assistant";
import { loadKnowledge, loadQuestions, median, NOW } from "./ask-latency";
import { generatedKnowledge } from "./generated-knowledge";

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
const runs = envInt("ASK_RUNS", 3);
const rounds = envInt("ASK_ROUNDS", 20);
const entries = envInt("ASK_ENTRIES", 0);
const top = envInt("TAIL_TOP", 10);

const loaded = await loadKnowledge();
const kb = entries ? generatedKnowledge(loaded.kb, entries) : loaded.kb;
const ward = loaded.ward;
const questions = loadQuestions().map((q) => q.q);
const assistant = new Assistant(kb);
for (let i = 0; i < 5; i++) for (const q of questions) assistant.ask(q, ward, NOW);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const gcs: Array<{ start: number; end: number }> = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
});
observer.observe({ entryTypes: ["gc"] });

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
const perQuestionCpu = questions.map(() => [] as number[]);
let sink = 0;
console.log(`ask() tail, ${entries || kb.entries.length} entries: ${questions.length} questions x ${rounds} rounds per run, ${runs} runs`);
for (let run = 0; run < runs; run++) {
  gcs.length = 0;
  const n = questions.length * rounds;
  const startAt = new Float64Array(n);
  const wall = new Float64Array(n);
  const cpu = new Float64Array(n);
  const asked = new Int32Array(n);
  let k = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < questions.length; i++, k++) {
      const c0 = cpuMs();
      const t0 = performance.now();
      sink += assistant.ask(questions[i]!, ward, NOW).reply.length;
      wall[k] = performance.now() - t0;
      cpu[k] = cpuMs() - c0;
      startAt[k] = t0;
      asked[k] = i;
      if (run === runs - 1) perQuestionCpu[i]!.push(cpu[k]!);
    }
  }
  // the observer reports after the loop lets the event loop turn
  await new Promise((resolve) => setTimeout(resolve, 20));
  const overlapsGc = (j: number) => gcs.some((g) => g.start < startAt[j]! + wall[j]! && g.end > startAt[j]!);
  const byCpu = Array.from({ length: n }, (_, j) => j).sort((a, b) => cpu[a]! - cpu[b]!);
  const topCalls = byCpu.slice(Math.floor(n * 0.99));
  const withoutGc = byCpu.filter((j) => !overlapsGc(j)).map((j) => cpu[j]!);
  const medians = questions.map((_, i) => {
    const xs: number[] = [];
    for (let j = i; j < n; j += questions.length) xs.push(cpu[j]!);
    return median(xs);
  });
  const wallSorted = Array.from(wall).sort((a, b) => a - b);
  const cpuSorted = byCpu.map((j) => cpu[j]!);
  console.log(
    `  run ${run + 1}/${runs}: wall p50 ${quantile(wallSorted, 0.5).toFixed(3)} p99 ${quantile(wallSorted, 0.99).toFixed(3)} ms; CPU p50 ${quantile(cpuSorted, 0.5).toFixed(3)} p99 ${quantile(cpuSorted, 0.99).toFixed(3)} ms; ` +
      `${gcs.length} collections (${gcs.reduce((s, g) => s + g.end - g.start, 0).toFixed(1)} ms); top 1% by CPU: ${topCalls.filter(overlapsGc).length}/${topCalls.length} overlap a collection, ` +
      `${new Set(topCalls.map((j) => asked[j])).size} distinct questions; CPU p99 without the calls a collection overlapped ${quantile(withoutGc, 0.99).toFixed(3)} ms; ` +
      `p99 of per-question median CPU ${quantile(medians.sort((a, b) => a - b), 0.99).toFixed(3)} ms`,
  );
}
observer.disconnect();
if (sink < 0) console.log(sink);
const slowest = questions.map((q, i) => ({ q, ms: median(perQuestionCpu[i]!) })).sort((a, b) => b.ms - a.ms);
const p50 = median(slowest.map((s) => s.ms));
console.log(`slowest questions by median CPU (last run; the median question ${p50.toFixed(3)} ms):`);
for (const s of slowest.slice(0, top)) console.log(`  ${s.ms.toFixed(3)} ms  ×${(s.ms / p50).toFixed(1)}  ${String(s.q.length).padStart(3)} chars  ${s.q.slice(0, 70)}`);
