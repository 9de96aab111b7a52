import { beforeAll, describe, expect, it } from "vitest";
import { ALL_PASSES, REGIONAL, SENSES } from "../server/assistant/pass-reach";
import { readRegionalWords } from "../server/assistant/regional-words";
import { restoreCompoundAccents } from "../server/assistant/compound-accents";
import { analysisPassReach, analyze, tokenize } from "../server/assistant/text-analysis";
import { mayChangeSense, resolveWordSenses } from "../server/assistant/word-senses";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";

const folded = (text: string) => analyze(text).map((t) => t.folded).join(" ");

describe("word senses as a pass a text's syllables reach (session 20)", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
  });

  it("a text with no word a sense rule starts from does not reach the pass", () => {
    expect(analysisPassReach.of(tokenize("Làm căn cước cho con cần giấy tờ gì")) & SENSES).toBe(0);
    expect(analysisPassReach.of(tokenize("xin giay xac nhan cu tru o dau")) & SENSES).toBe(0);
  });

  it("each kind of sense word still reaches it and is rewritten as before", () => {
    for (const text of ["bố tôi mới mất", "nộp 50 triệu", "phí 200k", "ck e đi vắng", "chờ mấy tiếng", "mất bao lâu 2 tiếng", "chứng thực mấy nghìn một bản", "bao nhiêu nghìn", "bị mất phí", "làm lúc 8h30", "hỏi gì vậy bn"]) {
      expect(analysisPassReach.of(tokenize(text)) & SENSES).toBe(SENSES);
    }
    expect(folded("bố tôi mới mất")).toBe("bo toi moi qua doi");
    expect(folded("nộp 50 triệu")).toBe("nop tien");
    expect(folded("ck tôi đi vắng")).toBe("chong toi di vang");
    expect(folded("chờ mấy tiếng")).toBe("cho bao lau");
    expect(folded("chứng thực mấy nghìn một bản")).toBe(folded("chứng thực tiền một bản"));
    expect(folded("bị mất phí")).toBe("mat phi");
  });

  it("every knowledge text the pass would skip is one the pass leaves as it is", () => {
    let skipped = 0;
    for (const entry of kb.entries) {
      for (const text of [entry.title, ...entry.questions, entry.keywords.join(" . "), entry.summary ?? "", entry.body]) {
        const tokens = tokenize(text);
        const reaches = tokens.some((t) => mayChangeSense(t.folded));
        if (!reaches) {
          skipped++;
          expect(resolveWordSenses(tokens)).toBe(tokens);
        }
      }
    }
    expect(skipped).toBeGreaterThan(100);
  });
});

describe("per-token pass bits (session 20)", () => {
  const texts = [
    "ngoài ni được hông, ở mô rứa", "làm khai tu cho bố", "sổ hộ khẩu mất rồi", "ko dc thì sao đkí lại", "đăng kí kết hôn ở đâu",
    "Thủ tục cấp lại căn cước công dân", "mạ vô nhà hỏi giấy chi hông", "chứng thực bản sao mấy nghìn",
  ];

  it("are the passes each token's syllable starts, for the tokens of of()'s last reading", () => {
    const one = (word: string) => {
      const list = tokenize(word);
      analysisPassReach.of(list);
      return analysisPassReach.bitsFor(list)![0]! & ALL_PASSES;
    };
    const expected = ["sổ", "hộ", "khẩu", "ở", "mô"].map(one);
    const tokens = tokenize("sổ hộ khẩu ở mô");
    analysisPassReach.of(tokens);
    expect([...analysisPassReach.bitsFor(tokens)!.subarray(0, 5)].map((b) => b & ALL_PASSES)).toEqual(expected);
    expect(expected[4]! & REGIONAL).toBe(REGIONAL);
    // the tokens of another list are looked up unless they are the reading's own (tokens are shared per spelling)
    expect([...analysisPassReach.bitsFor([{ folded: "so", accented: "sổ" }])!.subarray(0, 1)]).toEqual([0xff]);
  });

  it("leave each pass's output as the lookups by syllable made it", () => {
    for (const text of texts) {
      const tokens = tokenize(text);
      analysisPassReach.of(tokens);
      const bits = analysisPassReach.bitsFor(tokens)!;
      expect(readRegionalWords(tokens, bits)).toEqual(readRegionalWords(tokens));
      expect(restoreCompoundAccents(tokens, bits)).toEqual(restoreCompoundAccents(tokens));
    }
    // word senses: a rule's own word, and the word before "tiếng" (whose own syllable starts nothing)
    for (const text of ["chờ mấy tiếng", "đợi nửa tiếng nữa", "làm vài tiếng là xong", "ck tôi đi vắng, bố tôi mới mất", "nộp 50 triệu hay mấy nghìn", "bị mất phí 200k lúc 8h30", "hỏi gì vậy bn"]) {
      const tokens = tokenize(text);
      analysisPassReach.of(tokens);
      const bits = analysisPassReach.bitsFor(tokens)!;
      const read = resolveWordSenses(tokens, bits);
      expect(read).toEqual(resolveWordSenses(tokens));
      expect(read).not.toBe(tokens);
    }
    expect(folded("ở mô rứa")).toBe(folded("ở đâu vậy"));
    expect(analyze("khai tu")[1]!.accented).toBe("tử");
    expect(folded("ko dc")).toBe("khong duoc");
  });
});

describe("pass bits of a list a pass made (session 20)", () => {
  it("a token of the reading keeps its bits where the list shifted; a token a pass made has every bit", () => {
    const raw = tokenize("ko dc thì sổ hộ khẩu ở mô");
    analysisPassReach.of(raw);
    const rawBits = [...analysisPassReach.bitsFor(raw)!.subarray(0, raw.length)];
    // "ko" read as two new tokens in front: the rest shifted by one
    const made = [{ folded: "khong", accented: null }, { folded: "x", accented: null }, ...raw.slice(1)];
    const bits = analysisPassReach.bitsFor(made)!;
    expect(bits[0]).toBe(0xff);
    expect(bits[1]).toBe(0xff);
    expect([...bits.subarray(2, made.length)]).toEqual(rawBits.slice(1));
  });

  it("texts whose passes change the list read as before", () => {
    // teen-code then a synonym made of its expansion; a synonym, then teen-code after it; senses then compounds
    expect(folded("so ho khau ko dc cap lai")).toBe(folded("sổ hộ khẩu không được cấp lại"));
    expect(folded("bố tôi mới mất, làm khai tu ở đâu")).toBe("bo toi moi qua doi lam khai tu o dau");
    expect(analyze("bố tôi mới mất, làm khai tu ở đâu").at(-3)!.accented).toBe("tử");
  });
});
