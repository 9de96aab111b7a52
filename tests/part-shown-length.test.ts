/**
 * The first reply that shows the part asked stays short (issue 10 §2): the heading names the
 * topic by its title's head, long steps stop at a step with "Xem đầy đủ" offered, and fewer other
 * parts are offered than after a summary. Facts and markers stay. Entries built for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { composeAnswer } from "../server/assistant/compose-answer";
import { titleHead } from "../server/assistant/part-heading";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { SAMPLE_DATA_NOTE } from "../server/knowledge/sample-markers";
import { entryFrontMatterSchema, type KnowledgeBase, type KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { wardFixture } from "./support/ward-fixture";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
});
const ward = wardFixture({ name: "Phường Thử" });

const steps = [
  "1. Tải ứng dụng Thử từ App Store hoặc CH Play, đúng nhà phát triển là cơ quan nhà nước, không cài từ đường link lạ.",
  "2. Đăng nhập bằng tài khoản định danh điện tử mức 2; chưa có thì đăng ký theo hướng dẫn trên ứng dụng (chưa xác nhận).",
  "3. Chọn mục Tra cứu, nhập mã số được cấp, kiểm tra lại họ tên và ngày sinh trước khi gửi.",
  "4. Lưu lại ảnh chụp màn hình kết quả để đối chiếu khi cần; có sai sót thì báo cán bộ phường.",
  "5. Hỏi thêm tại Bộ phận Một cửa (dữ liệu mẫu).",
];

function appEntry(): KnowledgeEntry {
  return {
    ...entryFrontMatterSchema.parse({
      id: "thu-ung-dung",
      title: "Ứng dụng Thử - tra cứu, cài đặt và dùng trên điện thoại",
      category: "dich-vu-cong",
      status: "published",
      questions: ["cài ứng dụng thử thế nào", "ứng dụng thử ở đâu", "ứng dụng thử mất phí không"],
      sources: [{ title: "Bộ Công an", url: "https://bocongan.gov.vn" }],
      last_reviewed: "2026-11-29",
      verified: false,
      unverified: "Bước đăng ký chưa đối chiếu.",
      summary: "Dạ, ứng dụng Thử dùng để tra cứu hồ sơ trên điện thoại.",
    }),
    body: [
      "Ứng dụng Thử dùng để tra cứu hồ sơ.",
      "## Các bước",
      ...steps,
      "## Nơi làm",
      "Tại nhà, trên điện thoại.",
      "## Lệ phí",
      "Không mất phí.",
      "## Thời gian giải quyết",
      "Ngay khi tra cứu.",
      "## Giấy tờ cần mang",
      "Thẻ căn cước.",
      "## Làm trực tuyến",
      "Có, trên ứng dụng.",
    ].join("\n"),
  };
}

describe("the part asked, shown first, in a short reply", () => {
  it("names the topic by the title's head, not the whole title", () => {
    expect(titleHead("Ứng dụng Thử - tra cứu, cài đặt và dùng trên điện thoại")).toBe("Ứng dụng Thử");
    expect(titleHead("Gửi phản ánh, kiến nghị với phường (rác, đèn đường)")).toBe("Gửi phản ánh, kiến nghị với phường");
    expect(titleHead("Khai sinh quá hạn; đăng ký lại khai sinh")).toBe("Khai sinh quá hạn");
    // nothing before the aside: the whole title
    expect(titleHead("(Mẫu) đơn")).toBe("(Mẫu) đơn");
    const view = composeAnswer(appEntry(), kb, ward, { shown: "fee" });
    expect(view.body).toBe("Lệ phí (Ứng dụng Thử):\nKhông mất phí.");
  });

  it("stops long steps at a step, keeps their markers, and offers the rest under \"Xem đầy đủ\"", () => {
    const view = composeAnswer(appEntry(), kb, ward, { shown: "steps" });
    const lines = view.body.split("\n");
    expect(lines[0]).toBe("Các bước (Ứng dụng Thử):");
    // whole steps, in order, the last one followed by "…"
    expect(lines[1]).toBe(steps[0]);
    expect(lines[2]).toBe(`${steps[1]} …`);
    expect(view.body).toContain("(chưa xác nhận)");
    expect(view.body).not.toContain(steps[2]);
    // the note of the sample line cut off stays, at the end
    expect(view.body.endsWith(`…\n${SAMPLE_DATA_NOTE}`)).toBe(true);
    expect(view.offered.map((c) => c.label)).toContain("Xem đầy đủ");
    // everything is one choice away
    const full = composeAnswer(appEntry(), kb, ward, { shown: "full" });
    for (const step of steps.slice(0, 4)) expect(full.body).toContain(step);
    expect(full.body).toContain(SAMPLE_DATA_NOTE);
  });

  it("offers three other parts after a part, four after the summary", () => {
    const part = composeAnswer(appEntry(), kb, ward, { shown: "fee" });
    expect(part.offered.map((c) => c.label)).toEqual(["Giấy tờ cần mang", "Nơi làm", "Thời gian giải quyết", "Xem đầy đủ", "Gặp cán bộ"]);
    const summary = composeAnswer(appEntry(), kb, ward, { shown: "summary" });
    expect(summary.offered.map((c) => c.label)).toEqual(["Giấy tờ cần mang", "Lệ phí", "Nơi làm", "Thời gian giải quyết", "Xem đầy đủ", "Gặp cán bộ"]);
  });
});
