/**
 * Classes of misses found on tuning-s12-questions (session 12, second wave, issue 10 §4), each
 * tested with phrasings of its own (not the tuning lines).
 */
import { describe, expect, it } from "vitest";
import { foldedText } from "../server/assistant/text-analysis";
import { answerCheck, knowledgeAssistant } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const expectAnswer = answerCheck(ask);

describe("regional words read as the standard ones (regional-words.ts)", () => {
  it("reads ni/nớ/mô/răng/rứa/dzậy/hông/mần/vô/chừ and bầm/u/mạ/tía as này/đó/đâu/sao/vậy/không/làm/vào/giờ/mẹ/bố", () => {
    expect(foldedText("làm ở ngoài ni được hông")).toBe("lam o ngoai nay duoc khong");
    expect(foldedText("phường nớ ở mô rứa")).toBe("phuong do o dau vay");
    expect(foldedText("chừ mần răng dzậy")).toBe("gio lam sao vay");
    expect(foldedText("bầm tui, u em, mạ tôi, tía tui")).toBe("me tui me em me toi bo tui");
    expect(foldedText("nhập vô nhà con")).toBe("nhap vao nha con");
  });
  it("keeps the standard words they look like", () => {
    expect(foldedText("mô tả đèn đường hỏng")).toBe("mo ta den duong hong");
    expect(foldedText("nhổ răng sữa, xi mạ, vô hiệu, bầm tím, bấm nút, hồng")).toBe("nho rang sua xi ma vo hieu bam tim bam nut hong");
    expect(foldedText("mở tài khoản ở mộ")).toBe("mo tai khoan o mo");
  });
  it("answers a clear question written with them instead of handing it off", () => {
    expectAnswer("đổi căn cước ở ngoài ni được hông", "dvc-can-cuoc");
    expectAnswer("tía tui mới mất hôm qua, khai tử cần giấy chi", "dvc-khai-tu");
    expectAnswer("nhập khẩu cho mạ vô nhà tui được hông", "dvc-thuong-tru");
  });
});

describe("a bare subject whose top entry is titled for the part asked (bare-subject.ts)", () => {
  it("keeps the green lane's time entry for 'làn xanh … trong ngày' rather than the definition that lists the bare noun", () => {
    expectAnswer("làn xanh lấy luôn trong ngày được chứ", "lx-thoi-gian");
    expectAnswer("lan xanh lay luon trong ngay duoc chu", "lx-thoi-gian");
  });
  it("still reads a bare shared noun as the plainest entry", () => {
    expectAnswer("lệ phí chứng thực", "dvc-chung-thuc", "fee");
    expectAnswer("chứng thực ở đâu", "dvc-chung-thuc", "where");
  });
});

describe("a neighbourhood problem told by what residents see, hear or smell (pa-gui-phan-anh keywords)", () => {
  it("answers with sending a report, not a weak handoff", () => {
    expectAnswer("mấy tuần nay đèn đường hỏng, đi lại tối om", "pa-gui-phan-anh");
    expectAnswer("nước thải nhà hàng xóm tràn ra đường, hôi lắm", "pa-gui-phan-anh");
    expectAnswer("tối nào hàng xóm cũng hát karaoke ồn ào", "pa-gui-phan-anh");
  });
});

describe("English words mixed into a Vietnamese question (loanwords.ts)", () => {
  it("reads them as the Vietnamese words the entries use", () => {
    expectAnswer("fee làm căn cước bao nhiêu", "dvc-can-cuoc", "fee");
    expectAnswer("vneid bị lock account", "dvc-vneid-su-co");
    expectAnswer("apply khai sinh online", "dvc-khai-sinh");
    expectAnswer("form đăng ký tạm trú download ở đâu", "dvc-tam-tru");
  });
  it("leaves an English message to the English reading", () => {
    const result = ask("Can I check the fee for a certified copy?");
    expect(result.reply).not.toMatch(/[ăâđêôơư]/);
  });
});

describe("'có cần thiết không' is how the question asks (question-words.ts)", () => {
  it("answers the thing asked about instead of handing off on 'thiết'", () => {
    expectAnswer("vneid mức 2 có cần thiết không", "dvc-vneid-muc-2");
  });
  it("keeps 'cần thiết' inside a question about documents", () => {
    expectAnswer("giấy tờ cần thiết để làm khai sinh", "dvc-khai-sinh");
  });
});
