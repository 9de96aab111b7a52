/**
 * `npx tsx bench/scam-cv.ts`: chooses the learned model's training hyper-parameters by grouped
 * cross-validation INSIDE the training split of knowledge/scam-corpus/ (the validation split is
 * never read): 5 folds by source, so near-duplicate texts of one source never sit on both sides.
 * For each setting: the hybrid check's held-out recall and false alarms (each message alone and
 * with a question in front), and its stability — how many held-out decisions change when the
 * training data change a little (a fifth of the fold's training sources left out), the swing a
 * retrain on a slightly larger corpus showed in session 8.
 * Rule (fixed before the first run): take the best held-out "recall − 2 × false alarms" (mean of
 * both variants); among settings within 0.5 points of it, the one with the fewest changed decisions.
 * Session 8 wave 2: the rule picks l2 = 0.3, where the n-gram model is nearly off (the hybrid is the
 * hand weights); that and every L2 above 0.001 fail the training-split recall floor of
 * tests/scam-corpus.test.ts, so the shipped L2 stayed 0.001 (server/assistant/scam/train.ts).
 */
import { join } from "node:path";
import { checkScam } from "../server/assistant/scam/check";
import { readCorpus, type CorpusMessage } from "../server/assistant/scam/corpus-files";
import { fitModel, trainingExamples } from "../server/assistant/scam/train";

const corpus = readCorpus(join(import.meta.dirname, "..", "knowledge", "scam-corpus"));
const training = corpus.messages.filter((m) => m.split === "training");
const K = 5;
const fold = (sourceId: string) => {
  let h = 7;
  for (const c of sourceId) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % K;
};
const examples = trainingExamples(training, true);
const settings = [1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 3e-1, 1].map((l2) => ({ l2 }));
// 0: all the fold's training sources; 1: without a fifth of them (chosen by another hash of the source)
const variants = [0, 1];
const leftOut = (sourceId: string) => {
  let h = 11;
  for (const c of sourceId) h = (h * 37 + c.charCodeAt(0)) >>> 0;
  return h % 5 === 0;
};
const heldOut = (k: number) => training.filter((m) => m.label !== "victim" && fold(m.source.id) === k);
const texts = (m: CorpusMessage) => [m.text, `Tin này có phải lừa đảo không: ${m.text}`];

type Row = { setting: string; recall: number; fa: number; flips: number; perFold: string; value: number };
const rows: Row[] = [];
for (const s of settings) {
  const decisions = variants.map(() => [] as boolean[]);
  const tally = variants.map(() => ({ scam: 0, hit: 0, gen: 0, fa: 0 }));
  const perFold: string[] = [];
  for (let k = 0; k < K; k++) {
    const foldFigures: string[] = [];
    variants.forEach((variant, si) => {
      const model = fitModel(examples.filter((ex) => fold(ex.source) !== k && !(variant && leftOut(ex.source))), { ngrams: true, corpusHash: "cv", ...s });
      const f = { scam: 0, hit: 0, gen: 0, fa: 0 };
      for (const m of heldOut(k))
        for (const text of texts(m)) {
          const warned = checkScam(text, { scorer: { kind: "hybrid", model } }).outcome === "scam";
          decisions[si]!.push(warned);
          if (m.label === "scam") (f.scam++, warned && f.hit++);
          else if (m.label === "genuine") (f.gen++, warned && f.fa++);
        }
      const t = tally[si]!;
      t.scam += f.scam; t.hit += f.hit; t.gen += f.gen; t.fa += f.fa;
      if (si === 0) foldFigures.push(`${f.hit}/${f.scam} FA ${f.fa}/${f.gen}`);
    });
    perFold.push(foldFigures[0]!);
  }
  const recall = tally.reduce((a, t) => a + (100 * t.hit) / t.scam, 0) / variants.length;
  const fa = tally.reduce((a, t) => a + (100 * t.fa) / t.gen, 0) / variants.length;
  const flips = decisions[0]!.filter((d, i) => d !== decisions[1]![i]).length;
  rows.push({ setting: `l2=${s.l2}`, recall, fa, flips, perFold: perFold.join(" | "), value: recall - 2 * fa });
}
const best = Math.max(...rows.map((r) => r.value));
const chosen = rows.filter((r) => r.value >= best - 0.5).sort((a, b) => a.flips - b.flips || b.value - a.value)[0]!;
console.log(`grouped CV, training split only (${training.length} messages, ${K} folds by source, held-out texts alone + with a question in front)`);
for (const r of rows)
  console.log(`${r === chosen ? "→" : " "} ${r.setting}: recall ${r.recall.toFixed(1)}%, false alarms ${r.fa.toFixed(2)}%, decisions changed when a fifth of the sources is left out ${r.flips}; folds (all sources, scams caught / false alarms): ${r.perFold}`);
