import { beforeAll, describe, expect, it } from "vitest";
import { storedEntryFolds, writeEntryFolds } from "../server/assistant/entry-folds";
import { IndexReader, IndexWriter } from "../server/assistant/index-encoding";
import { SearchIndex } from "../server/assistant/search-index";
import { foldedText } from "../server/assistant/text-analysis";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { loadStoredIndex, serializeIndex } from "../server/knowledge/stored-index";

let published: KnowledgeEntry[];
let loaded: SearchIndex;

beforeAll(async () => {
  const { kb } = await readKnowledgeDir("knowledge", { strict: true });
  published = kb.entries.filter((e) => e.status === "published");
  loaded = loadStoredIndex(serializeIndex(kb.version, new SearchIndex(published)), kb.version, published)!;
});

const entry = (id: string, title: string, keywords: string[], notCovers?: string[]) =>
  ({ ...published[0]!, id, title, keywords, not_covers: notCovers }) as KnowledgeEntry;

describe("the entries' folded texts stored with the search index", () => {
  it("fold every title, keyword and not-covered subject as foldedText does, and anything else as well", () => {
    const fold = loaded.foldsOf(published);
    const texts = published.flatMap((e) => [e.title, ...e.keywords.map(String), ...(e.not_covers ?? [])]);
    expect(texts.length).toBeGreaterThan(500);
    for (const t of texts) expect(fold(t)).toBe(foldedText(t));
    // a part of a title, a message: folded as usual
    for (const t of ["Chứng thực bản sao", "làm căn cước ở đâu", ""]) expect(fold(t)).toBe(foldedText(t));
  });

  it("are read from the stored bytes, matched to the entries' texts in order, not analysed again", () => {
    const entries = [entry("a", "Đăng ký tạm trú", ["tạm trú", "ở nhờ"], ["tạm vắng"]), entry("b", "Tạm trú cho người thuê", ["tạm trú"])];
    const w = new IndexWriter();
    w.lines("ef.folded", ["one", "two", "three", "four", "five"]);
    const fold = storedEntryFolds(new IndexReader(w.finish({})), entries);
    expect(["Đăng ký tạm trú", "tạm trú", "ở nhờ", "tạm vắng", "Tạm trú cho người thuê"].map(fold)).toEqual(["one", "two", "three", "four", "five"]);
    expect(fold("giấy tờ")).toBe(foldedText("giấy tờ"));
    // folds that do not match the entries (another count) are not used
    const short = new IndexWriter();
    short.lines("ef.folded", ["one"]);
    expect(storedEntryFolds(new IndexReader(short.finish({})), entries)("tạm trú")).toBe(foldedText("tạm trú"));
    // and what an index stores is foldedText's
    const mine = new IndexWriter();
    writeEntryFolds(mine, entries);
    expect(storedEntryFolds(new IndexReader(mine.finish({})), entries)("ở nhờ")).toBe(foldedText("ở nhờ"));
  });

  it("are the index's only for the entries it was built over; an index built here folds with foldedText", () => {
    expect(loaded.foldsOf(published.slice(1))).toBe(foldedText);
    expect(loaded.foldsOf([...published])).not.toBe(foldedText);
    expect(new SearchIndex(published).foldsOf(published)).toBe(foldedText);
  });
});
