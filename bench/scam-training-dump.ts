/**
 * Study aid (TRAINING split only): every check's outcome on the training split, one line per check
 * (source, label, variant, outcome, score, text), to diff before and after a change of the scam check.
 *   npx tsx bench/scam-training-dump.ts > /tmp/before.txt
 */
import { evaluate } from "./scam-eval";

for (const r of evaluate("training").rows)
  console.log(`${r.message.source.id}\t${r.message.label}\t${r.variant}\t${r.outcome}\t${r.score.toFixed(2)}\t${r.text.replace(/\s+/g, " ").slice(0, 200)}`);
