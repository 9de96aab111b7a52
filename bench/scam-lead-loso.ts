/**
 * Held out by writer set: would the learned answer classifier pick a scam warning's lead entry (of the two the
 * warning offers) better than the lừa-đảo search does? Reads calibration-lines rows (classifier on or off: only
 * scam warnings are replayed, which the classifier never changed) and trains one model per fold without the
 * held-out writer sets (FOLDS=n). Prints, per threshold, the lines fixed and broken.
 *
 *   npx tsx bench/calibration-lines.ts /tmp/base.jsonl && FOLDS=6 npx tsx bench/scam-lead-loso.ts /tmp/base.jsonl
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { answerClassifier, HANDOFF_CLASS, type AnswerClassifier } from "../server/assistant/learned-answer-model";
import { entryRows, fixtureRows, trainAnswerWeights, TRAINING_SETS } from "../server/assistant/learned-answer-train";
import { scamLeadByClassifier, SCAM_LEAD_P } from "../server/assistant/scam-lead-learned";
import { loadKnowledge, ROOT } from "./ask-latency";

type Row = { set: string; i: number; q: string; expect: string; topic?: string; kind: string; ids: string[]; ok: boolean; cw: boolean; why: string };
const rows = readFileSync(process.argv[2]!, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row);
const group = (set: string) => set.replace(/^blind\//, "").replace(/-(questions|conversations)$/, "");
const { kb } = await loadKnowledge();
const classes = [...kb.entries.map((e) => e.id).sort(), HANDOFF_CLASS];
const known = (id: string) => classes.includes(id) && id !== HANDOFF_CLASS;
const lineExamples = TRAINING_SETS.flatMap((s) => fixtureRows(join(ROOT, "tests", "fixtures", `${s}.jsonl`), group(s), known));
const warned = rows.filter((r) => r.kind === "scam_warning" && r.ids.length > 1);
const groups = [...new Set(warned.map((r) => group(r.set)))];
const FOLDS = Number(process.env.FOLDS ?? 6);
const held: Array<{ row: Row; clf: AnswerClassifier }> = [];
for (let f = 0; f < FOLDS; f++) {
  const fold = groups.filter((_, i) => i % FOLDS === f);
  const weights = trainAnswerWeights([...entryRows(kb.entries), ...lineExamples.filter((e) => !fold.includes(e.group))], classes, { keepPerClass: 500 });
  const clf = answerClassifier(weights, known);
  for (const r of warned) if (fold.includes(group(r.set))) held.push({ row: r, clf });
  process.stderr.write(".");
}
process.stderr.write("\n");
for (const p of [0.3, 0.4, 0.5, SCAM_LEAD_P, 0.7, 0.8, 0.9]) {
  let fixed = 0, broken = 0;
  const moved: string[] = [];
  for (const { row: r, clf } of held) {
    if (r.expect !== "answer" || !r.topic?.startsWith("ld-")) continue;
    const lead = scamLeadByClassifier(r.q, r.ids.slice(0, 2), clf, p) ?? r.ids[0];
    const ok = lead === r.topic;
    const was = r.ids[0] === r.topic;
    if (ok && !was) fixed++;
    if (!ok && was) broken++;
    if (ok !== was) moved.push(`${ok ? "FIX" : "BRK"} ${r.set}#${r.i} ${r.topic} [${r.ids.join(",")}] ${r.q.slice(0, 100)}`);
  }
  console.log(`p ${p}: fixed ${fixed} broken ${broken}`);
  if (process.env.V && p === SCAM_LEAD_P) for (const m of moved) console.log("  " + m);
}
