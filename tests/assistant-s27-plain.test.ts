/**
 * Session 27 (issue 10 §4), single questions: classes of misreadings fixed in understanding and ranking.
 * Phrasings are our own (not the tuning lines that showed the class).
 */
import { describe, expect, it } from "vitest";
import { asksGenuineAppSource } from "../server/assistant/genuine-app-source";
import { saysImpersonation } from "../server/assistant/impersonation-word";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();

describe("where to get the genuine app", () => {
  it("reads a download or install verb before an app with a place or a genuine copy asked", () => {
    expect(asksGenuineAppSource("tai vneid chinh chu o dau vay ad")).toBe(true);
    expect(asksGenuineAppSource("cai app thue tu dau moi la ban that")).toBe(true);
    // "tại nhà" (at home), no app after the verb; an app with no place or genuineness asked
    expect(asksGenuineAppSource("lam can cuoc tai nha duoc khong")).toBe(false);
    expect(asksGenuineAppSource("cai vneid xong dang nhap bang gi")).toBe(false);
  });

  it("is answered from the fake-app entry's advice instead of handed off, with or without accents", () => {
    for (const q of ["tai vneid chinh chu o dau vay ad", "tải ứng dụng VNeID bản chính thức ở đâu"]) {
      const r = ask(q);
      expect(led(r), q).toBe("answer ld-ung-dung-gia");
      // the summary says where (the stores), not the entry's "where to report a fake"
      expect(r.reply, q).toContain("CH Play");
    }
  });
});

describe("someone who claimed to be someone (xưng)", () => {
  it("is scam talk, not the compounds xung quanh, xưng hô", () => {
    expect(saysImpersonation("ai do xung nhan vien the tin dung")).toBe(true);
    expect(saysImpersonation("ong kia tu xung la can bo")).toBe(true);
    expect(saysImpersonation("xung quanh nha co nhieu rac")).toBe(false);
    expect(saysImpersonation("cach xung ho voi can bo phuong")).toBe(false);
  });

  it("lets the scam entry it matched answer instead of a hand-off", () => {
    expect(led(ask("ai do xung nhan vien the tin dung hoi 3 so sau the"))).toBe("answer ld-otp");
  });
});

describe("so do of something that leans: sợ đổ, not sổ đỏ", () => {
  it("is written sợ đổ before a direction of falling when the message says something leans", async () => {
    const { readFearOfFalling } = await import("../server/assistant/fear-of-falling");
    expect(readFearOfFalling("cot dien lung lay so do xuong duong")).toBe("cot dien lung lay sợ đổ xuong duong");
    // a land certificate put somewhere, and typed accents, stay as written
    expect(readFearOfFalling("the chap so do vao ngan hang duoc ko")).toBe("the chap so do vao ngan hang duoc ko");
    expect(readFearOfFalling("cây nghiêng sổ đỏ vào đâu")).toBe("cây nghiêng sổ đỏ vào đâu");
  });

  it("no longer reads a leaning tree as a land question", () => {
    const r = ask("cay bang truoc cong nghieng, mua bao so do vao nha");
    expect(r.entries[0]?.id).toBe("pa-gui-phan-anh");
  });
});
