import { beforeAll, describe, expect, it } from "vitest";
import { SearchIndex, type SearchResult } from "../server/assistant/search-index";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeEntry } from "../server/knowledge/knowledge-schema";

// A search restricted to categories walks only those entries' postings (kept per categories on
// first need): it must rank exactly as the unrestricted search filtered to them.
const PROBES = [
  "bị lừa chuyển tiền vào tài khoản lạ phải làm sao",
  "Có người gọi tự xưng công an bảo tôi chuyển tiền để điều tra, có phải lừa đảo không",
  "tin nhắn báo trúng thưởng yêu cầu nộp phí nhận quà",
  "lam can cuoc o dau",
  "đăng ký khai sinh cho con cần giấy tờ gì",
  "chuyện chuyển khẩu",
  "xzqv blorp",
];

let entries: KnowledgeEntry[];
beforeAll(async () => {
  entries = (await readKnowledgeDir("knowledge", { strict: true })).kb.entries.filter((e) => e.status === "published");
});

const ranking = (r: SearchResult) =>
  r.ranked.map((s) => ({ id: s.entry.id, score: s.score, bm25: s.bm25, coverage: s.coverage, pairCoverage: s.pairCoverage, questionSimilarity: s.questionSimilarity }));

describe("search restricted to categories", () => {
  it("ranks as the unrestricted search filtered to the categories, to the last bit, and leaves later searches unchanged", () => {
    const index = new SearchIndex(entries);
    const all = new SearchIndex(entries);
    const categories = [["lua-dao"], [...new Set(entries.map((e) => e.category))].slice(0, 2)];
    for (let pass = 0; pass < 2; pass++)
      for (const cats of categories)
        for (const q of PROBES) {
          const restricted = index.search(q, { categories: cats, limit: 3 });
          const full = all.search(q, { limit: entries.length });
          const kept = full.ranked.filter((s) => cats.includes(s.entry.category));
          expect(ranking(restricted), `${q} in ${cats}`).toEqual(ranking({ ...full, ranked: kept.slice(0, 3) }));
          expect(restricted.coverage).toBe(Math.max(0, ...kept.map((s) => s.coverage)));
          expect(restricted.contentTerms).toEqual(full.contentTerms);
          expect(restricted.unknownShare).toBe(full.unknownShare);
          // the unrestricted search of the same index is not touched by the restricted one
          expect(ranking(index.search(q, { limit: 10 }))).toEqual(ranking(all.search(q, { limit: 10 })));
        }
    expect(entries.some((e) => e.category === "lua-dao")).toBe(true);
  });
});
