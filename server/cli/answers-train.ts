/**
 * npm run answers:train — the learned answer classifier's weights (server/assistant/learned-answer-model.ts)
 * from entries' titles, sample questions and keywords and the tuning sets' first turns
 * (server/assistant/learned-answer-train.ts; eval/holdout sets are never read) →
 * server/assistant/data/answer-weights.json. Held-out figures: bench/learned-answers-loso.ts.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "../config/env";
import { readKnowledgeDir } from "../knowledge/knowledge-files";
import { answerInputsFingerprint, answerTrainingInputs, answerWeightsPath, SHIPPED_ANSWER_TRAINING, trainAnswerWeights } from "../assistant/learned-answer-train";

/** `--keep N`: weights kept per class (default: the shipped 500, SHIPPED_ANSWER_TRAINING — held out by writer set, 200 cost the classifier 1.5 points of top-1 and 11 confident-wrong lines; bench/README.md, session 17); read from the command line, not the environment. Another N writes weights the suite rejects as not the shipped recipe. */
function keepArgument(args: string[]): number | undefined {
  const i = args.indexOf("--keep");
  if (i < 0) return SHIPPED_ANSWER_TRAINING.keepPerClass;
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error("--keep needs a positive whole number");
  return n;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { kb } = await readKnowledgeDir(parseEnv(process.env).knowledgeDir, { strict: true });
const { rows, classes } = answerTrainingInputs(kb.entries, join(root, "tests", "fixtures"));
const options = { ...SHIPPED_ANSWER_TRAINING, keepPerClass: keepArgument(process.argv.slice(2)) };
// the fingerprint of the inputs goes with the weights: tests/learned-answer.test.ts recomputes it from today's tree
const weights = { ...trainAnswerWeights(rows, classes, options), inputs: answerInputsFingerprint(rows, classes, options) };
mkdirSync(dirname(answerWeightsPath), { recursive: true });
const json = JSON.stringify(weights);
writeFileSync(answerWeightsPath, json + "\n");
console.log(`${rows.length} rows, ${weights.classes.length} classes, ${Object.keys(weights.features).length} features, ${json.length} bytes → ${answerWeightsPath}`);
