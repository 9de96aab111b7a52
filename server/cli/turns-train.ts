/**
 * npm run turns:train — the learned turn model's weights (server/assistant/learned-turn-model.ts) from the
 * tuning sets' conversation turns after the first (server/assistant/learned-turn-train.ts; eval/holdout
 * sets are never read) → server/assistant/data/turn-weights.json. Held-out figures: bench/learned-turns-loso.ts.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { trainTurnWeights, turnRows, turnWeightsPath, TURN_TRAINING_SETS } from "../assistant/learned-turn-train";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const rows = TURN_TRAINING_SETS.flatMap((s) => turnRows(join(root, "tests", "fixtures", `${s}.jsonl`), s));
const weights = trainTurnWeights(rows);
mkdirSync(dirname(turnWeightsPath), { recursive: true });
const json = JSON.stringify(weights);
writeFileSync(turnWeightsPath, json + "\n");
console.log(`${rows.length} rows (${rows.filter((r) => r.followup).length} follow-ups), ${Object.keys(weights.features).length} features, ${json.length} bytes → ${turnWeightsPath}`);
