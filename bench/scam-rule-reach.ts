/**
 * `npx tsx bench/scam-rule-reach.ts`: how many corpus rows each session-16 rule fires on, per split and label
 * (figures only; no row is printed): the over-fitting check of session 10 (a rule that reaches training rows but
 * no validation row raises training recall only).
 */
import { join } from "node:path";
import { readCorpus } from "../server/assistant/scam/corpus-files";
import { foldForScam } from "../server/assistant/scam/normalize";
import { premiumGiftLure } from "../server/assistant/scam/premium-gift-lure";
import { auditionFee } from "../server/assistant/scam/audition-fee";
import { findLinks } from "../server/assistant/scam/links";
import { checkScam } from "../server/assistant/scam/check";

const corpus = readCorpus(join(import.meta.dirname, "..", "knowledge", "scam-corpus"));
const spacedOneSide = (t: string) => /[a-z0-9]-[a-z0-9-]+(?: \.|\. )[a-z]{2,}/i.test(t) && findLinks(t).length > 0;
const rules: Array<[string, (text: string, folded: string) => boolean]> = [
  ["premium gift lure", (_t, f) => premiumGiftLure(f)],
  ["audition fee", (_t, f) => auditionFee(f)],
  ["one-sided spaced dot", (t) => spacedOneSide(t)],
];
for (const [name, fires] of rules) {
  const out: string[] = [];
  for (const split of ["training", "validation"] as const) {
    const c = { scam: 0, scamWarned: 0, genuine: 0, genuineWarned: 0, other: 0 };
    for (const m of corpus.messages.filter((m) => m.split === split)) {
      if (!fires(m.text, foldForScam(m.text))) continue;
      const warned = checkScam(m.text).outcome === "scam";
      if (m.label === "scam") (c.scam++, warned && c.scamWarned++);
      else if (m.label === "genuine") (c.genuine++, warned && c.genuineWarned++);
      else c.other++;
    }
    out.push(`${split}: fires on ${c.scam} scams (${c.scamWarned} warned), ${c.genuine} genuine (${c.genuineWarned} warned), ${c.other} questions/victims`);
  }
  console.log(`${name.padEnd(22)} ${out.join(" | ")}`);
}
