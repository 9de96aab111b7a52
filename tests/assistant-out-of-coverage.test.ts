/**
 * Questions no entry covers get the honest handoff, not a clarify between entries that only
 * share a word with them, nor a look-alike answer (issue 10, session 6 wave 2). Messages are
 * written for this file, not taken from the entries' sample questions.
 */
import { describe, expect, it } from "vitest";
import { otherPlaceNamed } from "../server/assistant/other-place";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, ward } = knowledgeAssistant();

describe("weak, scattered matches", () => {
  it("hands off a short question whose candidates share only single words with it", () => {
    for (const text of ["thủ tục nghỉ hưu cần những gì", "bao giờ có điện lại vậy ad", "học phí trường cấp 2 năm nay bao nhiêu", "xin việc làm ở khu công nghiệp thì liên hệ đâu"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("out_of_scope");
    }
  });

  it("does not hand off when the candidates hold the message's phrases", () => {
    // (asked back until session 7; now the question clause "ai nộp hồ sơ giúp" settles the near tie: question-clause.ts)
    const result = ask("mẹ tôi già không biết dùng điện thoại, ai nộp hồ sơ giúp");
    expect(result.kind).not.toBe("handoff");
    expect(result.entries.map((e) => e.id)).toContain("dvc-ho-tro-nop-ho-so");
  });
});

describe("a bare procedure noun several entries share", () => {
  it("goes to the entry that lists the bare noun, whatever part is asked", () => {
    for (const text of ["lệ phí chứng thực", "chứng thực ở đâu", "thủ tục chứng thực thế nào"]) {
      const result = ask(text);
      expect(result.kind === "answer" && result.entries[0]?.id, text).toBe("dvc-chung-thuc");
    }
  });

  it("leaves a noun the top's title names but the other's does not ('bản sao giấy khai sinh')", () => {
    const result = ask("xin bản sao giấy khai sinh");
    expect(result.kind === "answer" && result.entries[0]?.id).toBe("dvc-trich-luc");
  });

  it("leaves the longer subject to its own entry ('chứng thực hợp đồng')", () => {
    const result = ask("lệ phí chứng thực hợp đồng mua bán nhà");
    expect(result.kind === "answer" && result.entries[0]?.id).toBe("dvc-chung-thuc-hop-dong");
  });
});

describe("words of one sample question's own situation", () => {
  it("do not carry an answer alone ('nứt' is the card's in a căn cước sample, not a house's)", () => {
    for (const text of ["căn nhà tôi bị nứt tường", "can nha toi bi nut tuong"]) {
      const result = ask(text);
      expect(result.kind === "answer" ? result.entries[0]?.id : result.kind, text).not.toBe("dvc-can-cuoc");
      expect(result.kind, text).not.toBe("answer");
    }
  });

  it("still answer when a word naming the entry is there ('thẻ căn cước bị nứt')", () => {
    const result = ask("thẻ căn cước bị nứt thì làm sao");
    expect(result.kind === "answer" && result.entries[0]?.id).toBe("dvc-can-cuoc");
  });
});

describe("another city's or ward's office", () => {
  it("is not answered with this ward's address and hours", () => {
    for (const text of ["UBND phường ở Đà Nẵng số điện thoại", "giờ làm việc UBND phường Cầu Giấy", "UBND Phường Bến Nghé ở đâu"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("out_of_scope");
    }
  });

  it("still answers for this ward, named or not", () => {
    for (const text of ["giờ làm việc của Phường Thử Nghiệm", "số điện thoại ủy ban phường", "Phường Cho tôi hỏi giờ làm việc"]) {
      const result = ask(text);
      expect(result.kind === "answer" && result.entries[0]?.id, text).toBe("phuong-lien-he");
    }
  });
  it("reads 'Phường' in any case, and not 'xa' (far) as 'xã'", () => {
    expect(otherPlaceNamed("số điện thoại Phường Cầu Giấy", ward.name)).toBe("cau giay");
    expect(otherPlaceNamed("XÃ Sóc Sơn làm việc mấy giờ", ward.name)).toBe("soc son");
    expect(otherPlaceNamed("nhà tôi ở xa Trung tâm", ward.name)).toBeUndefined();
    const far = ask("giờ làm việc của ủy ban phường, nhà tôi ở xa Trung tâm");
    expect(far.kind === "answer" && far.entries[0]?.id).toBe("phuong-lien-he");
  });
});
