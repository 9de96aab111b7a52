/**
 * Calibrating the learned classifier's say on first questions (learned-answer-choice.ts) on OUT-OF-FOLD
 * readings only: the readings of held-out writer sets dumped by the leave-one-writer-set-out bench.
 *
 *   LEARNED=0 npx tsx bench/calibration-lines.ts /tmp/off.jsonl
 *   KEEP=500 FOLDS=7 DUMP=/tmp/oof.jsonl npx tsx bench/learned-answers-loso.ts /tmp/off.jsonl
 *   npx tsx bench/learned-answers-calibrate.ts /tmp/oof.jsonl [COST=2] [LIMITS='{"doubtOwnP":0.3}']
 *
 * It replays `learnedChoice` (the shipped code; the grid starts from session 17's limits: no switch, no doubt) on each held-out line with a grid of limits and scores a
 * setting by utility = right outcomes − COST × confident wrong answers (an answer from the wrong entry,
 * or an answer to an out-of-coverage question). Nested: for each left-out writer set the limits are
 * chosen on the OTHER sets' out-of-fold lines and applied to it, so the per-set figures printed are
 * held out twice (the model never saw the set; the thresholds were not chosen on it). Then the setting
 * chosen on all sets (what would ship) and the whole grid's totals.
 */
import { readFileSync } from "node:fs";
import { CALIBRATED_LIMITS, LEARNED_LIMITS, learnedChoice, letterFrameTaken, type LearnedLimits } from "../server/assistant/learned-answer-choice";
import { HANDOFF_CLASS, type AnswerClassifier } from "../server/assistant/learned-answer-model";

type Dump = { group: string; set: string; i: number; expect: string; topic?: string; kind: string; ids: string[]; ok: boolean; cw: boolean; why: string; q: string; top: Array<[string, number]>; cand: number[] };
const rows = readFileSync(process.argv[2] ?? "/tmp/oof.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Dump);
const COST = Number(process.env.COST ?? 2);

/** a classifier that gives back a line's dumped reading */
function readingOf(r: Dump): AnswerClassifier {
  const probs = new Map<string, number>(r.top);
  r.ids.forEach((id, k) => probs.set(id, r.cand[k]!));
  const read = { top: r.top[0]![0], p: r.top[0]![1], second: r.top[1]?.[0], probOf: (id: string | undefined) => (id === undefined ? 0 : probs.get(id) ?? 0) };
  return { knows: () => true, read: () => read };
}
const readers = rows.map(readingOf);

type Outcome = { ok: boolean; cw: boolean; kind: string };
function outcome(r: Dump, kind: string, top: string | undefined): Outcome {
  const right = (kind === "answer" && top === r.topic) || (kind === "scam_warning" && !!r.topic?.startsWith("ld-") && top === r.topic);
  const ok = r.expect === "answer" ? right : r.expect === "handoff" ? kind === "handoff" : r.expect === "scam" ? kind === "scam_warning" : kind !== "scam_warning";
  const cw = (r.expect === "answer" && !right && kind === "answer") || (r.expect === "handoff" && kind === "answer");
  return { ok, cw, kind };
}
function replay(k: number, limits: LearnedLimits): Outcome {
  const r = rows[k]!;
  const weakMatch = r.kind === "handoff" && r.why.includes("khớp yếu");
  const storyAsked = r.kind === "answer" && r.why.includes("câu hỏi sau phần kể");
  const letterFramed = r.kind === "answer" && letterFrameTaken(r.q);
  const choice = learnedChoice(r.q, { kind: r.kind, weakMatch, candidates: r.ids, storyAsked, letterFramed }, readers[k]!, limits);
  const a = !choice ? { kind: r.kind, top: r.ids[0] } : choice.do === "answer" ? { kind: "answer", top: choice.id } : { kind: choice.do, top: undefined };
  return outcome(r, a.kind, a.top);
}

type Tally = { n: number; nAnswer: number; okAnswer: number; ok: number; cw: number; clarify: number; off: number; offOk: number };
const empty = (): Tally => ({ n: 0, nAnswer: 0, okAnswer: 0, ok: 0, cw: 0, clarify: 0, off: 0, offOk: 0 });
function tally(ix: number[], limits: LearnedLimits | "rules"): Tally {
  const t = empty();
  for (const k of ix) {
    const r = rows[k]!;
    if (r.expect !== "answer" && r.expect !== "handoff") continue;
    const o = limits === "rules" ? { ok: r.ok, cw: r.cw, kind: r.kind } : replay(k, limits);
    t.n++;
    t.ok += Number(o.ok);
    t.cw += Number(o.cw);
    t.clarify += Number(o.kind === "clarify");
    if (r.expect === "answer") { t.nAnswer++; t.okAnswer += Number(o.ok); }
    else { t.off++; t.offOk += Number(o.ok); }
  }
  return t;
}
const utility = (t: Tally) => t.ok - COST * t.cw;

// the grid: the shipped limits, stricter and looser rejection of the rules' answer, and the doubt rule
// (session 17's limits: no switch, no doubt; the grid starts from them)
const S17: LearnedLimits = { ...LEARNED_LIMITS, doubtOwnP: 0, doubtTopP: 1.01, switchP: 1.01, switchOwnP: 0 };
const grid: LearnedLimits[] = [S17, CALIBRATED_LIMITS, { ...CALIBRATED_LIMITS, doubtInThree: true }, { ...CALIBRATED_LIMITS, letterGuard: true } as LearnedLimits, { ...CALIBRATED_LIMITS, doubtInThree: true, letterGuard: true } as LearnedLimits];
// session 20: a switch asked back when the rules' entry is the classifier's second choice with p ≥ secondAskP
for (const secondAskP of [0.01, 0.02, 0.03, 0.05, 0.08]) grid.push({ ...LEARNED_LIMITS, secondAskP });
for (const rejectP of [0.5, 0.7, 0.8, 0.9]) for (const rejectOwnP of [0.02, 0.05, 0.1, 0.2]) grid.push({ ...S17, rejectP, rejectOwnP });
for (const doubtOwnP of [0.05, 0.1, 0.2, 0.3, 0.4, 0.5]) for (const doubtTopP of [0.2, 0.3, 0.4, 0.5, 0.6]) grid.push({ ...S17, doubtOwnP, doubtTopP });
for (const switchP of [0.7, 0.8, 0.9, 0.95]) for (const switchOwnP of [0.02, 0.05, 0.1, 0.2]) {
  grid.push({ ...S17, switchP, switchOwnP });
  for (const [rejectP, rejectOwnP] of [[0.7, 0.1], [0.8, 0.1], [0.8, 0.05]] as const) grid.push({ ...S17, switchP, switchOwnP, rejectP, rejectOwnP });
  for (const [doubtOwnP, doubtTopP] of [[0.1, 0.4], [0.1, 0.6], [0.2, 0.4], [0.05, 0.4]] as const) grid.push({ ...S17, switchP, switchOwnP, doubtOwnP, doubtTopP });
}
const name = (l: LearnedLimits) => JSON.stringify(Object.fromEntries(Object.entries(l).filter(([k, v]) => v !== (S17 as Record<string, unknown>)[k]))) || "{}";

const groups = [...new Set(rows.map((r) => r.group))];
const ixOf = new Map(groups.map((g) => [g, rows.flatMap((r, k) => (r.group === g ? [k] : []))]));
const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)}`.padStart(5);
const fig = (t: Tally) => `answer top-1 ${pct(t.okAnswer, t.nAnswer)}  all ${pct(t.ok, t.n)}  cw ${pct(t.cw, t.n)} (${String(t.cw).padStart(3)})  handoff ${t.offOk}/${t.off}  clarify ${t.clarify}`;

// cache: every grid setting's outcome on every line, once
const perGroup = new Map<string, Tally[]>(groups.map((g) => [g, grid.map((l) => tally(ixOf.get(g)!, l))]));
const sum = (ts: Tally[]) => ts.reduce((a, t) => { for (const k of Object.keys(a) as Array<keyof Tally>) a[k] += t[k]; return a; }, empty());

console.log(`${rows.length} out-of-fold first turns, ${groups.length} writer sets; utility = right − ${COST} × confident wrong`);
console.log("\nnested (limits chosen on the other sets' out-of-fold lines), per left-out set: session 17's limits | chosen limits");
const nestedT: Tally[] = [], shippedT: Tally[] = [], rulesT: Tally[] = [], beforeT: Tally[] = [];
for (const g of groups) {
  const others = groups.filter((h) => h !== g);
  const scores = grid.map((_, j) => utility(sum(others.map((h) => perGroup.get(h)![j]!))));
  const best = scores.indexOf(Math.max(...scores));
  const rules = tally(ixOf.get(g)!, "rules"), before = perGroup.get(g)![0]!, shipped = perGroup.get(g)![1]!, chosen = perGroup.get(g)![best]!;
  rulesT.push(rules); beforeT.push(before); shippedT.push(shipped); nestedT.push(chosen);
  console.log(`${g.padEnd(12)} n ${String(before.n).padStart(4)} | s17 ${fig(before)} | chosen ${fig(chosen)}  ${name(grid[best]!)}`);
}
console.log(`${"TOTAL".padEnd(12)} rules    ${fig(sum(rulesT))}`);
console.log(`${"TOTAL".padEnd(12)} s17      ${fig(sum(beforeT))}`);
console.log(`${"TOTAL".padEnd(12)} calibr.  ${fig(sum(shippedT))}   (CALIBRATED_LIMITS, chosen on all sets: not held out for the thresholds)`);
console.log(`${"TOTAL".padEnd(12)} nested   ${fig(sum(nestedT))}`);

const all = grid.map((l, j) => ({ l, t: sum(groups.map((g) => perGroup.get(g)![j]!)) }));
all.sort((a, b) => utility(b.t) - utility(a.t));
console.log("\ngrid on all out-of-fold lines (best first):");
for (const { l, t } of all.slice(0, Number(process.env.TOP ?? 25))) console.log(`${name(l).padEnd(44)} ${fig(t)}  utility ${utility(t)}`);
if (process.env.LIMITS) {
  const l = { ...LEARNED_LIMITS, ...(JSON.parse(process.env.LIMITS) as Partial<LearnedLimits>) };
  console.log(`\nper set with ${name(l)}:`);
  for (const g of groups) console.log(`${g.padEnd(12)} ${fig(tally(ixOf.get(g)!, l))}`);
  console.log(`${"TOTAL".padEnd(12)} ${fig(tally(rows.map((_, k) => k), l))}`);
}
void HANDOFF_CLASS;
