/**
 * Regression guard for the scam check on the labelled corpus (knowledge/scam-corpus/). The
 * floors are the figures measured when the check was last changed (bench/README.md) minus a
 * small margin; a change that costs more recall or adds more false alarms than that fails here.
 * Only figures are asserted: the validation messages are never printed. Real messages (origin
 * real) are guarded separately: they are what the independent evaluation looks like.
 */
import { describe, expect, it } from "vitest";
import { crossValidate, SHIPPED_SETTING, trainingRows } from "../bench/scam-cv";
import { evaluate } from "../bench/scam-eval";
import { trainingExamples } from "../server/assistant/scam/train";

// Each test scores the whole corpus several times: on a loaded 2-core machine that can pass the
// default 30 s, so the tests get a longer timeout (a figure, not a time, is what they guard).
const CORPUS_TIMEOUT = 180_000;

describe("scam check on the labelled corpus", () => {
  it("keeps recall and false alarms on the validation split", () => {
    // session 9 added one real validation scam (source `*-s9`, split by a hash of its URL before it was
    // read): the split's floors stay on the 635 messages they were measured on; bench:scam prints the
    // whole split and the session 9 slice ("real_s9") apart; session 10's two (`*-s10`, same rule) are kept
    // out of this set too ("real_s10")
    const f = evaluate("validation", { only: "before_s9" });
    expect(f.messages).toBeGreaterThanOrEqual(600);
    // session 12: a mobile number counts as the scammer's channel only with a script's mark (real
    // numbers in genuine notices were warned: the phone-number slice's false alarms 27.7% → 6.4% on
    // validation, 24.8% → 0% on training, chosen on training rows only); it cost about one validation
    // scam here (92.7% → 91.7%), accepted by the lead and disclosed in the session-12 closing note
    expect(f.recall).toBeGreaterThanOrEqual(91.2); // measured 91.7% (session 12; 92.7% in session 5)
    expect(f.recallQuestionBefore).toBeGreaterThanOrEqual(91.2); // measured 91.7% (session 12; 92.8% before)
    // session 4 added 204 real genuine messages (no scams) to the split, so these two are on a new set
    expect(f.falseAlarm).toBeLessThanOrEqual(4.1); // measured 3.8% (session 24: 4.2% before its told-script rules; 7.2% on the older 427 messages)
    // measured 88.5% (session 6: the n-gram model retrained with session 6's training texts trades
    // ~0.3 pt of false alarms for ~0.7 pt of recall; the rules alone change nothing here; 89.2% before)
    expect(f.precision).toBeGreaterThanOrEqual(88.0);
    expect(f.questionsNormal).toBeGreaterThanOrEqual(98.0); // measured 100%
    expect(f.victims).toBeGreaterThanOrEqual(89.0); // measured 89.3% (25/28)
  }, CORPUS_TIMEOUT);

  it("keeps the figures on the real validation messages", () => {
    // session 16's real rows (`*-s16`, split by the URL-hash rule) are their own slice ("real_s16", printed apart by
    // bench:scam); these floors stay on the real rows they were measured on
    const f = evaluate("validation", { only: "real_before_s16" });
    expect(f.messages).toBeGreaterThanOrEqual(280);
    // session 5 added one real scam to the split (split by template hash): the recall floor stays on the
    // 12 scams it was measured on (before session 4; session 4's real messages hold no scam)
    // (session 8's rows, split by a hash of the source URL, are their own slice: "real_s8")
    expect(evaluate("validation", { only: "real_earlier" }).recall).toBeGreaterThanOrEqual(50.0); // measured 50.0% (6 of 12 scams, every variant)
    expect(f.falseAlarm).toBeLessThanOrEqual(6.0); // measured 5.2%
    // the 86 real messages earlier figures were on, and the 204 added in session 4 (split by hash, unread)
    expect(evaluate("validation", { only: "real_earlier" }).falseAlarm).toBeLessThanOrEqual(13.0); // measured 12.4% (session 24; 13.7% before it, 16.2% at first)
    expect(evaluate("validation", { only: "real_fresh" }).falseAlarm).toBeLessThanOrEqual(3.0); // measured 2.5% (3.2% before session 4's rules)
  }, CORPUS_TIMEOUT);

  it("keeps the figures on the written validation messages", () => {
    const f = evaluate("validation", { only: "not_real" });
    expect(f.recall).toBeGreaterThanOrEqual(97.0); // measured 97.4% (session 5; 96.6% before)
    expect(f.falseAlarm).toBeLessThanOrEqual(1.5); // measured 0.8% (was 1.6%)
  }, CORPUS_TIMEOUT);

  // Session 9 wave 2: the training-split floors below hold what the model fits on its own rows; they
  // no longer block the settings cross-validation prefers (30 epochs, L2 0.001: all pass), and a
  // stronger L2 that would fail them also lost residents' scams in bench:answers (see
  // server/assistant/scam/train.ts). The next test holds the held-out figures, which say how the
  // learned part does on sources it has not seen.
  it("still answers every training victim with the steps and keeps the training split clean", () => {
    const f = evaluate("training");
    expect(f.victims).toBe(100);
    expect(f.recall).toBeGreaterThanOrEqual(98.5); // measured 98.7%: session 6 added six police-quoted fragments, the shortest ("Nhận quà tặng 100.000 đồng", "Cài đặt VNeID để nhận quà") stay missed
    expect(evaluate("training", { only: "before_s6" }).recall).toBeGreaterThanOrEqual(99.0); // measured 99.2% (session 5 and 6)
    expect(evaluate("training", { only: "real_s6" }).recall).toBeGreaterThanOrEqual(80.0); // measured 81.0% (0% before session 6's rules)
    expect(f.falseAlarm).toBeLessThanOrEqual(1.2); // measured 0.9% (session 4's 318 real training messages; 0.3% before them)
    // the real training messages (session 5 added real press texts and the classes found on them)
    const real = evaluate("training", { only: "real" });
    expect(real.recall).toBeGreaterThanOrEqual(95.0); // measured 95.3% with session 6's fragments (96.7% before them; 88.8% with session 5's texts before its rules)
    expect(real.falseAlarm).toBeLessThanOrEqual(1.5); // measured 1.2%
  }, CORPUS_TIMEOUT);

  it("keeps the cross-validated figures of the shipped training settings (held out by source)", () => {
    // 5 folds by source inside the training split, each fold scored by a model trained without it:
    // the figure that says how the learned part does on messages it has not seen
    const training = trainingRows();
    const f = crossValidate(training, trainingExamples(training, true, SHIPPED_SETTING.ngramSizes), SHIPPED_SETTING);
    // session 11 added real training rows the folds hold out by source: Công an TP.HCM's two link texts with the
    // link hidden are missed when their source is held out (the same 97.8% / 93.2% on the code before session 11's
    // rules), so the recall floors move with the set; the false alarms fell with session 11's rules (1.14% → 0.89%,
    // real 1.35% → 1.01% on the same rows)
    // session 16 added 16 real press/police-quoted rows (5 scams + 1 genuine in training); held out by source, some
    // are missed while the older rows' figures are unchanged: both recall floors move with the set, the lead's decision
    expect(f.recall).toBeGreaterThanOrEqual(97.0); // measured 97.16% (97.62% before session 16's rows)
    expect(f.falseAlarm).toBeLessThanOrEqual(0.9); // measured 0.64% (0.76% with 60 epochs)
    // session 13 added five real English scam texts (police and press pages); two of their ten held-out checks are
    // missed, the older rows' figures are identical: the floor moves with the set (92.5 → 92.0), the lead's decision
    expect(f.realRecall).toBeGreaterThanOrEqual(90.5); // measured 90.79% (92.25% before session 16's rows, 93.2% before session 13's)
    expect(f.realFalseAlarm).toBeLessThanOrEqual(1.1); // measured 0.85% (10 of 1,178 texts, 2015 adverts; 12 with 60 epochs)
    expect(f.questionsWarned).toBeLessThanOrEqual(4); // measured 3 of 106
  }, 3 * CORPUS_TIMEOUT);
});
