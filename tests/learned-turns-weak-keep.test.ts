/**
 * Session 24: a later turn the rules handed off as a weak match ("khớp yếu") that the turn model reads as a follow-up
 * and the answer classifier does not read as a matter for staff goes on with the previous entry
 * (learned-turn-choice.ts keepAfterWeakMatch, called from assistant.ts learnedLaterTurn). Own wordings throughout.
 */
import { describe, expect, it } from "vitest";
import { answerClassifier } from "../server/assistant/learned-answer-model";
import { trainAnswerWeights } from "../server/assistant/learned-answer-train";
import { keepAfterWeakMatch, TURN_THRESHOLDS } from "../server/assistant/learned-turn-choice";
import { trainTurnWeights } from "../server/assistant/learned-turn-train";
import { knowledgeAssistant } from "./support/knowledge-assistant";

// tiny models of their own
const clf = answerClassifier(
  trainAnswerWeights(
    [
      ...["đăng ký khai sinh", "làm giấy khai sinh cho con", "khai sinh cho bé mới sinh", "ông bà đi làm khai sinh cho cháu"].map((text) => ({ text, cls: "khai-sinh", group: "t" })),
      ...["làm căn cước", "căn cước gắn chip", "cấp lại thẻ căn cước"].map((text) => ({ text, cls: "cccd", group: "t" })),
      ...["giá vàng hôm nay", "thời tiết ngày mai", "quán ăn nào ngon nhất", "giá vàng thời tiết quán ăn"].map((text) => ({ text, cls: "handoff", group: "t" })),
    ],
    ["khai-sinh", "cccd", "handoff"],
    { epochs: 30, rate: 0.5 },
  ),
  () => true,
);
const turns = trainTurnWeights(
  [
    ...["ông bà đi thay được không", "giấy tờ nước ngoài có phải dịch không", "bố bận thì mẹ đi được không", "vậy cần mang gì", "thế có mất tiền không"].map((text) => ({ text, followup: true, group: "t" })),
    ...["cho tôi hỏi làm khai sinh cho con mới sinh", "giá vàng hôm nay thế nào", "quán ăn nào ngon nhất", "thời tiết ngày mai ra sao"].map((text) => ({ text, followup: false, group: "t" })),
  ],
  { epochs: 40, rate: 0.5 },
);

describe("keepAfterWeakMatch (tiny models)", () => {
  const t = TURN_THRESHOLDS;
  it("keeps the previous entry for a follow-up whose words no entry holds", () => {
    expect(keepAfterWeakMatch("ông bà đi thay được không", { previous: "khai-sinh", namesOther: false }, clf, turns, t)).toBe(true);
  });
  it("not when the message names another entry's subject, nor when it stands on its own", () => {
    expect(keepAfterWeakMatch("ông bà đi thay được không", { previous: "khai-sinh", namesOther: true }, clf, turns, t)).toBe(false);
    expect(keepAfterWeakMatch("cho tôi hỏi làm khai sinh cho con mới sinh", { previous: "khai-sinh", namesOther: false }, clf, turns, t)).toBe(false);
  });
  it("not when the classifier reads a matter for staff, nor for an entry it does not know, nor when turned off", () => {
    // a follow-up shape the classifier still reads as out of coverage
    expect(keepAfterWeakMatch("quán ăn nào ngon nhất", { previous: "khai-sinh", namesOther: false }, clf, turns, { ...t, weakKeepFollowup: 0 })).toBe(false);
    expect(keepAfterWeakMatch("ông bà đi thay được không", { previous: "moi", namesOther: false }, clf, turns, t)).toBe(false);
    expect(keepAfterWeakMatch("ông bà đi thay được không", { previous: "khai-sinh", namesOther: false }, clf, turns, { ...t, weakKeepFollowup: 2 })).toBe(false);
  });
});

describe("in the engine (the repository's knowledge, the shipped weights)", () => {
  const on = knowledgeAssistant();
  const off = knowledgeAssistant(undefined, { learnedTurns: { thresholds: { weakKeepFollowup: 2 } } });
  const outcome = (turns: ReturnType<typeof on.conversation>) => turns.map((r) => (r.kind === "answer" ? r.entry.id : r.kind));
  it("answers from the previous entry a follow-up about a person or a paper that the rules handed off as a weak match", () => {
    for (const second of ["giấy tờ bên Nhật có phải dịch ra tiếng Việt không", "ông nội cháu đi thay được không, bố mẹ cháu đều làm ca đêm"]) {
      const messages = ["làm giấy khai sinh cho con ở đâu", second];
      expect(outcome(off.conversation(...messages)), second).toEqual(["dvc-khai-sinh", "handoff"]);
      const turns = on.conversation(...messages);
      expect(outcome(turns), second).toEqual(["dvc-khai-sinh", "dvc-khai-sinh"]);
      expect(turns[1]!.explanation).toContain("hỏi tiếp về mục trước");
    }
  });
  it("still hands off a weak match that stands on its own", () => {
    expect(outcome(on.conversation("làm giấy khai sinh cho con ở đâu", "quán phở nào gần đây ngon nhất"))).toEqual(["dvc-khai-sinh", "handoff"]);
  });
});
