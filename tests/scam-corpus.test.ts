/**
 * Regression guard for the scam check on the labelled corpus (knowledge/scam-corpus/). The
 * floors are the figures measured when the check was last changed (bench/README.md) minus a
 * small margin; a change that costs more recall or adds more false alarms than that fails here.
 * Only figures are asserted: the validation messages are never printed. Real messages (origin
 * real) are guarded separately: they are what the independent evaluation looks like.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../bench/scam-eval";

describe("scam check on the labelled corpus", () => {
  it("keeps recall and false alarms on the validation split", () => {
    const f = evaluate("validation");
    expect(f.messages).toBeGreaterThanOrEqual(400);
    expect(f.recall).toBeGreaterThanOrEqual(92.0); // measured 92.6% (third pass)
    expect(f.recallQuestionBefore).toBeGreaterThanOrEqual(92.0); // measured 92.8%
    expect(f.falseAlarm).toBeLessThanOrEqual(8.0); // measured 7.2%
    expect(f.precision).toBeGreaterThanOrEqual(89.5); // measured 90.1%
    expect(f.questionsNormal).toBeGreaterThanOrEqual(98.0); // measured 100%
    expect(f.victims).toBeGreaterThanOrEqual(89.0); // measured 89.3% (25/28)
  });

  it("keeps the figures on the real validation messages", () => {
    const f = evaluate("validation", { only: "real" });
    expect(f.messages).toBeGreaterThanOrEqual(80);
    expect(f.recall).toBeGreaterThanOrEqual(50.0); // measured 50.0% (6 of 12 scams, every variant)
    expect(f.falseAlarm).toBeLessThanOrEqual(17.0); // measured 16.2% (hand weights alone 13.5%)
  });

  it("keeps the figures on the written validation messages", () => {
    const f = evaluate("validation", { only: "not_real" });
    expect(f.recall).toBeGreaterThanOrEqual(96.0); // measured 96.6%
    expect(f.falseAlarm).toBeLessThanOrEqual(2.0); // measured 1.6%
  });

  it("still answers every training victim with the steps and keeps the training split clean", () => {
    const f = evaluate("training");
    expect(f.victims).toBe(100);
    expect(f.recall).toBeGreaterThanOrEqual(99.0);
    expect(f.falseAlarm).toBeLessThanOrEqual(1.0); // measured 0.3%
  });
});
