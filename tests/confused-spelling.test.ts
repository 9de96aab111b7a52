/**
 * Session 24 (issue 10 §4), single messages: elderly consonant confusions typed with accents (confused-spelling.ts).
 * A syllable in a form no entry writes is read as its one confusable spelling that the entries write, when that
 * spelling is a function word with its own accents or makes a written pair with a neighbour. Phrasings are our own.
 */
import { describe, expect, it } from "vitest";
import { EntrySpellings, readConfusedSpellings } from "../server/assistant/confused-spelling";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const entry = (title: string, body: string) => ({ title, questions: [], keywords: [], summary: null, body });
const spellings = new EntrySpellings([
  entry("Báo cáo lừa đảo ở đâu", "Ông bà làm đơn, nộp giấy tờ cho công an. Shipper đòi chuyển khoản trước là dấu hiệu lừa đảo."),
  entry("Đăng ký khai sinh", "Mang giấy chứng sinh. Lại xuất trình căn cước. Thuê trọ thì đăng ký tạm trú."),
  entry("Ra phường", "Người dân ra phường vào giờ hành chính."),
]);
const read = (text: string) => readConfusedSpellings(text, spellings);

describe("a consonant confused in a form no entry writes", () => {
  it("is read as the entries' spelling beside a written pair or as a function word", () => {
    expect(read("bị nừa đảo thì báo ai")).toBe("bị lừa đảo thì báo ai");
    expect(read("Nàm đơn thế nào")).toBe("Làm đơn thế nào");
    expect(read("shipper đòi chuyển khoản chước")).toBe("shipper đòi chuyển khoản trước");
    expect(read("phải mang rấy tờ gì")).toBe("phải mang giấy tờ gì");
  });

  it("leaves a form the entries write, a word without a written pair, names and messages without accents", () => {
    // "trưa" has no confusable spelling written here ("chưa" is not): meant as typed
    expect(read("trưa có làm không")).toBe("trưa có làm không");
    // "xuất" is written and "lai xuat" is a pair folded ("lại xuất"), but not "lãi xuất" with its accents
    expect(read("vay ngân hàng lãi suất bao nhiêu")).toBe("vay ngân hàng lãi suất bao nhiêu");
    // "rà" is "ra" folded, but not the function word's spelling; a capital inside the message is a name
    expect(read("tôi ở Đà Nẵng")).toBe("tôi ở Đà Nẵng");
    // typed without any accents: left to the search's own spelling help (its tones are unknown)
    expect(read("bi nua dao thi bao ai")).toBe("bi nua dao thi bao ai");
  });

  it("decides nothing between two readings supported alike", () => {
    const two = new EntrySpellings([entry("a", "nói chuyện với ai. lói chuyện là gì")]);
    // both "nói" and "lói" are written: the typed form is meant
    expect(readConfusedSpellings("nói chuyện", two)).toBe("nói chuyện");
  });
});

describe("the assistant reads a report of a scam typed with a confused consonant", () => {
  const { ask } = knowledgeAssistant();
  it("answers where to report, not 'a scam entry for a message saying nothing of a scam'", () => {
    const r = ask("muốn tố cáo số điện thoại nừa đảo thì báo ở đâu");
    expect(r.kind).toBe("answer");
    expect(r.entries[0]?.id).toBe("ld-bao-cao");
  });
});
