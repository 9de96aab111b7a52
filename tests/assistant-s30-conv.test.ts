/**
 * Later turns of a conversation (issue 10 §3, session 30, s30-conv). Conversations written for this file, through the
 * real Assistant over the repository's knowledge.
 * - A correction ("không phải, ý tôi là …") whose words, searched with the corrected entry set aside, matched only weakly
 *   or tied, is answered from the entry the same words get asked as a first question, when the correction's own search
 *   ranked it among its nearest (correction-read-alone.ts); the next bare part follows the corrected entry.
 * - A later turn the follow-up rules asked back about (the previous entry, or another whose title it names) is answered
 *   from the entry named when the message asked as a first question is answered from it by retrieval
 *   (named-close-call-alone.ts); not a statement, not a part the named title itself asks, not the learned pick.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { correctionAnsweredAlone } from "../server/assistant/correction-read-alone";
import { namedCloseCallSettled } from "../server/assistant/named-close-call-alone";
import type { AskResult } from "../server/assistant/ask-result";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { conversationWith } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" });
let kb: KnowledgeBase;
let assistant: Assistant;
beforeAll(async () => {
  kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
  assistant = new Assistant(kb);
});
const conversation = (...messages: string[]) => conversationWith(assistant, ward, ...messages);
const answeredFrom = (r: ReturnType<typeof conversation>[number]) => (r.kind === "answer" ? r.entry.id : r.kind);

describe("a correction still unsure, read as a first question (correction-read-alone.ts)", () => {
  it("a stay of a few months corrected after the permanent registration: the temporary one, and its fee next", () => {
    const turns = conversation("đăng ký hộ khẩu cho con rể cần giấy gì", "không phải, ý tôi là con rể chỉ ở tạm vài tháng thôi, đăng ký tạm trú ấy", "lệ phí bao nhiêu");
    expect(turns.map(answeredFrom)).toEqual(["dvc-thuong-tru", "dvc-tam-tru", "dvc-tam-tru"]);
  });

  it("a copy of the birth certificate corrected after the birth registration: the extract, and online next", () => {
    const turns = conversation("đăng ký khai sinh thế nào", "không phải, ý tôi là xin bản sao giấy khai sinh cho cháu để nộp hồ sơ vào lớp 1", "làm online được không");
    expect(turns.map(answeredFrom)).toEqual(["dvc-khai-sinh", "dvc-trich-luc", "dvc-trich-luc"]);
    // without diacritics, the same
    const plain = conversation("thu tuc khai sinh cho be", "khong phai, y em la xin ban sao khai sinh cua be de nop ho so vao lop 1");
    expect(plain.map(answeredFrom)).toEqual(["dvc-khai-sinh", "dvc-trich-luc"]);
  });

  it("never the entry said to be wrong, never one the correction's own search did not find near, never a follow-up", () => {
    const entries = (...ids: string[]) => ids.map((id) => ({ id, title: id, score: 0.3 }));
    const corrected = { kind: "clarify", entries: entries("a", "b", "c", "d") } as unknown as AskResult;
    const alone = (id: string, followup = false) => ({ kind: "answer", followup, entry: { id }, entries: entries(id) }) as unknown as AskResult;
    expect(correctionAnsweredAlone({ corrected, alone: alone("b"), correctedEntry: "x" })).toBe("b");
    expect(correctionAnsweredAlone({ corrected, alone: alone("b"), correctedEntry: "b" })).toBeUndefined();
    expect(correctionAnsweredAlone({ corrected, alone: alone("d"), correctedEntry: "x" })).toBeUndefined();
    expect(correctionAnsweredAlone({ corrected, alone: alone("b", true), correctedEntry: "x" })).toBeUndefined();
    expect(correctionAnsweredAlone({ corrected, alone: { kind: "handoff", entries: entries("b") } as unknown as AskResult, correctedEntry: "x" })).toBeUndefined();
  });
});

describe("a named close call settled by the message's first-question reading (named-close-call-alone.ts)", () => {
  it("the war invalid's funeral allowance after the death registration: the entry for people with merits, and its papers next", () => {
    const turns = conversation("bố tôi mất tuần trước, làm khai tử thế nào", "còn chế độ cho bố tôi thì sao, bố là thương binh, có được tiền mai táng không", "cần mang những giấy gì");
    expect(turns.map(answeredFrom)).toEqual(["dvc-khai-tu", "dvc-nguoi-co-cong", "dvc-nguoi-co-cong"]);
  });

  it("a file overdue after tracking it: the overdue entry", () => {
    const turns = conversation("tra cứu hồ sơ đã nộp ở đâu", "quá hẹn 3 ngày rồi thì sao");
    expect(turns.map(answeredFrom)).toEqual(["dvc-tra-cuu-ho-so", "lx-qua-han"]);
  });

  it("a part whose words are the named title's own stays asked back", () => {
    const turns = conversation("hòa giải tranh chấp đất với hàng xóm thế nào", "phường giải quyết trong bao lâu");
    expect(turns.map((r) => r.kind)).toEqual(["answer", "clarify"]);
  });

  it("the guards, on the function", () => {
    const other = kb.entries.find((e) => e.id === "lx-thoi-gian")!;
    const alone = { kind: "answer", entryId: other.id, followup: false, learned: false };
    expect(namedCloseCallSettled({ other, alone, questionShaped: true, folded: "lan xanh co nhanh hon khong" })).toBe(true);
    // the part asked is the title's own ("… giải quyết trong bao lâu")
    expect(namedCloseCallSettled({ other, alone, questionShaped: true, folded: "phuong giai quyet trong bao lau" })).toBe(false);
    expect(namedCloseCallSettled({ other, alone, questionShaped: false, folded: "lan xanh nhanh hon" })).toBe(false);
    expect(namedCloseCallSettled({ other, alone: { ...alone, learned: true }, questionShaped: true, folded: "lan xanh co nhanh hon khong" })).toBe(false);
    expect(namedCloseCallSettled({ other, alone: { ...alone, entryId: "lx-la-gi" }, questionShaped: true, folded: "lan xanh co nhanh hon khong" })).toBe(false);
    expect(namedCloseCallSettled({ other, alone: { ...alone, kind: "clarify" }, questionShaped: true, folded: "lan xanh co nhanh hon khong" })).toBe(false);
  });
});
