/**
 * English and mixed Viet-English messages (session 13): classes of misses on the tuning sets'
 * English lines (tuning10's conversations and tuning-s13 first). Messages are written for this
 * file, not copied from the sets or the entries' sample questions.
 */
import { describe, expect, it } from "vitest";
import type { AskResult } from "../server/assistant/ask-result";
import { checkEnglishDocuments } from "../server/knowledge/english-documents";
import { inEnglish, knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, conversation: turns } = knowledgeAssistant();
const answeredEn = (text: string) => inEnglish(ask(text), text);
/** One resident's conversation, every turn answered in English. */
function conversation(...texts: string[]): AskResult[] {
  const results = turns(...texts);
  results.forEach((r, i) => expect(r.lang, texts[i]).toBe("en"));
  return results;
}
const idOf = (r: AskResult) => (r.kind === "answer" ? r.entry.id : r.kind);
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
