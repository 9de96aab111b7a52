/**
 * The learned reading of first questions (session 16 experiment): learned-answer-model.ts (a linear
 * classifier over the engine's folded text), learned-answer-choice.ts (where it may change the outcome),
 * and the shipped weights (server/assistant/data/answer-weights.json, `npm run answers:train`).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import answerWeights from "../server/assistant/data/answer-weights.json";
import { answerClassifier, answerFeatures, learnedClassifier, type AnswerWeights } from "../server/assistant/learned-answer-model";
import { CALIBRATED_LIMITS, DOUBT_OWN_P, DOUBT_TOP_P, LEARNED_LIMITS, learnedChoice, REJECT_P, S17_LIMITS, SECOND_ASK_P } from "../server/assistant/learned-answer-choice";
import { trainAnswerWeights, TRAINING_SETS } from "../server/assistant/learned-answer-train";
import { Assistant } from "../server/assistant/assistant";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { conversationWith, MONDAY_9AM } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

// a tiny model of its own: three entries and "handoff"
const toy = trainAnswerWeights(
  [
    ...["làm căn cước", "căn cước gắn chip", "cấp lại thẻ căn cước", "đổi căn cước hết hạn"].map((text) => ({ text, cls: "cccd", group: "t" })),
    ...["đăng ký khai sinh", "làm giấy khai sinh cho con", "khai sinh cho bé mới sinh"].map((text) => ({ text, cls: "khai-sinh", group: "t" })),
    ...["đăng ký kết hôn", "giấy kết hôn cần gì", "kết hôn với người nước ngoài"].map((text) => ({ text, cls: "ket-hon", group: "t" })),
    ...["giá vàng hôm nay", "thời tiết ngày mai", "kết quả bóng đá"].map((text) => ({ text, cls: "handoff", group: "t" })),
  ],
  ["cccd", "khai-sinh", "ket-hon", "handoff"],
  { epochs: 30, rate: 0.5 },
);
const all = new Set(["cccd", "khai-sinh", "ket-hon"]);

describe("the classifier", () => {
  it("reads the folded text's words and word pairs", () => {
    expect(answerFeatures("Làm CĂN CƯỚC", {})).toEqual(["lam", "lam_can", "can", "can_cuoc", "cuoc"]);
  });

  it("ranks the class whose words the message uses", () => {
    const clf = answerClassifier(toy, (id) => all.has(id));
    expect(clf.read("cho hỏi làm căn cước ở đâu").top).toBe("cccd");
    expect(clf.read("con tôi mới sinh, khai sinh thế nào").top).toBe("khai-sinh");
  });

  it("leaves out an entry removed since training, and is none for another knowledge base", () => {
    const clf = answerClassifier(toy, (id) => id !== "cccd");
    expect(clf.read("làm căn cước").top).not.toBe("cccd");
    expect(clf.read("làm căn cước").probOf("cccd")).toBe(0);
    expect(learnedClassifier(toy, new Set(["khai-sinh", "ket-hon"]))).toBeUndefined();
    expect(learnedClassifier(toy, all)).toBeDefined();
  });
});

describe("where it may change the outcome", () => {
  const clf = answerClassifier(toy, (id) => all.has(id));
  it("answers a weak match or a clarify when its top is one of the engine's candidates", () => {
    expect(learnedChoice("làm căn cước gắn chip", { kind: "handoff", weakMatch: true, candidates: ["khai-sinh", "cccd"] }, clf)).toEqual({ do: "answer", id: "cccd" });
    expect(learnedChoice("làm căn cước gắn chip", { kind: "clarify", weakMatch: false, candidates: ["cccd", "ket-hon"] }, clf)).toEqual({ do: "answer", id: "cccd" });
    // not among the candidates, or a handoff that is not a weak match: as it was
    expect(learnedChoice("làm căn cước gắn chip", { kind: "handoff", weakMatch: true, candidates: ["khai-sinh", "ket-hon"] }, clf)).toBeUndefined();
    expect(learnedChoice("làm căn cước gắn chip", { kind: "handoff", weakMatch: false, candidates: ["cccd"] }, clf)).toBeUndefined();
  });

  it("hands off an answer it reads as out of coverage, with high probability", () => {
    expect(learnedChoice("giá vàng hôm nay bao nhiêu", { kind: "answer", weakMatch: false, candidates: ["ket-hon"] }, clf)).toEqual({ do: "handoff" });
    expect(learnedChoice("đăng ký kết hôn", { kind: "answer", weakMatch: false, candidates: ["ket-hon"] }, clf)).toBeUndefined();
  });
});

describe("the shipped weights", () => {
  it("name only published entries of the repository's knowledge (or handoff), and load for it", async () => {
    const { kb } = await readKnowledgeDir("knowledge", { strict: true });
    const weights = answerWeights as AnswerWeights;
    const ids = new Set(kb.entries.filter((e) => e.status === "published").map((e) => e.id));
    expect(weights.classes.filter((c) => c !== "handoff" && !ids.has(c))).toEqual([]);
    expect(learnedClassifier(weights, ids)).toBeDefined();
    expect(JSON.stringify(weights).length).toBeLessThan(700_000);
  });
});

describe("its doubt about the rules' answer (session 18, calibrated on out-of-fold readings; CALIBRATED_LIMITS, on by default since s18-learned2)", () => {
  const clf = answerClassifier(toy, (id) => all.has(id));
  it("answers another of the rules' first three candidates when it is sure of it and finds the rules' entry unlikely", () => {
    // p(cccd) 0.99, p(khai-sinh) < 0.01: before session 18 this was asked back between the two
    expect(learnedChoice("làm căn cước gắn chip", { kind: "answer", weakMatch: false, candidates: ["khai-sinh", "cccd"] }, clf, CALIBRATED_LIMITS)).toEqual({ do: "answer", id: "cccd" });
    // not among the rules' three: asked back, never answered from outside them
    expect(learnedChoice("làm căn cước gắn chip", { kind: "answer", weakMatch: false, candidates: ["khai-sinh", "ket-hon"] }, clf, CALIBRATED_LIMITS)).toEqual({ do: "clarify", ids: ["khai-sinh", "cccd"] });
  });
  it("asks back instead of a confident answer when it reads another entry more likely and the rules' entry unlikely, even unsure", () => {
    // p(cccd) ≈ 0.64, p(khai-sinh) ≈ 0.10: below the old rejection (0.9), above the doubt limits (0.4 / 0.2)
    const read = clf.read("hết hạn");
    expect(read.top).toBe("cccd");
    expect(read.p).toBeGreaterThanOrEqual(DOUBT_TOP_P);
    expect(read.p).toBeLessThan(REJECT_P);
    expect(read.probOf("khai-sinh")).toBeLessThan(DOUBT_OWN_P);
    expect(learnedChoice("hết hạn", { kind: "answer", weakMatch: false, candidates: ["khai-sinh"] }, clf, CALIBRATED_LIMITS)).toEqual({ do: "clarify", ids: ["khai-sinh", "cccd"] });
    // the rules' entry plausible to it (p ≈ 0.48 against 0.49): the rules' answer stands
    expect(learnedChoice("kết hôn căn cước", { kind: "answer", weakMatch: false, candidates: ["ket-hon"] }, clf, CALIBRATED_LIMITS)).toBeUndefined();
    // with session 17's limits (no doubt, no switch) both were left to the rules; the shipped limits are the calibrated ones
    expect(learnedChoice("hết hạn", { kind: "answer", weakMatch: false, candidates: ["khai-sinh"] }, clf, S17_LIMITS)).toBeUndefined();
    expect(LEARNED_LIMITS).toEqual({ ...CALIBRATED_LIMITS, letterGuard: true, secondAskP: SECOND_ASK_P });
    expect(learnedChoice("hết hạn", { kind: "answer", weakMatch: false, candidates: ["khai-sinh"] }, clf)).toEqual({ do: "clarify", ids: ["khai-sinh", "cccd"] });
  });
  it("never hands off on doubt alone: a handoff needs the strong rejection", () => {
    // handoff on top at 0.6, the rules' entry at 0.1: left alone (long stories lend "handoff" probability); another entry so read is asked back
    const reading = { knows: () => true, read: () => ({ top: "handoff", p: 0.6, probOf: () => 0.1 }) };
    expect(learnedChoice("x", { kind: "answer", weakMatch: false, candidates: ["a"] }, reading, CALIBRATED_LIMITS)).toBeUndefined();
    const entryReading = { knows: () => true, read: () => ({ top: "b", p: 0.6, probOf: () => 0.1 }) };
    expect(learnedChoice("x", { kind: "answer", weakMatch: false, candidates: ["a"] }, entryReading, CALIBRATED_LIMITS)).toEqual({ do: "clarify", ids: ["a", "b"] });
  });
});

describe("in the engine", () => {
  // the classifier is on by default (session 16); `learned: true` here says so explicitly
  let assistant: Assistant;
  let kb: KnowledgeBase | undefined;
  const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" });
  beforeAll(async () => {
    kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
    assistant = new Assistant(kb, { learned: true });
  });
  const answeredBy = (text: string, id: string) => {
    const r = assistant.ask(text, ward, MONDAY_9AM);
    expect(r.kind === "answer" && r.entry.id, text).toBe(id);
  };
  const conversation = (...messages: string[]) => conversationWith(assistant, ward, ...messages);
  it("answers a first question the rules left as a near tie, when the classifier is sure of one of the candidates", () => {
    answeredBy("app vssid dùng thay thẻ bhyt được không", "dvc-vssid");
    answeredBy("muốn nhập khẩu cho con theo bố ở tỉnh khác", "dvc-thuong-tru");
  });
  it("answers first messages the rules hand off, where it is sure: a story to report, a wish to adopt, a code asked about", () => {
    answeredBy("đầu ngõ 9 người ta đổ rác thành đống cao cả tuần", "pa-gui-phan-anh");
    answeredBy("vợ chồng tôi muốn nhận nuôi một cháu bé", "dvc-nuoi-con-nuoi");
    const rulesOnly = new Assistant(kb!, { learned: false });
    expect(rulesOnly.ask("đầu ngõ 9 người ta đổ rác thành đống cao cả tuần", ward, MONDAY_9AM).kind).toBe("handoff");
  });
  it("does not judge the rules' answer with an entry added after training", () => {
    const classifier = learnedClassifier(answerWeights as AnswerWeights, { has: () => true })!;
    expect(classifier.knows("pa-gui-phan-anh")).toBe(true);
    expect(classifier.knows("mot-muc-moi")).toBe(false);
    // the rules answered with a new entry: the classifier (which cannot pick it) leaves the answer alone
    expect(learnedChoice("đầu ngõ 9 người ta đổ rác thành đống cao cả tuần", { kind: "answer", weakMatch: false, candidates: ["mot-muc-moi"] }, classifier)).toBeUndefined();
    expect(learnedChoice("đầu ngõ 9 người ta đổ rác thành đống cao cả tuần", { kind: "answer", weakMatch: false, candidates: ["dvc-khai-sinh"] }, classifier)).toBeDefined();
  });
  it("is on by default", () => {
    const byDefault = new Assistant(kb!).ask("đầu ngõ 9 người ta đổ rác thành đống cao cả tuần", ward, MONDAY_9AM);
    expect(byDefault.kind === "answer" && byDefault.entry.id).toBe("pa-gui-phan-anh");
  });
  it("leaves later turns of a conversation to the rules", () => {
    const [, second] = conversation("cho hỏi làm căn cước", "app vssid dùng thay thẻ bhyt được không");
    expect(second!.explanation).not.toContain("bộ phân loại đã học");
  });
});

describe("the shipped weights' training (session 17, chosen held out by writer set)", () => {
  it("keep up to 500 weights per class: 200 cost the classifier 1.5 points held out", () => {
    const weights = answerWeights as AnswerWeights;
    const perClass = new Array<number>(weights.classes.length).fill(0);
    for (const row of Object.values(weights.features)) for (let j = 0; j < row.length; j += 2) perClass[row[j]!]!++;
    expect(Math.max(...perClass)).toBeGreaterThan(200);
    expect(Math.max(...perClass)).toBeLessThanOrEqual(500);
  });
  it("learn from tuning14 (session 16's holdout, opened in session 17), never from eval or holdout sets", () => {
    expect(TRAINING_SETS).toEqual(expect.arrayContaining(["blind/tuning14-questions", "blind/tuning14-conversations"]));
    expect(TRAINING_SETS.filter((s) => /(^|\/)(eval|holdout)/.test(s))).toEqual([]);
  });
});
