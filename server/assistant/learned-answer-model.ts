/**
 * A small learned reading of a first question (session 16 experiment, bench/learned-answers-loso.ts):
 * a linear classifier (multinomial logistic regression) over word unigrams and bigrams of the
 * engine's own folded text (foldedText: accent folding, synonyms, teen-code), classes = entry ids +
 * "handoff". Trained by `npm run answers:train` (server/cli/answers-train.ts) on entries' titles,
 * sample questions and keywords and on the tuning sets' first turns; never on eval/holdout sets.
 * The weights file keeps, per class, only its largest weights (compact: Workers load it at start).
 */
import { hasLowerOrDigit } from "./ascii-chars";
import { telexWord as telexSyllable } from "./telex-message";
import { foldedText } from "./text-analysis";
import { foldDiacritics } from "./vietnamese-text";
import { unnamed } from "./unnamed";

/** The weights file: the features it was trained with (`options`, none = words and word pairs alone); `features[f]` = [class index, weight, class index, weight, …]. */
export type AnswerWeights = { version: 1; options?: FeatureOptions; classes: string[]; bias: number[]; features: Record<string, number[]> };

export const HANDOFF_CLASS = "handoff";

/** Which features a message gives (the weights are trained with one set of them; bench/learned-answers-loso.ts compares). */
export type FeatureOptions = { telex?: boolean; sound?: boolean; chars?: number };
/** The shipped features (chosen held out by writer set, bench/learned-answers-loso.ts). */
export const ANSWER_FEATURES: FeatureOptions = {};

/** Word unigrams and bigrams of the folded text (distinct), and the extra features `o` asks for. */
export function answerFeatures(text: string, o: FeatureOptions = ANSWER_FEATURES): string[] {
  const raw = featureWords(text);
  const words = o.telex ? raw.map(telexWord) : raw;
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out.add(w);
    if (raw[i] !== w) out.add(raw[i]!);
    if (i + 1 < words.length) out.add(`${w}_${words[i + 1]}`);
    if (o.sound) out.add(`~${soundKey(w)}`);
    if (o.chars && w.length >= o.chars) {
      const b = `<${w}>`;
      for (let j = 0; j + o.chars <= b.length; j++) out.add(`#${b.slice(j, j + o.chars)}`);
    }
  }
  return [...out];
}

/**
 * A word typed in Telex without the keyboard's conversion ("thur tucj", "ddawng kys", "nguowif"): its letters
 * without the keys, as the folded text spells them — the raw-Telex reader's conversion (telex-message.ts), folded.
 * Other words unchanged.
 */
export function telexWord(w: string): string {
  const read = telexSyllable(w);
  return read === undefined ? w : foldDiacritics(read);
}

/**
 * A key that merges the spellings elderly residents confuse (ch/tr, s/x, d/gi/r, l/n at the start; k/c/q,
 * gh/g, ngh/ng; final c/t, n/ng, i/y), so "tam chú" and "tạm trú", "nệ phí" and "lệ phí" share one feature.
 */
export function soundKey(w: string): string {
  // string tests rather than regular expressions: this runs per word of every first question
  let s = w;
  if (s.startsWith("tr")) s = `ch${s.slice(2)}`;
  else if (s.startsWith("x")) s = `s${s.slice(1)}`;
  else if (s.startsWith("gi")) s = `d${s.slice(2)}`;
  else if (s.startsWith("r")) s = `d${s.slice(1)}`;
  else if (s.startsWith("ngh")) s = `ng${s.slice(3)}`;
  else if (s.startsWith("n") && !s.startsWith("ng") && !s.startsWith("nh")) s = `l${s.slice(1)}`;
  else if (s.startsWith("gh")) s = `g${s.slice(2)}`;
  else if (s.startsWith("k") || s.startsWith("q")) s = `c${s.slice(1)}`;
  if (s.includes("y")) s = s.replaceAll("y", "i");
  if (s.endsWith("t")) s = `${s.slice(0, -1)}c`;
  else if (s.endsWith("ng")) s = s.slice(0, -1);
  return s;
}

/** The words the features are made of. */
function featureWords(text: string): string[] {
  return foldedText(text).split(" ").filter((w) => w && hasLowerOrDigit(w));
}

export type AnswerClassifier = {
  /** the most probable class and its probability, and the probability of `id` (0 when unknown) */
  read(text: string): { top: string; p: number; probOf(id: string | undefined): number; second?: string };
  /** whether `id` is one of the classes it was trained on (an entry added since then is not) */
  knows(id: string): boolean;
};

/** A classifier over the weights; classes no longer in `known` (entry ids removed since training) are left out. */
export function answerClassifier(weights: AnswerWeights, known: (id: string) => boolean, features: FeatureOptions = weights.options ?? {}): AnswerClassifier {
  const keep = weights.classes.map((c) => c === HANDOFF_CLASS || known(c));
  const index = new Map(weights.classes.map((c, i) => [c, i] as const).filter(([, i]) => keep[i]));
  const K = weights.classes.length;
  // (the biases once: each reading starts from a copy)
  const bias = weights.bias.slice();
  // the rows by word and by word pair, so that a reading looks a pair up without building its "a_b" string
  // (a word with "_" in it would make a pair's name ambiguous: such a text takes the features' names)
  const unigrams = new Map<string, number[]>();
  const bigrams = new Map<string, Map<string, number[]>>();
  for (const [f, row] of Object.entries(weights.features)) {
    const cut = f.indexOf("_");
    if (cut < 0) unigrams.set(f, row);
    else if (f.indexOf("_", cut + 1) < 0) {
      const first = f.slice(0, cut);
      (bigrams.get(first) ?? bigrams.set(first, new Map()).get(first)!).set(f.slice(cut + 1), row);
    }
  }
  // words and word pairs alone (the shipped features): the fast path below reads them without naming them
  const plainWords = !features.telex && !features.sound && !features.chars;
  return {
    knows: (id) => index.has(id),
    read(text) {
      const z = bias.slice();
      const words = featureWords(text);
      // each distinct feature once, in the order answerFeatures() lists them (the sums are the same to the last bit)
      const rows: number[][] = [];
      if (!plainWords || words.some((w) => w.includes("_"))) {
        for (const f of answerFeatures(text, features)) {
          const row = weights.features[f];
          if (row) rows.push(row);
        }
      } else {
        const seen = new Set<number[]>();
        for (let i = 0; i < words.length; i++) {
          const one = unigrams.get(words[i]!);
          if (one && !seen.has(one)) {
            rows.push(one);
            seen.add(one);
          }
          const two = i + 1 < words.length ? bigrams.get(words[i]!)?.get(words[i + 1]!) : undefined;
          if (two && !seen.has(two)) {
            rows.push(two);
            seen.add(two);
          }
        }
      }
      for (const row of rows) for (let j = 0; j < row.length; j += 2) z[row[j]!]! += row[j + 1]!;
      let max = -Infinity;
      for (let k = 0; k < K; k++) if (keep[k] && z[k]! > max) max = z[k]!;
      let sum = 0, best = -1, next = -1;
      for (let k = 0; k < K; k++) {
        z[k] = keep[k] ? Math.exp(z[k]! - max) : 0;
        sum += z[k]!;
        if (best < 0 || z[k]! > z[best]!) { next = best; best = k; }
        else if (next < 0 || z[k]! > z[next]!) next = k;
      }
      // (a closure made per reading is left unnamed: esbuild's keepNames would name it with a defineProperty per call)
      return { top: weights.classes[best]!, p: z[best]! / sum, second: next < 0 ? undefined : weights.classes[next], probOf: unnamed((id: string | undefined) => (id !== undefined && index.has(id) ? z[index.get(id)!]! / sum : 0)) };
    },
  };
}

/**
 * The classifier for a knowledge base, or none when it is not the one the weights were trained on
 * (fewer than 90% of the weights' entries still published: a test's own entries, another ward's set).
 */
export function learnedClassifier(weights: AnswerWeights, published: { has(id: string): boolean }): AnswerClassifier | undefined {
  const entries = weights.classes.filter((c) => c !== HANDOFF_CLASS);
  const present = entries.filter((c) => published.has(c)).length;
  return entries.length && present >= 0.9 * entries.length ? answerClassifier(weights, (id) => published.has(id)) : undefined;
}
