/**
 * Does the learned answer classifier (server/assistant/learned-answer-*.ts) generalise to writers it has
 * not seen? Leave one writer set out over the tuning sets only (never eval/holdout):
 *
 *   LEARNED=0 npx tsx bench/calibration-lines.ts /tmp/off.jsonl   # the RULES' outcome per tuning line (classifier off)
 *   npx tsx bench/learned-answers-loso.ts /tmp/off.jsonl [FEAT=telex,sound,chars3] [AUG=n] [KEEP=n] [NO14=1] [FOLDS=n] [L2=x] [MINCOUNT=n] [LIMITS='{"rejectP":0.9}'] [DUMP=oof.jsonl]
 *
 * For each writer set (a tuning round's questions + conversations; paraphrases; validation-questions) the
 * model is trained on the entries and every other set (TRAINING_SETS; NO14=1 leaves tuning14 out of all
 * training, as in session 16), pruned to KEEP weights per class (200 as shipped), and reads the held-out
 * set's first turns (later turns depend on memory: left as the rules answered them). The shipped policy
 * (learnedChoice of learned-answer-choice.ts, LEARNED_LIMITS) and other limits are applied to the rules'
 * outcome of each held-out line: lines fixed / broken / change in confident-wrong answers, and how many
 * out-of-coverage lines (expect handoff) stay handed off. Approximation: the engine's own guards around
 * the call (a place elsewhere, English, scam checks) are not replayed; `weakMatch` is read from the
 * explanation ("khớp yếu"). EXCLUDE=tuning-s20,… leaves these writer sets out of every model's training (still
 * held out): the figures before a set joined TRAINING_SETS, on the same held-out sets.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { answerClassifier, HANDOFF_CLASS, type AnswerClassifier, type FeatureOptions } from "../server/assistant/learned-answer-model";
import { LEARNED_LIMITS, learnedChoice, type LearnedLimits } from "../server/assistant/learned-answer-choice";
import { entryRows, fixtureRows, trainAnswerWeights, TRAINING_SETS } from "../server/assistant/learned-answer-train";
import { loadKnowledge, ROOT } from "./ask-latency";
import { withoutLetterFrame } from "../server/assistant/letter-frame";

type Row = { set: string; i: number; q: string; expect: string; topic?: string; kind: string; ids: string[]; ok: boolean; cw: boolean; why: string };
type Line = { q: string; expect: string; topic?: string; conversation?: string; turn?: number };

const rows = readFileSync(process.argv[2] ?? "/tmp/calibration-lines.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row);
if (rows.some((r) => r.why.includes("bộ phân loại đã học"))) throw new Error("rows from the engine with the classifier on: run calibration-lines with LEARNED=0");
const fileOf = (set: string) => (set === "paraphrases" || set === "validation-questions" ? `tests/fixtures/${set}.jsonl` : `tests/fixtures/blind/${set}.jsonl`);
const group = (set: string) => set.replace(/^blind\//, "").replace(/-(questions|conversations)$/, "");

const linesOf = new Map<string, Line[]>();
for (const set of new Set(rows.map((r) => r.set))) {
  if (/^(eval|holdout)/.test(set)) throw new Error("blind set in the input");
  linesOf.set(set, readFileSync(join(ROOT, fileOf(set)), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Line));
}
const firstTurn = (r: Row) => {
  const lines = linesOf.get(r.set)!;
  const line = lines[r.i]!;
  return line.conversation === undefined || !lines.slice(0, r.i).some((l) => l.conversation === line.conversation);
};

const features: FeatureOptions = {};
for (const f of (process.env.FEAT ?? "").split(",").filter(Boolean)) {
  if (f === "telex") features.telex = true;
  else if (f === "sound") features.sound = true;
  else if (/^chars\d$/.test(f)) features.chars = Number(f.slice(5));
  else throw new Error(`unknown feature ${f}`);
}
const KEEP = Number(process.env.KEEP ?? 200);
const AUG = Number(process.env.AUG ?? 0);
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const L2 = Number(process.env.L2 ?? 1e-5);
const MINCOUNT = Number(process.env.MINCOUNT ?? 1);

const { kb } = await loadKnowledge();
const classes = [...kb.entries.map((e) => e.id).sort(), HANDOFF_CLASS];
const known = (id: string) => classes.includes(id) && id !== HANDOFF_CLASS;
const entryExamples = entryRows(kb.entries);
const EXCLUDE = new Set((process.env.EXCLUDE ?? "").split(",").filter(Boolean));
const sets = TRAINING_SETS.filter((s) => !(process.env.NO14 && s.includes("tuning14-")) && !EXCLUDE.has(group(s)));
const lineExamples = sets.flatMap((s) => fixtureRows(join(ROOT, "tests", "fixtures", `${s}.jsonl`), group(s), known));
const heldRows = rows.filter(firstTurn);
// every set of the input is held out once (tuning14 too when NO14 keeps it out of training)
const groups = [...new Set(heldRows.map((r) => group(r.set)))];
const held: Array<{ row: Row; clf: AnswerClassifier }> = [];
let bytes = 0, nfeat = 0;
const t0 = performance.now();
// FOLDS=n (a busy machine): n models, each leaving out every n-th writer set (each set still held out once, trained without 1/n of the others)
const FOLDS = Number(process.env.FOLDS ?? groups.length);
const folds = Array.from({ length: FOLDS }, (_, f) => groups.filter((_, i) => i % FOLDS === f));
for (const fold of folds) {
  const weights = trainAnswerWeights([...entryExamples, ...lineExamples.filter((e) => !fold.includes(e.group))], classes, { keepPerClass: KEEP, features, augment: AUG, epochs: EPOCHS, l2: L2, minCount: MINCOUNT });
  bytes = Math.max(bytes, JSON.stringify(weights).length);
  nfeat = Math.max(nfeat, Object.keys(weights.features).length);
  const clf = answerClassifier(weights, known);
  for (const r of heldRows) if (fold.includes(group(r.set))) held.push({ row: r, clf });
  process.stderr.write(".");
}
process.stderr.write(`\n${folds.length} models in ${((performance.now() - t0) / 1000).toFixed(0)} s; largest ${nfeat} features, ${bytes} bytes; FEAT=${process.env.FEAT ?? ""} AUG=${AUG} KEEP=${KEEP} L2=${L2} MINCOUNT=${MINCOUNT}${process.env.NO14 ? " NO14" : ""}\n`);

// the classifier's reading of every held-out line, once
// MATTER=1: the classifier reads a letter without its frame, as the rules do (letter-frame.ts)
const reads = held.map(({ row, clf }) => ({ row, clf, read: clf.read(process.env.MATTER ? withoutLetterFrame(row.q) ?? row.q : row.q) }));
// DUMP=file: every held-out first turn with the rules' outcome and the out-of-fold classifier's reading
// (its three most probable classes and the probability of each of the rules' candidates), for
// calibrating a decision on held-out readings only (bench/learned-answers-calibrate.ts)
if (process.env.DUMP) {
  const out = reads.map(({ row: r, read }) => {
    const probs = classes.map((c) => [c, read.probOf(c)] as const).sort((a, b) => b[1] - a[1]).slice(0, 3);
    return JSON.stringify({ group: group(r.set), set: r.set, i: r.i, expect: r.expect, topic: r.topic, kind: r.kind, ids: r.ids, ok: r.ok, cw: r.cw, why: r.why, q: r.q, top: probs.map(([c, p]) => [c, Math.round(p * 1e5) / 1e5]), cand: r.ids.map((id) => Math.round(read.probOf(id) * 1e5) / 1e5) });
  });
  writeFileSync(process.env.DUMP, out.join("\n") + "\n");
}
const memo: AnswerClassifier = { knows: () => true, read: () => { throw new Error("unused"); } };
void memo;

const outcome = (r: Row, kind: string, top: string | undefined) => {
  const right = (kind === "answer" && top === r.topic) || (kind === "scam_warning" && !!r.topic?.startsWith("ld-") && top === r.topic);
  const ok = r.expect === "answer" ? right : r.expect === "handoff" ? kind === "handoff" : r.expect === "scam" ? kind === "scam_warning" : kind !== "scam_warning";
  const cw = (r.expect === "answer" && !right && kind === "answer") || (r.expect === "handoff" && kind === "answer");
  return { ok, cw };
};

type Tally = { n: number; clf: number; eng: number; after: number; fixed: number; broken: number; cw: number; off: number; offBefore: number; offAfter: number };
function evaluate(limits: LearnedLimits) {
  const per = new Map<string, Tally>();
  for (const { row: r, clf, read } of reads) {
    const g = group(r.set);
    const t = per.get(g) ?? { n: 0, clf: 0, eng: 0, after: 0, fixed: 0, broken: 0, cw: 0, off: 0, offBefore: 0, offAfter: 0 };
    per.set(g, t);
    const cached: AnswerClassifier = { knows: clf.knows, read: () => read };
    const weakMatch = r.kind === "handoff" && r.why.includes("khớp yếu");
    const storyAsked = !process.env.NO_STORY && r.kind === "answer" && r.why.includes("câu hỏi sau phần kể");
    const choice = learnedChoice(r.q, { kind: r.kind, weakMatch, candidates: r.ids, storyAsked }, cached, limits);
    const a = !choice ? { kind: r.kind, top: r.ids[0] } : choice.do === "answer" ? { kind: "answer", top: choice.id } : { kind: choice.do, top: undefined };
    const o = outcome(r, a.kind, a.top);
    if (r.expect === "answer" || r.expect === "handoff") {
      t.n++;
      if (r.expect === "handoff" ? read.top === HANDOFF_CLASS : read.top === r.topic) t.clf++;
      if (r.ok) t.eng++;
      if (o.ok) t.after++;
    }
    if (r.expect === "handoff") { t.off++; t.offBefore += Number(r.kind === "handoff"); t.offAfter += Number(a.kind === "handoff"); }
    if (!r.ok && o.ok) t.fixed++;
    if (r.ok && !o.ok) t.broken++;
    t.cw += Number(o.cw) - Number(r.cw);
  }
  const tot: Tally = { n: 0, clf: 0, eng: 0, after: 0, fixed: 0, broken: 0, cw: 0, off: 0, offBefore: 0, offAfter: 0 };
  for (const t of per.values()) for (const k of Object.keys(tot) as Array<keyof Tally>) tot[k] += t[k];
  return { per, tot };
}
const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)}%`;
const line = (g: string, t: Tally) =>
  `${g.padEnd(22)} n ${String(t.n).padStart(4)}  clf ${pct(t.clf, t.n).padStart(6)}  rules ${pct(t.eng, t.n).padStart(6)} → ${pct(t.after, t.n).padStart(6)}  +${t.fixed} -${t.broken} cw ${t.cw >= 0 ? "+" : ""}${t.cw}  handoff ${t.offBefore}→${t.offAfter}/${t.off}`;

// DUMP=1: the held-out out-of-coverage lines the shipped policy does not hand off, with the classifier's reading
if (process.env.DUMP) for (const { row: r, clf, read } of reads) {
  if (r.expect !== "handoff") continue;
  const weakMatch = r.kind === "handoff" && r.why.includes("khớp yếu");
  const choice = learnedChoice(r.q, { kind: r.kind, weakMatch, candidates: r.ids, storyAsked: r.kind === "answer" && r.why.includes("câu hỏi sau phần kể") }, { knows: clf.knows, read: () => read }, LEARNED_LIMITS);
  const kind = !choice ? r.kind : choice.do;
  if (kind !== "handoff") console.log(`MISS ${r.set}#${r.i} ${r.kind}->${kind} [${r.ids.join(",")}] top ${read.top} ${read.p.toFixed(2)} hand ${read.probOf(HANDOFF_CLASS).toFixed(2)} own ${read.probOf(r.ids[0]).toFixed(2)}: ${r.q}`);
}
const shipped = evaluate(LEARNED_LIMITS);
console.log(`held-out first turns (answer+handoff lines): classifier top-1; rules alone → with the shipped policy (${JSON.stringify(LEARNED_LIMITS)}); fixed/broken/cw change (all first turns); out-of-coverage handed off`);
for (const [g, t] of shipped.per) console.log(line(g, t));
console.log(line("TOTAL", shipped.tot));
console.log("\nother limits (totals):");
const grid: LearnedLimits[] = [];
for (const answerP of [0.7, 0.8, 0.9, 0.95]) for (const anyP of [0.97, 0.99, 1.01]) grid.push({ ...LEARNED_LIMITS, answerP, anyP });
for (const rejectP of [0.8, 0.9, 0.95]) for (const rejectOwnP of [0.02, 0.05, 0.1]) grid.push({ ...LEARNED_LIMITS, rejectP, rejectOwnP });
// session 20: a switch asked back when the rules' entry is the classifier's second choice (1.01 = never)
for (const secondAskP of [0.01, 0.02, 0.03, 0.05, 0.08, 1.01]) grid.push({ ...LEARNED_LIMITS, secondAskP });
if (process.env.HGRID) {
  grid.length = 0;
  for (const handoffP of [0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) for (const handoffOwnP of [0.02, 0.05, 0.1, 0.2]) for (const clarifyHandoff of [false, true]) grid.push({ ...LEARNED_LIMITS, handoffP, handoffOwnP, clarifyHandoff });
}
if (process.env.LIMITS) {
  const l = { ...LEARNED_LIMITS, ...(JSON.parse(process.env.LIMITS) as Partial<LearnedLimits>) };
  console.log(`\nper set with ${JSON.stringify(l)}:`);
  const e = evaluate(l);
  for (const [g, t] of e.per) console.log(line(g, t));
  console.log(line("TOTAL", e.tot));
}
for (const l of grid) console.log(`${`answer ${l.answerP} any ${l.anyP > 1 ? "-" : l.anyP} reject ${l.rejectP}/${l.rejectOwnP}${l.handoffP !== undefined ? ` handoff ${l.handoffP}/${l.handoffOwnP}${l.clarifyHandoff ? "+c" : ""}` : ""}${l.secondAskP !== undefined ? ` second ${l.secondAskP}` : ""}`.padEnd(52)} ${line("", evaluate(l).tot).trim()}`);
