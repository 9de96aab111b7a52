/**
 * Conversation understanding, session 11 (issue 10 §3): classes of follow-up misses found on the tuning conversations and
 * fixed in general ways. Each conversation below is written for this file (not a tuning line); the rules' predicates are
 * also checked on entries built here.
 */
import { describe, expect, it } from "vitest";
import { namesOnlyOtherTitle, properTitleWords } from "../server/assistant/other-title-only";
import { leansOnClarify } from "../server/assistant/clarify-continuation";
import { asksPreviousUnderCondition, questionAfterCondition } from "../server/assistant/condition-then-previous";
import { keyWordAbsent, uncoveredSubject } from "../server/assistant/uncovered-subject";
import { readFacet } from "../server/assistant/facet-cues";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation, titled: built } = knowledgeAssistant();

describe("a follow-up naming only another entry's title", () => {
  it("switches to that entry although the previous entry's body mentions the words", () => {
    const [, overdue] = conversation("lan xanh la gi", "neu qua han thi sao");
    expect(led(overdue)).toBe("answer lx-qua-han");
    const [, paper] = conversation("trợ cấp người khuyết tật", "cháu tôi chưa có giấy xác nhận khuyết tật");
    expect(led(paper)).toBe("answer dvc-khuyet-tat");
  });

  it("needs two title words, none of the previous title, and not the case list after a dash", () => {
    const previous = built("a", "Trợ cấp xã hội hằng tháng cho người khuyết tật");
    const other = built("b", "Xác định mức độ khuyết tật, cấp giấy xác nhận khuyết tật");
    const apps = built("c", "Sự cố VNeID - quên mật khẩu, đổi số điện thoại");
    const base = { previous, confident: true, otherScore: 0.7, previousScore: 0.6 };
    expect(namesOnlyOtherTitle({ ...base, other, terms: ["giay", "xac", "nhan"] })).toBe(true);
    expect(namesOnlyOtherTitle({ ...base, other, terms: ["giay"] })).toBe(false);
    expect(namesOnlyOtherTitle({ ...base, other, terms: ["xac", "khuyet", "tat"] })).toBe(false);
    expect(namesOnlyOtherTitle({ ...base, other, terms: ["giay", "xac", "nhan"], confident: false })).toBe(false);
    expect(namesOnlyOtherTitle({ ...base, other, terms: ["giay", "xac", "nhan"], otherScore: 0.5 })).toBe(false);
    expect(properTitleWords(apps).has("quen")).toBe(false);
    expect(namesOnlyOtherTitle({ ...base, other: apps, terms: ["quen", "mat", "khau"] })).toBe(false);
  });
});

describe("a short question after the assistant asked back", () => {
  it("is read with the question asked back, not as a question of its own for an entry nobody offered", () => {
    // (a certificate eaten by termites is now a situation told, answered at once: everyday-situations.ts; a vague trouble still asks back)
    const turns = conversation("sổ đỏ nhà tôi có vấn đề", "thế có phải làm lại không", "mất bao lâu");
    expect(turns[0]!.kind).toBe("clarify");
    expect(led(turns[1])).toBe("answer dvc-cap-lai-so-do");
    expect(led(turns[2])).toBe("answer dvc-cap-lai-so-do");
  });

  it("leans only when short, not naming that entry's title, and that entry was not offered", () => {
    const base = { aloneTop: "x", offered: ["a", "b"], namesAloneTop: false, terms: 1 };
    expect(leansOnClarify(base)).toBe(true);
    expect(leansOnClarify({ ...base, aloneTop: "a" })).toBe(false);
    expect(leansOnClarify({ ...base, namesAloneTop: true })).toBe(false);
    expect(leansOnClarify({ ...base, terms: 4 })).toBe(false);
  });
});

describe("a correction the assistant could not settle", () => {
  it("forgets the entry the resident said was wrong", () => {
    // (session 30: "khong phai, y em la xin ban sao khai sinh cho con de nop ho so vao lop 1", this test's wording
    // before, is now answered from the extract — its words asked as a first question are: correction-read-alone.ts)
    const turns = conversation("cho em hoi thu tuc khai sinh", "khong phai, y em la xin giay cho con");
    expect(led(turns[0])).toBe("answer dvc-khai-sinh");
    expect(turns[1]!.kind).toBe("clarify");
    expect(turns[1]!.memory.entryId).toBeUndefined();
  });
});

describe("quantities in a follow-up", () => {
  it("are the case's figures, not a subject nobody covers", () => {
    const [, area] = conversation("đăng ký thường trú cho vợ", "nhà tôi 45m2 có đủ diện tích không");
    expect(led(area)).toBe("answer dvc-thuong-tru");
  });

  it("do not count as the missing key word", () => {
    const index = { termCoverage: (_: string, terms: string[]) => (terms.every((t) => t === "dien" || t === "tich") ? 1 : 0), idfFor: (t: string) => (/\d/.test(t) ? 5 : 2) };
    expect(keyWordAbsent(["60m2", "dien", "tich"], "a", index)).toBe(false);
    expect(uncoveredSubject(["60m2", "2008", "dien"], "a", index)).toBe(false);
  });
});

describe("'bao lâu thì xong'", () => {
  it("asks the time of the previous entry, 'xong' naming no topic", () => {
    expect(readFacet("bao lau thi xong")).toMatchObject({ facet: "time", strength: 2, topicText: "" });
    const [, time] = conversation("đăng ký thường trú cho vợ", "bao lâu thì xong");
    expect(led(time)).toBe("answer dvc-thuong-tru");
    expect(time!.kind === "answer" && time!.shown).toBe("time");
  });
});

describe("a circumstance, 'thì', and a question naming the previous title", () => {
  it("stays on the previous entry although the circumstance names another", () => {
    for (const [first, then] of [
      ["làm giấy khai sinh cho bé", "bố mẹ bé ở trọ, tạm trú ở đây thì khai ở đâu"],
      ["khai sinh cho con", "nhà em thuê trọ, tạm trú ở phường này thì khai ở đâu"],
    ]) expect(led(conversation(first!, then!)[1]), then).toBe("answer dvc-khai-sinh");
  });

  it("decides only on words of the previous title the other title lacks", () => {
    const previous = built("a", "Đăng ký khai sinh cho con");
    const other = built("b", "Đăng ký tạm trú cho người thuê trọ");
    expect(questionAfterCondition("bo me o tro tam tru o day thi khai o dau")).toBe("khai o dau");
    expect(questionAfterCondition("thi sao")).toBeUndefined();
    expect(asksPreviousUnderCondition(["khai"], previous, other)).toBe(true);
    expect(asksPreviousUnderCondition(["dang", "ky"], previous, other)).toBe(false);
    expect(asksPreviousUnderCondition([], previous, other)).toBe(false);
  });
});
