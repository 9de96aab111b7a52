/**
 * Out of coverage, session 30 (issue 10 §4; server/assistant/uncovered-courts-marriage-insurance.ts, the `asked` flag
 * of uncovered-matters.ts, the situation guard in assistant.ts and the one-off withdrawal's words of matter-words.ts): a
 * lawsuit's fee or papers, a divorce's property or a unilateral divorce, a prenup, a paper legalised or a passport
 * renewed at an embassy, a private insurer's payout, a power contract put in one's name, a home abroad taxed and the
 * one-off social insurance withdrawal are handed off, on a first question and on a later turn kept on an entry that
 * names only the circumstance; each covered circumstance is still answered.
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

describe("a lawsuit's fee, lawyer, court or papers", () => {
  it("hands off what a lawsuit costs or needs, even after a failed mediation told as the situation", () => {
    for (const text of [
      "hàng xóm lấn sang 1 mét đất, hòa giải ở phường không thành rồi, giờ khởi kiện thì án phí hết bao nhiêu",
      "thue luat su kien vu tranh chap dat thi het bao nhieu tien",
      "tôi muốn khởi kiện em trai ra tòa vụ mảnh đất, cần chuẩn bị những gì",
      "nha ben canh dao mong lam lun nha toi, toi muon kien doi boi thuong",
    ])
      handedOff(text);
  });
  it("hands off which court, asked as a later turn after mediation", () => {
    const [a, b] = conversation("hàng xóm lấn ranh giới đất nhà tôi thì làm đơn ở đâu", "thế nộp đơn ra tòa thì tòa nào giải quyết");
    expect(led(a)).toBe("answer dvc-hoa-giai-dat-dai");
    expect(b?.kind).toBe("handoff");
  });
  it("still answers mediation itself and going to court after it as the mediation entry says", () => {
    answeredBy("hàng xóm xây lấn sang đất nhà tôi, muốn phường hòa giải thì nộp đơn ở đâu", "dvc-hoa-giai-dat-dai");
    answeredBy("muốn kiện ra tòa vụ đất thì có phải hòa giải ở phường trước không", "dvc-hoa-giai-dat-dai");
  });
});

describe("a divorce's property, a unilateral divorce, a prenup", () => {
  it("hands them off though the marriage registration is named as the circumstance", () => {
    for (const text of [
      "chúng tôi đăng ký kết hôn được 6 năm, nay ly hôn thì mảnh đất mua chung chia ra sao",
      "đã đăng ký kết hôn rồi mà giờ muốn ly hôn đơn phương thì nộp đơn ở đâu",
      "sắp đăng ký kết hôn, muốn làm thỏa thuận tài sản trước hôn nhân thì làm thế nào",
    ])
      handedOff(text);
  });
  it("still answers marrying again after a divorce", () => {
    answeredBy("tôi ly hôn rồi, giờ đăng ký kết hôn lần hai cần giấy tờ gì", "dvc-ket-hon");
  });
});

describe("a paper legalised for abroad, a passport renewed at an embassy", () => {
  it("hands them off", () => {
    for (const text of ["bản trích lục kết hôn cần hợp pháp hóa lãnh sự để dùng ở Hàn Quốc thì làm ở đâu", "đang ở Nhật, làm lại hộ chiếu tại đại sứ quán mất bao lâu"]) handedOff(text);
  });
  it("still answers a birth not registered at a consulate abroad", () => {
    answeredBy("con tôi sinh ở Hàn, chưa đăng ký khai sinh ở lãnh sự quán, giờ về nước đăng ký khai sinh ở đâu", "dvc-khai-sinh");
  });
});

describe("a private insurer's payout, a power contract, a home abroad taxed, the one-off withdrawal", () => {
  it("hands them off as first questions", () => {
    for (const text of [
      "bảo hiểm nhân thọ của mẹ tôi đến hạn đáo hạn thì nhận tiền ở đâu",
      "xe ô tô bị đâm, bảo hiểm vật chất xe không chịu bồi thường thì khiếu nại ở đâu",
      "mua nhà riêng rồi, muốn sang tên hợp đồng điện sang tên mình thì làm thế nào",
      "có căn hộ ở nước ngoài cho thuê thì có phải nộp thuế ở Việt Nam không",
      "rút bhxh 1 lần thì mất bao lâu có tiền",
    ])
      handedOff(text);
  });
  it("hands them off as later turns kept on the entry of the circumstance", () => {
    for (const [first, id, later] of [
      ["bố mẹ cháu mất cả rồi, ai được làm giám hộ cho cháu", "dvc-giam-ho", "hợp đồng bảo hiểm nhân thọ bố cháu mua thì giám hộ có được nhận tiền bồi thường không"],
      ["tách hộ khẩu ra ở riêng thì thủ tục thế nào", "dvc-tach-ho", "tách xong thì đổi tên hợp đồng tiền nước sang tên tôi ở đâu"],
      ["xin bản sao trích lục khai sinh ở đâu", "dvc-trich-luc", "bản này tôi muốn hợp pháp hóa lãnh sự để nộp hồ sơ du học thì làm thế nào"],
    ] as const) {
      const [a, b] = conversation(first, later);
      expect(led(a), first).toBe(`answer ${id}`);
      expect(b?.kind, later).toBe("handoff");
    }
  });
  it("still answers family health insurance", () => {
    answeredBy("mua bảo hiểm y tế hộ gia đình cho bố mẹ ở đâu", "dvc-bhyt-ho-gia-dinh");
  });
});

describe("an off-topic subject said as what the entry's own paper is for", () => {
  it("answers the paper when school fees are only its purpose", () => {
    answeredBy("nhà trường bảo làm giấy xác nhận khuyết tật để con được miễn học phí, giờ làm ở đâu", "dvc-khuyet-tat");
  });
  it("still hands off school fees asked beside the paper", () => {
    handedOff("làm giấy xác nhận khuyết tật xong để đi học thì học phí bao nhiêu");
  });
});

describe("a matter word an entry says only as a state its residents reached", () => {
  it("hands off divorcing itself though entries speak of residents already divorced", () => {
    handedOff("ly hôn thì hai đứa con ở với ai");
  });
  it("still answers the divorced resident's own ward papers", () => {
    answeredBy("đã ly hôn thì xin giấy xác nhận độc thân ở đâu", "dvc-xac-nhan-hon-nhan");
    answeredBy("ly hôn rồi, tách hộ khẩu ra thế nào", "dvc-tach-ho");
    answeredBy("sau khi ly hôn muốn đổi họ cho con theo họ mẹ", "dvc-cai-chinh-ho-tich");
    answeredBy("tôi đã nghỉ hưu, làm căn cước mất bao lâu", "dvc-can-cuoc");
  });
  it("hands off maternity pay asked as a later turn under its everyday name", () => {
    const [a, b] = conversation("làm giấy khai sinh cho con cần gì", "vợ em nghỉ sinh thì bảo hiểm trả mấy tháng lương");
    expect(led(a)).toBe("answer dvc-khai-sinh");
    expect(b?.kind).toBe("handoff");
  });
});
