/**
 * Confident wrong answers and out of coverage, session 12 second wave (issue 10 §4): a facet word inside a compound, a
 * matter no entry covers, an English favour, a bare subject over the entry about the part asked. Messages are written
 * for this file (other wordings than the tuning sets' lines), over the repository's real knowledge.
 */
import { describe, expect, it } from "vitest";
import { readFacet } from "../server/assistant/facet-cues";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const topOrKind = (text: string) => {
  const r = ask(text);
  return r.kind === "answer" ? r.entries[0]?.id : r.kind;
};

describe("'liệt sĩ' (a martyr) is the subject, not 'liệt' (paralysed) as a special case", () => {
  it("keeps 'liệt sĩ' in the topic words, and still reads 'bị liệt' as a special case", () => {
    expect(readFacet("than nhan liet si co duoc tro cap hang thang khong").topicText).toContain("liet si");
    expect(readFacet("bo toi bi liet nam mot cho thi lam sao").facet).toBe("special");
  });

  it("is no confident answer from the monthly social allowance (the martyrs' entry leads or staff answer)", () => {
    for (const text of ["thân nhân liệt sĩ như mẹ tôi có được trợ cấp hằng tháng không", "bo liet si thi dc tro cap hang thang bao nhieu"]) {
      const r = ask(text);
      expect(r.kind === "answer" && r.entries[0]?.id === "dvc-tro-cap-xa-hoi", text).toBe(false);
      if (r.kind === "answer" || r.kind === "clarify") expect(r.entries[0]?.id, text).toBe("dvc-nguoi-co-cong");
    }
  });

  it("leaves someone paralysed with the monthly allowance", () => {
    expect(topOrKind("ông tôi bị liệt có được trợ cấp hằng tháng không")).toBe("dvc-tro-cap-xa-hoi");
  });
});

describe("studying abroad itself (the school's, the embassy's)", () => {
  it("is handed off as out of scope, not answered by the criminal-record entry", () => {
    for (const text of ["thủ tục cho cháu đi du học Hàn Quốc gồm những gì", "lam ho so di du hoc uc can nhung gi"]) {
      const r = ask(text);
      expect(r.kind, text).toBe("handoff");
      expect(r.kind === "handoff" && r.handoff.reason, text).toBe("out_of_scope");
    }
  });

  it("leaves a ward paper named for it with that paper", () => {
    expect(topOrKind("con tôi đi du học cần xin lý lịch tư pháp ở đâu")).toBe("dvc-ly-lich-tu-phap");
    expect(topOrKind("chứng thực bản sao học bạ để làm hồ sơ du học ở đâu")).toBe("dvc-chung-thuc");
  });
});

describe("an English request to write something for the resident", () => {
  it("is handed off politely in English, not answered with the ward's contacts", () => {
    for (const text of ["Could you draft an email to my employer asking for two days off?", "please help me write a message to my neighbour about the noise"]) {
      const r = ask(text);
      expect(r.kind, text).toBe("handoff");
      expect(r.kind === "handoff" && r.handoff.reason, text).toBe("out_of_scope");
    }
  });

  it("leaves the ward's email address and how to complain with their entries", () => {
    expect(topOrKind("what is the ward's email address")).toBe("phuong-lien-he");
    expect(topOrKind("how do I write a complaint letter to the ward")).toBe("pa-gui-phan-anh");
  });
});

describe("a bare subject with the part asked, whose confident top is the entry about that part", () => {
  it("answers from the entry whose title asks that part, not the plainest 'what is' entry", () => {
    for (const text of ["làn xanh lấy ngay được không", "làn xanh bao giờ xong"]) expect(topOrKind(text), text).toBe("lx-thoi-gian");
  });

  it("still gives a part every procedure has to the plainest entry, and the bare subject to its own entry", () => {
    expect(topOrKind("lệ phí chứng thực bao nhiêu")).toBe("dvc-chung-thuc");
    expect(topOrKind("làn xanh là gì")).toBe("lx-la-gi");
  });
});

describe("a near tie whose words taken out as the part asked were the subject ('hướng dẫn', 'trực tuyến')", () => {
  it("is no confident answer from an entry the whole message ranked far behind (the help desk leads or a clarify)", () => {
    const r = ask("bàn nào ở phường hướng dẫn nộp hồ sơ trên mạng");
    expect(r.kind === "answer" && r.entries[0]?.id === "phuong-lien-he").toBe(false);
    expect(r.entries.map((e) => e.id)).toContain("dvc-ho-tro-nop-ho-so");
  });

  it("keeps a topic-only answer the whole message ranks among its leaders", () => {
    expect(topOrKind("làm giấy xác nhận khuyết tật cần mang những gì")).toBe("dvc-khuyet-tat");
    expect(topOrKind("ở phường có chỗ nào hướng dẫn làm hồ sơ trực tuyến không")).toBe("dvc-ho-tro-nop-ho-so");
  });
});
