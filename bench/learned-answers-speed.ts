/**
 * What the learned answer classifier costs per question, in one process, rounds alternating:
 * (1) Assistant.ask() with the classifier on vs `learned: false` (every labelled question per round, as
 * bench/ask-latency.ts); (2) the classifier's read() alone with the shipped weights, and with another
 * weights file (WEIGHTS_BEFORE=path, e.g. `git show main:server/assistant/data/answer-weights.json`), less the
 * engine's folding alone (which ask() has done before the classifier reads).
 *
 *   npx tsx bench/learned-answers-speed.ts            # ASK_ROUNDS (default 20)
 */
import { readFileSync } from "node:fs";
import { Assistant } from "../server/assistant/assistant";
import answerWeights from "../server/assistant/data/answer-weights.json";
import { answerClassifier, type AnswerWeights } from "../server/assistant/learned-answer-model";
import { foldedText } from "../server/assistant/text-analysis";
import { envInt, loadKnowledge, loadQuestions, median, NOW } from "./ask-latency";

const { kb, ward } = await loadKnowledge();
const questions = loadQuestions().map((q) => q.q);
const rounds = envInt("ASK_ROUNDS", 20);
const sides = { on: new Assistant(kb), off: new Assistant(kb, { learned: false }) };
const ids = new Set(kb.entries.map((e) => e.id));
const readers: Record<string, ReturnType<typeof answerClassifier>> = { shipped: answerClassifier(answerWeights as AnswerWeights, (id) => ids.has(id)) };
if (process.env.WEIGHTS_BEFORE) readers.before = answerClassifier(JSON.parse(readFileSync(process.env.WEIGHTS_BEFORE, "utf8")) as AnswerWeights, (id) => ids.has(id));
for (const a of Object.values(sides)) for (let i = 0; i < 3; i++) for (const q of questions) a.ask(q, ward, NOW);
const ms: Record<string, number[]> = {};
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? (["off", "on"] as const) : (["on", "off"] as const);
  for (const name of order) {
    const t = performance.now();
    for (const q of questions) sides[name].ask(q, ward, NOW);
    (ms[`ask ${name}`] ??= []).push((performance.now() - t) / questions.length);
  }
  const names = Object.keys(readers);
  for (const name of r % 2 ? names.reverse() : names) {
    const t = performance.now();
    // a fresh string per call: foldedText keeps the last few texts it folded
    for (const q of questions) readers[name]!.read(`${q} `);
    (ms[`read ${name}`] ??= []).push((performance.now() - t) / questions.length);
  }
  // the engine's folding alone (in ask() the classifier finds the message already folded)
  const t = performance.now();
  for (const q of questions) foldedText(`${q} `);
  (ms["fold alone"] ??= []).push((performance.now() - t) / questions.length);
}
for (const [k, v] of Object.entries(ms)) console.log(`${k.padEnd(14)} median ${median(v).toFixed(4)} ms per question`);
console.log(`ask on/off ×${(median(ms["ask on"]!) / median(ms["ask off"]!)).toFixed(3)}`);
console.log(`classifier beyond folding: shipped ${(median(ms["read shipped"]!) - median(ms["fold alone"]!)).toFixed(4)} ms${ms["read before"] ? `, before ${(median(ms["read before"]!) - median(ms["fold alone"]!)).toFixed(4)} ms` : ""}`);
if (ms["read before"]) console.log(`read shipped/before ×${(median(ms["read shipped"]!) / median(ms["read before"]!)).toFixed(3)}`);
