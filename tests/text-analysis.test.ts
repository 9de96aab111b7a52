import { describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { analyze, tokenize } from "../server/assistant/text-analysis";
import { foldDiacritics, foldNormalized, hasDiacritics, syllables, toneKey } from "../server/assistant/vietnamese-text";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

describe("text analysis of what residents type", () => {
  // The teen-code table is a plain object: a word that names one of Object's own members
  // ("constructor") once read that member as an expansion and threw, leaving the resident unanswered.
  it("reads words that name Object's members as words", async () => {
    expect(analyze("constructor toString hasOwnProperty")).toEqual([
      { folded: "constructor", accented: null },
      { folded: "tostring", accented: null },
      { folded: "hasownproperty", accented: null },
    ]);
    const { kb } = await readKnowledgeDir("knowledge", { strict: true });
    const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" });
    const reply = new Assistant(kb).ask("I work as a constructor, how do I register my temporary residence", ward, Date.UTC(2026, 10, 23, 2));
    expect(reply.reply.length).toBeGreaterThan(0);
  });

  it("still expands teen-code, typed with or without its đ", () => {
    expect(analyze("ko dc").map((t) => t.folded)).toEqual(analyze("không được").map((t) => t.folded));
    expect(analyze("đk").map((t) => t.folded)).toEqual(analyze("dk").map((t) => t.folded));
  });

  // tokenize() scans the text itself instead of matching /[\p{L}\p{N}]+/gu: it must split and read
  // every text as that expression does, including letters outside Vietnamese and surrogate pairs
  it("reads 'kí'/'lí' as the y spellings entries write, keeping the writer's tone, and a clock time as 'giờ'", () => {
    const read = (text: string) => analyze(text).map((t) => t.accented ?? t.folded).join(" ");
    expect(read("đăng kí, đkí, lí lịch, kì hạn")).toBe("đăng ký đăng ký lý lịch kỳ hạn");
    // a time of day, like an amount of money, is no unknown word counted against a match
    expect(analyze("mở nhạc từ 22h đến 1h30 sáng").map((t) => t.folded).join(" ")).toBe("mo nhac tu gio den gio sang");
  });

  it("splits every text into the syllables the regular expression finds", async () => {
    const { kb } = await readKnowledgeDir("knowledge", { strict: true });
    const texts = [
      "Làm CĂN CƯỚC ở đâu?? hoà, thuỷ, khoẻ; ĐĂNG-KÝ tạm trú (2026) 50tr/3 tháng",
      "xin chào 😀 bạn ơi 𝐀𝐁𝐂 ²³ ½ ǅ Ａｂｃ İstanbul straße Ω ١٢٣ 中文 ﬁ a\u0301b \ud800 lẻ",
      "",
      "   ...   ",
      // old-style tone placements (canonicalTone), at the ends of a text and beside other letters
      "òa HOÀ Hòa khỏe khoẻ KHOẺ tuỳ thuỷ Thụy ủy ùy ò ọe õa óe úy ùa ọ",
      "uỷ",
      ...kb.entries.flatMap((e) => [e.title, ...e.questions, e.body]),
    ];
    for (const text of texts) {
      const expected = syllables(text).map((s) => ({ folded: foldDiacritics(s), accented: hasDiacritics(s) ? toneKey(s) : null }));
      expect(tokenize(text)).toEqual(expected);
    }
  });
  // foldDiacritics() folds most texts letter by letter (a table) instead of normalising them: it
  // must give what the normalisations give, for every letter it reads alone and for whole texts
  it("folds letter by letter exactly as decomposing and composing does", async () => {
    const { kb } = await readKnowledgeDir("knowledge", { strict: true });
    const letters: string[] = [];
    for (let c = 0x80; c < 0x370; c++) letters.push(String.fromCharCode(c));
    for (let c = 0x1e00; c < 0x1f00; c++) letters.push(String.fromCharCode(c));
    const texts = [
      ...letters.map((l) => `${l}ab ${l}`),
      letters.join(""),
      "Làm CĂN CƯỚC ở đâu?? Đà Nẵng, ĐĂNG-KÝ tạm trú; hoà thuỷ Ǆ ǅ ß æ ø ł ŉ ǰ ẞ ỹ",
      "a\u0301 e\u0302\u0301 o\u031b\u0303 \u0301a d\u0323 \u0344x Ω Å K 😀 中文 \u1100\u1161 Ａ",
      ...kb.entries.flatMap((e) => [e.title, ...e.questions, e.body]),
    ];
    for (const text of texts) expect(foldDiacritics(text)).toBe(foldNormalized(text));
  });
});
