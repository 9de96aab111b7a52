/**
 * bench/answers-eval.ts counts a resident's own question (an answer or handoff line not about a
 * scam) that gets a scam warning in its own figure, apart from "false alarms" (not_scam lines
 * only), and prints it. Lines are this test's own: the warned text is a forwarded-script shape
 * labelled as if a resident had asked something else, to pin the counting, not the checker.
 */
import { describe, expect, it } from "vitest";
import { evaluateAnswers, formatFigures, type Line } from "../bench/answers-eval";
import { loadKnowledge } from "../bench/ask-latency";

const script = "Mẹ ơi con đang cấp cứu ở bệnh viện, mẹ chuyển gấp 20 triệu vào số tài khoản 0123456789 cho bác sĩ, đừng nói với ai nhé";

describe("answers bench: residents' questions warned as scams", async () => {
  const { kb, ward } = await loadKnowledge();

  it("counts answer/handoff lines not about a scam that got a warning; not the not_scam or scam-topic lines", () => {
    const lines: Line[] = [
      { q: script, expect: "answer", topic: "dvc-can-cuoc" },
      { q: script, expect: "handoff" },
      { q: "làm căn cước ở đâu", expect: "answer", topic: "dvc-can-cuoc" },
      { q: "giờ làm việc của phường", expect: "handoff" },
      { q: script, expect: "answer", topic: "ld-nguoi-than-cap-cuu" },
      { q: script, expect: "answer", topic: "ld-muon-tien" },
      { q: script, expect: "not_scam" },
      { q: script, expect: "scam" },
    ];
    const f = evaluateAnswers(kb, ward, lines);
    expect(f.residentsWarned).toBe(2);
    expect(f.residentsWarnedRate).toBeCloseTo(2 / 6, 10);
    expect(f.scamTopicWarned).toBe(2);
    expect(f.scamTopicWarnedRight).toBe(1);
    // the existing figures keep their meaning
    expect(f.falseScamAlarms).toBe(1);
    expect(f.scamFlagged).toBe(1);
    expect(f.top1).toBeCloseTo(2 / 4, 10);
    expect(formatFigures("probe", f)).toContain("residents' questions warned as scams 2 (33.3% of 6 answer/handoff lines;");
  });

  it("is zero (rate n/a) on a set without answer or handoff lines", () => {
    const f = evaluateAnswers(kb, ward, [{ q: script, expect: "scam" }]);
    expect(f.residentsWarned).toBe(0);
    expect(Number.isNaN(f.residentsWarnedRate)).toBe(true);
  });
});
