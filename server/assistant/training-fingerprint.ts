/**
 * A fingerprint of what a learned model's trainer reads: each training row as the features the engine
 * computes for it (so a changed sample question, training list or text folding all count), its label, and
 * the training options. The train scripts write it into the shipped weights and a test recomputes it, so the
 * weights cannot silently stop being what the script would write (session 24: sample questions moved between
 * entries after session 20's retrain left answer-weights.json unreproducible for three sessions). Cheaper than
 * retraining in the suite (about a second against ten of CPU); a change to the trainer's own code is not seen.
 */
import { createHash } from "node:crypto";

export function trainingFingerprint(parts: unknown[]): string {
  const hash = createHash("sha256");
  for (const p of parts) hash.update(JSON.stringify(p)).update("\n");
  return hash.digest("hex").slice(0, 16);
}
