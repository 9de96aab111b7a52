/**
 * The first reply shows the part asked when the resident asks it in everyday words facet-cues.ts
 * does not read ("báo cho ai", "cần hợp đồng không", "mất đồng nào không", "hạn nộp hôm nào",
 * "nơi A hay nơi B"), and the words do not change which entry answers. Entry built for this file.
 */
import { describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { readFacet } from "../server/assistant/facet-cues";
import { partAskedPlainly } from "../server/assistant/part-asked-plainly";
import { foldedText } from "../server/assistant/text-analysis";
import { entryFrontMatterSchema, type KnowledgeBase, type KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { wardFixture } from "./support/ward-fixture";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });

function kioskEntry(): KnowledgeEntry {
  return {
    ...entryFrontMatterSchema.parse({
      id: "thu-dang-ky-ki-ot",
      title: "Đăng ký thuê ki-ốt chợ dân sinh",
      category: "dich-vu-cong",
      status: "published",
      questions: ["đăng ký thuê ki-ốt chợ", "thuê ki ốt chợ dân sinh thế nào", "thuê quầy ở chợ phường"],
      keywords: ["ki-ốt", "ki ốt", "chợ dân sinh", "thuê quầy"],
      sources: [{ title: "UBND Thành phố Hà Nội", url: "https://hanoi.gov.vn" }],
      last_reviewed: "2026-11-30",
      verified: false,
      unverified: "Mục thử của bài kiểm tra.",
      summary: "Dạ, hộ kinh doanh thuê ki-ốt chợ dân sinh nộp đơn tại Ban quản lý chợ; kết quả có sau khi bốc thăm.",
    }),
    body: [
      "Thuê ki-ốt chợ dân sinh của phường.",
      "## Nơi làm",
      "Ban quản lý chợ, tầng 2 nhà điều hành chợ.",
      "## Giấy tờ cần mang",
      "Đơn đăng ký, bản sao thẻ căn cước, hợp đồng thuê ki-ốt cũ nếu có.",
      "## Lệ phí",
      "Tiền thuê theo bảng giá của Ban quản lý chợ.",
      "## Thời gian giải quyết",
      "Hạn nộp đơn: ngày 10 hằng tháng; bốc thăm ngày 15.",
    ].join("\n"),
  };
}

const kb: KnowledgeBase = { entries: [kioskEntry()], procedures: new Map(), version: "plain-t1" };

describe("the part asked in everyday words", () => {
  it("reads whom to report to, papers asked of by name, any money at all, a deadline's day, which of two places", () => {
    const read = (q: string) => partAskedPlainly(foldedText(q));
    expect(read("đèn đường hỏng thì báo cho ai")).toBe("where");
    expect(read("muốn khiếu nại thì gửi ai ạ")).toBe("where");
    expect(read("tổ dân phố mình liên hệ ai")).toBe("where");
    expect(read("thuê ki ốt có cần hợp đồng cũ không")).toBe("documents");
    expect(read("can giay xac nhan gi cua to dan pho")).toBe("documents");
    expect(read("có mất đồng nào không")).toBe("fee");
    expect(read("nhà 3 người thì mỗi người đóng bao nhiêu")).toBe("fee");
    expect(read("hạn nộp đơn là hôm nào")).toBe("time");
    expect(read("lop hoc vao gio nao")).toBe("time");
    expect(read("nop o phuong noi vo o hay noi chong o")).toBe("where");
  });

  it("reads a hint of a part with a question word on it (the hint alone is only weak)", () => {
    const read = (q: string) => partAskedPlainly(foldedText(q));
    expect(read("phí thuê quầy bao nhiêu vậy")).toBe("fee");
    expect(read("thuê quầy phải đóng những khoản phí gì")).toBe("fee");
    expect(read("bảo hiểm năm nay bao nhiêu 1 người")).toBe("fee");
    expect(read("người thứ ba được giảm bao nhiêu")).toBe("fee");
    expect(read("cán bộ đến nhà hướng dẫn có thu tiền không")).toBe("fee");
    expect(read("hồ sơ thuê quầy gồm gì")).toBe("documents");
    expect(read("đi chứng thực mang bản gốc hay bản photo")).toBe("documents");
    expect(read("khi nào phường xét")).toBe("time");
    expect(read("bao gio boc tham")).toBe("time");
    // not: money moved in a story, "ever" in a yes/no, "never had", the steps of the papers
    expect(read("nó bảo chuyển tiền trước rồi mới giao mà tôi có đặt gì đâu")).toBeUndefined();
    expect(read("ngân hàng có bao giờ gọi hỏi mã OTP không")).toBeUndefined();
    expect(read("mảnh đất chưa có sổ bao giờ, giờ muốn làm")).toBeUndefined();
    // (the papers' steps, "làm những gì": the steps, not the documents; part-asked-plainly's steps cue, session 19)
    expect(read("bố tôi mới mất, giấy tờ với phường phải làm những gì")).toBe("steps");
  });

  it("does not read a whether-question, a permit named as the topic, or 'every day'", () => {
    const read = (q: string) => partAskedPlainly(foldedText(q));
    expect(read("khách ở 2 đêm có phải báo ai không")).toBeUndefined();
    expect(read("sửa mái tôn có cần giấy phép không")).toBeUndefined();
    expect(read("cần giấy xác nhận cư trú mà không có thời gian ra phường")).toBeUndefined();
    expect(read("ngày nào cũng có tin nhắn rác")).toBeUndefined();
    expect(read("có phải nộp thuế không")).toBeUndefined();
    expect(read("nhà 4 người đóng bao nhiêu tháng")).toBeUndefined();
  });

  it("the first reply shows that part, answered by the same entry, and the words stay topic words", () => {
    const assistant = new Assistant(kb);
    const cases: Array<[string, string, RegExp]> = [
      ["thuê ki ốt chợ thì nộp đơn cho ai", "where", /^Nơi làm \(Đăng ký thuê ki-ốt chợ dân sinh\):\nBan quản lý chợ/],
      ["thuê ki ốt chợ có cần hợp đồng cũ không", "documents", /^Giấy tờ cần mang \(/],
      ["thue ki ot cho co mat dong nao khong", "fee", /^Lệ phí \(/],
      ["thuê ki ốt chợ hạn nộp là hôm nào", "time", /^Thời gian giải quyết \(/],
      ["thuê ki ốt chợ khi nào bốc thăm", "time", /^Thời gian giải quyết \(/],
      ["hồ sơ thuê ki ốt chợ gồm gì", "documents", /^Giấy tờ cần mang \(/],
    ];
    for (const [q, part, head] of cases) {
      expect(readFacet(foldedText(q)).strength, q).toBeLessThan(2);
      const r = assistant.ask(q, ward, MONDAY_9AM);
      expect(r.kind, q).toBe("answer");
      if (r.kind !== "answer") continue;
      expect(r.entry.id, q).toBe("thu-dang-ky-ki-ot");
      expect(r.shown, q).toBe(part);
      expect(r.reply, q).toMatch(head);
    }
    // a plain topic still gets the summary
    const plain = assistant.ask("thuê ki ốt chợ dân sinh", ward, MONDAY_9AM);
    expect(plain.kind === "answer" && plain.shown).toBe("summary");
  });
});
