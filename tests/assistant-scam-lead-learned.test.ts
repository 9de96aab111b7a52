/**
 * A scam warning's lead entry read by the learned answer classifier (server/assistant/scam-lead-learned.ts, session 18):
 * of the two lừa-đảo entries the search offers, the second leads when the classifier reads it first with probability
 * ≥ SCAM_LEAD_P. Messages are written for this file, not copied from the tuning sets or the entries' sample questions.
 */
import { describe, expect, it } from "vitest";
import type { AnswerClassifier } from "../server/assistant/learned-answer-model";
import { ledByClassifier, SCAM_LEAD_P, scamLeadByClassifier } from "../server/assistant/scam-lead-learned";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();

describe("a scam warning led by the entry the classifier reads", () => {
  it("leads a code read out 'to sync the ID card's new address' with the VNeID-update scam, not the OTP entry", () => {
    expect(led(ask("mẹ tôi bị gọi bảo đọc mã số gửi về máy để đồng bộ căn cước theo địa chỉ mới"))).toBe("scam_warning ld-cap-nhat-vneid");
  });
  it("leads a child said to be held, with money asked for bail, with one of the two scams it is (online kidnap or fake police)", () => {
    // (the classifier retrained with tuning-s18 reads it almost evenly, 0.51 / 0.46: either lead is right, nothing else)
    expect(["scam_warning ld-bat-coc-online", "scam_warning ld-gia-danh-cong-an"]).toContain(led(ask("có người gọi bảo con trai tôi dính vào vụ án ma túy đang bị tạm giam, bắt nộp tiền bảo lãnh")));
  });
  it("keeps the search's lead when the classifier already agrees", () => {
    expect(led(ask("có người gọi nói đồng hồ nước nhà mình chạy sai, bảo kết bạn zalo nhân viên để chỉnh lại"))).toBe("scam_warning ld-hoa-don-dien-nuoc");
  });
});

describe("scamLeadByClassifier", () => {
  const reading = (top: string, p: number): AnswerClassifier => ({ knows: () => true, read: () => ({ top, p, probOf: (id) => (id === top ? p : 0) }) });
  it("swaps only for the second entry, at or above the threshold", () => {
    expect(scamLeadByClassifier("x", ["a", "b"], reading("b", SCAM_LEAD_P))).toBe("b");
    expect(scamLeadByClassifier("x", ["a", "b"], reading("b", SCAM_LEAD_P - 0.01))).toBeUndefined();
    expect(scamLeadByClassifier("x", ["a", "b"], reading("a", 0.99))).toBeUndefined();
    expect(scamLeadByClassifier("x", ["a", "b"], reading("c", 0.99))).toBeUndefined();
    expect(scamLeadByClassifier("x", ["a"], reading("a", 0.99))).toBeUndefined();
  });
  it("reorders the ranked list, or leaves it as it is without a classifier", () => {
    const ranked = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(ledByClassifier("x", ranked, reading("b", 0.95)).map((r) => r.id)).toEqual(["b", "a", "c"]);
    expect(ledByClassifier("x", ranked, undefined)).toBe(ranked);
  });
});
