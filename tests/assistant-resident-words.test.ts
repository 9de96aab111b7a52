/**
 * Session 16 (issue 10 §4): residents' everyday words for things the entries name otherwise, found
 * by bench/vocabulary-gaps.ts over the misses of every tuning set (each missing in two or more sets).
 * Messages written for this file, not the tuning lines:
 * - lexicon synonyms (resident-words.ts, entries and queries alike): tenants "ở ghép" in one room
 *   live "ở trọ"; typed with other accents the syllables stay;
 * - entry keywords: a text that "hiện tên ngân hàng" is one bearing a bank's name (fake base
 *   stations); a land certificate gone yellow ("ố vàng") or faded ("mờ chữ"), or eaten by termites
 *   ("mối ăn"), is a damaged one to exchange; land bought "bằng giấy tay" gets its first certificate;
 *   a child teased for a name ("bị trêu") wants the name changed.
 */
import { describe, expect, it } from "vitest";
import { foldedText } from "../server/assistant/text-analysis";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { answeredBy } = knowledgeAssistant();

describe("residents' words read as the entries' words", () => {
  it("reads tenants sharing a room as lodgers", () => {
    expect(foldedText("o ghep voi ban")).toContain("o tro");
    answeredBy("tôi ở ghép với bạn ở phòng trọ, chủ nhà bảo tự đi đăng ký tạm trú", "dvc-tam-tru");
  });

  it("leaves the same syllables typed with other accents", () => {
    expect(foldedText("ờ, ghép hai thửa đất làm một")).not.toContain("o tro");
    expect(foldedText("ờ ghép hai thửa")).not.toContain("o tro");
  });
});

describe("everyday words of one entry (keywords)", () => {
  it("reads a text that shows a bank's name as one bearing it", () => {
    answeredBy("có tin nhắn hiện tên BIDV bảo tài khoản sắp bị khóa, bấm link vào có sao không", "ld-tram-bts-gia");
  });

  it("reads a yellowed or faded land certificate as a damaged one", () => {
    answeredBy("sổ hồng nhà tôi để lâu bị ố vàng, chữ mờ hết, có xin đổi được không", "dvc-cap-lai-so-do");
    answeredBy("giấy chứng nhận quyền sử dụng đất bị mờ chữ không đọc được nữa thì làm sao", "dvc-cap-lai-so-do");
  });

  it("reads land bought on a handwritten paper as a first certificate", () => {
    answeredBy("mua dat giay tay chua co so thi lam so lan dau the nao", "dvc-dat-dai");
  });
});
