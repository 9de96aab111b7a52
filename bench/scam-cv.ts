/**
 * `npx tsx bench/scam-cv.ts`: chooses the learned model's training settings (L2, n-gram lengths,
 * epochs) by grouped cross-validation INSIDE the training split of knowledge/scam-corpus/ (the
 * validation split is never read): 5 folds by source, so near-duplicate texts of one source never
 * sit on both sides. For each setting: the hybrid check's held-out recall and false alarms (each
 * message alone and with a question in front), and its stability — how many held-out decisions
 * change when the training data change a little (a fifth of the fold's training sources left out),
 * the swing a retrain on a slightly larger corpus showed in session 8.
 * Rule (fixed before the first run, session 8 wave 2): take the best held-out "recall − 2 × false
 * alarms" (mean of both variants); among settings within 0.5 points of it, the one with the fewest
 * changed decisions. `SCAM_CV_GRID=full` crosses n-gram lengths (3-5, 2-4), epochs (60, 30) and
 * three L2 values (session 9 wave 2; a machine shared by many makes the whole cross too slow).
 * Rule, session 10 (fixed before its first run; the default since): the real (press-quoted, dataset)
 * training rows weigh as much as all the rest — value = ½ (recall − 2 × false alarms) over all rows +
 * ½ (the same over the real rows), mean of both variants; the written rows are many and easy, and the
 * targets are on real messages. Ties as before (within 0.5 points: fewest changed decisions).
 * `SCAM_CV_RULE=all` gives session 8's value. `SCAM_CV_GRID=near` tries L2 0.001, 0.003, 0.01 at the
 * shipped epochs and n-gram lengths (what a loaded machine can run in minutes).
 * tests/scam-corpus.test.ts holds a floor on crossValidate() at the shipped settings.
 */
import { join } from "node:path";
import { checkScam } from "../server/assistant/scam/check";
import { readCorpus, type CorpusMessage } from "../server/assistant/scam/corpus-files";
import { fitModel, TRAINING_DEFAULTS, trainingExamples, type Example } from "../server/assistant/scam/train";

export const K = 5;
export function foldOf(sourceId: string): number {
  let h = 7;
  for (const c of sourceId) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % K;
}
// variant 1 trains without a fifth of the fold's training sources (chosen by another hash of the source)
function leftOut(sourceId: string): boolean {
  let h = 11;
  for (const c of sourceId) h = (h * 37 + c.charCodeAt(0)) >>> 0;
  return h % 5 === 0;
}

export type CvSetting = { l2: number; epochs: number; ngramSizes: number[] };
export type CvFigures = {
  /** held-out scams warned / genuine messages warned, both text variants, in % */
  recall: number;
  falseAlarm: number;
  /** the same on the real (quoted, not written) training rows */
  realRecall: number;
  realFalseAlarm: number;
  /** residents' own questions (held out) warned as scams */
  questionsWarned: number;
  questions: number;
  perFold: string[];
  /** one boolean per held-out text, in a fixed order (to compare variants) */
  decisions: boolean[];
};

const texts = (m: CorpusMessage) => [m.text, `Tin này có phải lừa đảo không: ${m.text}`];

export function trainingRows(): CorpusMessage[] {
  return readCorpus(join(import.meta.dirname, "..", "knowledge", "scam-corpus")).messages.filter((m) => m.split === "training");
}

/** Held-out figures of the hybrid check over the K folds; examples must be built with setting.ngramSizes. */
export function crossValidate(training: CorpusMessage[], examples: Example[], setting: CvSetting, variant = 0): CvFigures {
  const t = { scam: 0, hit: 0, gen: 0, fa: 0, rs: 0, rh: 0, rg: 0, rfa: 0, q: 0, qw: 0 };
  const perFold: string[] = [];
  const decisions: boolean[] = [];
  for (let k = 0; k < K; k++) {
    const model = fitModel(
      examples.filter((ex) => foldOf(ex.source) !== k && !(variant && leftOut(ex.source))),
      { ngrams: true, corpusHash: "cv", ...setting },
    );
    const f = { scam: 0, hit: 0, gen: 0, fa: 0 };
    for (const m of training.filter((m) => m.label !== "victim" && foldOf(m.source.id) === k))
      for (const text of texts(m)) {
        const warned = checkScam(text, { scorer: { kind: "hybrid", model } }).outcome === "scam";
        decisions.push(warned);
        const real = m.origin === "real";
        if (m.label === "scam") (f.scam++, warned && f.hit++, real && (t.rs++, warned && t.rh++));
        else if (m.label === "genuine") (f.gen++, warned && f.fa++, real && (t.rg++, warned && t.rfa++));
        else (t.q++, warned && t.qw++);
      }
    t.scam += f.scam; t.hit += f.hit; t.gen += f.gen; t.fa += f.fa;
    perFold.push(`${f.hit}/${f.scam} FA ${f.fa}/${f.gen}`);
  }
  const pct = (a: number, b: number) => (b ? (100 * a) / b : 0);
  return { recall: pct(t.hit, t.scam), falseAlarm: pct(t.fa, t.gen), realRecall: pct(t.rh, t.rs), realFalseAlarm: pct(t.rfa, t.rg), questionsWarned: t.qw, questions: t.q, perFold, decisions };
}

export const SHIPPED_SETTING: CvSetting = { l2: TRAINING_DEFAULTS.l2, epochs: TRAINING_DEFAULTS.epochs, ngramSizes: TRAINING_DEFAULTS.ngramSizes };

function main() {
  const training = trainingRows();
  const full = process.env.SCAM_CV_GRID === "full";
  const near = process.env.SCAM_CV_GRID === "near";
  const realWeighted = process.env.SCAM_CV_RULE !== "all";
  const sizesList = full ? [[3, 4, 5], [2, 3, 4]] : [TRAINING_DEFAULTS.ngramSizes];
  const epochsList = full ? [60, 30] : [TRAINING_DEFAULTS.epochs];
  const l2s = full ? [1e-3, 1e-2, 1e-1] : near ? [1e-3, 3e-3, 1e-2] : [1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 3e-1, 1];
  type Row = { setting: string; recall: number; fa: number; flips: number; detail: string; value: number };
  const rows: Row[] = [];
  for (const ngramSizes of sizesList) {
    const examples = trainingExamples(training, true, ngramSizes);
    for (const epochs of epochsList)
      for (const l2 of l2s) {
        const setting = { l2, epochs, ngramSizes };
        const [a, b] = [crossValidate(training, examples, setting, 0), crossValidate(training, examples, setting, 1)];
        const recall = (a.recall + b.recall) / 2;
        const fa = (a.falseAlarm + b.falseAlarm) / 2;
        const flips = a.decisions.filter((d, i) => d !== b.decisions[i]).length;
        const detail = `real scams ${a.realRecall.toFixed(1)}%, real FA ${a.realFalseAlarm.toFixed(2)}%, questions warned ${a.questionsWarned}/${a.questions}; folds (all sources, scams caught / false alarms): ${a.perFold.join(" | ")}`;
        const realValue = (a.realRecall + b.realRecall) / 2 - (a.realFalseAlarm + b.realFalseAlarm);
        const value = realWeighted ? (recall - 2 * fa + realValue) / 2 : recall - 2 * fa;
        rows.push({ setting: `n=${ngramSizes.join("")} epochs=${epochs} l2=${l2}`, recall, fa, flips, detail: `value ${value.toFixed(2)}; ${detail}`, value });
      }
  }
  const best = Math.max(...rows.map((r) => r.value));
  const chosen = rows.filter((r) => r.value >= best - 0.5).sort((a, b) => a.flips - b.flips || b.value - a.value)[0]!;
  console.log(`grouped CV, training split only (${training.length} messages, ${K} folds by source, held-out texts alone + with a question in front); rule: ${realWeighted ? "real rows weigh half" : "all rows alike"}`);
  for (const r of rows)
    console.log(`${r === chosen ? "→" : " "} ${r.setting}: recall ${r.recall.toFixed(1)}%, false alarms ${r.fa.toFixed(2)}%, decisions changed when a fifth of the sources is left out ${r.flips}; ${r.detail}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
