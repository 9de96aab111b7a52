/**
 * Classes of misses found on tuning4-questions (session 7) and seen again in other writers' sets.
 * Messages are written for this file, not copied from the entries' sample questions or the sets.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" });
let assistant: Assistant;

beforeAll(async () => {
  assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
});

const ask = (text: string) => assistant.ask(text, ward, MONDAY_9AM);

describe("folded look-alikes of an emergency word", () => {
  it("does not read 'điện tử từ' or 'từ từ' as 'tự tử'", () => {
    for (const text of ["cửa hàng tạp hóa có phải dùng hóa đơn điện tử từ năm sau không", "cua hang tap hoa co phai dung hoa don dien tu tu nam sau khong"]) {
      const result = ask(text);
      expect(result.kind === "handoff" && result.handoff.reason, text).not.toBe("emergency");
    }
    const slow = ask("cứ nộp hồ sơ từ từ cũng được phải không");
    expect(slow.kind === "handoff" && slow.handoff.reason).not.toBe("emergency");
  });

  it("still gives the emergency reply to suicide, with or without accents or with a hỏi/ngã slip", () => {
    for (const text of ["chị hàng xóm nói muốn tự tử", "em trai toi doi tu tu", "bạn tôi định tự tữ"]) {
      const result = ask(text);
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("emergency");
    }
  });
});
