/**
 * The "phone numbers" slice of bench:scam alone (quick): masked mobile numbers filled in by a fixed rule
 * (scam-unmask.ts) and the genuine notices written with a number to call. SCAM_SHOW_MISSES=training prints
 * the training split's misses (the validation split's are never printed).
 */
import { evaluate, formatFigures } from "./scam-eval";

for (const split of ["validation", "training"] as const) {
  const f = evaluate(split, { only: "phone_numbers" });
  console.log(formatFigures(f) + "\n");
  if (split === "training" && process.env.SCAM_SHOW_MISSES === "training") for (const m of f.misses) if (m.variant === "as_written" || m.message.label === "scam") console.log(`${m.message.label} ${m.variant} ${m.outcome} ${m.score.toFixed(1)} [${m.signals.join(",")}] ${m.text.slice(0, 200)}`);
}
