/**
 * An English question about the fee or the time (session 12): answered in English where the
 * procedure gives an English rendering (`fee.text_en`, `legal_time.text_en`, `name_en`), kb:check
 * holding that rendering to the Vietnamese numbers; otherwise the Vietnamese part under an honest
 * English note. Also asked in the first message, not only as a follow-up. Own entry and records.
 */
import { describe, expect, it } from "vitest";
import type { AskResult } from "../server/assistant/ask-result";
import { Assistant } from "../server/assistant/assistant";
import { durationEn } from "../server/assistant/english-facet";
import { numbersOf } from "../server/knowledge/english-facts";
import { entryFrontMatterSchema, procedureSchema, type KnowledgeBase, type KnowledgeEntry, type Procedure } from "../server/knowledge/knowledge-schema";
import { checkProcedureFacts } from "../server/knowledge/procedure-facts";
import { conversationWith } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

const source = "https://vanban.chinhphu.vn/";
const ward = wardFixture({ name: "Phường Thử" });

function procedure(id: string, over: Record<string, unknown> = {}): Procedure {
  return procedureSchema.parse({
    id,
    name: "Chứng thực bản sao thử",
    deciding_body: "UBND phường",
    submission: "in_person",
    documents: ["Bản chính"],
    sources: [{ title: "Cổng văn bản Chính phủ", url: source }],
    where: { text: "Bộ phận Một cửa UBND phường", verified: true, source },
    legal_time: { text: "Trong ngày; nhận sau 15 giờ thì trả ngày làm việc tiếp theo.", verified: true, source },
    fee: { text: "3.000 đồng/trang, tối đa 150.000 đồng/bản.", verified: false, note: "Mức thu chưa đối chiếu." },
    legal_basis: { items: ["Nghị định thử"], verified: true, source },
    ...over,
  });
}

const english = {
  name_en: "Certified copy",
  legal_time: { text: "Trong ngày; nhận sau 15 giờ thì trả ngày làm việc tiếp theo.", text_en: "The same day; received after 15:00, returned the next working day.", verified: true, source },
  fee: { text: "3.000 đồng/trang, tối đa 150.000 đồng/bản.", text_en: "3,000 VND per page, at most 150,000 VND per copy.", verified: false, note: "Mức thu chưa đối chiếu." },
};

function entry(body: string, procedures: string[]): KnowledgeEntry {
  return {
    ...entryFrontMatterSchema.parse({
      id: "muc-chung-thuc-thu",
      title: "Chứng thực bản sao",
      category: "dich-vu-cong",
      status: "published",
      questions: ["chứng thực bản sao ở đâu", "sao y giấy tờ", "chứng thực bản sao cần gì", "lệ phí chứng thực bản sao bao nhiêu"],
      procedures,
      sources: [{ title: "Cổng văn bản Chính phủ", url: source }],
      last_reviewed: "2026-11-29",
      verified: true,
      summary: "Dạ, chứng thực bản sao làm tại Bộ phận Một cửa của phường, mang bản chính và bản chụp.",
      summary_en: "Certified copies are made at the ward's one-stop office; bring the original and a photocopy.",
    }),
    body,
  };
}

const kbOf = (e: KnowledgeEntry, ...ps: Procedure[]): KnowledgeBase => ({ entries: [e], procedures: new Map(ps.map((p) => [p.id, p])), version: `t${Math.random()}` });

const conversation = (kb: KnowledgeBase, ...texts: string[]): AskResult[] => conversationWith(new Assistant(kb), ward, ...texts);

const oneProcedure = "Mang bản chính.\n\n## Lệ phí\n{{procedure.sao-thu.fee}}\n\n## Thời gian giải quyết\n{{procedure.sao-thu.time}}";

describe("kb:check holds an English fee or time to the Vietnamese one", () => {
  it("accepts a faithful rendering (same amounts and times, whatever the separators)", () => {
    expect(checkProcedureFacts(procedure("sao-thu", english), () => true)).toEqual([]);
    expect(numbersOf("2.000 đồng; trước 08 giờ")).toEqual(numbersOf("2,000 VND; before 08:00"));
  });

  it("refuses an amount or a deadline the Vietnamese text does not state, a typed marker, and Vietnamese text", () => {
    const invented = checkProcedureFacts(procedure("sao-thu", { fee: { ...english.fee, text_en: "3,000 VND per page, at most 200,000 VND per copy." } }), () => true);
    expect(invented.join("\n")).toMatch(/fee: text_en must state exactly the numbers of text/);
    const dropped = checkProcedureFacts(procedure("sao-thu", { legal_time: { ...english.legal_time, text_en: "The same day." } }), () => true);
    expect(dropped.join("\n")).toMatch(/legal_time: text_en must state exactly the numbers/);
    const marked = checkProcedureFacts(procedure("sao-thu", { fee: { ...english.fee, text_en: "3,000 VND per page, at most 150,000 VND per copy (not yet confirmed)." } }), () => true);
    expect(marked.join("\n")).toMatch(/do not type the unconfirmed marker/);
    const vietnamese = checkProcedureFacts(procedure("sao-thu", { fee: { ...english.fee, text_en: english.fee.text } }), () => true);
    expect(vietnamese.join("\n")).toMatch(/must be English/);
  });
});

describe("an English fee or time question gets the English rendering", () => {
  it("a fee follow-up: the amounts in English with the English unconfirmed marker, no Vietnamese", () => {
    const [first, fee] = conversation(kbOf(entry(oneProcedure, ["sao-thu"]), procedure("sao-thu", english)), "Where can I get a certified copy of my diploma?", "how much is it?");
    expect(first!.kind === "answer" && first!.entry.id).toBe("muc-chung-thuc-thu");
    expect(fee!.lang).toBe("en");
    expect(fee!.kind === "answer" && fee!.shown).toBe("fee");
    expect(fee!.reply).toContain("3,000 VND per page, at most 150,000 VND per copy (not yet confirmed).");
    expect(fee!.reply).not.toMatch(/đồng|Lệ phí|chưa xác nhận|in Vietnamese/);
  });

  it("a time follow-up and a first message asking the time: the English time", () => {
    const kb = kbOf(entry(oneProcedure, ["sao-thu"]), procedure("sao-thu", english));
    const [, time] = conversation(kb, "Where can I get a certified copy of my diploma?", "how long does it take?");
    expect(time!.reply).toContain("The same day; received after 15:00, returned the next working day.");
    const [first] = conversation(kb, "How long does it take to get a certified copy?");
    expect(first!.kind === "answer" && first!.shown).toBe("time");
    expect(first!.reply).toContain("The same day; received after 15:00");
    const [firstFee] = conversation(kb, "How much does a certified copy cost?");
    expect(firstFee!.kind === "answer" && firstFee!.shown).toBe("fee");
    expect(firstFee!.reply).toContain("3,000 VND per page");
  });

  it("without an English rendering: the Vietnamese part under an honest note, markers kept", () => {
    const [, fee] = conversation(kbOf(entry(oneProcedure, ["sao-thu"]), procedure("sao-thu")), "Where can I get a certified copy of my diploma?", "how much is it?");
    expect(fee!.lang).toBe("en");
    expect(fee!.reply).toMatch(/^The fee for this procedure, as the ward's information gives it: the details are in Vietnamese below\.\n/);
    expect(fee!.reply).toContain("3.000 đồng/trang, tối đa 150.000 đồng/bản (chưa xác nhận).");
  });

  it("a labelled line whose procedure has no English name stays in Vietnamese under the English ones", () => {
    const body = "## Lệ phí\nSao y: {{procedure.sao-thu.fee}}\nChữ ký: {{procedure.chu-ky-thu.fee}}\n\n## Thời gian giải quyết\n{{procedure.sao-thu.time}}";
    const signature = procedure("chu-ky-thu", { fee: { text: "10.000 đồng/trường hợp.", text_en: "10,000 VND per case.", verified: true, source } });
    const [, fee] = conversation(kbOf(entry(body, ["sao-thu", "chu-ky-thu"]), procedure("sao-thu", english), signature), "Where can I get a certified copy of my diploma?", "how much is it?");
    expect(fee!.reply).toContain("Certified copy: 3,000 VND per page, at most 150,000 VND per copy (not yet confirmed).");
    expect(fee!.reply).toContain("More details, in Vietnamese:\nChữ ký: 10.000 đồng/trường hợp.");
  });

  it("a ward's green-lane time in English when it is a plain duration", () => {
    expect(durationEn("02 giờ làm việc")).toBe("2 working hours");
    expect(durationEn("01 ngày làm việc")).toBe("1 working day");
    expect(durationEn("trong ngày")).toBeUndefined();
  });
});
