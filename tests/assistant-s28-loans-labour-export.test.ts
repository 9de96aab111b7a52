/**
 * Out of coverage, session 28 (issue 10 §4; server/assistant/uncovered-loans-labour-export.ts): a loan against a home or
 * land, whether a bank takes a power of attorney, and the labour-export procedure asked after its name are handed off,
 * on a first question and on a later turn, instead of answered by the mortgage contract's certification, the signature
 * certification or the temporary-absence declaration; each told as the purpose of that ward paper is still answered.
 * Messages written for this file, not tuning lines.
 */
import { describe, expect, it } from "vitest";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask, answeredBy, conversation } = knowledgeAssistant();

const handedOff = (text: string) => {
  const r = ask(text);
  expect(r.kind, text).toBe("handoff");
  expect(r.kind === "handoff" && r.handoff.reason, text).toBe("out_of_scope");
};

describe("a loan against a home or land, the bank's own rule", () => {
  it("hands off the loan itself, with or without diacritics", () => {
    for (const text of ["cho hỏi thủ tục thế chấp sổ hồng để vay ngân hàng", "bố tôi định thế chấp căn hộ để vay ngân hàng, cần làm gì", "muon the chap so do di vay thi lam sao"]) handedOff(text);
  });
  it("hands off whether a bank takes a power of attorney", () => {
    handedOff("ngân hàng có chấp nhận giấy ủy quyền viết tay không ạ");
  });
  it("still answers the mortgage contract's certification and the power of attorney's", () => {
    answeredBy("chứng thực hợp đồng thế chấp nhà đất ở phường mất bao lâu", "dvc-chung-thuc-hop-dong");
    answeredBy("thủ tục chứng thực hợp đồng thế chấp sổ đỏ để vay ngân hàng", "dvc-chung-thuc-hop-dong");
  });
});

describe("the labour-export procedure asked after its name", () => {
  it("hands off it, written out or as XKLĐ", () => {
    for (const text of ["em trai tôi muốn đi XKLĐ Đài Loan thì làm thế nào", "xuất khẩu lao động sang Hàn Quốc thì thủ tục ra sao", "di xkld nhat ban thi dang ky o dau"]) handedOff(text);
  });
  it("still answers the temporary absence and the criminal record asked for it", () => {
    answeredBy("khai báo tạm vắng cho chồng đi xuất khẩu lao động thì thủ tục thế nào", "dvc-tam-vang");
    answeredBy("xin lý lịch tư pháp để đi XKLĐ Nhật thì thủ tục thế nào", "dvc-ly-lich-tu-phap");
  });
});

describe("on a later turn", () => {
  it("hands off the bank's acceptance after the signature certification, and labour export after the temporary absence", () => {
    const [, bank] = conversation("chứng thực chữ ký giấy ủy quyền ở phường cần mang gì", "vậy ngân hàng có nhận giấy ủy quyền đó không");
    expect(bank?.kind).toBe("handoff");
    const [first, abroad] = conversation("đi làm ăn xa có phải khai báo tạm vắng không", "còn cháu tôi đi xuất khẩu lao động thì thủ tục thế nào");
    expect(led(first)).toBe("answer dvc-tam-vang");
    expect(abroad?.kind).toBe("handoff");
  });
});
