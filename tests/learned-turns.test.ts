/**
 * The learned reading of a conversation's later turns (session 17): learned-turn-model.ts (follow-up or a
 * message that stands on its own), learned-turn-choice.ts (where it and the answer classifier may change
 * which entry answers a later turn), the training rows (learned-turn-train.ts) and the shipped weights.
 */
import { describe, expect, it } from "vitest";
import turnWeights from "../server/assistant/data/turn-weights.json";
import { answerClassifier } from "../server/assistant/learned-answer-model";
import { trainAnswerWeights } from "../server/assistant/learned-answer-train";
import { learnedTurnChoice, TURN_THRESHOLDS } from "../server/assistant/learned-turn-choice";
import { circumstanceShape } from "../server/assistant/circumstance-shape";
import { followupProbability, turnFeatures, type TurnWeights } from "../server/assistant/learned-turn-model";
import { trainTurnWeights, turnRows } from "../server/assistant/learned-turn-train";
import { manualClock } from "../server/lib/clock";
import { conversationServer } from "./support/conversation-server";
import { knowledgeAssistant } from "./support/knowledge-assistant";
import { makeTempDir, zaloId } from "./support/factories";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

// tiny models of their own
const clf = answerClassifier(
  trainAnswerWeights(
    [
      ...["làm căn cước", "căn cước gắn chip", "cấp lại thẻ căn cước", "đổi căn cước hết hạn"].map((text) => ({ text, cls: "cccd", group: "t" })),
      ...["đăng ký khai sinh", "làm giấy khai sinh cho con", "khai sinh cho bé mới sinh"].map((text) => ({ text, cls: "khai-sinh", group: "t" })),
      ...["giá vàng hôm nay", "thời tiết ngày mai"].map((text) => ({ text, cls: "handoff", group: "t" })),
    ],
    ["cccd", "khai-sinh", "handoff"],
    { epochs: 30, rate: 0.5 },
  ),
  () => true,
);
const turns = trainTurnWeights(
  [
    ...["thế lệ phí bao nhiêu", "còn ở đâu", "mất bao lâu", "làm online được không", "thế có mất tiền không", "vậy cần mang gì"].map((text) => ({ text, followup: true, group: "t" })),
    ...["cho tôi hỏi làm khai sinh cho con mới sinh", "tôi muốn làm thẻ căn cước gắn chip", "giá vàng hôm nay thế nào", "cho hỏi đăng ký khai sinh cho bé"].map((text) => ({ text, followup: false, group: "t" })),
  ],
  { epochs: 40, rate: 0.5 },
);

describe("the turn model", () => {
  it("reads the folded words, word pairs, the length and the first and last words", () => {
    expect(turnFeatures("Mất BAO LÂU")).toEqual(["#n:3", "#f:mat", "#l:lau", "mat", "mat_bao", "bao", "bao_lau", "lau"]);
  });
  it("finds the shape '<circumstance> thì/mà/nhưng <question>' (the question after the last connector, two words of circumstance before it)", () => {
    expect(circumstanceShape("con tôi đi học xa, ở nhờ nhà bạn thì khai báo ở đâu")).toEqual({ connector: "thì", question: "khai báo ở đâu" });
    expect(circumstanceShape("em nộp hồ sơ rồi nhưng chưa thấy trả lời")).toEqual({ connector: "nhưng", question: "chưa thấy trả lời" });
    expect(circumstanceShape("thì sao")).toBeUndefined(); // no circumstance
    expect(circumstanceShape("quên mã pin vneid")).toBeUndefined(); // "mã" is not "mà"
    expect(circumstanceShape("lịch thi bằng lái xe")).toBeUndefined(); // "thi" is not "thì"
    expect(circumstanceShape("nếu em không ở đó thì")).toBeUndefined(); // no question after it
  });
  it("tells a follow-up from a message that stands on its own", () => {
    expect(followupProbability(turns, "thế lệ phí bao nhiêu")).toBeGreaterThan(0.7);
    expect(followupProbability(turns, "cho tôi hỏi đăng ký khai sinh cho con")).toBeLessThan(0.3);
  });
  it("learns from later turns only, and never from an eval or holdout file", () => {
    const tmp = makeTempDir("turn-rows");
    const file = join(tmp.dir, "tuning-x-conversations.jsonl");
    writeFileSync(
      file,
      [
        { q: "làm căn cước ở đâu", expect: "answer", topic: "cccd", conversation: "c1", turn: 1 },
        { q: "mất bao lâu", expect: "answer", topic: "cccd", conversation: "c1", turn: 2, followup: true },
        { q: "giá vàng hôm nay", expect: "handoff", conversation: "c1", turn: 3 },
      ]
        .map((l) => JSON.stringify(l))
        .join("\n"),
    );
    expect(turnRows(file, "x")).toEqual([
      { text: "mất bao lâu", followup: true, group: "x" },
      { text: "giá vàng hôm nay", followup: false, group: "x" },
    ]);
    expect(() => turnRows(join(tmp.dir, "holdout9-conversations.jsonl"), "h")).toThrow(/not for training/);
    expect(() => turnRows(join(tmp.dir, "eval-conversations.jsonl"), "e")).toThrow(/not for training/);
    tmp.remove();
  });
});

describe("where it may change a later turn", () => {
  const on = { ...TURN_THRESHOLDS, keepFollowup: 0.7, keepOtherP: 0.5 };
  it("switches away from a carried entry when the message stands on its own and the classifier is sure of another", () => {
    expect(learnedTurnChoice("cho tôi hỏi đăng ký khai sinh cho con", { kind: "answer", entryId: "cccd", previous: "cccd" }, clf, turns, on)).toEqual({ do: "switch", id: "khai-sinh" });
    // a follow-up stays with the carried entry; so does a message the classifier reads as out of coverage
    expect(learnedTurnChoice("thế lệ phí bao nhiêu", { kind: "answer", entryId: "cccd", previous: "cccd" }, clf, turns, on)).toBeUndefined();
    expect(learnedTurnChoice("giá vàng hôm nay thế nào", { kind: "answer", entryId: "cccd", previous: "cccd" }, clf, turns, on)).toBeUndefined();
  });
  it("keeps the previous entry for a follow-up the rules answered with another entry its words do not name", () => {
    expect(learnedTurnChoice("thế lệ phí bao nhiêu", { kind: "answer", entryId: "khai-sinh", previous: "cccd" }, clf, turns, on)).toEqual({ do: "keep" });
    expect(learnedTurnChoice("thế lệ phí bao nhiêu", { kind: "answer", entryId: "khai-sinh", previous: "cccd" }, clf, turns, { ...on, keepFollowup: 2 })).toBeUndefined();
  });
  it("stays on the previous entry when only the circumstance before 'thì' names the other and the question alone leans to the previous one", () => {
    const sure = { ...on, switchFollowup: 1.01 }; // the follow-up reading aside: this is about the classifier's reads
    const turn = { kind: "answer", entryId: "khai-sinh", previous: "khai-sinh" };
    // the whole message reads as the identity card (its circumstance), its question "khai ở đâu" leans to the birth registration
    expect(clf.read("căn cước gắn chip đổi căn cước thì khai ở đâu").top).toBe("cccd");
    expect(learnedTurnChoice("căn cước gắn chip đổi căn cước thì khai ở đâu", turn, clf, turns, sure)).toBeUndefined();
    // the same circumstance with a question of the other entry's own switches
    expect(learnedTurnChoice("căn cước gắn chip đổi căn cước thì cấp lại thẻ ở đâu", turn, clf, turns, sure)).toEqual({ do: "switch", id: "cccd" });
  });
  it("leaves other kinds, and entries the classifier does not know, to the rules", () => {
    expect(learnedTurnChoice("cho tôi hỏi đăng ký khai sinh cho con", { kind: "clarify", entryId: "cccd", previous: "cccd" }, clf, turns, on)).toBeUndefined();
    expect(learnedTurnChoice("cho tôi hỏi đăng ký khai sinh cho con", { kind: "answer", entryId: "moi", previous: "moi" }, answerClassifier(trainAnswerWeights([{ text: "khai sinh", cls: "khai-sinh", group: "t" }], ["khai-sinh", "handoff"]), () => true), turns, on)).toBeUndefined();
  });
});

describe("the shipped weights", () => {
  it("are compact and read residents' follow-ups and new topics", () => {
    const w = turnWeights as TurnWeights;
    expect(JSON.stringify(w).length).toBeLessThan(200_000);
    expect(followupProbability(w, "thế lệ phí bao nhiêu")).toBeGreaterThan(0.5);
  });
});

describe("in the engine (the repository's knowledge, the shipped weights)", () => {
  const on = knowledgeAssistant();
  const off = knowledgeAssistant(undefined, { learnedTurns: false });
  const entries = (turns: ReturnType<typeof on.conversation>) => turns.map((r) => (r.kind === "answer" ? r.entry.id : r.kind));
  it("switches to the new topic of a later turn that stands on its own, where the rules carried the previous entry", () => {
    const messages = ["bố tôi vừa mất tuần trước, làm giấy báo tử ở đâu", "bố tôi đang hưởng trợ cấp người cao tuổi thì giờ báo cắt ở đâu"];
    expect(entries(off.conversation(...messages))).toEqual(["dvc-khai-tu", "dvc-khai-tu"]);
    const turns = on.conversation(...messages);
    expect(entries(turns)).toEqual(["dvc-khai-tu", "dvc-tro-cap-xa-hoi"]);
    expect(turns[1]!.explanation).toContain("mô hình lượt hội thoại đã học");
  });
  it("keeps the previous entry for a follow-up that the rules answered with another entry", () => {
    const messages = ["làm sổ sức khỏe điện tử trên vneid thế nào", "bấm vào đâu"];
    expect(entries(off.conversation(...messages))).toEqual(["dvc-so-suc-khoe", "dvc-nop-ho-so"]);
    expect(entries(on.conversation(...messages))).toEqual(["dvc-so-suc-khoe", "dvc-so-suc-khoe"]);
  });
});

describe("over the database (the mini app's chat, memory stored in libSQL)", () => {
  const clock = manualClock(Date.UTC(2026, 10, 23, 2, 0, 0));
  const db = conversationServer("learned-turns", clock);
  // the turn model is on by default: the server's engine, memory from libSQL, switches to the new topic
  it("switches a later turn that stands on its own to its new topic (the turn model on by default)", async () => {
    const residentKey = { kind: "miniapp" as const, id: `app-user-${zaloId("5")}` };
    const first = await db.server.services.conversations.converse({ wardId: db.ward.id, residentKey, text: "bố tôi vừa mất tuần trước, làm giấy báo tử ở đâu" });
    expect(first.kind === "answer" && first.entry.id).toBe("dvc-khai-tu");
    clock.advance(60_000);
    const second = await db.server.services.conversations.converse({ wardId: db.ward.id, residentKey, text: "bố tôi đang hưởng trợ cấp người cao tuổi thì giờ báo cắt ở đâu" });
    expect(second.kind === "answer" && second.entry.id).toBe("dvc-tro-cap-xa-hoi");
  });
});
