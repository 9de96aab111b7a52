/**
 * The pre-test's memory of the last texts scanned (server/lib/regex-prefilter.ts): rules alternate
 * between a turn's texts (folded, as typed, lowercased); each keeps its marks, so switching back is
 * no new scan, and the answers stay those of re.test whatever the order of texts and patterns.
 */
import { describe, expect, it } from "vitest";
import { matches, mayMatch, prefilterScans } from "../server/lib/regex-prefilter";

const folded = "cho em hoi lam can cuoc o dau";
const typed = "cho em hỏi làm căn cước ở đâu";
const lower = "please help me renew my passport";
const other = "tin nhan bao trung thuong, bam link de nhan qua";
const patterns = [/\bcan cuoc\b/, /\bpassport\b/, /\btrung thuong\b/, /\blink\b/, /(?:ho chieu|passport)/, /\bo dau\b/, /\bhỏi\b/u];

describe("regex pre-test: the last texts scanned", () => {
  it("switching between up to four texts scans each once", () => {
    const texts = [`${folded} x1`, `${typed} x1`, `${lower} x1`, `${other} x1`];
    for (const re of patterns) mayMatch(re, "registering"); // the patterns' literals join the automaton (on a text of its own)
    const before = prefilterScans.count;
    for (let round = 0; round < 5; round++) for (const t of texts) for (const re of patterns) mayMatch(re, t);
    expect(prefilterScans.count - before).toBe(texts.length);
  });

  it("a fifth text pushes out the oldest, which is scanned again when it comes back", () => {
    const texts = ["a b 1", "a b 2", "a b 3", "a b 4", "a b 5"].map((t) => `${folded} ${t}`);
    for (const t of texts) mayMatch(patterns[0]!, t);
    const before = prefilterScans.count;
    mayMatch(patterns[0]!, texts[4]!);
    expect(prefilterScans.count - before).toBe(0);
    mayMatch(patterns[0]!, texts[0]!);
    expect(prefilterScans.count - before).toBe(1);
  });

  it("answers as re.test on every text, in any order, patterns registered between scans included", () => {
    const texts = [folded, typed, lower, other, `${other} ${folded}`, "", "passport"];
    const late = [/\bqua\b/, /\bnhan qua\b/, /\bho chieu\b/];
    for (let round = 0; round < 3; round++) {
      for (const [i, t] of texts.entries()) {
        for (const re of [...patterns, ...(round > 0 ? late : [])]) {
          expect(matches(re, t)).toBe(re.test(t));
          if (!re.test(t)) expect(mayMatch(re, t) || !re.test(t)).toBe(true);
        }
        // a pattern first seen now (its literals tested with includes until the next new text)
        const fresh = new RegExp(`\\b${t.split(" ")[i % 3] ?? "x"}\\b`);
        for (const u of texts) expect(matches(fresh, u)).toBe(fresh.test(u));
      }
    }
  });
});
