/**
 * A part asked with no topic right after the assistant asked back which entry (part-after-clarify.ts), and a correction
 * naming the wrong thing first (correction-naming-wrong.ts); issue 10 §3.
 * Conversations written for this file, through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { correctionNamingWrong } from "../server/assistant/correction-naming-wrong";
import { partAfterClarify } from "../server/assistant/part-after-clarify";
import { knowledgeAssistant, led, shown } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();
const ids = (r: { entries: Array<{ id: string }> }) => r.entries.map((e) => e.id);

describe("a part asked after a question asked back", () => {
  it("read together with the question asked back, it answers the offered entry it leads to, not the first offered", () => {
    const turns = conversation("làn xanh", "mất bao lâu");
    expect(turns[0]!.kind).toBe("clarify");
    expect(ids(turns[0]!)[0]).not.toBe("lx-thoi-gian");
    expect(ids(turns[0]!)).toContain("lx-thoi-gian");
    expect(led(turns[1])).toBe("answer lx-thoi-gian");
    expect(shown(turns[1])).toBe("time");
  });

  it("when nothing tells which, the part is asked back with the same entries, and a number then answers that part", () => {
    const turns = conversation("sổ đỏ", "giấy tờ cần mang những gì", "2");
    expect(turns[0]!.kind).toBe("clarify");
    const offered = ids(turns[0]!);
    expect(turns[1]!.kind).toBe("clarify");
    expect(ids(turns[1]!)).toEqual(offered);
    expect(turns[1]!.reply).toContain("giấy tờ");
    expect(turns[1]!.reply).toContain("0. Gặp cán bộ");
    expect(led(turns[2])).toBe(`answer ${offered[1]}`);
    expect(shown(turns[2])).toBe("documents");
  });

  it("the same for 'ở đâu' after a bare 'vneid': no guess of the first entry", () => {
    const turns = conversation("vneid", "làm ở đâu vậy");
    expect(turns[0]!.kind).toBe("clarify");
    expect(turns[1]!.kind).toBe("clarify");
    expect(ids(turns[1]!)).toEqual(ids(turns[0]!));
  });

  it("decides from the reading together, the part, and the entries offered", () => {
    const offered = ["a", "b", "c"];
    expect(partAfterClarify({ offered, together: { id: "b", confident: true }, facet: "fee" })).toEqual({ do: "answer", entryId: "b" });
    expect(partAfterClarify({ offered, together: { id: "b", confident: false }, facet: "fee" })).toEqual({ do: "ask", facet: "fee" });
    expect(partAfterClarify({ offered, together: { id: "z", confident: true }, facet: "where" })).toEqual({ do: "ask", facet: "where" });
    expect(partAfterClarify({ offered, together: undefined, facet: undefined })).toEqual({ do: "first" });
  });
});

describe("a correction that names the wrong thing first (correction-naming-wrong.ts)", () => {
  it("'không phải sổ đỏ, ý tôi là căn cước bị mất' answers the ID card, not the red book again", () => {
    const turns = conversation("sổ đỏ bị mất thì làm lại thế nào", "không phải sổ đỏ, ý tôi là căn cước bị mất");
    expect(led(turns[0])).toBe("answer dvc-cap-lai-so-do");
    expect(led(turns[1])).toBe("answer dvc-can-cuoc");
  });
  it("'không phải trích lục, ý em là khai sinh lần đầu cho con' answers birth registration", () => {
    const turns = conversation("trích lục khai sinh xin ở đâu", "không phải trích lục, ý em là khai sinh lần đầu cho con");
    expect(led(turns[0])).toBe("answer dvc-trich-luc");
    expect(led(turns[1])).toBe("answer dvc-khai-sinh");
  });
  it("without 'ý … là' the words after 'không phải' stay the message", () => {
    const turns = conversation("đăng ký tạm trú thế nào", "ko phải tạm trú, ý mình là tạm vắng");
    expect(led(turns[1])).toBe("answer dvc-tam-vang");
    expect(new RegExp(correctionNamingWrong).test("khong phai dong tien a")).toBe(false);
    expect(new RegExp(correctionNamingWrong).test("khong phai vssid, y em la quen mat khau vneid")).toBe(true);
  });
});
