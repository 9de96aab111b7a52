import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { foldDiacritics } from "../vietnamese-text";
import { readCorpus, type CorpusMessage } from "./corpus-files";
import { splitForwarded } from "./forwarded";
import { ngramBuckets, type ScamModel } from "./model";
import { cleanText } from "./normalize";
import { soleSwapBrand, swapBrand, swapBrands } from "./brand-swap";
import { readSignals, type SignalName } from "./signals";

/*
 * Node-only: trains the optional linear model (logistic regression, L2, plain gradient descent
 * with a fixed seed so every run writes the same weights) on the TRAINING split of the corpus.
 * Positives are scam messages, negatives genuine messages and residents' questions; each is
 * also seen with the training wrappers around it, as residents forward them.
 */

export const modelJsonPath = join(dirname(fileURLToPath(import.meta.url)), "data", "model.json");

export const NGRAM_SIZES = [3, 4, 5];
export const BUCKETS = 1 << 13;

const trainingWrappers = ["tin này có phải lừa đảo ko: ", "Cho hỏi tin nhắn này thật không ạ\n", "mn ơi check giúp tin này: "];

/** message: the index of the message it was made from, in the list given to trainingExamples */
export type Example = { signals: SignalName[]; grams: number[]; y: number; source: string; message: number };

function exampleOf(text: string, y: number, withNgrams: boolean, source: string, sizes: number[], wordSizes: number[], message: number): Example {
  const body = splitForwarded(cleanText(text)).body;
  const s = readSignals(body);
  return { signals: [...s.set], grams: withNgrams ? ngramBuckets(s.folded, sizes, BUCKETS, wordSizes) : [], y, source, message };
}

/** The examples one trains on: each message, and each message forwarded alone also wrapped and without accents. */
export function trainingExamples(messages: CorpusMessage[], withNgrams: boolean, sizes: number[] = NGRAM_SIZES, wordSizes: number[] = TRAINING_DEFAULTS.wordNgrams, brandSwaps: number = TRAINING_DEFAULTS.brandSwaps): Example[] {
  const out: Example[] = [];
  for (const [index, m] of messages.entries()) {
    if (m.label === "victim") continue;
    const y = m.label === "scam" ? 1 : 0;
    out.push(exampleOf(m.text, y, withNgrams, m.source.id, sizes, wordSizes, index));
    if (m.shape === "alone" && (m.label === "scam" || m.label === "genuine")) {
      out.push(exampleOf(trainingWrappers[out.length % trainingWrappers.length] + m.text, y, withNgrams, m.source.id, sizes, wordSizes, index));
      out.push(exampleOf(foldDiacritics(m.text), y, withNgrams, m.source.id, sizes, wordSizes, index));
    }
    // the same message as if another bank, wallet or operator of its kind had sent it (or been borrowed)
    const from = brandSwaps && (m.label === "scam" || m.label === "genuine") ? soleSwapBrand(m.text) : undefined;
    if (from) {
      const others = swapBrands.filter((b) => b.kind === from.kind && b.id !== from.id);
      for (let k = 0; k < brandSwaps && k < others.length; k++) {
        const to = others[(index * 7 + k * 3) % others.length]!;
        const text = swapBrand(m.text, from, to);
        if (text !== m.text) out.push(exampleOf(text, y, withNgrams, m.source.id, sizes, wordSizes, index));
      }
    }
  }
  return out;
}

/** A deterministic shuffle (mulberry32). */
function shuffled<T>(items: T[], seed: number): T[] {
  let a = seed;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/*
 * Hyper-parameters, chosen by grouped cross-validation INSIDE the training split (bench/scam-cv.ts,
 * `SCAM_CV_GRID=full`: 5 folds by source, so near-duplicates of one source never sit on both sides; rule
 * fixed in session 8: best held-out "recall − 2 × false alarms", then the fewest decisions changed when
 * a fifth of the sources is left out). Session 9 wave 2 (1,159 training messages, hybrid check), over
 * L2 {0.001, 0.01, 0.1} × epochs {60, 30} × n-grams {3–5, 2–4}: 60 epochs, L2 0.001 (before) → recall
 * 98.3%, false alarms 0.70%, 12 changed decisions, real held-out scams 96.0%, real false alarms 1.02%;
 * 30 epochs, L2 0.001 → 98.3%, 0.64%, 10, 96.0%, 0.85%: chosen (the rule's pick, and no worse anywhere).
 * 2–4-grams scored like 3–5-grams. L2 0.1 (the pick of the L2-only grid at 60 epochs: 97.2%, 0.38%, 8,
 * real scams 91.9%) was not adopted: it loses four residents' forwarded scams of the tuning sets
 * (bench:answers) and 0.7 point of recall on the validation guard; what it buys is false alarms on
 * 2015 adverts. tests/scam-corpus.test.ts holds the cross-validated figures beside the training fit.
 * Averaging the weights over the last epochs and the shuffle seed changed nothing (session 8).
 */
export const TRAINING_DEFAULTS: { epochs: number; l2: number; rate: number; seed: number; ngramSizes: number[]; wordNgrams: number[]; sourceWeight: SourceWeight; brandSwaps: number } = { epochs: 30, l2: 1e-3, rate: 0.3, seed: 7, ngramSizes: NGRAM_SIZES, wordNgrams: [], sourceWeight: "none", brandSwaps: 0 };

/** How examples weigh: alike ("none"), or each source's examples together as √(its count) examples ("sqrt"), so a large batch of near-alike rows does not outweigh the rest. */
export type SourceWeight = "none" | "sqrt";

/** ngramSizes: the character n-gram lengths (the model file records them, so scoring follows). */
export type TrainOptions = { ngrams: boolean; ngramSizes?: number[]; wordNgrams?: number[]; sourceWeight?: SourceWeight; brandSwaps?: number; epochs?: number; l2?: number; rate?: number; seed?: number; corpusHash: string };

export function trainModel(messages: CorpusMessage[], options: TrainOptions): ScamModel {
  return fitModel(trainingExamples(messages.filter((m) => m.split === "training"), options.ngrams, options.ngramSizes ?? TRAINING_DEFAULTS.ngramSizes, options.wordNgrams ?? TRAINING_DEFAULTS.wordNgrams, options.brandSwaps ?? TRAINING_DEFAULTS.brandSwaps), options);
}

/** Logistic regression by SGD on ready examples (the cross-validation reuses one set of examples). */
export function fitModel(examples: Example[], options: TrainOptions): ScamModel {
  const signalNames = [...new Set(examples.flatMap((ex) => ex.signals))].sort();
  const signalIndex = new Map(signalNames.map((s, i) => [s, i]));
  const exSignals = examples.map((ex) => ex.signals.map((s) => signalIndex.get(s)!));
  const sigW = new Float64Array(signalNames.length);
  const gramW = new Float64Array(BUCKETS);
  let bias = 0;
  const epochs = options.epochs ?? TRAINING_DEFAULTS.epochs;
  const l2 = options.l2 ?? TRAINING_DEFAULTS.l2;
  const seed = options.seed ?? TRAINING_DEFAULTS.seed;
  let rate = options.rate ?? TRAINING_DEFAULTS.rate;
  const order = examples.map((_, i) => i);
  const weightOf = exampleWeights(examples, options.sourceWeight ?? TRAINING_DEFAULTS.sourceWeight);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of shuffled(order, seed + epoch)) {
      const ex = examples[i]!;
      const sigs = exSignals[i]!;
      const scale = 1 / Math.sqrt(ex.grams.length || 1);
      let z = bias;
      for (const s of sigs) z += sigW[s]!;
      for (const g of ex.grams) z += gramW[g]! * scale;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - ex.y) * weightOf[i]!;
      bias -= rate * err;
      for (const s of sigs) sigW[s] = sigW[s]! - rate * (err + l2 * sigW[s]!);
      for (const g of ex.grams) gramW[g] = gramW[g]! - rate * (err * scale + l2 * gramW[g]!);
    }
    rate *= 0.95;
  }
  const sig = new Map<SignalName, number>(signalNames.map((s, i) => [s, sigW[i]!]));
  const grams = new Map<number, number>();
  for (let g = 0; g < BUCKETS; g++) if (gramW[g]) grams.set(g, gramW[g]!);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const signals: Partial<Record<SignalName, number>> = {};
  for (const [s, w] of [...sig].sort((a, b) => a[0].localeCompare(b[0]))) if (Math.abs(w) >= 0.001) signals[s] = round(w);
  const ngrams: Record<string, number> = {};
  for (const [g, w] of [...grams].sort((a, b) => a[0] - b[0])) if (Math.abs(w) >= 0.01) ngrams[String(g)] = round(w);
  // threshold on the training examples: the lowest that keeps false alarms at or under 1%
  const model: ScamModel = { version: 1, signals, ngrams, ngramSizes: options.ngrams ? (options.ngramSizes ?? TRAINING_DEFAULTS.ngramSizes) : [], ...(options.ngrams && (options.wordNgrams ?? TRAINING_DEFAULTS.wordNgrams).length ? { wordNgrams: options.wordNgrams ?? TRAINING_DEFAULTS.wordNgrams } : {}), buckets: options.ngrams ? BUCKETS : 0, bias: round(bias), threshold: 0, trainedOn: { messages: examples.length, corpusHash: options.corpusHash } };
  const scores = examples.map((ex) => {
    let z = model.bias;
    for (const s of ex.signals) z += model.signals[s] ?? 0;
    const scale = 1 / Math.sqrt(ex.grams.length || 1);
    for (const g of ex.grams) z += (model.ngrams[g] ?? 0) * scale;
    return { z, y: ex.y };
  });
  const negatives = scores.filter((s) => s.y === 0).map((s) => s.z).sort((a, b) => b - a);
  const allowed = Math.floor(negatives.length * 0.01);
  model.threshold = round(Math.max(0, (negatives[allowed] ?? 0) + 1e-3));
  return model;
}

/** Each example's weight in the gradient, averaging 1 over the examples. */
function exampleWeights(examples: Example[], how: SourceWeight): Float64Array {
  const out = new Float64Array(examples.length).fill(1);
  if (how === "none") return out;
  const count = new Map<string, number>();
  for (const ex of examples) count.set(ex.source, (count.get(ex.source) ?? 0) + 1);
  let total = 0;
  examples.forEach((ex, i) => (total += out[i] = 1 / Math.sqrt(count.get(ex.source)!)));
  const scale = examples.length / (total || 1);
  for (let i = 0; i < out.length; i++) out[i]! *= scale;
  return out;
}

export function trainModelFromCorpus(dir: string): { model: ScamModel; report: string } {
  const corpus = readCorpus(dir);
  if (corpus.problems.length) throw new Error(corpus.problems.join("\n"));
  const model = trainModel(corpus.messages, { ngrams: true, corpusHash: corpus.hash });
  return {
    model,
    report: `model: trained on ${model.trainedOn.messages} training examples (corpus ${corpus.hash}), ${Object.keys(model.signals).length} signal weights, ${Object.keys(model.ngrams).length} n-gram weights, threshold ${model.threshold}`,
  };
}

export function serializeModel(model: ScamModel): string {
  return `${JSON.stringify(model)}\n`;
}
