/**
 * Training of the learned answer classifier (learned-answer-model.ts): multinomial logistic regression
 * by SGD with L2, then pruned to each class's largest weights. Used by `npm run answers:train` and the
 * leave-one-writer-set-out bench (bench/learned-answers-loso.ts). Not imported by the engine.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ANSWER_FEATURES, answerFeatures, HANDOFF_CLASS, type AnswerWeights, type FeatureOptions } from "./learned-answer-model";
import { foldedText } from "./text-analysis";
import { seededRandom, shuffleInPlace } from "./training-order";

export const answerWeightsPath = join(dirname(fileURLToPath(import.meta.url)), "data", "answer-weights.json");

export type TrainingRow = { text: string; cls: string; group: string };
export type TrainOptions = {
  epochs?: number; rate?: number; l2?: number; keepPerClass?: number; seed?: number;
  /** the features (learned-answer-model.ts); the shipped ones by default */
  features?: FeatureOptions;
  /** noisy copies per residents' row (group not "_entries"): typing slips, confused spellings, a word left out */
  augment?: number;
  /** features seen in fewer training rows than this are left out (rare words of one writer); 1 = all */
  minCount?: number;
};

/** The tuning sets the classifier may learn from (never eval-* or holdout* files). */
export const TRAINING_SETS = [
  ...["tuning", ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((n) => `tuning${n}`), "tuning-s12", "tuning-s13", "tuning-s14", "tuning-s15", "tuning-s16", "tuning-s17", "tuning-s18", "tuning-s19"].flatMap((t) => [`blind/${t}-questions`, `blind/${t}-conversations`]),
  "paraphrases",
  "validation-questions",
];

/** Rows of one fixture file: single questions and conversations' first turns expecting an answer of a known entry, or a handoff. */
export function fixtureRows(path: string, group: string, known: (id: string) => boolean): TrainingRow[] {
  if (/(^|\/)(eval|holdout)[^/]*$/.test(path)) throw new Error(`blind set not for training: ${path}`);
  const seen = new Set<string>();
  const rows: TrainingRow[] = [];
  for (const l of readFileSync(path, "utf8").split("\n")) {
    if (!l.trim()) continue;
    const line = JSON.parse(l) as { q: string; expect: string; topic?: string; conversation?: string };
    if (line.conversation !== undefined) {
      if (seen.has(line.conversation)) continue;
      seen.add(line.conversation);
    }
    if (line.expect === "handoff") rows.push({ text: line.q, cls: HANDOFF_CLASS, group });
    else if (line.expect === "answer" && line.topic && known(line.topic)) rows.push({ text: line.q, cls: line.topic, group });
  }
  return rows;
}

/** Entries' titles, sample questions and keywords, one row each. */
export function entryRows(entries: Array<{ id: string; title: string; questions: string[]; keywords: Array<string | number> }>): TrainingRow[] {
  return entries.flatMap((e) => [e.title, ...e.questions, ...e.keywords.map(String)].map((text) => ({ text, cls: e.id, group: "_entries" })));
}

export function trainAnswerWeights(rows: TrainingRow[], classes: string[], o: TrainOptions = {}): AnswerWeights {
  const { epochs = 8, rate = 0.2, l2 = 1e-5, keepPerClass = 0, seed = 1, features: options = ANSWER_FEATURES, augment = 0, minCount = 1 } = o;
  const K = classes.length;
  const classIx = new Map(classes.map((c, i) => [c, i]));
  const rand = seededRandom(seed);
  const examples = rows.filter((r) => classIx.has(r.cls)).flatMap((r) => {
    const y = classIx.get(r.cls)!;
    const copies = r.group === "_entries" ? 0 : augment;
    return [{ f: answerFeatures(r.text, options), y, entry: r.group === "_entries" }, ...Array.from({ length: copies }, () => ({ f: answerFeatures(noisy(foldedText(r.text), rand), options), y, entry: false }))];
  });
  if (minCount > 1) {
    const count = new Map<string, number>();
    // (an entry's own words are kept however rare)
    for (const ex of examples) for (const f of ex.f) count.set(f, ex.entry ? Infinity : (count.get(f) ?? 0) + 1);
    for (const ex of examples) ex.f = ex.f.filter((f) => count.get(f)! >= minCount);
  }
  const w = new Map<string, Float64Array>();
  const b = new Float64Array(K);
  const order = examples.map((_, i) => i);
  const p = new Float64Array(K);
  for (let ep = 0; ep < epochs; ep++) {
    shuffleInPlace(order, rand);
    const lr = rate / (1 + ep);
    for (const ix of order) {
      const ex = examples[ix]!;
      const vecs = ex.f.map((f) => w.get(f) ?? (w.set(f, new Float64Array(K)), w.get(f)!));
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let z = b[k]!;
        for (const v of vecs) z += v[k]!;
        p[k] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) sum += p[k] = Math.exp(p[k]! - max);
      for (let k = 0; k < K; k++) {
        const g = p[k]! / sum - (k === ex.y ? 1 : 0);
        b[k] = b[k]! - lr * g;
        for (const v of vecs) v[k] = v[k]! - lr * (g + l2 * v[k]!);
      }
    }
  }
  // per class, its largest weights (absolute), rounded: the compact file the engine loads
  const kept = new Map<string, number[]>();
  for (let k = 0; k < K; k++) {
    let col = [...w].map(([f, v]) => [f, v[k]!] as const).filter(([, x]) => Math.abs(x) >= 1e-3);
    if (keepPerClass) col = col.sort((a, c) => Math.abs(c[1]) - Math.abs(a[1]) || (a[0] < c[0] ? -1 : 1)).slice(0, keepPerClass);
    for (const [f, x] of col) (kept.get(f) ?? (kept.set(f, []), kept.get(f)!)).push(k, Math.round(x * 1000) / 1000);
  }
  const features = Object.fromEntries([...kept].sort((a, c) => (a[0] < c[0] ? -1 : a[0] > c[0] ? 1 : 0)));
  return { version: 1, ...(Object.keys(options).length ? { options } : {}), classes, bias: [...b].map((x) => Math.round(x * 1000) / 1000), features };
}

/** Spellings residents confuse, both ways (initials; finals). */
const confusedInitials: Array<[RegExp, string[]]> = [
  [/^tr/, ["ch"]], [/^ch/, ["tr"]], [/^x/, ["s"]], [/^s/, ["x"]], [/^gi/, ["d", "r"]], [/^d/, ["gi", "r"]], [/^r/, ["d", "gi"]], [/^l/, ["n"]], [/^n(?!g|h)/, ["l"]],
];
const confusedFinals: Array<[RegExp, string]> = [[/c$/, "t"], [/t$/, "c"], [/ng$/, "n"], [/n$/, "ng"]];

/** A noisy copy of folded text as a resident might type it: a confused spelling, a slip of a letter, a word left out, teen-code. */
export function noisy(folded: string, rand: () => number): string {
  const words = folded.split(" ").filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    const r = rand();
    if (words.length > 3 && r < 0.08) continue; // left out
    let x = w;
    if (r < 0.25) {
      const rule = confusedInitials.find(([re]) => re.test(x));
      if (rule) x = x.replace(rule[0], rule[1][Math.floor(rand() * rule[1].length)]!);
    } else if (r < 0.33) {
      const rule = confusedFinals.find(([re]) => re.test(x));
      if (rule) x = x.replace(rule[0], rule[1]);
    } else if (r < 0.4 && x.length > 3) {
      const at = 1 + Math.floor(rand() * (x.length - 1));
      x = x.slice(0, at) + x.slice(at + 1); // a letter missed
    } else if (r < 0.45) {
      x = x === "khong" ? "k" : x === "duoc" ? "dc" : x === "gi" ? "j" : x === "vay" ? "z" : x === "biet" ? "bit" : x;
    }
    out.push(x);
  }
  return out.join(" ");
}
