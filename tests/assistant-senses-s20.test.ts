/**
 * Words with several senses, session 20 (issue 10 §4, §3). Wordings written for this file (not tuning lines),
 * each through the real Assistant over the repository's knowledge.
 */
import { describe, expect, it } from "vitest";
import { offeredAboveFirst, partAfterClarify } from "../server/assistant/part-after-clarify";
import { readVictim } from "../server/assistant/scam/victim";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask, conversation } = knowledgeAssistant();

describe("'mất tiền' as a cost, not money lost to a scam (scam/victim.ts)", () => {
  const costs = [
    "quá hạn đăng ký khai sinh cho cháu 3 tháng rồi có mất tiền phạt không",
    "qua han khai sinh cho be 2 thang roi co mat tien phat ko",
    "cháu nhà tôi khai sinh muộn thì mất tiền phạt bao nhiêu",
    "con tôi làm căn cước có mất đồng nào không",
    "bé nhà em 4 tuổi có bảo hiểm y tế được cấp không mất tiền à",
    "dặn bố những gì để khỏi mất tiền khi dùng ngân hàng trên điện thoại",
  ];
  for (const q of costs)
    it(`not a loss: ${q}`, () => {
      expect(readVictim(q)).toBeUndefined();
      expect(ask(q).kind).not.toBe("scam_warning");
    });
  it("the fee of the procedure asked is shown", () => {
    const r = ask("quá hạn đăng ký khai sinh cho cháu 3 tháng rồi có mất tiền phạt không");
    expect(r.kind).toBe("answer");
    expect(["dvc-dang-ky-lai-ho-tich", "dvc-khai-sinh"]).toContain(r.entries[0]?.id);
    expect(r.reply).toMatch(/Lệ phí/);
  });
  const losses = [
    "tôi bị lừa mất 30 triệu rồi",
    "mẹ tôi mất hết tiền trong tài khoản sau khi bấm link",
    "bố em bị mất 20 triệu trong tài khoản sau cuộc gọi xưng công an",
    "tài khoản của tôi tự nhiên mất tiền bao nhiêu không biết",
  ];
  for (const q of losses)
    it(`still a loss: ${q}`, () => {
      expect(readVictim(q)).toBe("victim");
      expect(led(ask(q))).toMatch(/ld-bi-lua-roi/);
    });
});

describe("after a clarify, a message that picks no option (part-after-clarify.ts)", () => {
  const offered = ["a", "b", "c"];
  it("the message alone ranking another offered entry clearly above the first: that entry, even where the old question leans on the first", () => {
    expect(partAfterClarify({ offered, together: { id: "a", confident: true }, facet: undefined, alone: [{ id: "b", score: 0.3 }, { id: "a", score: 0.1 }] })).toEqual({ do: "answer", entryId: "b" });
    expect(partAfterClarify({ offered, together: undefined, facet: "fee", alone: [{ id: "c", score: 0.4 }] })).toEqual({ do: "answer", entryId: "c" });
  });
  it("not clearly above the first: as before", () => {
    expect(partAfterClarify({ offered, together: { id: "a", confident: true }, facet: undefined, alone: [{ id: "b", score: 0.3 }, { id: "a", score: 0.28 }] })).toEqual({ do: "answer", entryId: "a" });
    expect(partAfterClarify({ offered, together: undefined, facet: "fee", alone: [{ id: "a", score: 0.3 }, { id: "b", score: 0.2 }] })).toEqual({ do: "ask", facet: "fee" });
  });
  it("no part read, the message alone finding none of the offered entries: asked again, not answered from the first", () => {
    expect(partAfterClarify({ offered, together: undefined, facet: undefined, alone: [{ id: "x", score: 0.6 }, { id: "y", score: 0.2 }] })).toEqual({ do: "which" });
    expect(partAfterClarify({ offered, together: undefined, facet: undefined, alone: [] })).toEqual({ do: "first" });
    expect(partAfterClarify({ offered, together: undefined, facet: undefined, alone: [{ id: "x", score: 0.6 }, { id: "a", score: 0.2 }] })).toEqual({ do: "first" });
  });
  it("'có ai tới nhà chỉ cho bà không' after being offered the digital-skills class first: not the class", () => {
    const turns = conversation("bà nội tôi 78 tuổi muốn học dùng vneid mà con cháu đi làm cả ngày", "có ai tới nhà chỉ cho bà không");
    expect(turns[0]!.kind).toBe("clarify");
    expect(turns[0]!.entries[0]?.id).toBe("kns-lop-hoc");
    expect(led(turns[1])).not.toBe("answer kns-lop-hoc");
    expect(["answer kns-ho-tro-tai-nha", "clarify kns-lop-hoc"]).toContain(led(turns[1]));
  });
});

describe("a death registered long ago whose paper is gone: the re-registration entry (re-registration-asked.ts)", () => {
  it("'giấy chứng tử' burnt, eaten or lost, to be made again: not the ordinary death registration", () => {
    for (const q of ["giay chung tu cua ba toi bi chay mat roi lam lai duoc khong", "giấy chứng tử của mẹ bị mối ăn hết, ở xã cũng không còn sổ, làm lại ở đâu"]) {
      const r = ask(q);
      expect(r.kind, q).toBe("answer");
      expect(r.entries[0]?.id, q).toBe("dvc-dang-ky-lai-ho-tich");
    }
    const lost = ask("ông nội mất lâu rồi, giấy chứng tử bị thất lạc, xin cấp lại thế nào");
    expect(lost.entries[0]?.id).toBe("dvc-dang-ky-lai-ho-tich");
  });
  it("a copy asked, or a death just now, stays where it was", () => {
    expect(led(ask("xin bản sao giấy chứng tử của bố ở đâu"))).toBe("answer dvc-trich-luc");
    expect(led(ask("ông tôi mới mất tuần trước, làm giấy chứng tử ở đâu"))).toBe("answer dvc-khai-tu");
    expect(led(ask("làm giấy chứng tử cho bà cần giấy tờ gì"))).toBe("answer dvc-khai-tu");
  });
});

describe("after a clarify, a message with words of its own (offeredAboveFirst)", () => {
  const offered = ["a", "b", "c"];
  it("the offered entry the message alone ranks first among its first three, clearly above the first offered", () => {
    expect(offeredAboveFirst(offered, [{ id: "x", score: 0.3 }, { id: "b", score: 0.25 }, { id: "y", score: 0.2 }])).toBe("b");
    expect(offeredAboveFirst(offered, [{ id: "c", score: 0.4 }, { id: "a", score: 0.2 }])).toBe("c");
  });
  it("none, the first offered ahead, or no clear lead: nothing (the rules after it decide)", () => {
    expect(offeredAboveFirst(offered, [{ id: "x", score: 0.3 }, { id: "y", score: 0.25 }, { id: "z", score: 0.2 }, { id: "b", score: 0.1 }])).toBeUndefined();
    expect(offeredAboveFirst(offered, [{ id: "a", score: 0.3 }, { id: "b", score: 0.29 }])).toBeUndefined();
    expect(offeredAboveFirst(offered, [{ id: "b", score: 0.3 }, { id: "a", score: 0.27 }])).toBeUndefined();
  });
});
