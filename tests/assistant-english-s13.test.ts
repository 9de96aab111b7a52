/**
 * English and mixed Viet-English messages (session 13): classes of misses on the tuning sets'
 * English lines (tuning10's conversations and tuning-s13 first). Messages are written for this
 * file, not copied from the sets or the entries' sample questions.
 */
import { describe, expect, it } from "vitest";
import type { AskResult } from "../server/assistant/ask-result";
import { checkEnglishDocuments } from "../server/knowledge/english-documents";
import { procedureSchema, type Procedure } from "../server/knowledge/knowledge-schema";
import { carryProcedureFields } from "../server/staff/console-record-carry";
import { englishConversation, idOf, inEnglish, knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, conversation: turns } = knowledgeAssistant();
const answeredEn = (text: string) => inEnglish(ask(text), text);
/** One resident's conversation, every turn answered in English. */
const conversation = englishConversation(turns);
const shownOf = (r: AskResult) => (r.kind === "answer" ? r.shown : r.kind);

describe("kb:check holds an English documents list to the Vietnamese one, item by item", () => {
  const documents = ["Tờ khai (mẫu CT01)", "Giấy tờ tùy thân", "Giấy xác nhận (chưa xác nhận)"];
  it("accepts a faithful list", () => {
    expect(checkEnglishDocuments({ documents, documents_en: ["The form (form CT01)", "An ID document", "A certificate (not yet confirmed)"] })).toEqual([]);
  });
  it("refuses a paper added or dropped, a number changed, a marker lost, Vietnamese", () => {
    expect(checkEnglishDocuments({ documents, documents_en: ["The form (form CT01)", "An ID document"] })).toHaveLength(1);
    expect(checkEnglishDocuments({ documents, documents_en: ["The form (form CT02)", "An ID document", "A certificate (not yet confirmed)"] })[0]).toMatch(/numbers/);
    expect(checkEnglishDocuments({ documents, documents_en: ["The form (form CT01)", "An ID document", "A certificate"] })[0]).toMatch(/not yet confirmed/);
    expect(checkEnglishDocuments({ documents, documents_en: ["The form (form CT01)", "Giấy tờ tùy thân", "A certificate (not yet confirmed)"] })[0]).toMatch(/English/);
  });
});

describe("the documents asked in English come first, from the records' English lists", () => {
  it("answers a follow-up about papers with the marriage documents in English", () => {
    const [, papers] = conversation("My girlfriend and I want to get married at the ward office here", "Which papers should we prepare?");
    expect(idOf(papers!)).toBe("dvc-ket-hon");
    expect(shownOf(papers!)).toBe("documents");
    expect(papers!.reply).toMatch(/^The documents to bring/);
    expect(papers!.reply).toContain("ID documents of both partners");
    expect(papers!.reply).not.toMatch(/Giấy tờ|Tờ khai/);
  });
  it("answers 'do I need the original?' after certified copies, also asked in the first message", () => {
    const [, original] = conversation("Where can I have a copy of my bachelor diploma certified?", "should I bring the original as well?");
    expect(idOf(original!)).toBe("dvc-chung-thuc");
    expect(shownOf(original!)).toBe("documents");
    expect(original!.reply).toContain("The original of the document to be certified");
    const first = ask("What do I need to bring to register my newborn's birth?");
    expect(first.lang).toBe("en");
    expect(shownOf(first)).toBe("documents");
    expect(first.reply).toContain("The birth registration form");
  });
  it("keeps the Vietnamese list under an honest English note where a record has no English list", () => {
    const [, papers] = conversation("I want to register my household business, how?", "what documents are needed?");
    expect(idOf(papers!)).toBe("dvc-ho-kinh-doanh");
    expect(shownOf(papers!)).toBe("documents");
    expect(papers!.reply).toMatch(/^The documents to bring for this procedure, as the ward's information gives them: the details are in Vietnamese below\./);
  });
});

describe("a short English reply inside an English conversation stays English", () => {
  it("answers 'Contact details' after an English answer in English, not with a Vietnamese handoff", () => {
    const [, contact] = conversation("Where can I find the ward office?", "Contact details");
    expect(idOf(contact!)).toBe("phuong-lien-he");
  });
  it("does not take a short Vietnamese reply for English", () => {
    const [, vi] = turns("Where can I find the ward office?", "cảm ơn nhé");
    expect(vi!.lang).toBe("vi");
  });
});

describe("a follow-up asking the same procedure done some way or somewhere leans on it", () => {
  it("'could he file it via VNeID?' after a citizen's temporary residence is that procedure online, not VNeID accounts", () => {
    const [, online] = conversation("My Vietnamese husband has to register his temporary stay here, he rents a flat", "could he file it via VNeID?");
    expect(idOf(online!)).toBe("dvc-tam-tru");
    expect(online!.reply).toMatch(/^Yes, this procedure can be filed online\./);
  });
  it("'is it handled by the ward office?' after the things done elsewhere is that entry again", () => {
    const [first, again] = conversation("Where can my kid get a measles vaccine?", "is it handled by the ward office?");
    expect(idOf(first!)).toBe("phuong-viec-khong-o-phuong");
    expect(idOf(again!)).toBe("phuong-viec-khong-o-phuong");
  });
});

describe("things done elsewhere, asked in English, get the entry that says where", () => {
  it("answers a vehicle's plates or registration with the not-at-the-ward entry", () => {
    expect(answeredEn("Where do I get number plates for my new scooter?")).toBe("phuong-viec-khong-o-phuong");
  });
});

describe("a deadline asked in English is the time part", () => {
  it("answers 'time limit' after the foreigners' declaration with its time", () => {
    const [, limit] = conversation("Hi, my landlord must declare me as I'm a foreigner, right?", "What's the time limit for it?");
    expect(idOf(limit!)).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    expect(shownOf(limit!)).toBe("time");
  });
});

describe("a certified copy of a contract is a copy", () => {
  it("answers with certified copies, not the certification of contracts", () => {
    expect(answeredEn("I'd like a certified copy of my employment contract, please.")).toBe("dvc-chung-thuc");
  });
});

describe("a Vietnamese citizen back from abroad stays as a citizen", () => {
  it("answers an overseas Vietnamese with a Vietnamese passport renting here with the citizens' temporary residence", () => {
    expect(answeredEn("I'm an overseas Vietnamese with a Vietnamese passport, renting a flat here for 8 months. Do I have to register?")).toBe("dvc-tam-tru");
  });
  it("still answers a foreigner married to a Vietnamese citizen with the foreigners' declaration", () => {
    expect(answeredEn("I'm a foreigner married to a Vietnamese citizen and we rent a flat here, do I need to register my stay?")).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
  });
});

describe("a procedure named in Vietnamese inside English", () => {
  it("reads the Vietnamese words typed bare when no English phrase names the thing", () => {
    expect(answeredEn("how do i do dang ky thuong tru here?")).toBe("dvc-thuong-tru");
    expect(answeredEn("my son turned 14, where does he make his can cuoc?")).toBe("dvc-can-cuoc");
  });
  it("does not read a two-word place name as a procedure", () => {
    expect(answeredEn("Which cafe near Truc Bach lake has good wifi?")).toBe("handoff");
  });
});

describe("a nuisance told in plain English is a report to the ward", () => {
  it("answers loud karaoke with sending a report", () => {
    expect(answeredEn("My neighbours sing karaoke until 1am every night")).toBe("pa-gui-phan-anh");
  });
});

describe("the ward's hours asked in English come first", () => {
  it("leads with the office hours when asked when it closes", () => {
    const r = ask("When does the ward office close today?");
    expect(idOf(r)).toBe("phuong-lien-he");
    expect(r.reply).toMatch(/^Office hours: Monday to Friday/);
  });
});

describe("English pleasantries get a short English reply, not a handoff", () => {
  it("answers thanks and goodbye after an English answer in English, handing nothing to staff", () => {
    const [, thanks, bye] = conversation("Where is the ward office?", "thanks so much for the help!", "ok, have a nice day");
    expect(thanks!.kind).toBe("smalltalk");
    expect(thanks!.reply).toMatch(/^You are welcome/);
    expect(bye!.kind).toBe("smalltalk");
  });
  it("greets in English when the greeting is plainly English", () => {
    const r = ask("Good afternoon, how are you?");
    expect(r.kind).toBe("smalltalk");
    expect(r.lang).toBe("en");
  });
  it("keeps a bare 'hello' or 'ok' of a fresh conversation in Vietnamese, as before", () => {
    expect(ask("hello").lang).toBe("vi");
    expect(ask("ok").lang).toBe("vi");
  });
});

describe("an English warning about a scam the resident tells leads with that scam, and short questions lean on it", () => {
  it("leads the warning with the delivery scam and answers 'what should I do now?' and 'where do I report it?' from it", () => {
    const [warning, advice, report] = conversation(
      "A courier rang me saying my package from abroad is stuck and I must pay a customs charge by transfer first",
      "what should I do now?",
      "where do I report it?",
    );
    expect(warning!.kind).toBe("scam_warning");
    expect(warning!.entries[0]?.id).toBe("ld-giao-hang");
    expect(idOf(advice!)).toBe("ld-giao-hang");
    expect(idOf(report!)).toBe("ld-bao-cao");
  });
  it("leads a fake police caller's warning with police impersonation", () => {
    const r = ask("A caller told me he is from the Hanoi police, that my bank card is tied to a money laundering case, and that I have to transfer money to clear my name");
    expect(r.kind).toBe("scam_warning");
    expect(r.entries[0]?.id).toBe("ld-gia-danh-cong-an");
  });
});

describe("a console save never leaves an English documents list under a changed Vietnamese one", () => {
  const stored = procedureSchema.parse({
    id: "thu-giay-to",
    name: "Thủ tục thử giấy tờ",
    deciding_body: "UBND phường",
    submission: "in_person",
    documents: ["Tờ khai", "Căn cước"],
    documents_en: ["The form", "The ID card"],
    sources: [{ title: "Cổng Dịch vụ công quốc gia", url: "https://dichvucong.gov.vn" }],
    where: { text: "Bộ phận Một cửa", verified: true, source: "https://dichvucong.gov.vn" },
    legal_time: { text: "Trong ngày", verified: true, source: "https://dichvucong.gov.vn" },
    fee: { text: "Miễn phí", verified: true, source: "https://dichvucong.gov.vn" },
    legal_basis: { items: ["Nghị định thử"], verified: true, source: "https://dichvucong.gov.vn" },
  });
  const { documents_en: _none, ...fromForm } = stored;
  it("keeps the English list when the Vietnamese list is saved unchanged", () => {
    expect(carryProcedureFields(stored, fromForm as Procedure).documents_en).toEqual(["The form", "The ID card"]);
  });
  it("drops it when a paper was added to the Vietnamese list", () => {
    expect(carryProcedureFields(stored, { ...fromForm, documents: ["Tờ khai", "Căn cước", "Ảnh 4x6"] } as Procedure).documents_en).toBeUndefined();
  });
});
