/**
 * Later turns of a conversation (issue 10 §3, session 26b, s26b-conv): a turn the follow-up rules kept
 * on the previous entry, though alone it goes to another entry whose title it names, is asked about
 * (both entries and "Gặp cán bộ") instead of answered confidently from the previous entry
 * (kept-but-titled-elsewhere.ts). Conversations written for this file, through the real Assistant.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { keptButTitledElsewhere } from "../server/assistant/kept-but-titled-elsewhere";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();
const offered = (r: unknown) => ((r as { memory: { choices: Array<{ label: string; action: { do: string; entryId?: string } }> } }).memory.choices).map((c) => (c.action.do === "show" ? c.action.entryId : c.action.do));
const fakeEntry = (id: string, title: string) => ({ id, title }) as unknown as KnowledgeEntry;

describe("a kept turn that names another entry's title is asked about (kept-but-titled-elsewhere.ts)", () => {
  it("'nộp phí thanh toán bằng gì' after the portal's login offers the online payment entry, the login entry and staff", () => {
    const turns = conversation("tai khoan dang nhap dich vu cong la gi", "nộp phí thanh toán bằng gì");
    expect(led(turns[0])).toBe("answer dvc-tai-khoan");
    expect(turns[1]!.kind).toBe("clarify");
    expect(offered(turns[1])).toEqual(["dvc-thanh-toan", "dvc-tai-khoan", "staff"]);
  });
  it("a question after a condition stays with the rule that keeps it on the previous entry (condition-then-previous.ts)", () => {
    const turns = conversation("cho thuê phòng trọ thì đăng ký tạm trú cho người thuê thế nào", "vậy khách ở lại một đêm thì có phải đăng ký không");
    expect(led(turns[1])).toBe("answer dvc-tam-tru");
  });
  it("a part asked without another title's words stays on the previous entry", () => {
    for (const ask of ["làm ở đâu", "mất bao lâu", "lệ phí bao nhiêu"]) {
      const turns = conversation("cho thuê phòng trọ thì đăng ký tạm trú cho người thuê thế nào", ask);
      expect(led(turns[1]), ask).toBe("answer dvc-tam-tru");
    }
  });
  it("picking the offered entry by its number answers it", () => {
    const turns = conversation("tai khoan dang nhap dich vu cong la gi", "nộp phí thanh toán bằng gì", "1");
    expect(led(turns[2])).toBe("answer dvc-thanh-toan");
  });
  it("weighs only the other title's words the previous title lacks, informative together", () => {
    const previous = fakeEntry("a", "Đăng ký tạm trú cho người thuê trọ");
    const other = fakeEntry("b", "Thông báo lưu trú khi có khách đến ở qua đêm");
    const idf = (w: string) => ({ khach: 2.2, dem: 1.5, dang: 0.3, ky: 0.4 })[w] ?? 0.5;
    expect(keptButTitledElsewhere({ previous, kept: true, alone: other, terms: ["khach", "dem"], idf, inPrevious: () => false })).toBe(true);
    expect(keptButTitledElsewhere({ previous, kept: true, alone: other, terms: ["dang", "ky"], idf, inPrevious: () => false })).toBe(false);
    expect(keptButTitledElsewhere({ previous, kept: false, alone: other, terms: ["khach", "dem"], idf, inPrevious: () => false })).toBe(false);
    expect(keptButTitledElsewhere({ previous, kept: true, alone: previous, terms: ["khach", "dem"], idf, inPrevious: () => false })).toBe(false);
    // the message names "trọ" of the previous title too: it speaks of both, the previous entry keeps it
    expect(keptButTitledElsewhere({ previous, kept: true, alone: other, terms: ["khach", "dem", "tro"], idf: (w) => (w === "tro" ? 1.8 : idf(w)), inPrevious: () => false })).toBe(false);
    // the previous entry writes "khách" itself: only "đêm" is left, too little to name the other title
    expect(keptButTitledElsewhere({ previous, kept: true, alone: other, terms: ["khach", "dem"], idf, inPrevious: (w) => w === "khach" })).toBe(false);
  });
});
