/**
 * `npx tsx bench/scam-cv-family.ts`: cross-validation INSIDE the training split (the validation split is
 * never read) that holds out whole collections' families at once, closer to what the validation split
 * measures than bench/scam-cv.ts's folds by source. There, a held-out source usually has siblings in
 * training (other senders of the same public collection, other pages quoting the same script, other
 * composed batches of the same family), so the model has seen near-relatives of every held-out text; the
 * validation split holds whole senders and whole script families of a collection the model never saw
 * (e.g. one phone's phishing and job texts). Here a group is (collection, family): a public dataset's rows
 * of one family (repo + family), the pages' rows of one family (police/press/bank/... quoting one script),
 * the composed rows of one family — every message of a group is held out together, K folds by a hash of
 * the group.
 *
 * For each fold the model is trained on the other folds exactly as `npm run scam:train` trains (same
 * examples, settings and in-sample threshold), then the hybrid check runs on the held-out texts (alone and
 * with a question in front) at several bars: `shift` is added to the model's threshold, i.e. to the
 * margin the n-gram model needs before it warns alone (check.ts MODEL_MARGIN; shift 0 = shipped).
 *
 * `SCAM_CV_GROUPS=source` runs the same with bench/scam-cv.ts's folds (by source), for comparison.
 * `SCAM_CV_L2=0.01,0.1` also tries other L2 values (shift 0 only unless SCAM_CV_SHIFTS is given).
 */
import { checkScam } from "../server/assistant/scam/check";
import type { CorpusMessage } from "../server/assistant/scam/corpus-files";
import { fitModel, TRAINING_DEFAULTS, trainingExamples, type SourceWeight } from "../server/assistant/scam/train";
import { foldOf as sourceFoldOf, K, trainingRows } from "./scam-cv";

/** The collection a message comes from: a public dataset (by repository), the pages quoting texts, or the composed batches. */
export function collectionOf(m: CorpusMessage): string {
  if (m.source.dataset) return m.source.dataset.repo;
  return m.source.kind === "composed" ? "composed" : "pages";
}

export function groupOf(m: CorpusMessage): string {
  return `${collectionOf(m)}:${m.family}`;
}

function hashFold(key: string): number {
  let h = 7;
  for (const c of key) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % K;
}

export type FamilyCvFigures = { shift: number; learned?: string; recall: number; falseAlarm: number; realRecall: number; realFalseAlarm: number; questionsWarned: number; questions: number; value: number; perFold: string[] };

const texts = (m: CorpusMessage) => [m.text, `Tin này có phải lừa đảo không: ${m.text}`];

/**
 * Held-out figures per shift. `foldOfMessage` assigns each training message a fold; the examples are rebuilt
 * per message so each carries its message's fold.
 */
export function familyCrossValidate(training: CorpusMessage[], shifts: number[], options: { bySource?: boolean; l2?: number; showMisses?: boolean; wordNgrams?: number[]; sourceWeight?: SourceWeight; learnedToo?: boolean; brandSwaps?: number } = {}): FamilyCvFigures[] {
  const foldOfMessage = (m: CorpusMessage) => (options.bySource ? sourceFoldOf(m.source.id) : hashFold(groupOf(m)));
  const sizes = TRAINING_DEFAULTS.ngramSizes;
  const wordNgrams = options.wordNgrams ?? TRAINING_DEFAULTS.wordNgrams;
  const examples = trainingExamples(training, true, sizes, wordNgrams, options.brandSwaps ?? TRAINING_DEFAULTS.brandSwaps);
  // the model alone (scorer "learned", no margin): what the n-grams carry to families they never saw
  const l = { scam: 0, hit: 0, gen: 0, fa: 0, rs: 0, rh: 0, rg: 0, rfa: 0 };
  const exFold = examples.map((ex) => foldOfMessage(training[ex.message]!));
  const t = shifts.map(() => ({ scam: 0, hit: 0, gen: 0, fa: 0, rs: 0, rh: 0, rg: 0, rfa: 0, q: 0, qw: 0, folds: [] as string[] }));
  for (let k = 0; k < K; k++) {
    const model = fitModel(examples.filter((_, i) => exFold[i] !== k), { ngrams: true, corpusHash: "cv", epochs: TRAINING_DEFAULTS.epochs, l2: options.l2 ?? TRAINING_DEFAULTS.l2, ngramSizes: sizes, wordNgrams, sourceWeight: options.sourceWeight, brandSwaps: options.brandSwaps });
    const heldOut = training.filter((m) => m.label !== "victim" && foldOfMessage(m) === k);
    if (options.learnedToo)
      for (const m of heldOut)
        for (const text of texts(m)) {
          if (m.label === "question") continue;
          const verdict = checkScam(text, { scorer: { kind: "learned", model } });
          const warned = verdict.outcome === "scam";
          const real = m.origin === "real";
          // training rows only: the model alone's held-out misses (SCAM_CV_MISSES=learned)
          if (process.env.SCAM_CV_MISSES === "learned" && text === m.text && warned !== (m.label === "scam"))
            console.log(`  model miss ${m.label} ${groupOf(m)} ${m.origin} ${verdict.outcome} ${verdict.score}: ${m.text.replace(/\n/g, " ⏎ ").slice(0, 200)}`);
          if (m.label === "scam") (l.scam++, warned && l.hit++, real && (l.rs++, warned && l.rh++));
          else (l.gen++, warned && l.fa++, real && (l.rg++, warned && l.rfa++));
        }
    shifts.forEach((shift, si) => {
      const scorer = { kind: "hybrid" as const, model: { ...model, threshold: model.threshold + shift } };
      const f = { scam: 0, hit: 0, gen: 0, fa: 0 };
      const a = t[si]!;
      for (const m of heldOut)
        for (const text of texts(m)) {
          const warned = checkScam(text, { scorer }).outcome === "scam";
          const real = m.origin === "real";
          // training rows only: the held-out misses of this CV (SCAM_CV_MISSES=1), to find classes
          if (options.showMisses && si === 0 && text === m.text && warned !== (m.label === "scam"))
            console.log(`  miss ${m.label} ${groupOf(m)} ${m.origin}: ${m.text.replace(/\n/g, " ⏎ ").slice(0, 220)}`);
          if (m.label === "scam") (f.scam++, warned && f.hit++, real && (a.rs++, warned && a.rh++));
          else if (m.label === "genuine") (f.gen++, warned && f.fa++, real && (a.rg++, warned && a.rfa++));
          else (a.q++, warned && a.qw++);
        }
      a.scam += f.scam; a.hit += f.hit; a.gen += f.gen; a.fa += f.fa;
      a.folds.push(`${f.hit}/${f.scam} FA ${f.fa}/${f.gen}`);
    });
  }
  const pct = (a: number, b: number) => (b ? (100 * a) / b : 0);
  return shifts.map((shift, si) => {
    const a = t[si]!;
    const [recall, falseAlarm, realRecall, realFalseAlarm] = [pct(a.hit, a.scam), pct(a.fa, a.gen), pct(a.rh, a.rs), pct(a.rfa, a.rg)];
    // session 10's rule (bench/scam-cv.ts): real rows weigh as much as all the rest
    const value = (recall - 2 * falseAlarm + (realRecall - 2 * realFalseAlarm)) / 2;
    const learned = options.learnedToo ? `model alone: recall ${pct(l.hit, l.scam).toFixed(2)} FA ${pct(l.fa, l.gen).toFixed(2)} real ${pct(l.rh, l.rs).toFixed(2)} / ${pct(l.rfa, l.rg).toFixed(2)} value ${((pct(l.hit, l.scam) - 2 * pct(l.fa, l.gen) + pct(l.rh, l.rs) - 2 * pct(l.rfa, l.rg)) / 2).toFixed(2)}` : undefined;
    return { shift, learned, recall, falseAlarm, realRecall, realFalseAlarm, questionsWarned: a.qw, questions: a.q, value, perFold: a.folds };
  });
}

function main() {
  const training = trainingRows();
  const bySource = process.env.SCAM_CV_GROUPS === "source";
  const shifts = (process.env.SCAM_CV_SHIFTS ?? "-0.5,0,0.5,1,1.5,2,3").split(",").map(Number);
  const l2s = (process.env.SCAM_CV_L2 ?? String(TRAINING_DEFAULTS.l2)).split(",").map(Number);
  // SCAM_CV_WORDS=1,2 adds word uni- and bigrams; SCAM_CV_WEIGHT=sqrt weighs each source as √(its examples); SCAM_CV_LEARNED=1 also scores the model alone
  const wordNgrams = process.env.SCAM_CV_WORDS === undefined ? undefined : process.env.SCAM_CV_WORDS ? process.env.SCAM_CV_WORDS.split(",").map(Number) : [];
  const sourceWeight = process.env.SCAM_CV_WEIGHT as SourceWeight | undefined;
  const learnedToo = process.env.SCAM_CV_LEARNED === "1";
  // SCAM_CV_SWAPS=2: each message naming one bank, wallet or operator also trained as 2 others of its kind (brand-swap.ts)
  const brandSwaps = process.env.SCAM_CV_SWAPS ? Number(process.env.SCAM_CV_SWAPS) : undefined;
  const groups = new Map<string, number>();
  for (const m of training) if (m.label !== "victim") groups.set(groupOf(m), (groups.get(groupOf(m)) ?? 0) + 1);
  console.log(`${bySource ? "folds by source (bench/scam-cv.ts)" : `folds by (collection, family): ${groups.size} groups`}, ${K} folds, training split only (${training.length} messages), held-out texts alone + with a question in front`);
  for (const l2 of l2s)
    for (const f of familyCrossValidate(training, shifts, { bySource, l2, showMisses: process.env.SCAM_CV_MISSES === "1", wordNgrams, sourceWeight, learnedToo, brandSwaps }))
      console.log(
        `l2=${l2} shift ${f.shift >= 0 ? "+" : ""}${f.shift}: recall ${f.recall.toFixed(2)} FA ${f.falseAlarm.toFixed(2)} | real recall ${f.realRecall.toFixed(2)} real FA ${f.realFalseAlarm.toFixed(2)} | questions warned ${f.questionsWarned}/${f.questions} | value ${f.value.toFixed(2)} | ${f.perFold.join("; ")}${f.learned ? ` | ${f.learned}` : ""}`,
      );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
