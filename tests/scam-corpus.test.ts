/**
 * Regression guard for the scam check on the labelled corpus (knowledge/scam-corpus/). The
 * floors are the figures measured when the check was last changed (bench/README.md) minus a
 * small margin; a change that costs more recall or adds more false alarms than that fails here.
 * Only figures are asserted: the validation messages are never printed.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../bench/scam-eval";

describe("scam check on the labelled corpus", () => {
  it("keeps recall and false alarms on the validation split", () => {
    const f = evaluate("validation");
    expect(f.messages).toBeGreaterThanOrEqual(300);
    expect(f.recall).toBeGreaterThanOrEqual(95.0); // measured 96.6%
    expect(f.recallQuestionBefore).toBeGreaterThanOrEqual(95.0); // measured 96.9%
    expect(f.falseAlarm).toBeLessThanOrEqual(2.0); // measured 1.6%
    expect(f.precision).toBeGreaterThanOrEqual(97.0); // measured 98.4%
    expect(f.questionsNormal).toBeGreaterThanOrEqual(98.0); // measured 100%
    expect(f.victims).toBeGreaterThanOrEqual(85.0); // measured 85.7%
  });

  it("still answers every training victim with the steps and keeps the training split clean", () => {
    const f = evaluate("training");
    expect(f.victims).toBe(100);
    expect(f.recall).toBeGreaterThanOrEqual(99.0);
    expect(f.falseAlarm).toBeLessThanOrEqual(0.5);
  });
});
