/**
 * Issue 10 §3 (session 20): the turn after a clarify that asks only a part ("viết đơn có phải kèm giấy gì không",
 * "làm online được không"). The part held by one offered entry only: that entry answers; held by several and
 * the message's few words telling none apart: the same entries asked again at that part, not the first answered.
 * Conversations written for this file, through the real Assistant with its conversation memory (part-after-clarify.ts).
 */
import { describe, expect, it } from "vitest";
import { partAfterClarify } from "../server/assistant/part-after-clarify";
import { knowledgeAssistant, led, shown } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();
const ids = (r: { entries: Array<{ id: string }> }) => r.entries.map((e) => e.id);

describe("a part asked in a few common words of its own after a clarify", () => {
  const asks: Array<[string, string]> = [
    ["sổ đỏ", "viết đơn có phải kèm giấy gì không"],
    ["so do", "lam don can kem giay to gi k"],
  ];
  for (const [opener, part] of asks)
    it(`'${part}' after '${opener}': asked again at that part with the same entries, not answered from the first`, () => {
      const turns = conversation(opener, part);
      expect(turns[0]!.kind).toBe("clarify");
      expect(turns[1]!.kind).toBe("clarify");
      expect(ids(turns[1]!)).toEqual(ids(turns[0]!));
      expect(turns[1]!.reply).toContain("giấy tờ");
      expect(turns[1]!.reply).toContain("0. Gặp cán bộ");
    });

  it("'gui qua mang dc ko' after entries that several do online: asked again, not the first", () => {
    const turns = conversation("xây nhà lấn sang nhà bên", "gui qua mang dc ko");
    expect(turns[0]!.kind).toBe("clarify");
    expect(turns[1]!.kind).toBe("clarify");
    expect(ids(turns[1]!)).toEqual(ids(turns[0]!));
  });
});

describe("a part held by only one of the entries offered", () => {
  it("'làm online được không' after 'làn xanh': the one entry with an online way answers, at that part", () => {
    const turns = conversation("làn xanh", "làm online được không");
    expect(turns[0]!.kind).toBe("clarify");
    expect(led(turns[1])).toBe("answer lx-cach-dung");
    expect(shown(turns[1])).toBe("online");
  });

  it("decides from the offered entries holding the part before the question read together", () => {
    const offered = ["a", "b", "c"];
    expect(partAfterClarify({ offered, together: { id: "a", confident: true }, facet: "online", withPart: ["c"] })).toEqual({ do: "answer", entryId: "c" });
    expect(partAfterClarify({ offered, together: undefined, facet: "documents", withPart: ["b", "c"] })).toEqual({ do: "ask", facet: "documents" });
    expect(partAfterClarify({ offered, together: undefined, facet: undefined, withPart: ["b"] })).toEqual({ do: "first" });
  });
});

describe("the part asked again over the entries already offered", () => {
  it("asks which of the numbered entries, briefly, without examples of other procedures", () => {
    const turns = conversation("sổ đỏ", "viết đơn có phải kèm giấy gì không");
    expect(turns[1]!.reply).toMatch(/^Dạ, ông\/bà hỏi giấy tờ[^?]* của mục nào dưới đây ạ\? Ông\/bà nhắn số giúp tôi\./);
    expect(turns[1]!.reply).not.toContain("ví dụ: khai sinh");
  });
});
