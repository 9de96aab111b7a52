import { describe, expect, it } from "vitest";
import { SpellingSyllables } from "../server/assistant/spelling-syllables";
import { SyllableTable } from "../server/assistant/syllable-table";
import { analyze, tokenize } from "../server/assistant/text-analysis";
import { tokenized } from "../server/assistant/tokenized-spellings";

/** the ids an index build gave before: every token's folded form looked up by string, added when new */
function byString(texts: string[]): { ids: number[]; words: string[] } {
  const words: string[] = [];
  const table = new SyllableTable(words);
  const ids: number[] = [];
  for (const text of texts) for (const t of analyze(text)) ids.push(table.get(t.folded) ?? table.add(t.folded));
  return { ids, words };
}

function bySpelling(texts: string[]): { ids: number[]; words: string[]; filler: SpellingSyllables } {
  const words: string[] = [];
  const filler = new SpellingSyllables(new SyllableTable(words));
  const ids: number[] = [];
  for (const text of texts) {
    const tokens = analyze(text);
    const out = new Int32Array(tokens.length);
    filler.fill(tokens, out, 0);
    ids.push(...out);
  }
  return { ids, words, filler };
}

describe("syllable ids of an index build by tokenize's spelling ids", () => {
  // texts whose analysis rewrites tokens (synonyms, teen-code, compound accents) put in or take out
  // tokens: the ids after them must still be those of the tokens' own folded forms
  const texts = [
    "Làm căn cước công dân ở đâu? Lam can cuoc cong dan o dau",
    "đkí tạm trú cho con, ko biết cần gì, đc ko ạ",
    "cccd bị mất thì làm lại thế nào, mất 50 triệu",
    "Đăng ký khai sinh cho con: Đăng ký khai sinh cho con",
    "🙂 chữ có emoji thì đọc bằng biểu thức chính quy 🙂 đăng ký",
  ];

  it("gives the ids looking every token up by string gives, in the same order", () => {
    const before = byString(texts);
    const after = bySpelling(texts);
    expect(after.ids).toEqual(before.ids);
    expect(after.words).toEqual(before.words);
    // repeated spellings were read by their spelling id, not hashed again
    expect(after.filler.bySpelling).toBeGreaterThanOrEqual(8);
  });

  it("looks up by string when the tokens are not the last tokenize()'s", () => {
    const words: string[] = [];
    const filler = new SpellingSyllables(new SyllableTable(words));
    const first = analyze("thủ tục đăng ký");
    tokenize("một câu khác hẳn");
    const out = new Int32Array(first.length);
    filler.fill(first, out, 0);
    expect(words).toEqual(first.map((t) => t.folded));
    expect(filler.bySpelling).toBe(0);
  });

  it("marks a text read by the regular expression (surrogates) as without spelling ids", () => {
    tokenize("đăng ký 🙂");
    expect(tokenized.valid).toBe(false);
    tokenize("đăng ký");
    expect(tokenized.valid).toBe(true);
    expect(tokenized.tokens.length).toBe(2);
  });
});
