/**
 * Out of coverage and confident wrong answers, session 12 (issue 10 §4): messages whose matter no entry covers get
 * the honest handoff, not a confident answer from a look-alike entry. Messages are written for this file (other
 * wordings than the tuning sets' lines), over the repository's real knowledge.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../server/assistant/text-analysis";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const topOrKind = (text: string) => {
  const r = ask(text);
  return r.kind === "answer" ? r.entries[0]?.id : r.kind;
};

describe("the utility's own service: a power or water cut, a bill that rose", () => {
  it("is handed off as out of scope, not answered by the fake-bill or the reception entry", () => {
    for (const text of [
      "nhà tôi bị cắt điện cả buổi sáng không báo trước, điện lực bao giờ có lại",
      "tiền điện nhà tôi tăng gấp đôi mà dùng như cũ, khiếu nại ở đâu",
      "hoa don tien nuoc thang 11 tang vot, muon khieu nai",
    ]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("out_of_scope");
    }
  });

  it("leaves a call, a text or a threat about the bill with the scam side, and the poor's support with its entry", () => {
    expect(ask("điện lực nhắn tin báo sắp cắt điện nếu không thanh toán ngay, có thật không").kind).toBe("scam_warning");
    expect(topOrKind("có người gọi xưng điện lực đòi tiền điện nợ")).toBe("ld-hoa-don-dien-nuoc");
    expect(topOrKind("hộ nghèo có được hỗ trợ tiền điện không")).toBe("dvc-ho-ngheo");
  });
});

describe("the resident's own retirement paperwork", () => {
  it("is handed off (the employer's and the insurance agency's), not answered by a look-alike entry", () => {
    for (const text of ["ho so nghi huu nop o dau", "sap nghi huu thi can chuan bi giay to gi", "chế độ nghỉ hưu của tôi tính thế nào"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("out_of_scope");
    }
  });

  it("leaves voluntary insurance for a pension and the allowance of the old with their entries", () => {
    expect(topOrKind("tôi 55 tuổi chưa đóng bảo hiểm, đóng tự nguyện đến tuổi nghỉ hưu có lương hưu không")).toBe("dvc-bhxh-tu-nguyen");
    expect(topOrKind("người cao tuổi không có lương hưu có được trợ cấp không")).toBe("dvc-tro-cap-xa-hoi");
  });
});

describe("asking to be put through to a person ('chuyển máy', 'nối máy')", () => {
  it("is a person request, not the leaders' reception schedule", () => {
    for (const text of ["anh nối máy giúp tôi với chủ tịch phường", "noi may cho toi gap lanh dao phuong ngay"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("asked_for_person");
    }
  });

  it("leaves the reception schedule and a phone number asked about", () => {
    expect(topOrKind("lịch tiếp công dân của chủ tịch phường")).toBe("phuong-tiep-cong-dan");
    expect(topOrKind("số máy lẻ của bộ phận một cửa là bao nhiêu")).toBe("phuong-lien-he");
  });
});

describe("'mất bn' after a child word is a duration or a cost, not a death", () => {
  it("keeps 'mất' as spent when 'bn' (bao nhiêu) follows", () => {
    expect(analyze("làm giấy tờ cho con mất bn ngày").map((t) => t.folded).join(" ")).toBe("lam giay to cho con mat bao nhieu ngay");
    expect(analyze("bố tôi mới mất").map((t) => t.folded).join(" ")).toBe("bo toi moi qua doi");
  });
});

describe("names of people and places after tên, họ, bé, chợ, quê", () => {
  it("are no uncovered words: the question is answered, not handed off", () => {
    expect(topOrKind("con tôi tên Phạm Gia Hưng, muốn đổi họ sang họ mẹ có được không")).toBe("dvc-cai-chinh-ho-tich");
    expect(topOrKind("hồ sơ khai sinh cho con tên Nguyễn Minh Anh cần giấy tờ gì")).toBe("dvc-khai-sinh");
  });

  it("leave a nationality or another city, which say what is asked, and institutions", async () => {
    const { withoutProperNames } = await import("../server/assistant/proper-names");
    expect(withoutProperNames("mất căn cước ở chợ Đồng Xuân")).not.toContain("Đồng Xuân");
    expect(withoutProperNames("cho 2 người Hàn Quốc thuê nhà")).toContain("Hàn Quốc");
    expect(withoutProperNames("bố tôi đi chữa bệnh ở Sài Gòn")).toContain("Sài Gòn");
    expect(withoutProperNames("hỏi bên Công An phường")).toContain("Công An");
  });

  it("a file given by its holder's name and when it was filed is handed over for staff to look up", () => {
    for (const text of ["hồ sơ tách thửa nộp từ tháng 8, đứng tên Trần Thị Hoa", "hồ sơ đăng ký khai tử cho bố tôi nộp hôm thứ 3, tên Lê Văn Tám"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("out_of_scope");
    }
  });
});

describe("'mất' with a time right after it, a relative earlier in the message", () => {
  it("is a death even when the relative is further back ('… ốm lâu rồi và đã mất tối qua')", () => {
    expect(topOrKind("ông nội tôi bị bệnh nặng nằm viện 2 tháng, đã mất tối qua, giờ làm giấy tờ gì")).toBe("dvc-khai-tu");
    expect(analyze("bà ngoại em yếu lắm rồi, đã mất hôm qua").map((t) => t.folded).join(" ")).toContain("qua doi");
  });

  it("stays lost after 'làm/bị/để mất' or with the thing lost named after the time", () => {
    const read = (text: string) => analyze(text).map((t) => t.folded).join(" ");
    expect(read("cái căn cước con tôi làm mất hôm qua")).not.toContain("qua doi");
    expect(read("em tôi đi chợ mất hôm qua cái điện thoại")).not.toContain("qua doi");
  });
});
