/**
 * `npx tsx bench/scam-cv-misses.ts`: the held-out-by-source cross-validation inside the TRAINING split at the
 * shipped settings (as bench/scam-cv-once.ts), printing each held-out scam missed and each genuine message warned,
 * with its source: the classes the check does not know when it has not seen their source. Training rows only.
 */
import { K, SHIPPED_SETTING, trainingRows } from "./scam-cv";
import { foldOf } from "./scam-cv";
import { fitModel, trainingExamples } from "../server/assistant/scam/train";
import { checkScam } from "../server/assistant/scam/check";

const training = trainingRows();
const examples = trainingExamples(training, true, SHIPPED_SETTING.ngramSizes);
for (let k = 0; k < K; k++) {
  const model = fitModel(examples.filter((ex) => foldOf(ex.source) !== k), { ngrams: true, corpusHash: "cv", ...SHIPPED_SETTING });
  for (const m of training.filter((m) => m.label !== "victim" && foldOf(m.source.id) === k))
    for (const text of [m.text, `Tin này có phải lừa đảo không: ${m.text}`]) {
      const v = checkScam(text, { scorer: { kind: "hybrid", model } });
      const warned = v.outcome === "scam";
      if ((m.label === "scam" && !warned) || (m.label !== "scam" && warned))
        console.log(`${m.label === "scam" ? "MISS" : "WARN"} fold${k} ${m.source.id} ${m.origin} ${v.outcome} ${v.score.toFixed(2)} [${v.signals.join(",")}] ${text.slice(0, 160)}`);
    }
}
