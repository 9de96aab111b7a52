/**
 * Session 15, second wave (issue 10 §4): voices of residents the engine read as a document search.
 * Messages written for this file, not the tuning lines:
 * - old or wrong official names: the district's justice office ("phòng tư pháp quận/huyện") whose
 *   certification work is now the ward's, the neighbourhood police officer ("công an khu vực"), and an
 *   extract or confirmation of the household book ("trích lục/giấy xác nhận hộ khẩu"), which the
 *   residence confirmation replaces (old-office-names.ts, lexicon synonyms: every entry benefits);
 * - two or three questions in one message, run on without punctuation: the part asked first is the
 *   part shown first (first-asked-part.ts); "Hà Nội làm" is no "nơi làm";
 * - Central words at the level of the words (regional-words-more.ts): a clause-final "chi" is "gì"
 *   ("cần giấy tờ chi"), "mô" after a noun is "nào" ("ở phường mô", "chỗ mô"), "nhen" is "nhé".
 */
import { describe, expect, it } from "vitest";
import { readFacet } from "../server/assistant/facet-cues";
import { foldedText } from "../server/assistant/text-analysis";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { answeredBy } = knowledgeAssistant();

describe("old official names", () => {
  it("reads the district's justice office as the ward", () => {
    answeredBy("chứng thực bản sao giờ còn lên phòng tư pháp không", "dvc-chung-thuc");
    answeredBy("phong tu phap huyen truoc lam chung thuc chu ky, gio lam o dau", "dvc-chung-thuc");
    expect(foldedText("lên phòng tư pháp quận")).not.toContain("tu phap");
  });

  it("keeps the city's justice department as it is", () => {
    expect(foldedText("sở tư pháp")).toContain("so tu phap");
  });

  it("reads the neighbourhood police officer as the ward police", () => {
    expect(foldedText("công an khu vực xác nhận cư trú")).toContain("cong an phuong");
    answeredBy("công an khu vực có xác nhận cư trú cho tôi không", "dvc-xac-nhan-cu-tru");
  });

  it("reads an extract or confirmation of the household book as the residence confirmation", () => {
    answeredBy("xin trích lục sổ hộ khẩu cũ ở đâu", "dvc-xac-nhan-cu-tru");
    answeredBy("giay xac nhan ho khau xin o dau", "dvc-xac-nhan-cu-tru");
  });

  it("leaves copies of the old book to be certified as they were", () => {
    expect(foldedText("chứng thực bản sao sổ hộ khẩu")).not.toContain("xac nhan cu tru");
  });
});

describe("several questions in one message", () => {
  it("shows the part asked first", () => {
    for (const [text, id, part] of [
      ["đăng ký hộ kinh doanh cần những giấy tờ gì nộp ở đâu", "dvc-ho-kinh-doanh", "documents"],
      ["khai tu o dau, mat bao lau", "dvc-khai-tu", "where"],
      ["làm thẻ căn cước mất mấy ngày lệ phí bao nhiêu", "dvc-can-cuoc", "time"],
    ] as const) {
      const result = answeredBy(text, id);
      expect(result.kind === "answer" && result.shown, text).toBe(part);
    }
  });

  it("reads the first part asked, not the cue order", () => {
    expect(readFacet(foldedText("tách thửa thì ai giải quyết, nộp ở đâu, mất phí không")).facet).toBe("who");
    expect(readFacet(foldedText("nộp ở đâu, ai giải quyết")).facet).toBe("where");
  });

  it("keeps a circumstance or the way of doing it from taking the place of the part asked", () => {
    // "6 tuổi" (special) and "làm online" (online) come first, the question is the time or the fee
    expect(readFacet(foldedText("giấy xác nhận cư trú làm online thì mấy ngày có")).facet).toBe("time");
    expect(readFacet(foldedText("lý lịch tư pháp trên vneid mất phí không")).facet).toBe("fee");
  });

  it("does not read Hà Nội làm as the place asked", () => {
    expect(readFacet(foldedText("tôi từ quê ra Hà Nội làm công nhân, bao lâu thì phải đăng ký tạm trú")).facet).toBe("time");
  });
});

describe("more Central words", () => {
  it("reads a clause-final chi as gì", () => {
    expect(foldedText("đăng ký kết hôn cần mang giấy chi")).toBe("dang ky ket hon can mang giay gi");
    expect(readFacet(foldedText("lam the can cuoc can chuan bi chi ha")).facet).toBe("documents");
    answeredBy("làm giấy khai tử cho ông cần giấy tờ chi hông", "dvc-khai-tu");
  });

  it("leaves chị, chi phí and chi trả", () => {
    expect(foldedText("cho em hỏi chi")).toBe("cho em hoi chi");
    expect(foldedText("chi phí làm sổ đỏ")).toContain("chi phi");
    expect(foldedText("phường chi trả trợ cấp")).toContain("chi tra");
  });

  it("reads mô after a noun as nào", () => {
    expect(foldedText("nộp tờ khai ở phường mô")).toBe("nop to khai o phuong nao");
    expect(readFacet(foldedText("đăng ký hộ kinh doanh ra chỗ mô")).facet).toBe("where");
    expect(foldedText("đăng ký ở mô")).toBe("dang ky o dau");
  });

  it("reads nhen as nhé", () => {
    expect(foldedText("cảm ơn phường nhen")).toBe("cam on phuong nhe");
    expect(foldedText("nhà có con nhện to")).toBe("nha co con nhen to");
  });
});
