/**
 * Out of coverage, session 28 (issue 10 §4): a matter no entry covers is handed off honestly instead of answered from a
 * look-alike entry. The land and vehicle taxes and land as a trade are matter words (matter-words.ts); a cost the
 * top entry's procedure lists in its fee part stays that entry's; a resident's own account the scam check reads as a scam
 * on everyday words is handed off; a later turn asking a matter word the remembered entry does not name is no follow-up.
 * Messages written for this file, not tuning lines.
 */
import { describe, expect, it } from "vitest";
import { uncoveredMatterWord } from "../server/assistant/uncovered-matter-word";
import { offTopicTurn } from "../server/assistant/off-topic-turn";
import { foldedText } from "../server/assistant/text-analysis";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, answeredBy, titled } = knowledgeAssistant();
const entry = (id: string, title: string, keywords: string[] = []) => ({ ...titled(id, title), summary: title, keywords });

describe("taxes and land as a trade", () => {
  it("hands off the land tax, the registration fee of a vehicle and whether to buy a plot", () => {
    for (const text of ["nộp thuế sử dụng đất phi nông nghiệp năm nay ở đâu", "thue truoc ba xe may dong o dau vay", "tôi định mua đất nền ở ngoại thành, có nên mua không"]) {
      const r = ask(text);
      expect(r.kind, text).toBe("handoff");
      expect(r.kind === "handoff" && r.handoff.reason, text).toBe("out_of_scope");
    }
  });

  it("takes a tax's whole name out of the message: its qualifier names no entry's subject", () => {
    const land = entry("x-td", "Tách thửa, chuyển mục đích sử dụng đất", ["đất phi nông nghiệp"]);
    expect(uncoveredMatterWord("đóng thuế đất phi nông nghiệp ở đâu", land)).toBe("thuế đất phi nông nghiệp");
    // ("thuê đất", renting land, folds the same: without accents the tax needs a tax's neighbour)
    expect(uncoveredMatterWord("thue dat lam xuong thi hop dong the nao", land)).toBeUndefined();
  });

  it("answers a cost the entry's own procedure lists in its fee part", () => {
    answeredBy("lệ phí trước bạ khi sang tên sổ đỏ cho con là bao nhiêu", "dvc-dat-dai");
  });
});

describe("a matter told in the resident's own words that the scam check reads as a scam", () => {
  it("is handed off when nothing in it tells of a scam and the assistant's own reading hands it off", () => {
    for (const text of [
      "chó nhà hàng xóm thả rông cắn cháu tôi phải đi tiêm, tôi muốn họ bồi thường tiền thuốc mà họ không chịu",
      "Tôi làm kế toán, công ty tôi vừa chuyển trụ sở về phường này, có phải thay đổi đăng ký doanh nghiệp không?",
    ]) {
      const r = ask(text);
      expect(r.kind, text).toBe("handoff");
      expect(r.kind === "handoff" && r.handoff.reason, text).toBe("out_of_scope");
    }
  });

  it("keeps the warning for a scheme, and the check's reply for a notice forwarded", () => {
    // (a prize with a fee to pay first names "phí trước bạ", a matter word: a fee before a payout is a scheme, however weakly scored)
    expect(ask("Tôi được báo trúng chiếc xe máy Vision trong chương trình khuyến mãi, phải nộp 4 triệu phí trước bạ mới nhận").kind).toBe("scam_warning");
    expect(ask("Điện lực thông báo tạm ngừng cấp điện từ 8h đến 11h ngày 9/12 khu vực ngõ 30 để sửa đường dây").kind).not.toBe("handoff");
  });
});

describe("a later turn asking a matter the remembered entry does not name", () => {
  const { conversation } = knowledgeAssistant();

  it("is handed off, not answered from the remembered entry", () => {
    const turns = conversation("đăng ký thường trú cho cả nhà về nhà mới mua thì làm thế nào", "còn lương hưu của mẹ tôi thì đổi nơi lĩnh về đây ra sao");
    expect(turns[0]!.kind).toBe("answer");
    expect(turns[1]!.kind).toBe("handoff");
  });

  it("is no such turn when the message alone prefers the remembered entry: the matter is its purpose", () => {
    const signature = entry("x-ct", "Chứng thực chữ ký");
    const allowance = entry("x-tc", "Trợ cấp xã hội cho người cao tuổi");
    const text = "giấy ủy quyền cho chị gái rút lương hưu hộ mẹ";
    expect(offTopicTurn(foldedText(text), " chung thuc chu ky ", signature, text, signature)).toBe(false);
    expect(offTopicTurn(foldedText(text), " chung thuc chu ky ", allowance, text, signature)).toBe(true);
  });

  it("reads a core that says the matter only as what its residents lack as not speaking of it", () => {
    const allowance = { ...entry("x-tc", "Trợ cấp xã hội cho người cao tuổi"), questions: ["bố tôi làm ruộng cả đời không có lương hưu"] };
    expect(uncoveredMatterWord("lương hưu tháng này chuyển về tài khoản khác được không", allowance)).toBe("lương hưu");
    expect(uncoveredMatterWord("lương hưu tháng này chuyển về tài khoản khác được không", { ...allowance, questions: ["người có lương hưu có được trợ cấp không"] })).toBeUndefined();
  });
});
