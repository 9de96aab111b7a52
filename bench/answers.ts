/**
 * `npm run bench:answers`: top-1 (with and without diacritics), confident wrong answers,
 * out-of-coverage handoffs, follow-ups answered from the right entry and first-reply length
 * (median, p90), on the blind sets of tests/fixtures/blind/ (contract B) and on
 * tests/fixtures/paraphrases.jsonl; also residents' questions warned as scams (answer/handoff
 * lines not about a scam that got a warning; "false alarms" counts not_scam lines only). See
 * bench/answers-eval.ts for how each figure is counted.
 *
 *   npm run bench:answers                 figures for every set
 *   SHOW_MISSES=1 npm run bench:answers   also the misses, for TUNING files only: eval files are
 *                                         run for figures, never studied (blind README)
 *   npm run bench:answers -- --json       one JSON object with every set's figures
 *   npm run bench:answers -- --tuning     tuning sets only (no eval figures: for studying misses)
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Assistant } from "../server/assistant/assistant";
import { loadKnowledge, ROOT } from "./ask-latency";
import { evaluateAnswers, formatFigures, readLines } from "./answers-eval";

export const answerSets = {
  "eval-questions": { file: "tests/fixtures/blind/eval-questions.jsonl", tuning: false },
  "eval-conversations": { file: "tests/fixtures/blind/eval-conversations.jsonl", tuning: false },
  "tuning-questions": { file: "tests/fixtures/blind/tuning-questions.jsonl", tuning: true },
  "tuning-conversations": { file: "tests/fixtures/blind/tuning-conversations.jsonl", tuning: true },
  "tuning2-questions": { file: "tests/fixtures/blind/tuning2-questions.jsonl", tuning: true },
  "tuning2-conversations": { file: "tests/fixtures/blind/tuning2-conversations.jsonl", tuning: true },
  "tuning3-questions": { file: "tests/fixtures/blind/tuning3-questions.jsonl", tuning: true },
  "tuning3-conversations": { file: "tests/fixtures/blind/tuning3-conversations.jsonl", tuning: true },
  "tuning4-questions": { file: "tests/fixtures/blind/tuning4-questions.jsonl", tuning: true },
  "tuning4-conversations": { file: "tests/fixtures/blind/tuning4-conversations.jsonl", tuning: true },
  "tuning5-questions": { file: "tests/fixtures/blind/tuning5-questions.jsonl", tuning: true },
  "tuning5-conversations": { file: "tests/fixtures/blind/tuning5-conversations.jsonl", tuning: true },
  "tuning6-questions": { file: "tests/fixtures/blind/tuning6-questions.jsonl", tuning: true },
  "tuning6-conversations": { file: "tests/fixtures/blind/tuning6-conversations.jsonl", tuning: true },
  "tuning7-questions": { file: "tests/fixtures/blind/tuning7-questions.jsonl", tuning: true },
  "tuning7-conversations": { file: "tests/fixtures/blind/tuning7-conversations.jsonl", tuning: true },
  "tuning8-questions": { file: "tests/fixtures/blind/tuning8-questions.jsonl", tuning: true },
  "tuning8-conversations": { file: "tests/fixtures/blind/tuning8-conversations.jsonl", tuning: true },
  "tuning9-questions": { file: "tests/fixtures/blind/tuning9-questions.jsonl", tuning: true },
  "tuning9-conversations": { file: "tests/fixtures/blind/tuning9-conversations.jsonl", tuning: true },
  "tuning-s12-questions": { file: "tests/fixtures/blind/tuning-s12-questions.jsonl", tuning: true },
  "tuning-s12-conversations": { file: "tests/fixtures/blind/tuning-s12-conversations.jsonl", tuning: true },
  "tuning10-questions": { file: "tests/fixtures/blind/tuning10-questions.jsonl", tuning: true },
  "tuning10-conversations": { file: "tests/fixtures/blind/tuning10-conversations.jsonl", tuning: true },
  "tuning-s13-questions": { file: "tests/fixtures/blind/tuning-s13-questions.jsonl", tuning: true },
  "tuning-s13-conversations": { file: "tests/fixtures/blind/tuning-s13-conversations.jsonl", tuning: true },
  "tuning11-questions": { file: "tests/fixtures/blind/tuning11-questions.jsonl", tuning: true },
  "tuning11-conversations": { file: "tests/fixtures/blind/tuning11-conversations.jsonl", tuning: true },
  "tuning-s14-questions": { file: "tests/fixtures/blind/tuning-s14-questions.jsonl", tuning: true },
  "tuning-s14-conversations": { file: "tests/fixtures/blind/tuning-s14-conversations.jsonl", tuning: true },
  "tuning12-questions": { file: "tests/fixtures/blind/tuning12-questions.jsonl", tuning: true },
  "tuning12-conversations": { file: "tests/fixtures/blind/tuning12-conversations.jsonl", tuning: true },
  "tuning-s15-questions": { file: "tests/fixtures/blind/tuning-s15-questions.jsonl", tuning: true },
  "tuning-s15-conversations": { file: "tests/fixtures/blind/tuning-s15-conversations.jsonl", tuning: true },
  "tuning13-questions": { file: "tests/fixtures/blind/tuning13-questions.jsonl", tuning: true },
  "tuning13-conversations": { file: "tests/fixtures/blind/tuning13-conversations.jsonl", tuning: true },
  "tuning-s16-questions": { file: "tests/fixtures/blind/tuning-s16-questions.jsonl", tuning: true },
  "tuning-s16-conversations": { file: "tests/fixtures/blind/tuning-s16-conversations.jsonl", tuning: true },
  "tuning14-questions": { file: "tests/fixtures/blind/tuning14-questions.jsonl", tuning: true },
  "tuning14-conversations": { file: "tests/fixtures/blind/tuning14-conversations.jsonl", tuning: true },
  "tuning-s17-questions": { file: "tests/fixtures/blind/tuning-s17-questions.jsonl", tuning: true },
  "tuning-s17-conversations": { file: "tests/fixtures/blind/tuning-s17-conversations.jsonl", tuning: true },
  "tuning15-questions": { file: "tests/fixtures/blind/tuning15-questions.jsonl", tuning: true },
  "tuning15-conversations": { file: "tests/fixtures/blind/tuning15-conversations.jsonl", tuning: true },
  "tuning-s18-questions": { file: "tests/fixtures/blind/tuning-s18-questions.jsonl", tuning: true },
  "tuning-s18-conversations": { file: "tests/fixtures/blind/tuning-s18-conversations.jsonl", tuning: true },
  "tuning16-questions": { file: "tests/fixtures/blind/tuning16-questions.jsonl", tuning: true },
  "tuning16-conversations": { file: "tests/fixtures/blind/tuning16-conversations.jsonl", tuning: true },
  "tuning-s19-questions": { file: "tests/fixtures/blind/tuning-s19-questions.jsonl", tuning: true },
  "tuning-s19-conversations": { file: "tests/fixtures/blind/tuning-s19-conversations.jsonl", tuning: true },
  "tuning-s20-questions": { file: "tests/fixtures/blind/tuning-s20-questions.jsonl", tuning: true },
  "tuning-s20-conversations": { file: "tests/fixtures/blind/tuning-s20-conversations.jsonl", tuning: true },
  "tuning-s21-questions": { file: "tests/fixtures/blind/tuning-s21-questions.jsonl", tuning: true },
  "tuning-s21-conversations": { file: "tests/fixtures/blind/tuning-s21-conversations.jsonl", tuning: true },
  "tuning-s22-questions": { file: "tests/fixtures/blind/tuning-s22-questions.jsonl", tuning: true },
  "tuning-s22-conversations": { file: "tests/fixtures/blind/tuning-s22-conversations.jsonl", tuning: true },
  "tuning-s23-questions": { file: "tests/fixtures/blind/tuning-s23-questions.jsonl", tuning: true },
  "tuning-s23-conversations": { file: "tests/fixtures/blind/tuning-s23-conversations.jsonl", tuning: true },
  "tuning-s24-questions": { file: "tests/fixtures/blind/tuning-s24-questions.jsonl", tuning: true },
  "tuning-s24-conversations": { file: "tests/fixtures/blind/tuning-s24-conversations.jsonl", tuning: true },
  "tuning-s27-questions": { file: "tests/fixtures/blind/tuning-s27-questions.jsonl", tuning: true },
  "tuning-s27-conversations": { file: "tests/fixtures/blind/tuning-s27-conversations.jsonl", tuning: true },
  "tuning-s28-questions": { file: "tests/fixtures/blind/tuning-s28-questions.jsonl", tuning: true },
  "tuning-s28-conversations": { file: "tests/fixtures/blind/tuning-s28-conversations.jsonl", tuning: true },
  "tuning-s29-questions": { file: "tests/fixtures/blind/tuning-s29-questions.jsonl", tuning: true },
  "tuning-s29-conversations": { file: "tests/fixtures/blind/tuning-s29-conversations.jsonl", tuning: true },
  "tuning-s30-questions": { file: "tests/fixtures/blind/tuning-s30-questions.jsonl", tuning: true },
  "tuning-s30-conversations": { file: "tests/fixtures/blind/tuning-s30-conversations.jsonl", tuning: true },
  paraphrases: { file: "tests/fixtures/paraphrases.jsonl", tuning: true },
  "validation-questions": { file: "tests/fixtures/validation-questions.jsonl", tuning: true },
  "holdout-questions": { file: "tests/fixtures/blind/holdout-questions.jsonl", tuning: false },
  "holdout-conversations": { file: "tests/fixtures/blind/holdout-conversations.jsonl", tuning: false },
  "holdout2-questions": { file: "tests/fixtures/blind/holdout2-questions.jsonl", tuning: false },
  "holdout2-conversations": { file: "tests/fixtures/blind/holdout2-conversations.jsonl", tuning: false },
  "holdout3-questions": { file: "tests/fixtures/blind/holdout3-questions.jsonl", tuning: false },
  "holdout3-conversations": { file: "tests/fixtures/blind/holdout3-conversations.jsonl", tuning: false },
  "holdout17-questions": { file: "tests/fixtures/blind/holdout17-questions.jsonl", tuning: false },
  "holdout17-conversations": { file: "tests/fixtures/blind/holdout17-conversations.jsonl", tuning: false },
  "holdout18-questions": { file: "tests/fixtures/blind/holdout18-questions.jsonl", tuning: false },
  "holdout18-conversations": { file: "tests/fixtures/blind/holdout18-conversations.jsonl", tuning: false },
  "holdout19-questions": { file: "tests/fixtures/blind/holdout19-questions.jsonl", tuning: false },
  "holdout19-conversations": { file: "tests/fixtures/blind/holdout19-conversations.jsonl", tuning: false },
  "holdout20-questions": { file: "tests/fixtures/blind/holdout20-questions.jsonl", tuning: false },
  "holdout20-conversations": { file: "tests/fixtures/blind/holdout20-conversations.jsonl", tuning: false },
  "holdout21-questions": { file: "tests/fixtures/blind/holdout21-questions.jsonl", tuning: false },
  "holdout21-conversations": { file: "tests/fixtures/blind/holdout21-conversations.jsonl", tuning: false },
  "holdout22-questions": { file: "tests/fixtures/blind/holdout22-questions.jsonl", tuning: false },
  "holdout22-conversations": { file: "tests/fixtures/blind/holdout22-conversations.jsonl", tuning: false },
  "holdout23-questions": { file: "tests/fixtures/blind/holdout23-questions.jsonl", tuning: false },
  "holdout23-conversations": { file: "tests/fixtures/blind/holdout23-conversations.jsonl", tuning: false },
  "holdout24-questions": { file: "tests/fixtures/blind/holdout24-questions.jsonl", tuning: false },
  "holdout24-conversations": { file: "tests/fixtures/blind/holdout24-conversations.jsonl", tuning: false },
  "holdout25-questions": { file: "tests/fixtures/blind/holdout25-questions.jsonl", tuning: false },
  "holdout25-conversations": { file: "tests/fixtures/blind/holdout25-conversations.jsonl", tuning: false },
} as const;

const { kb, ward } = await loadKnowledge();
const assistant = new Assistant(kb);
const json = process.argv.includes("--json");
const tuningOnly = process.argv.includes("--tuning");
const out: Record<string, unknown> = {};
for (const [name, set] of Object.entries(answerSets)) {
  if (tuningOnly && !set.tuning) continue;
  const path = join(ROOT, set.file);
  if (!existsSync(path)) continue;
  const figures = evaluateAnswers(kb, ward, readLines(path), assistant);
  if (json) {
    out[name] = { ...figures, misses: set.tuning ? figures.misses : undefined };
    continue;
  }
  console.log(formatFigures(name, figures));
  if (process.env.SHOW_MISSES && set.tuning) for (const m of figures.misses) console.log(`    miss: ${m}`);
}
if (json) console.log(JSON.stringify(out, null, 2));
