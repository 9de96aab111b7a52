/**
 * Who one member of staff is (issue 10 §3, session 20; staff-identity.ts): a staff member's name, or the number of the one
 * in charge, is staff's to give — the handoff, not the ward's contacts entry. Wordings written for this file.
 */
import { describe, expect, it } from "vitest";
import { asksStaffIdentity } from "../server/assistant/staff-identity";
import { foldedText } from "../server/assistant/text-analysis";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("a staff member's name or the one in charge's number (staff-identity.ts)", () => {
  it("hands off, also after an answer", () => {
    for (const q of ["xin số điện thoại người phụ trách thủ quỹ của phường", "chị cán bộ một cửa hôm qua tiếp tôi tên là gì", "cho em biet ten can bo tu phap phuong voi"]) {
      expect(led(conversation(q)[0]), q).toMatch(/^handoff/);
      expect(led(conversation("giờ làm việc của phường thế nào", q)[1]), q).toMatch(/^handoff/);
    }
  });
  it("the ward's own number and a name of a paper are not this", () => {
    expect(led(conversation("cho tôi xin số điện thoại của phường")[0])).toBe("answer phuong-lien-he");
    expect(asksStaffIdentity(foldedText("đổi tên cho con thế nào"))).toBe(false);
    expect(asksStaffIdentity(foldedText("tên giấy tờ đó là gì"))).toBe(false);
    expect(asksStaffIdentity(foldedText("con tôi tên gì cũng được à"))).toBe(false);
  });
});
