/**
 * English follow-ups a foreign resident asks after an English answer (session 14): "where do I go?"
 * gets the procedure's English place (`where.text_en`, held by kb:check to English and to the
 * Vietnamese numbers) with the unconfirmed marker and the ward's own office from the profile; "who
 * signs it?" stays with the entry (answered from its English summary) instead of a handoff that
 * also left the next follow-up ("how long does it take?") with nothing to lean on. Own entry and records.
 */
import { describe, expect, it } from "vitest";
import type { AskResult } from "../server/assistant/ask-result";
import { Assistant } from "../server/assistant/assistant";
import { entryFrontMatterSchema, procedureSchema, type KnowledgeBase, type KnowledgeEntry, type Procedure } from "../server/knowledge/knowledge-schema";
import { checkProcedureFacts } from "../server/knowledge/procedure-facts";
import { conversationWith } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

const source = "https://vanban.chinhphu.vn/";
const ward = wardFixture({ name: "Phường Thử" });

const whereVi = "Bộ phận Một cửa UBND phường bất kỳ hoặc văn phòng công chứng";
const whereEn = "The one-stop office of any ward People's Committee or a notary office";

function procedure(over: Record<string, unknown> = {}): Procedure {
  return procedureSchema.parse({
    id: "sao-thu",
    name: "Chứng thực bản sao thử",
    name_en: "Certified copy",
    deciding_body: "UBND phường",
    submission: "in_person",
    documents: ["Bản chính"],
    sources: [{ title: "Cổng văn bản Chính phủ", url: source }],
    where: { text: whereVi, text_en: whereEn, verified: false, note: "Nơi làm chưa đối chiếu." },
    legal_time: { text: "Trong ngày.", text_en: "The same day.", verified: true, source },
    fee: { text: "Theo quy định.", verified: false, note: "Mức thu chưa đối chiếu." },
    legal_basis: { items: ["Nghị định thử"], verified: true, source },
    ...over,
  });
}

function entry(): KnowledgeEntry {
  return {
    ...entryFrontMatterSchema.parse({
      id: "muc-sao-y-thu",
      title: "Chứng thực bản sao",
      category: "dich-vu-cong",
      status: "published",
      questions: ["chứng thực bản sao ở đâu", "sao y giấy tờ", "chứng thực bản sao cần gì", "công chứng bản sao"],
      procedures: ["sao-thu"],
      sources: [{ title: "Cổng văn bản Chính phủ", url: source }],
      last_reviewed: "2026-11-30",
      verified: false,
      unverified: "Nơi làm chưa đối chiếu.",
      summary: "Dạ, chứng thực bản sao làm tại Bộ phận Một cửa của phường bất kỳ, mang bản chính và bản chụp.",
      summary_en: "Certified copies are made and signed by the ward People's Committee at its one-stop office; bring the original and a photocopy.",
    }),
    body: "Mang bản chính.\n\n## Nơi làm\nBộ phận Một cửa: {{ward.address}}. Giờ làm việc: {{ward.office_hours}}\n\n## Thời gian giải quyết\n{{procedure.sao-thu.time}}\n\n## Lệ phí\n{{procedure.sao-thu.fee}}",
  };
}

const kbOf = (p: Procedure): KnowledgeBase => ({ entries: [entry()], procedures: new Map([[p.id, p]]), version: `t${Math.random()}` });

const conversation = (kb: KnowledgeBase, ...texts: string[]): AskResult[] => conversationWith(new Assistant(kb), ward, ...texts);

describe("an English 'where do I go?' after an English answer", () => {
  it("gets the procedure's English place, marked unconfirmed, and the ward's office with its hours in English", () => {
    const [first, where] = conversation(kbOf(procedure()), "Where can I get a certified copy of my passport?", "ok, where do I go?");
    expect(first!.kind === "answer" && first!.entry.id).toBe("muc-sao-y-thu");
    expect(where!.lang).toBe("en");
    expect(where!.kind === "answer" && where!.shown).toBe("where");
    expect(where!.reply).toContain(`${whereEn} (not yet confirmed)`);
    expect(where!.reply).toContain("The ward's one-stop office: Trụ sở phuong-thu. Office hours: Monday to Friday, 8:00–12:00 and 13:30–17:00.");
    expect(where!.reply).not.toContain(whereVi);
  });

  it("without an English place: the English summary, as before", () => {
    const [, where] = conversation(kbOf(procedure({ where: { text: whereVi, verified: false, note: "Nơi làm chưa đối chiếu." } })), "Where can I get a certified copy of my passport?", "where do I go?");
    expect(where!.kind).toBe("answer");
    expect(where!.reply).toContain("Certified copies are made and signed by the ward People's Committee");
    expect(where!.reply).not.toContain("Where to go for this procedure");
  });

  it("kb:check holds the English place to English and to the Vietnamese numbers", () => {
    expect(checkProcedureFacts(procedure(), () => true)).toEqual([]);
    const vietnamese = checkProcedureFacts(procedure({ where: { text: whereVi, text_en: whereVi, verified: false, note: "x y z" } }), () => true);
    expect(vietnamese.join("\n")).toMatch(/where: text_en must be English/);
    const invented = checkProcedureFacts(procedure({ where: { text: whereVi, text_en: `${whereEn}, open 24 hours`, verified: false, note: "x y z" } }), () => true);
    expect(invented.join("\n")).toMatch(/where: text_en must state exactly the numbers/);
  });
});

describe("an English 'who signs it?' after an English answer", () => {
  it("stays with the entry in English, and the next follow-up still has the entry to lean on", () => {
    const [, who, time] = conversation(kbOf(procedure()), "Where can I get a certified copy of my passport?", "who signs it?", "how long does it take?");
    expect(who!.lang).toBe("en");
    expect(who!.kind).toBe("answer");
    expect(who!.kind === "answer" && who!.entry.id).toBe("muc-sao-y-thu");
    expect(who!.reply).toContain("signed by the ward People's Committee");
    expect(time!.kind === "answer" && time!.shown).toBe("time");
    expect(time!.reply).toContain("The same day.");
  });

  it("also 'which office issues it?' and 'who decides?'", () => {
    for (const ask of ["which office issues it?", "who decides?", "Who approves it?"]) {
      const [, who] = conversation(kbOf(procedure()), "Where can I get a certified copy of my passport?", ask);
      expect(who!.kind, ask).toBe("answer");
      expect(who!.lang, ask).toBe("en");
    }
  });
});
