import { beforeAll, describe, expect, it } from "vitest";
import { SENSES } from "../server/assistant/pass-reach";
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
