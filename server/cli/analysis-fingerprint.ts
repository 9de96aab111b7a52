/**
 * npm run index:fingerprint — computes the analysis fingerprint of this code (server/assistant/analysis-fingerprint.ts)
 * and writes it into analysis-fingerprint-value.ts when it changed (a lexicon or sense rule changed): stored search
 * indexes of the previous analysis are then refused and built again. `--check` only compares (exit 1 when stale).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { computeAnalysisFingerprint } from "../assistant/analysis-fingerprint";
import { ANALYSIS_FINGERPRINT } from "../assistant/analysis-fingerprint-value";

const file = fileURLToPath(new URL("../assistant/analysis-fingerprint-value.ts", import.meta.url));
const computed = computeAnalysisFingerprint();
if (computed === ANALYSIS_FINGERPRINT) {
  console.log(`analysis fingerprint ${computed}: up to date`);
} else if (process.argv.includes("--check")) {
  console.error(`analysis fingerprint ${ANALYSIS_FINGERPRINT} is stale: the analysis now gives ${computed} (npm run index:fingerprint)`);
  process.exit(1);
} else {
  const text = readFileSync(file, "utf8");
  const next = text.replace(`"${ANALYSIS_FINGERPRINT}"`, `"${computed}"`);
  if (next === text) throw new Error(`${file}: the value ${ANALYSIS_FINGERPRINT} not found`);
  writeFileSync(file, next);
  console.log(`analysis fingerprint ${ANALYSIS_FINGERPRINT} → ${computed}: written`);
}
