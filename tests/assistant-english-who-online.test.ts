/**
 * English "who decides?" and "how do I do it online?" after an English answer (session 14, second
 * wave): answered from the procedure's English deciding body and online way (`deciding_body_en`,
 * `online_en`), held by kb:check to the Vietnamese texts' numbers, markers and to English; without
 * them the English summary answers as before. A console save carries them, and drops one whose
 * Vietnamese text was changed in the form. Own entry and records, then the real knowledge.
 */
import { describe, expect, it } from "vitest";
import type { AskResult } from "../server/assistant/ask-result";
import { Assistant } from "../server/assistant/assistant";
import { checkEnglishTexts } from "../server/knowledge/english-texts";
import { entryFrontMatterSchema, procedureSchema, type KnowledgeBase, type KnowledgeEntry, type Procedure } from "../server/knowledge/knowledge-schema";
import { carryProcedureFields } from "../server/staff/console-record-carry";
import { conversationWith, knowledgeAssistant } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

const source = "https://vanban.chinhphu.vn/";
const ward = wardFixture({ name: "Phường Thử" });

const whoVi = "Ủy ban nhân dân phường nơi cư trú của một trong hai người";
const whoEn = "The ward People's Committee where either of the two resides";
const onlineVi = "Nộp trên Cổng Dịch vụ công quốc gia; khi nhận giấy cả hai người phải có mặt.";
const onlineEn = "Submit on the National Public Service Portal; both of you must be present to receive the certificate.";
const summaryEn = "Marriage is registered at the ward People's Committee where either of you resides; both come in person.";

function procedure(over: Record<string, unknown> = {}): Procedure {
  return procedureSchema.parse({
    id: "ket-hon-thu",
    name: "Đăng ký kết hôn thử",
    name_en: "Marriage registration",
    deciding_body: whoVi,
    deciding_body_en: whoEn,
    submission: "online_partial",
    documents: ["Tờ khai"],
    sources: [{ title: "Cổng văn bản Chính phủ", url: source }],
    where: { text: "Bộ phận Một cửa UBND phường", verified: false, note: "Nơi làm chưa đối chiếu." },
    legal_time: { text: "Trong ngày.", verified: true, source },
    fee: { text: "Miễn lệ phí.", verified: false, note: "Mức thu chưa đối chiếu." },
    legal_basis: { items: ["Nghị định thử"], verified: true, source },
    online: onlineVi,
    online_en: onlineEn,
    ...over,
  });
}

function entry(body = "Hai người cùng đến.\n\n## Nơi làm\nBộ phận Một cửa: {{ward.address}}\n\n## Lệ phí\n{{procedure.ket-hon-thu.fee}}"): KnowledgeEntry {
  return {
    ...entryFrontMatterSchema.parse({
      id: "muc-ket-hon-thu",
      title: "Đăng ký kết hôn",
      category: "dich-vu-cong",
      status: "published",
      questions: ["đăng ký kết hôn ở đâu", "đăng ký kết hôn cần gì", "làm giấy đăng ký kết hôn", "kết hôn làm thủ tục gì"],
      procedures: ["ket-hon-thu"],
      sources: [{ title: "Cổng văn bản Chính phủ", url: source }],
      last_reviewed: "2026-11-30",
      verified: false,
      unverified: "Nơi làm chưa đối chiếu.",
      summary: "Dạ, đăng ký kết hôn làm tại UBND phường nơi cư trú của một trong hai người; cả hai cùng có mặt.",
      summary_en: summaryEn,
    }),
    body,
  };
}

const kbOf = (p: Procedure, e = entry()): KnowledgeBase => ({ entries: [e], procedures: new Map([[p.id, p]]), version: `t${Math.random()}` });

const conversation = (kb: KnowledgeBase, ...texts: string[]): AskResult[] => conversationWith(new Assistant(kb), ward, ...texts);

const first = "How do I register my marriage?";

describe("an English 'who decides?' after an English answer", () => {
  it("gets the procedure's English deciding body, and the next follow-up still leans on the entry", () => {
    const [answer, who, fee] = conversation(kbOf(procedure()), first, "who decides?", "how much does it cost?");
    expect(answer!.kind === "answer" && answer!.entry.id).toBe("muc-ket-hon-thu");
    expect(who!.lang).toBe("en");
    expect(who!.kind === "answer" && who!.shown).toBe("who");
    expect(who!.reply).toContain(whoEn);
    expect(who!.reply).not.toContain(whoVi);
    expect(fee!.kind === "answer" && fee!.shown).toBe("fee");
  });

  it("is marked unconfirmed when the entry's own 'who decides' part is", () => {
    const body = `${entry().body}\n\n## Cơ quan giải quyết\nUBND phường (chưa xác nhận).`;
    const [, who] = conversation(kbOf(procedure(), entry(body)), first, "Who signs it?");
    expect(who!.reply).toContain(`${whoEn} (not yet confirmed)`);
  });

  it("without an English deciding body: the English summary, as before", () => {
    const [, who] = conversation(kbOf(procedure({ deciding_body_en: undefined })), first, "who decides?");
    expect(who!.kind).toBe("answer");
    expect(who!.reply).toContain(summaryEn);
    expect(who!.reply).not.toContain("Who decides on this procedure");
  });
});

describe("an English 'how do I do it online?' after an English answer", () => {
  it("gets the English online way, after the yes the data settles", () => {
    const [, can] = conversation(kbOf(procedure()), first, "Can I do it online?");
    expect(can!.kind === "answer" && can!.shown).toBe("online");
    expect(can!.reply).toMatch(/^Yes, this procedure can be filed online\.\n/);
    expect(can!.reply).toContain(onlineEn);
    const [, how] = conversation(kbOf(procedure()), first, "how do I do it online?");
    expect(how!.kind === "answer" && how!.shown).toBe("online");
    expect(how!.reply).toContain(onlineEn);
    expect(how!.reply).not.toContain(onlineVi);
  });

  it("paying online, or no English online way: the summary, as before", () => {
    const [, pay] = conversation(kbOf(procedure()), first, "Can I pay online?");
    expect(pay!.reply).not.toContain(onlineEn);
    const [, can] = conversation(kbOf(procedure({ online_en: undefined })), first, "how do I do it online?");
    expect(can!.reply).toContain(summaryEn);
    expect(can!.reply).not.toContain("How to do it online");
  });
});

describe("kb:check and the console for the English deciding body and online way", () => {
  it("holds them to the Vietnamese numbers and markers, to English, and an online way to a Vietnamese one", () => {
    expect(checkEnglishTexts(procedure())).toEqual([]);
    expect(checkEnglishTexts(procedure({ deciding_body_en: whoVi })).join("\n")).toMatch(/deciding_body_en must be English/);
    expect(checkEnglishTexts(procedure({ online_en: `${onlineEn} Within 3 days.` })).join("\n")).toMatch(/online_en must state exactly the numbers/);
    expect(checkEnglishTexts(procedure({ online: `${onlineVi} (chưa xác nhận)` })).join("\n")).toMatch(/online_en must carry "\(not yet confirmed\)"/);
    expect(checkEnglishTexts(procedure({ online: undefined })).join("\n")).toMatch(/online_en needs online/);
  });

  it("a console save carries them, and drops the one whose Vietnamese text changed in the form", () => {
    const stored = procedure();
    const { deciding_body_en: _w, online_en: _o, ...fromForm } = stored;
    const same = carryProcedureFields(stored, fromForm as Procedure);
    expect([same.deciding_body_en, same.online_en]).toEqual([whoEn, onlineEn]);
    const who = carryProcedureFields(stored, { ...fromForm, deciding_body: "Công an phường" } as Procedure);
    expect([who.deciding_body_en, who.online_en]).toEqual([undefined, onlineEn]);
    const online = carryProcedureFields(stored, { ...fromForm, online: "Chỉ làm trực tiếp." } as Procedure);
    expect([online.deciding_body_en, online.online_en]).toEqual([whoEn, undefined]);
  });
});

describe("on the real knowledge", () => {
  const ask = knowledgeAssistant(ward).conversation;

  it("a birth registration: who decides and how to do it online, in English", () => {
    const [birth, who, online] = ask("How do I register the birth of my baby?", "who decides?", "how do I do it online?");
    expect(birth!.kind === "answer" && birth!.entry.id).toBe("dvc-khai-sinh");
    expect(who!.kind === "answer" && who!.shown).toBe("who");
    expect(who!.reply).toContain("where the father or the mother resides");
    expect(online!.kind === "answer" && online!.shown).toBe("online");
    expect(online!.reply).toContain("In the VNeID app or on the National Public Service Portal");
  });
});
