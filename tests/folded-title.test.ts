import { describe, expect, it } from "vitest";
import { foldedTitle } from "../server/assistant/folded-title";
import { foldedText } from "../server/assistant/text-analysis";
import type { KnowledgeEntry } from "../server/knowledge/knowledge-schema";

describe("foldedTitle (an entry's folded title, remembered per entry)", () => {
  it("is foldedText of the title, and follows a title that changed", () => {
    const entry = { id: "theo-doi", title: "Theo dõi phản ánh đã gửi" } as KnowledgeEntry;
    expect(foldedTitle(entry)).toBe(foldedText("Theo dõi phản ánh đã gửi"));
    expect(foldedTitle(entry)).toBe("theo doi phan anh da gui");
    entry.title = "Đăng ký tạm trú";
    expect(foldedTitle(entry)).toBe(foldedText("Đăng ký tạm trú"));
    // another entry with the same id is its own object: read from its own title
    expect(foldedTitle({ id: "theo-doi", title: "Khai sinh" } as KnowledgeEntry)).toBe(foldedText("Khai sinh"));
  });
});
