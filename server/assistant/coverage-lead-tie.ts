import type { Scored } from "./search-index";
import { titleWords } from "./other-subject";
import { foldedText } from "./text-analysis";

/** How much more of the message (idf-weighted share) the top must hold than the second, in its whole text and in its core. */
export const COVERAGE_LEAD = 0.05;

/**
 * A near tie that would end in a clarify (no clear score lead), settled by coverage: the top entry
 * holds more of the message's words than the second, both in its whole text and in its core (title,
 * questions, keywords, summary), and the message's two most informative words at least as fully;
 * the two are of one family (the same category: two civil-status procedures, two green-lane
 * entries), so the runner-up is a sibling that matched fewer of the resident's words. Not when the
 * message names the second's title more than the top's (a larger share of its words, or more of
 * its two-word phrases: "trợ cấp người có công", the resident named the other one's subject) —
 * that stays a clarify, as does a tie across families (a payment app against a scam check).
 * `terms`: the message's topic words; `folded`: the message folded (no diacritics, lowercase).
 * Decided on every tuning set at once (bench/calibration-lines.ts), not on one set's misses.
 */
export function coverageLeadTie(ranked: readonly Scored[], terms: readonly string[], folded: string): Scored | undefined {
  const [top, second] = ranked;
  if (!top || !second || top.entry.category !== second.entry.category) return undefined;
  if (top.coverage - second.coverage < COVERAGE_LEAD || top.coreCoverage - second.coreCoverage < COVERAGE_LEAD) return undefined;
  if (top.keyCoverage < second.keyCoverage) return undefined;
  const said = new Set(terms);
  const named = (s: Scored) => ((title) => (title.size ? [...title].filter((w) => said.has(w)).length / title.size : 0))(titleWords(s.entry));
  if (named(top) < named(second)) return undefined;
  // (nor when it says more two-word phrases of the second's title that the top's title lacks than the
  // reverse: "trợ cấp người có công hằng tháng" says "người có", "có công" of the merit entry, whose syllables alone are common)
  const spoken = ` ${folded.split(/[^a-z0-9]+/).filter(Boolean).join(" ")} `;
  const mine = titlePairs(top.entry.title);
  const theirs = titlePairs(second.entry.title);
  const saidOnly = (a: Set<string>, b: Set<string>) => [...a].filter((p) => !b.has(p) && spoken.includes(` ${p} `)).length;
  return saidOnly(theirs, mine) > saidOnly(mine, theirs) ? undefined : top;
}

/** A title's consecutive word pairs, folded ("Đăng ký khai sinh" → "dang ky", "ky khai", "khai sinh"). */
const pairCache = new Map<string, Set<string>>();
function titlePairs(title: string): Set<string> {
  let found = pairCache.get(title);
  if (!found) {
    const w = foldedText(title).split(/[^a-z0-9]+/).filter(Boolean);
    found = new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
    pairCache.set(title, found);
  }
  return found;
}
