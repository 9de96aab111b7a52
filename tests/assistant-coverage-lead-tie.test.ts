/**
 * Session 15, wave 2 (issue 10 §4, calibration): a near tie between two entries of one family that
 * would end in a clarify is answered with the top when it holds more of the message than the
 * runner-up (whole text and core) — unless the message names the runner-up's title more, or the two
 * are of different families (coverage-lead-tie.ts). Chosen on every tuning set at once
 * (bench/calibration-lines.ts); phrasings of our own, not the tuning lines.
 */
import { describe, expect, it } from "vitest";
import { coverageLeadTie } from "../server/assistant/coverage-lead-tie";
import type { Scored } from "../server/assistant/search-index";
import { answerCheck, knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, titled } = knowledgeAssistant();
// the rules alone: the mechanism some of these tests pin down, before the learned classifier reads the message
const rules = knowledgeAssistant(undefined, { learned: false });
const expectAnswer = answerCheck(ask);

const scored = (entry: Scored["entry"], coverage: number, coreCoverage: number, keyCoverage = 1): Scored => ({
  entry,
  score: 0.3,
  coverage,
  coreCoverage,
  keyCoverage,
  pairCoverage: 0.3,
  bm25: 0.3,
  questionSimilarity: 0.3,
});

describe("a near tie settled by coverage (coverage-lead-tie.ts)", () => {
  it("takes the top that holds more of the message, whole and core, within one family", () => {
    const top = titled("a-luu-tru", "Thông báo lưu trú khi có khách ở qua đêm");
    const second = titled("a-tam-tru", "Đăng ký tạm trú");
    const terms = ["khach", "que", "len", "o", "may", "hom"];
    expect(coverageLeadTie([scored(top, 0.9, 0.85), scored(second, 0.7, 0.6)], terms, "khach o que len o may hom")?.entry.id).toBe("a-luu-tru");
  });
  it("leaves the clarify when the lead is too small, on one side only, or the key words are the second's", () => {
    const top = titled("a-luu-tru", "Thông báo lưu trú");
    const second = titled("a-tam-tru", "Đăng ký tạm trú");
    const folded = "khach o nha may hom";
    expect(coverageLeadTie([scored(top, 0.9, 0.9), scored(second, 0.88, 0.7)], [], folded)).toBeUndefined();
    expect(coverageLeadTie([scored(top, 0.9, 0.7), scored(second, 0.7, 0.7)], [], folded)).toBeUndefined();
    expect(coverageLeadTie([scored(top, 0.9, 0.9, 0.5), scored(second, 0.7, 0.7, 1)], [], folded)).toBeUndefined();
  });
  it("leaves the clarify across families (a payment skill against a scam check)", () => {
    const top = titled("k-thanh-toan", "Thanh toán không dùng tiền mặt", "ky-nang-so");
    const second = titled("l-kiem-tra", "Kiểm tra tin nhắn lừa đảo", "lua-dao");
    expect(coverageLeadTie([scored(top, 1, 0.9), scored(second, 0.7, 0.7)], ["quet", "qr"], "quet ma qr co an toan khong")).toBeUndefined();
  });
  it("leaves the clarify when the message names the runner-up's title more (its words or its two-word phrases)", () => {
    const top = titled("a-tro-cap", "Trợ cấp xã hội hằng tháng cho người cao tuổi");
    const second = titled("a-co-cong", "Chế độ người có công với cách mạng; trợ cấp mai táng");
    const folded = "tro cap nguoi co cong hang thang duoc bao nhieu";
    expect(coverageLeadTie([scored(top, 0.9, 0.9), scored(second, 0.7, 0.7)], ["tro", "cap", "nguoi", "co", "cong", "hang", "thang"], folded)).toBeUndefined();
    const other = titled("a-khuyet-tat", "Xác nhận khuyết tật");
    expect(coverageLeadTie([scored(top, 0.9, 0.9), scored(other, 0.7, 0.7)], ["tro", "cap", "hang", "thang"], "tro cap hang thang duoc bao nhieu")?.entry.id).toBe("a-tro-cap");
  });
  it("answers a green-lane question its use entry covers more than the 'what is it' entry", () => {
    expectAnswer("nộp hồ sơ làn xanh có mất phí không", "lx-cach-dung");
    expectAnswer("nộp hồ sơ luồng xanh có mất thêm phí ko", "lx-cach-dung");
  });
  it("still asks back when the resident names the merit entry's subject beside the social allowance (the rules alone); with the classifier it asks back or answers the merit entry named, never the allowance", () => {
    expect(rules.ask("tiền trợ cấp người có công hằng tháng nhận ở đâu").kind).toBe("clarify");
    const r = ask("tiền trợ cấp người có công hằng tháng nhận ở đâu");
    expect(r.kind === "clarify" || (r.kind === "answer" && r.entry.id === "dvc-nguoi-co-cong")).toBe(true);
  });
});
