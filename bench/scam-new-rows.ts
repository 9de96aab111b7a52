/**
 * `npx tsx bench/scam-new-rows.ts [only]`: figures of one slice of real rows (default real_s16) on both splits,
 * per family, with the shipped check as it is (no retraining). Training misses are printed (to study); the
 * validation split's rows never are: only its figures.
 */
import { evaluate, type Only } from "./scam-eval";

const only = (process.argv[2] ?? "real_s16") as Only;
for (const split of ["training", "validation"] as const) {
  const f = evaluate(split, { only });
  console.log(`${split} ${only}: ${f.messages} messages, ${f.checks} checks — recall ${f.recall.toFixed(1)}% (as written ${f.recallAsWritten.toFixed(1)}%), false alarms ${f.falseAlarm.toFixed(1)}% (as written ${f.falseAlarmAsWritten.toFixed(1)}%)`);
  for (const x of f.byFamily) console.log(`    ${x.label.padEnd(8)} ${x.family.padEnd(20)} ${String(x.n).padStart(4)}  ${x.rate.toFixed(1)}% right`);
  if (split === "training") for (const m of f.misses.filter((r) => r.variant === "as_written")) console.log(`  MISS ${m.message.label} ${m.outcome} ${m.score.toFixed(2)} [${m.signals.join(",")}] ${m.text}`);
}
