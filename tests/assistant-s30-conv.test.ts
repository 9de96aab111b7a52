/**
 * Later turns of a conversation (issue 10 §3, session 30, s30-conv). Conversations written for this file, through the
 * real Assistant over the repository's knowledge.
 * - A correction ("không phải, ý tôi là …") whose words, searched with the corrected entry set aside, matched only weakly
 *   or tied, is answered from the entry the same words get asked as a first question, when the correction's own search
 *   ranked it among its nearest (correction-read-alone.ts); the next bare part follows the corrected entry.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { correctionAnsweredAlone } from "../server/assistant/correction-read-alone";
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
