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
import { HANDOFF_CLASS } from "../assistant/learned-answer-model";
import { answerWeightsPath, entryRows, fixtureRows, trainAnswerWeights, TRAINING_SETS } from "../assistant/learned-answer-train";

/** `--keep N`: weights kept per class (default 500: held out by writer set, 200 cost the classifier 1.5 points of top-1 and 11 confident-wrong lines; bench/README.md, session 17); read from the command line, not the environment. */
function keepArgument(args: string[]): number {
  const i = args.indexOf("--keep");
  if (i < 0) return 500;
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error("--keep needs a positive whole number");
  return n;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { kb } = await readKnowledgeDir(parseEnv(process.env).knowledgeDir, { strict: true });
const ids = new Set(kb.entries.map((e) => e.id));
const rows = [...entryRows(kb.entries), ...TRAINING_SETS.flatMap((s) => fixtureRows(join(root, "tests", "fixtures", `${s}.jsonl`), s, (id) => ids.has(id)))];
const weights = trainAnswerWeights(rows, [...kb.entries.map((e) => e.id).sort(), HANDOFF_CLASS], { keepPerClass: keepArgument(process.argv.slice(2)) });
mkdirSync(dirname(answerWeightsPath), { recursive: true });
const json = JSON.stringify(weights);
writeFileSync(answerWeightsPath, json + "\n");
console.log(`${rows.length} rows, ${weights.classes.length} classes, ${Object.keys(weights.features).length} features, ${json.length} bytes → ${answerWeightsPath}`);
