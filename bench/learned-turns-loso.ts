/**
 * Session 17: does learning help a conversation's later turns on writers it has not seen?
 * Leave-one-writer-set-out over the tuning sets' conversations only (never eval/holdout):
 *
 *   npx tsx bench/learned-turns-loso.ts            # thresholds grid, chosen on all sets but FRESH (tuning14)
 *   CONFIG='{"switchFollowup":0.2}' npx tsx bench/learned-turns-loso.ts   # one setting, per set (fresh included)
 *   GRID='[{"switchFollowup":0.3},{"switchFollowup":0.5}]' npx tsx bench/learned-turns-loso.ts   # these settings, older sets only
 *   EXCLUDE=tuning-s20 … # these writer sets are held out but left out of every model's training (the figures
 *                        # before a set joined the training lists, on the same held-out sets; PERSET=1 prints per set)
 *   EXCLUDE_ANSWERS=tuning-s20 CACHE=dir CACHE_WAIT=1 … # the answer classifiers of an EXCLUDE run (its CACHE): only the turn model differs
 *   SETS=tuning-s21,tuning-s20 … # only these held-out sets, in this order
 *   EXTRA=tuning-s21,tuning-s22 … # tuning conversation sets in no training list, replayed as well
 *   ANSWERS=shipped … # the shipped answer classifier for every set: only the turn model is held out (quick)
 *
 * For each writer set: the answer classifier (learned-answer-model.ts) is trained on the entries and the
 * first turns of the other sets (learned-answer-train.ts's TRAINING_SETS minus that set), the turn model
 * (learned-turn-model.ts) on the other sets' later turns; the set's conversations are then replayed through
 * the real engine with memory (one minute a turn) with that classifier, once without the turn model (the
 * baseline: the engine as shipped, its classifier held out too) and once per setting with it.
 * Figures on the held-out conversations: top-1 (answer lines), confident wrong (an answer with the wrong
 * entry or where a handoff was expected, over answer + handoff lines), follow-ups from the right entry,
 * and lines fixed/broken against the baseline.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Assistant, type AskResult, type ConversationMemory } from "../server/assistant/assistant";
import { emptyMemory } from "../server/assistant/ask-result";
import { answerClassifier, HANDOFF_CLASS, type AnswerWeights } from "../server/assistant/learned-answer-model";
import { entryRows, fixtureRows, trainAnswerWeights, TRAINING_SETS } from "../server/assistant/learned-answer-train";
import { TURN_THRESHOLDS, type TurnThresholds } from "../server/assistant/learned-turn-choice";
import type { TurnWeights } from "../server/assistant/learned-turn-model";
import { trainTurnWeights, turnRows, TURN_TRAINING_SETS } from "../server/assistant/learned-turn-train";
import { SearchIndex } from "../server/assistant/search-index";
import shippedAnswers from "../server/assistant/data/answer-weights.json";
import { readLines, type Line } from "./answers-eval";
import { loadKnowledge, NOW, ROOT } from "./ask-latency";

const FRESH = new Set((process.env.FRESH ?? "tuning14").split(",").filter(Boolean));
const group = (s: string) => s.replace(/^blind\//, "").replace(/-(questions|conversations)$/, "");
const { kb, ward } = await loadKnowledge();
const published = kb.entries.filter((e) => e.status === "published");
const index = new SearchIndex(published);
const classes = [...kb.entries.map((e) => e.id).sort(), HANDOFF_CLASS];
const known = (id: string) => classes.includes(id) && id !== HANDOFF_CLASS;
const entryExamples = entryRows(kb.entries);
const EXCLUDE = new Set((process.env.EXCLUDE ?? "").split(",").filter(Boolean));
// EXCLUDE_ANSWERS: left out of the answer classifier's training only (the turn model alone differs from a run with EXCLUDE)
const EXCLUDE_ANSWERS = new Set([...EXCLUDE, ...(process.env.EXCLUDE_ANSWERS ?? "").split(",").filter(Boolean)]);
const lineExamples = TRAINING_SETS.filter((s) => !EXCLUDE_ANSWERS.has(group(s))).flatMap((s) => fixtureRows(join(ROOT, "tests", "fixtures", `${s}.jsonl`), group(s), known));
const turnExamples = TURN_TRAINING_SETS.filter((s) => !EXCLUDE.has(group(s))).flatMap((s) => turnRows(join(ROOT, "tests", "fixtures", `${s}.jsonl`), group(s)));

type Outcome = { ok: boolean; cw: boolean; counted: boolean; decided: boolean; followup: boolean; got: string; line: Line };
const right = (line: Line, r: AskResult) => (r.kind === "answer" && r.entries[0]?.id === line.topic) || (r.kind === "scam_warning" && !!line.topic?.startsWith("ld-") && r.entries[0]?.id === line.topic);
function replay(assistant: Assistant, lines: Line[]): Outcome[] {
  const memories = new Map<string, { memory: ConversationMemory; turns: number }>();
  return lines.map((line) => {
    const state = memories.get(line.conversation!);
    const r = assistant.ask(line.q, ward, NOW + (state?.turns ?? 0) * 60_000, state?.memory ?? emptyMemory());
    memories.set(line.conversation!, { memory: r.memory, turns: (state?.turns ?? 0) + 1 });
    const ok = line.expect === "answer" ? right(line, r) : line.expect === "handoff" ? r.kind === "handoff" : line.expect === "scam" ? r.kind === "scam_warning" : r.kind !== "scam_warning";
    const cw = (line.expect === "answer" && !right(line, r) && r.kind === "answer") || (line.expect === "handoff" && r.kind === "answer");
    return { ok, cw, counted: line.expect === "answer", decided: line.expect === "answer" || line.expect === "handoff", followup: line.expect === "answer" && !!line.followup, got: `${r.kind} ${r.entries[0]?.id ?? ""}`, line };
  });
}

type Config = { name: string; t: Partial<TurnThresholds> };
const configs: Config[] = [];
if (process.env.GRID) for (const t of JSON.parse(process.env.GRID) as Partial<TurnThresholds>[]) configs.push({ name: JSON.stringify(t), t });
else if (process.env.CONFIG) configs.push({ name: process.env.CONFIG, t: JSON.parse(process.env.CONFIG) as Partial<TurnThresholds> });
else {
  const off = { keepFollowup: 2 };
  for (const switchFollowup of [0.5, 0.7]) for (const switchP of [0.8, 0.9, 0.95]) for (const switchOwnP of [0.05, 0.2])
    configs.push({ name: `switch f<${switchFollowup} p≥${switchP} prev<${switchOwnP}`, t: { ...off, switchFollowup, switchP, switchOwnP } });
  for (const keepFollowup of [0.97, 0.99]) for (const keepOtherP of [0.05, 0.2])
    configs.push({ name: `keep f≥${keepFollowup} other<${keepOtherP}`, t: { switchFollowup: -1, keepFollowup, keepOtherP } });
  for (const switchFollowup of [0.5, 0.7]) configs.push({ name: `switch f<${switchFollowup} p≥0.9 prev<0.05 + keep f≥0.97 other<0.05`, t: { switchFollowup, switchP: 0.9, switchOwnP: 0.05, keepFollowup: 0.97, keepOtherP: 0.05 } });
}

type Tot = { n: number; ok: number; dec: number; cw: number; fn: number; fok: number; fixed: number; broken: number };
const tot = (): Tot => ({ n: 0, ok: 0, dec: 0, cw: 0, fn: 0, fok: 0, fixed: 0, broken: 0 });
const changed: string[] = [];
function add(t: Tot, out: Outcome[], base: Outcome[], label = "") {
  out.forEach((o, i) => {
    if (process.env.LINES && o.got !== base[i]!.got) changed.push(`${label}${o.ok && !base[i]!.ok ? "FIXED " : !o.ok && base[i]!.ok ? "BROKEN" : "moved "} ${o.line.conversation} t${o.line.turn} ${o.line.expect} ${o.line.topic ?? ""}${o.line.followup ? " (follow-up)" : ""}: ${base[i]!.got} → ${o.got} | ${o.line.q}`);
    if (o.counted) { t.n++; if (o.ok) t.ok++; }
    if (o.decided) { t.dec++; if (o.cw) t.cw++; }
    if (o.followup) { t.fn++; if (o.ok) t.fok++; }
    if (o.ok && !base[i]!.ok) t.fixed++;
    if (!o.ok && base[i]!.ok) t.broken++;
  });
}
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const fmt = (t: Tot) => `top-1 ${pct(t.ok, t.n)} cw ${pct(t.cw, t.dec)} (${t.cw}) follow-ups ${pct(t.fok, t.fn)} fixed ${t.fixed} broken ${t.broken}`;

const per = new Map<string, { base: Tot; cfg: Tot[] }>();
// SETS=tuning-s21,tuning-s20,… : only these held-out sets, in this order (the newest first on a busy machine; PERSET=1 prints each as it ends)
const heldSets: string[] = process.env.SETS ? process.env.SETS.split(",").filter(Boolean).map((g) => { const s = TURN_TRAINING_SETS.find((t) => group(t) === g); if (!s) throw new Error(`not a training set: ${g}`); return s; }) : [...TURN_TRAINING_SETS];
// EXTRA=tuning-s21,tuning-s22: conversation sets in no training list, replayed too (held out for every model already)
heldSets.push(...(process.env.EXTRA ?? "").split(",").filter(Boolean).map((g) => { if (TURN_TRAINING_SETS.some((t) => group(t) === g) || !/^tuning/.test(g)) throw new Error(`not an extra tuning set: ${g}`); return `blind/${g}-conversations`; }));
for (const s of heldSets) {
  const g = group(s);
  // CACHE=dir keeps each set's held-out classifier between runs (same entries and training rows only)
  const cached = process.env.CACHE ? join(process.env.CACHE, `${g}.json`) : undefined;
  // CACHE_WAIT=1: another run with the same answer classifiers is filling CACHE; wait for its file
  if (process.env.CACHE_WAIT && cached && !existsSync(cached)) {
    while (!existsSync(cached)) await new Promise((r) => setTimeout(r, 5000));
    await new Promise((r) => setTimeout(r, 5000)); // a writer without the rename (older runs) may still be writing
  }
  // ANSWERS=shipped: the shipped answer classifier for every set (only the turn model held out: a quick run for a turn threshold
  // that reads the classifier on later turns, which it never learned from; its first-turn readings stay in sample)
  const weights: AnswerWeights = process.env.ANSWERS === "shipped" ? (shippedAnswers as AnswerWeights) : cached && existsSync(cached) ? (JSON.parse(readFileSync(cached, "utf8")) as AnswerWeights) : trainAnswerWeights([...entryExamples, ...lineExamples.filter((e) => e.group !== g)], classes, { keepPerClass: 500 });
  if (process.env.ANSWERS !== "shipped" && cached && !existsSync(cached)) (mkdirSync(process.env.CACHE!, { recursive: true }), writeFileSync(`${cached}.tmp`, JSON.stringify(weights)), renameSync(`${cached}.tmp`, cached));
  const turnWeights: TurnWeights = trainTurnWeights(turnExamples.filter((e) => e.group !== g));
  const lines = readLines(join(ROOT, "tests", "fixtures", `${s}.jsonl`));
  const base = replay(new Assistant(kb, { index, learnedWeights: weights, learnedTurns: false }), lines);
  const b = tot();
  add(b, base, base);
  per.set(g, {
    base: b,
    cfg: configs.map((c) => {
      const t = tot();
      add(t, replay(new Assistant(kb, { index, learnedWeights: weights, learnedTurns: { weights: turnWeights, thresholds: c.t } }), lines), base, configs.length > 1 ? `[${c.name}] ` : "");
      return t;
    }),
  });
  process.stderr.write(`${g} ${Math.round(performance.now() / 1000)}s\n`);
  if (process.env.PERSET) process.stderr.write(`  base ${fmt(b)}\n${per.get(g)!.cfg.map((t, i) => `  ${configs[i]!.name} ${fmt(t)}`).join("\n")}\n`);
}
process.stderr.write("\n");
void answerClassifier;

const sum = (ts: Tot[]) => ts.reduce((a, t) => ({ n: a.n + t.n, ok: a.ok + t.ok, dec: a.dec + t.dec, cw: a.cw + t.cw, fn: a.fn + t.fn, fok: a.fok + t.fok, fixed: a.fixed + t.fixed, broken: a.broken + t.broken }), tot());
const older = [...per].filter(([g]) => !FRESH.has(g)).map(([, v]) => v);
const fresh = [...per].filter(([g]) => FRESH.has(g)).map(([, v]) => v);
console.log(`defaults ${JSON.stringify(TURN_THRESHOLDS)}`);
console.log(`${"baseline (held-out classifier, no turn model)".padEnd(44)} older ${fmt(sum(older.map((v) => v.base)))}`);
configs.forEach((c, i) => {
  const freshFig = process.env.CONFIG ? ` | fresh ${fmt(sum(fresh.map((v) => v.cfg[i]!)))} (baseline ${fmt(sum(fresh.map((v) => v.base)))})` : "";
  console.log(`${c.name.padEnd(44)} older ${fmt(sum(older.map((v) => v.cfg[i]!)))}${freshFig}`);
});
if (process.env.CONFIG || process.env.PERSET) {
  console.log("\nper set: baseline → with the turn model");
  for (const [g, v] of per) console.log(`${g.padEnd(12)} base ${fmt(v.base)}\n${v.cfg.map((t, i) => `${"".padEnd(12)} ${configs.length > 1 ? configs[i]!.name : "turn"} ${fmt(t)}`).join("\n")}`);
}
if (process.env.LINES) console.log(`\nlines that moved (tuning sets):\n${changed.join("\n")}`);
