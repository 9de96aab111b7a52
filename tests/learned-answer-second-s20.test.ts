/**
 * Session 20: the learned classifier's switch away from the rules' answer is asked back instead when the
 * rules' entry is the classifier's own second choice (p ≥ SECOND_ASK_P): a clarify offering the rules' entry
 * first and the classifier's, not a confident answer from the classifier's (learned-answer-choice.ts).
 */
import { describe, expect, it } from "vitest";
import { answerClassifier, type AnswerClassifier } from "../server/assistant/learned-answer-model";
import { CALIBRATED_LIMITS, LEARNED_LIMITS, learnedChoice, SECOND_ASK_P } from "../server/assistant/learned-answer-choice";
import { trainAnswerWeights } from "../server/assistant/learned-answer-train";
import { knowledgeAssistant } from "./support/knowledge-assistant";

/** a reading: the classifier sure of "b" (0.95), the rules' entry "a" at `own`, `second` its second choice */
const reading = (own: number, second: string): AnswerClassifier => ({
  knows: () => true,
  read: () => ({ top: "b", p: 0.95, second, probOf: (id) => (id === "b" ? 0.95 : id === "a" ? own : 0.001) }),
});
const turn = { kind: "answer", weakMatch: false, candidates: ["a", "b", "c"] };

describe("a switch where the rules' entry is the classifier's second choice", () => {
  it("is asked back between the rules' entry and the classifier's", () => {
    expect(SECOND_ASK_P).toBe(0.01);
    expect(LEARNED_LIMITS.secondAskP).toBe(SECOND_ASK_P);
    expect(learnedChoice("x", turn, reading(0.04, "a"))).toEqual({ do: "clarify", ids: ["a", "b"] });
    expect(learnedChoice("x", turn, reading(0.01, "a"))).toEqual({ do: "clarify", ids: ["a", "b"] });
  });
  it("still switches when the rules' entry is not its second choice, or all but ruled out", () => {
    expect(learnedChoice("x", turn, reading(0.04, "c"))).toEqual({ do: "answer", id: "b" });
    expect(learnedChoice("x", turn, reading(0.005, "a"))).toEqual({ do: "answer", id: "b" });
    // session 18's calibrated limits alone: the switch
    expect(learnedChoice("x", turn, reading(0.04, "a"), CALIBRATED_LIMITS)).toEqual({ do: "answer", id: "b" });
  });
  it("the classifier names its second choice", () => {
    const toy = trainAnswerWeights(
      [
        ...["làm căn cước", "căn cước gắn chip", "đổi thẻ căn cước"].map((text) => ({ text, cls: "cccd", group: "t" })),
        ...["đăng ký khai sinh", "giấy khai sinh cho con"].map((text) => ({ text, cls: "khai-sinh", group: "t" })),
        ...["giá vàng hôm nay", "thời tiết ngày mai"].map((text) => ({ text, cls: "handoff", group: "t" })),
      ],
      ["cccd", "khai-sinh", "handoff"],
      { epochs: 30, rate: 0.5 },
    );
    const read = answerClassifier(toy, () => true).read("làm căn cước cho con đã có khai sinh");
    const order = ["cccd", "khai-sinh", "handoff"].sort((x, y) => read.probOf(y) - read.probOf(x));
    expect([read.top, read.second]).toEqual(order.slice(0, 2));
  });
});

describe("in the engine (the shipped weights)", () => {
  const { ask } = knowledgeAssistant();
  const { ask: switching } = knowledgeAssistant(undefined, { learnedLimits: { ...LEARNED_LIMITS, secondAskP: 1.01 } });
  it("a late birth registration's fine: the late registration offered first beside birth registration, no confident answer from birth registration", () => {
    for (const text of ["khai sinh cho con bị trễ hạn có bị phạt ko, phải đóng bao nhiêu", "khai sinh tre han cho be thi nop phat bao nhieu", "làm khai sinh muộn cho cháu thì bị phạt bao nhiêu tiền"]) {
      const r = ask(text);
      expect([text, r.kind, r.entries[0]?.id]).toEqual([text, "clarify", "dvc-dang-ky-lai-ho-tich"]);
      expect(r.entries.map((e) => e.id)).toContain("dvc-khai-sinh");
      expect(r.reply).toContain("0. Gặp cán bộ");
    }
    // without the ask-back the classifier's switch answers birth registration (the wrong entry)
    const r = switching("khai sinh tre han cho be thi nop phat bao nhieu");
    expect(r.kind === "answer" && r.entry.id).toBe("dvc-khai-sinh");
  });
});
