/**
 * `npx tsx bench/scam-brand-swap.ts`: a generalisation probe on the TRAINING split only (the validation split is
 * never read). Hand rules written on training rows may hold for the brands those rows name and not for others; the
 * validation split's genuine notices come from senders the training rows do not (another bank, another operator).
 * Each training message that names exactly one bank, wallet or telecom operator of the official-domain registry is
 * rewritten for every other registered brand of the same kind (server/assistant/scam/brand-swap.ts: name and aliases,
 * domains, short codes and hotlines; the State Bank left out). A genuine notice should
 * stay unwarned and a scam warned whichever brand it names. Prints the flip rate per label and kind, and
 * (SCAM_SWAP_SHOW=1) the flipped rewrites, to find classes (training rows only). Session 22 start: 15 of 750 rewrites of
 * written bank notices flipped (one MBBank card-lock notice: "App MBBank" was a listed app, no other bank's was);
 * after registry.ts brandAppPattern, none. tests/scam-s22-brand-app.test.ts holds it at none.
 * `SCAM_SWAP_KINDS=government,utility,post` rewrites between agencies, utilities or carriers instead: the rewrite puts
 * an agency's full name into look-alike hosts ("Cơ quan thuế-gov.top"), so most flips there are the probe's, not the
 * check's; the one that was the check's ("Cài đặt VNeID để nhận quà" → BHXH, the tax office) led to agencyNames.
 */
import { checkScam } from "../server/assistant/scam/check";
import { brandsOfKinds, soleSwapBrand, swapBrand, swapBrands } from "../server/assistant/scam/brand-swap";
import { trainingRows } from "./scam-cv";

export type SwapTally = Map<string, { n: number; flipped: number; rows: number; rowsFlipped: number }>;

/** kinds: other registry kinds to rewrite between instead (SCAM_SWAP_KINDS=government,utility,post) */
export function brandSwapProbe(show = false, kinds?: ReadonlySet<string>): SwapTally {
  const tally: SwapTally = new Map();
  const targets = kinds ? brandsOfKinds(kinds) : swapBrands;
  for (const m of trainingRows()) {
    if (m.label !== "genuine" && m.label !== "scam") continue;
    const from = soleSwapBrand(m.text, kinds);
    if (!from) continue;
    const base = checkScam(m.text).outcome === "scam";
    if (base !== (m.label === "scam")) continue; // only rows the check gets right as written
    const key = `${m.label} ${from.kind} ${m.origin === "real" ? "real" : "other"}`;
    const t = tally.get(key) ?? { n: 0, flipped: 0, rows: 0, rowsFlipped: 0 };
    t.rows++;
    let any = false;
    for (const to of targets) {
      if (to.id === from.id || to.kind !== from.kind) continue;
      const text = swapBrand(m.text, from, to);
      if (text === m.text) continue;
      t.n++;
      const v = checkScam(text);
      if ((v.outcome === "scam") !== base) {
        t.flipped++;
        any = true;
        if (show) console.log(`flip ${m.label} ${from.id}→${to.id} ${m.source.id} score ${v.score} [${v.signals.join(",")}] ${text.replace(/\n/g, " ⏎ ").slice(0, 220)}`);
      }
    }
    if (any) t.rowsFlipped++;
    tally.set(key, t);
  }
  return tally;
}

function main() {
  const kinds = process.env.SCAM_SWAP_KINDS ? new Set(process.env.SCAM_SWAP_KINDS.split(",")) : undefined;
  const tally = brandSwapProbe(process.env.SCAM_SWAP_SHOW === "1", kinds);
  for (const [k, t] of [...tally].sort()) console.log(`${k}: rewrites flipped ${t.flipped}/${t.n} (${((100 * t.flipped) / (t.n || 1)).toFixed(1)}%), rows with a flip ${t.rowsFlipped}/${t.rows}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
