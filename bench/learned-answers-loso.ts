/**
 * Experiment (session 16): does a small learned classifier over the engine's folded text generalise to
 * writers it has not seen? Leave-one-writer-set-out over the tuning sets only (never eval/holdout).
 *
 *   npx tsx bench/calibration-lines.ts /tmp/before.jsonl      # the engine's outcome per tuning line
 *   npx tsx bench/learned-answers-loso.ts /tmp/before.jsonl
 *
 * Classes: entry ids + "handoff". Features: word unigrams + bigrams of foldedText() (the engine's own
 * accent folding, synonyms, teen-code). Training rows: entries' titles, sample questions, keywords, and
 * tuning lines with expect answer/handoff (single questions and conversations' first turns). Model:
 * multinomial logistic regression, SGD, L2. For each writer set (questions + conversations of one
 * tuning round; paraphrases; validation-questions) the model is trained without it and predicts it.
 * Combinations with the engine are counted on the held-out lines only (first turns: later turns depend
 * on memory and are left as the engine answered them).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { answerClassifier, HANDOFF_CLASS } from "../server/assistant/learned-answer-model";
import { entryRows, fixtureRows, trainAnswerWeights, TRAINING_SETS } from "../server/assistant/learned-answer-train";
import { loadKnowledge, ROOT } from "./ask-latency";

type Row = { set: string; i: number; q: string; expect: string; topic?: string; kind: string; ids: string[]; ok: boolean; cw: boolean; why: string };
type Line = { q: string; expect: string; topic?: string; conversation?: string; turn?: number };

const rows = readFileSync(process.argv[2] ?? "/tmp/calibration-lines.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row);
const fileOf = (set: string) => (set === "paraphrases" || set === "validation-questions" ? `tests/fixtures/${set}.jsonl` : `tests/fixtures/blind/${set}.jsonl`);
const group = (set: string) => set.replace(/-(questions|conversations)$/, "");

// the file lines, to know which are first turns
const linesOf = new Map<string, Line[]>();
for (const set of new Set(rows.map((r) => r.set))) {
  if (/^(eval|holdout)/.test(set)) throw new Error("blind set in the input");
  linesOf.set(set, readFileSync(fileOf(set), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Line));
}
const firstTurn = (r: Row) => {
  const lines = linesOf.get(r.set)!;
  const line = lines[r.i]!;
  if (line.conversation === undefined) return true;
  return !lines.slice(0, r.i).some((l) => l.conversation === line.conversation);
};

const { kb } = await loadKnowledge();
const classes = [...kb.entries.map((e) => e.id).sort(), HANDOFF_CLASS];
const classIx = new Map(classes.map((c, i) => [c, i]));
const K = classes.length;
const known = (id: string) => classIx.has(id) && id !== HANDOFF_CLASS;
const entryExamples = entryRows(kb.entries);
// the rows the trainer reads, grouped by writer set (a tuning round's questions + conversations)
const lineExamples = TRAINING_SETS.flatMap((s) => fixtureRows(join(ROOT, "tests", "fixtures", `${s}.jsonl`), group(s.replace(/^blind\//, "")), known));
const KEEP = Number(process.env.KEEP ?? 200);
// leave one writer set out
const groups = [...new Set(lineExamples.map((e) => e.group))];
type Pred = { row: Row; probs: Float64Array };
const preds: Pred[] = [];
const heldRows = rows.filter(firstTurn);
for (const g of groups) {
  const weights = trainAnswerWeights([...entryExamples, ...lineExamples.filter((e) => e.group !== g)], classes, { keepPerClass: KEEP });
  const clf = answerClassifier(weights, known);
  for (const r of heldRows) if (group(r.set) === g) { const { probOf } = clf.read(r.q); preds.push({ row: r, probs: Float64Array.from(classes, (c) => probOf(c)) }); }
  process.stderr.write(".");
}
process.stderr.write("\n");

const argmax = (p: Float64Array) => { let b = 0; for (let k = 1; k < K; k++) if (p[k]! > p[b]!) b = k; return b; };
const outcome = (r: Row, kind: string, top: string | undefined) => {
  const right = (kind === "answer" && top === r.topic) || (kind === "scam_warning" && !!r.topic?.startsWith("ld-") && top === r.topic);
  const ok = r.expect === "answer" ? right : r.expect === "handoff" ? kind === "handoff" : r.expect === "scam" ? kind === "scam_warning" : kind !== "scam_warning";
  const cw = (r.expect === "answer" && !right && kind === "answer") || (r.expect === "handoff" && kind === "answer");
  return { ok, cw };
};

// classifier alone: top class right, per held-out group
const acc = new Map<string, { n: number; clf: number; eng: number }>();
for (const { row: r, probs } of preds) {
  if (r.expect !== "answer" && r.expect !== "handoff") continue;
  const t = acc.get(group(r.set)) ?? { n: 0, clf: 0, eng: 0 };
  t.n++;
  const c = classes[argmax(probs)]!;
  if (r.expect === "handoff" ? c === "handoff" : c === r.topic) t.clf++;
  if (r.ok) t.eng++;
  acc.set(group(r.set), t);
}

type Policy = { name: string; act: (r: Row, p: Float64Array) => { kind: string; top?: string } | undefined };
const P = (r: Row, p: Float64Array, id: string | undefined) => (id && classIx.has(id) ? p[classIx.get(id)!]! : 0);
const policies: Policy[] = [];
for (const pa of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
  policies.push({ name: `A weak→answer engine top if clf top=it p≥${pa}`, act: (r, p) => (r.kind === "handoff" && r.why.includes("khớp yếu") && classes[argmax(p)] === r.ids[0] && P(r, p, r.ids[0]) >= pa ? { kind: "answer", top: r.ids[0] } : undefined) });
  policies.push({ name: `A' weak→answer clf top if in engine top3 p≥${pa}`, act: (r, p) => { const c = classes[argmax(p)]!; return r.kind === "handoff" && r.why.includes("khớp yếu") && r.ids.slice(0, 3).includes(c) && p[argmax(p)]! >= pa ? { kind: "answer", top: c } : undefined; } });
  policies.push({ name: `C clarify→answer clf top if in engine top3 p≥${pa}`, act: (r, p) => { const c = classes[argmax(p)]!; return r.kind === "clarify" && r.ids.slice(0, 3).includes(c) && p[argmax(p)]! >= pa ? { kind: "answer", top: c } : undefined; } });
}
for (const pb of [0.5, 0.7, 0.8, 0.9, 0.95]) for (const pe of [0.02, 0.05, 0.1]) {
  policies.push({ name: `B answer→handoff/clarify if clf top≠engine p≥${pb}, P(engine)<${pe}`, act: (r, p) => { const c = classes[argmax(p)]!; return r.kind === "answer" && c !== r.ids[0] && p[argmax(p)]! >= pb && P(r, p, r.ids[0]) < pe ? { kind: c === "handoff" ? "handoff" : "clarify" } : undefined; } });
  policies.push({ name: `B' answer→handoff only if clf top=handoff p≥${pb}, P(engine)<${pe}`, act: (r, p) => { const c = classes[argmax(p)]!; return r.kind === "answer" && c === "handoff" && p[argmax(p)]! >= pb && P(r, p, r.ids[0]) < pe ? { kind: "handoff" } : undefined; } });
}

const policy = (name: string, ...ps: Policy[]): Policy => ({ name, act: (r, p) => { for (const x of ps) { const a = x.act(r, p); if (a) return a; } return undefined; } });
const named = (prefix: string) => policies.find((p) => p.name.startsWith(prefix))!;
for (const pa of ["0.9", "0.95"]) for (const pb of ["0.9", "0.95"]) {
  policies.push(policy(`A'+C ${pa}`, named(`A' weak→answer clf top if in engine top3 p≥${pa}`), named(`C clarify→answer clf top if in engine top3 p≥${pa}`)));
  policies.push(policy(`A'+C ${pa} + B ${pb} <0.02`, named(`A' weak→answer clf top if in engine top3 p≥${pa}`), named(`C clarify→answer clf top if in engine top3 p≥${pa}`), named(`B answer→handoff/clarify if clf top≠engine p≥${pb}, P(engine)<0.02`)));
}
const fresh = new Set(["tuning13", "tuning-s16"]);
function evaluate(pol: Policy, filter: (g: string) => boolean) {
  const per = new Map<string, { fixed: number; broken: number; cw: number }>();
  for (const { row: r, probs } of preds) {
    const g = group(r.set);
    if (!filter(g)) continue;
    const t = per.get(g) ?? { fixed: 0, broken: 0, cw: 0 };
    per.set(g, t);
    const a = pol.act(r, probs);
    if (!a) continue;
    const o = outcome(r, a.kind, a.top);
    if (!r.ok && o.ok) t.fixed++;
    if (r.ok && !o.ok) t.broken++;
    t.cw += Number(o.cw) - Number(r.cw);
  }
  const tot = { fixed: 0, broken: 0, cw: 0 };
  for (const t of per.values()) { tot.fixed += t.fixed; tot.broken += t.broken; tot.cw += t.cw; }
  return { per, tot };
}

console.log("classifier top-1 on held-out first turns/questions (answer+handoff lines) vs engine ok");
let tn = 0, tc = 0, te = 0;
for (const [g, t] of acc) { if (fresh.has(g) && !process.env.FRESH) continue; console.log(`${g.padEnd(22)} n ${String(t.n).padStart(4)}  clf ${(100 * t.clf / t.n).toFixed(1)}%  engine ${(100 * t.eng / t.n).toFixed(1)}%`); tn += t.n; tc += t.clf; te += t.eng; }
console.log(`${"TOTAL".padEnd(22)} n ${tn}  clf ${(100 * tc / tn).toFixed(1)}%  engine ${(100 * te / tn).toFixed(1)}%`);
console.log("\npolicies (held out; older sets = all but tuning13, tuning-s16): fixed / broken / cw change");
for (const pol of policies) {
  // the two freshest writers are looked at once, for the policy chosen on the older sets (FRESH=1)
  const old = evaluate(pol, (g) => !fresh.has(g)).tot, fr = evaluate(pol, (g) => fresh.has(g)).tot;
  const freshFig = process.env.FRESH ? ` | fresh +${fr.fixed} -${fr.broken} cw ${fr.cw >= 0 ? "+" : ""}${fr.cw}` : "";
  console.log(`${pol.name.padEnd(66)} older +${old.fixed} -${old.broken} cw ${old.cw >= 0 ? "+" : ""}${old.cw}${freshFig}`);
}
if (process.env.POLICY) {
  const pol = policies.find((p) => p.name.startsWith(process.env.POLICY!))!;
  console.log(`\nper set: ${pol.name}`);
  for (const [g, t] of evaluate(pol, (g) => !fresh.has(g) || !!process.env.FRESH).per) console.log(`${g.padEnd(22)} fixed ${t.fixed} broken ${t.broken} cw ${t.cw >= 0 ? "+" : ""}${t.cw}`);
}
