/**
 * A syllable typed with its tone mark is the word the writer meant, not another word that folds to
 * the same letters: neither a function word ("tử" is not "từ") nor a spelling repair that takes
 * the neighbour's pair from an entry with another tone ("lắp" is not "nạp"). Unaccented input keeps
 * its reading. Messages written for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { accentSaysContent } from "../server/assistant/function-word-accents";
import { SearchIndex } from "../server/assistant/search-index";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";

let index: SearchIndex;

beforeAll(async () => {
  const { kb } = await readKnowledgeDir("knowledge", { strict: true });
  index = new SearchIndex(kb.entries.filter((e) => e.status === "published"));
});

describe("a tone-marked syllable is not the function word it folds to", () => {
  it("counts 'tử', 'vé', 'báo' as content words when typed with their tone, not when typed bare", () => {
    expect(index.contentTermsOf("còn khai tử cho ông")).toContain("tu");
    expect(index.contentTermsOf("báo cáo trang đó")).toContain("bao");
    expect(index.contentTermsOf("mua vé tháng xe buýt")).toContain("ve");
    // unaccented: function words, except inside a listed compound (compound-accents.ts: "khai tu", "bao cao")
    expect(index.contentTermsOf("con khai tu cho ong")).toContain("tu");
    expect(index.contentTermsOf("bao cao trang do")).toContain("bao");
    expect(index.contentTermsOf("tu bao gio thi duoc")).not.toContain("tu");
    expect(index.contentTermsOf("mua ve thang xe buyt")).not.toContain("ve");
    // the function words themselves, typed correctly or with a hỏi/ngã slip, stay function words
    expect(index.contentTermsOf("từ bao giờ thì được")).not.toEqual(expect.arrayContaining(["tu"]));
    expect(index.contentTermsOf("từ bao giờ thì được")).not.toContain("bao");
    expect(accentSaysContent("se", "sẻ")).toBe(false);
  });
});

describe("spelling repair keeps the writer's tone", () => {
  it("does not turn 'lắp' into the 'nạp' of another entry", () => {
    const tokens = index.analyzeQuery("lắp công tơ điện mới");
    for (const t of tokens) if (t.folded === "nap") expect(t.accented).not.toBeNull();
    expect(tokens.map((t) => t.accented)).not.toContain("nạp");
    // a consonant confused with the tone as meant is still repaired
    expect(index.analyzeQuery("nệ phí").map((t) => t.folded)).toEqual(["le", "phi"]);
    expect(index.analyzeQuery("sác nhận").map((t) => t.folded)).toEqual(["xac", "nhan"]);
  });
});

describe("an off-topic subject in either word order", () => {
  it("hands off a football question after an entry, 'đá bóng' as 'bóng đá'", async () => {
    const { Assistant } = await import("../server/assistant/assistant");
    const { kb } = await readKnowledgeDir("knowledge", { strict: true });
    const { wardFixture } = await import("./support/ward-fixture");
    const assistant = new Assistant(kb);
    const ward = wardFixture();
    const now = Date.UTC(2026, 10, 23, 2, 0, 0);
    const first = assistant.ask("đăng ký khai sinh ở đâu", ward, now);
    const next = assistant.ask("thế đá bóng ở sân nào", ward, now, first.memory);
    expect(next.kind === "handoff" && next.handoff.reason).toBe("out_of_scope");
  });
});
