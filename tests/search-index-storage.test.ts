import { createClient } from "@libsql/client/web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql/web";
import { Assistant } from "../server/assistant/assistant";
import { IndexReader, IndexWriter } from "../server/assistant/index-encoding";
import { INDEX_FORMAT, SearchIndex, type SearchResult } from "../server/assistant/search-index";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import type { Database } from "../server/db/database";
import * as schema from "../server/db/schema";
import { kbMeta } from "../server/db/schema";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { KnowledgeRepository } from "../server/knowledge/knowledge-repository";
import type { KnowledgeBase, KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { INDEX_KEY, loadStoredIndex, serializeIndex } from "../server/knowledge/stored-index";
import { systemClock } from "../server/lib/clock";
import { makeTempDir } from "./support/factories";
import { startHranaServer } from "./support/hrana-server";
import { wardFixture } from "./support/ward-fixture";

// Our own probes (not the blind sets): accents and none, typos the spelling help fixes
// (confusable initials, Telex leftovers, a syllable cut short, a wrong final in a known pair),
// teen-code, a long story, English, and words no entry has.
const PROBES = [
  "làm căn cước ở đâu",
  "lam can cuoc o dau",
  "lam cccd ko dc thi sao",
  "đăng ký khai sinh cho con cần giấy tờ gì",
  "le phi chung thuc ban sao bao nhieu tien",
  "sác nhận tình trạng hôn nhân",
  "trứng thực bản sao giấy tờ",
  "thủ tụt đăng ký thường trú",
  "dang ky tam chu cho nguoi thue nha",
  "căn cướ gắn chip",
  "cuowcs phis bao nhieu",
  "bị lừa chuyển tiền vào tài khoản lạ phải làm sao",
  "giờ làm việc thứ bảy của phường",
  "Chào cán bộ, nhà tôi ở ngõ 12, mẹ tôi năm nay 80 tuổi đi lại khó khăn, bà muốn làm lại căn cước vì thẻ cũ bị mất, cán bộ có thể đến nhà làm giúp được không ạ",
  "where can I register my temporary residence",
  "xzqv blorp",
  "",
];

/** The stored index's header (JSON after "HPSI" and its length, see server/assistant/index-encoding.ts). */
function headerOf(bytes: Uint8Array): Record<string, unknown> {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Record<string, unknown>;
}

/** The same bytes claiming another format: the header rewritten in place, its length kept (both are one digit). */
function withFormat(bytes: Uint8Array, format: number): Uint8Array {
  return withHeader(bytes, /"format":\d+/, `"format":${format}`);
}

/** The same bytes with a header field rewritten in place (the replacement must keep the header's length). */
function withHeader(bytes: Uint8Array, pattern: RegExp, replacement: string): Uint8Array {
  const out = bytes.slice();
  const length = new DataView(out.buffer).getUint32(4, true);
  const text = new TextDecoder().decode(out.subarray(8, 8 + length)).replace(pattern, replacement);
  const encoded = new TextEncoder().encode(text);
  expect(encoded.length).toBe(length);
  out.set(encoded, 8);
  return out;
}

/**
 * The same index in format 2's layout (before offsets were stored as row lengths): every offset
 * array as plain integers, the header saying format 2, as a process of the previous release stored it.
 */
function inFormatTwo(bytes: Uint8Array): Uint8Array {
  const r = new IndexReader(bytes);
  const w = new IndexWriter();
  w.lines("syllables", r.lines("syllables"));
  w.lines("forms", r.lines("forms"));
  const offsets = new Set(["pairOff", "postOff", "qOff", "coreOff", "accOff"]);
  for (const name of ["sylCount", "pairOff", "pairSecond", "postOff", "postDoc", "postTf", "qOff", "qId", "qWeight", "questionDoc", "coreOff", "coreSyl", "accOff", "accDoc", "accForm"]) {
    w.ints(name, offsets.has(name) ? r.offsets(name) : name === "postTf" || name === "qWeight" ? r.codes(name) : r.ints(name));
  }
  w.floats("questionNorm", r.floats("questionNorm"));
  w.floats("docLength", r.floats("docLength"));
  const { sections: _, ...header } = r.header;
  return w.finish({ ...header, format: 2 });
}

const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" });
const plain = (r: SearchResult) => ({ ...r, ranked: r.ranked.map(({ entry, ...rest }) => ({ id: entry.id, ...rest })) });

let kb: KnowledgeBase;
let published: KnowledgeEntry[];
let built: SearchIndex;
let loaded: SearchIndex;

beforeAll(async () => {
  kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
  published = kb.entries.filter((e) => e.status === "published");
  built = new SearchIndex(published);
  // through bytes, as it is stored in the database and read back by a process starting later
  loaded = loadStoredIndex(serializeIndex(kb.version, built), kb.version, published)!;
});

describe("stored search index", () => {
  it("ranks every probe exactly as a freshly built index, scores and signals included", () => {
    expect(loaded).toBeInstanceOf(SearchIndex);
    for (const q of PROBES) {
      expect(plain(loaded.search(q, { limit: 20 })), q).toEqual(plain(built.search(q, { limit: 20 })));
      expect(loaded.contentTermsOf(q), q).toEqual(built.contentTermsOf(q));
    }
    const terms = built.contentTermsOf("đăng ký thường trú cho con");
    for (const e of published.slice(0, 20)) {
      expect(loaded.termCoverage(e.id, terms, "core")).toBe(built.termCoverage(e.id, terms, "core"));
      expect(loaded.termCoverage(e.id, terms)).toBe(built.termCoverage(e.id, terms));
    }
  });

  it("answers every probe as the assistant with a freshly built index does", () => {
    const fresh = new Assistant(kb);
    const fromStore = new Assistant(kb, { index: loaded });
    const now = Date.UTC(2026, 10, 23, 2);
    for (const q of PROBES.filter(Boolean)) {
      const a = fresh.ask(q, ward, now);
      const b = fromStore.ask(q, ward, now);
      expect({ kind: b.kind, reply: b.reply, entries: b.entries }, q).toEqual({ kind: a.kind, reply: a.reply, entries: a.entries });
    }
  });

  it("loads from bytes at an odd offset of a larger buffer (copied, not viewed) and never writes into the stored bytes", () => {
    const bytes = serializeIndex(kb.version, built);
    // a libSQL driver may hand the blob over as a slice of a bigger buffer, at any offset
    const host = new Uint8Array(bytes.length + 3);
    host.set(bytes, 3);
    const odd = host.subarray(3);
    const before = odd.slice();
    const fromOdd = loadStoredIndex(odd, kb.version, published)!;
    expect(fromOdd).toBeInstanceOf(SearchIndex);
    const aligned = bytes.slice();
    const fromAligned = loadStoredIndex(aligned, kb.version, published)!;
    for (const q of PROBES) {
      expect(plain(fromOdd.search(q, { limit: 20 })), q).toEqual(plain(built.search(q, { limit: 20 })));
      expect(plain(fromAligned.search(q, { limit: 20 })), q).toEqual(plain(built.search(q, { limit: 20 })));
    }
    // the loaded index shares the stored bytes: answering must leave them as they were
    expect(Buffer.compare(Buffer.from(odd), Buffer.from(before))).toBe(0);
    expect(Buffer.compare(Buffer.from(aligned), Buffer.from(bytes))).toBe(0);
  });

  it("stores offsets as row lengths, rows of 255 or more beside them, and reads them back", () => {
    const offsets = [0, 0, 3, 258, 513, 1_000_513, 1_000_767, 1_000_768];
    const w = new IndexWriter();
    w.counts("off", offsets);
    w.counts("none", [0]);
    const r = new IndexReader(w.finish({}));
    expect([...r.offsets("off")]).toEqual(offsets);
    expect([...r.offsets("none")]).toEqual([0]);
    // rows 0, 3, 255, 255, 1,000,000, 254, 1: the three of 255 or more are kept beside
    expect([...r.ints("off.long")]).toEqual([255, 255, 1_000_000]);
    expect(() => new IndexWriter().counts("bad", [0, 5, 3])).toThrow(/not ascending/);
    expect(() => new IndexWriter().counts("bad", [1, 5])).toThrow(/start at 0/);
  });

  it("is not misread when stored by the previous format (offsets as integers): it is built again", () => {
    const bytes = serializeIndex(kb.version, built);
    const old = inFormatTwo(bytes);
    expect(headerOf(old).format).toBe(2);
    expect(loadStoredIndex(old, kb.version, published)).toBeUndefined();
    // refused for its format (the bump), not by the accident of a malformed read
    expect(SearchIndex.fromBytes(published, old)).toBeUndefined();
    // the layouts differ: the old bytes claiming this format are refused as malformed, never read as lengths
    expect(() => SearchIndex.fromBytes(published, withFormat(old, INDEX_FORMAT))).toThrow(/not row lengths/);
    // and the current one is smaller than the old (the reason for format 3), the entries' spellings (format 4) set aside
    const sections = headerOf(bytes).sections as Record<string, [string, number, number, number]>;
    const spellings = Object.entries(sections).reduce((sum, [name, s]) => sum + (name.startsWith("sp.") ? s[3] : 0), 0);
    expect(spellings).toBeGreaterThan(0);
    expect(bytes.length - spellings).toBeLessThan(old.length);
  });

  it("is ignored when it is of another format, another version or analysis, built over other entries, or damaged", () => {
    const bytes = serializeIndex(kb.version, built);
    expect(loadStoredIndex(withFormat(bytes, INDEX_FORMAT - 1), kb.version, published)).toBeUndefined();
    expect(loadStoredIndex(withFormat(bytes, INDEX_FORMAT), kb.version, published)).toBeInstanceOf(SearchIndex);
    expect(loadStoredIndex(bytes, "another-version", published)).toBeUndefined();
    // built by code that analyses text differently (a lexicon changed in a deploy, the knowledge not)
    expect(headerOf(bytes).analysis).toMatch(/^[0-9a-f]{16}$/);
    expect(loadStoredIndex(withHeader(bytes, /"analysis":"[0-9a-f]{16}"/, `"analysis":"${"0".repeat(16)}"`), kb.version, published)).toBeUndefined();
    expect(loadStoredIndex(bytes, kb.version, published.slice(1))).toBeUndefined();
    expect(loadStoredIndex(new TextEncoder().encode("{not an index"), kb.version, published)).toBeUndefined();
    expect(loadStoredIndex(bytes.slice(0, bytes.length - 100), kb.version, published)).toBeUndefined();
    expect(loadStoredIndex(undefined, kb.version, published)).toBeUndefined();
  });
});

describe("knowledge repository and the stored index", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let opened: OpenDatabase;
  const storedRow = async () => (await opened.db.select().from(kbMeta).where(eq(kbMeta.key, INDEX_KEY)))[0];

  beforeAll(async () => {
    tmp = makeTempDir("stored-index");
    opened = await openNodeDatabase(`file:${tmp.dir}/kb.db`);
  });
  afterAll(() => {
    opened.close();
    tmp.remove();
  });

  it("stores the index with the version at publishing, and a process starting later answers from it", async () => {
    await new KnowledgeRepository(opened.db, systemClock).replaceAll(kb);
    const row = await storedRow();
    expect(row?.value).toBe(kb.version);
    expect(headerOf(row!.data!).version).toBe(kb.version);

    // A stored index decides the ranking of a later process: one built with other weights (titles
    // only) is stored under the current version, and a new repository ranks with it.
    const live = await new KnowledgeRepository(opened.db, systemClock).load();
    const livePublished = live.entries.filter((e) => e.status === "published");
    const titlesOnly = new SearchIndex(livePublished, { questions: 0, keywords: 0, summary: 0, body: 0, questionSimilarity: 0 });
    const probe = "lam can cuoc o dau";
    expect(plain(titlesOnly.search(probe))).not.toEqual(plain(new SearchIndex(livePublished).search(probe)));
    await opened.db.update(kbMeta).set({ data: serializeIndex(live.version, titlesOnly) }).where(eq(kbMeta.key, INDEX_KEY));
    const later = await new KnowledgeRepository(opened.db, systemClock).assistant();
    expect(later.search(probe, ward, 10)).toEqual(new Assistant(live, { index: titlesOnly }).search(probe, ward, 10));
    expect(later.search(probe, ward, 10)).not.toEqual(new Assistant(live).search(probe, ward, 10));
  });

  it("builds the index again when the stored one is missing or of an older format, and stores it", async () => {
    const live = await new KnowledgeRepository(opened.db, systemClock).load();
    const livePublished = live.entries.filter((e) => e.status === "published");
    const fresh = new SearchIndex(livePublished);
    const stale = withFormat(serializeIndex(live.version, fresh), INDEX_FORMAT - 1);
    await opened.db.update(kbMeta).set({ data: stale }).where(eq(kbMeta.key, INDEX_KEY));
    const rebuilt = await new KnowledgeRepository(opened.db, systemClock).assistant();
    expect(rebuilt.search("lam can cuoc o dau", ward, 10)).toEqual(new Assistant(live, { index: fresh }).search("lam can cuoc o dau", ward, 10));
    expect(headerOf((await storedRow())!.data!).format).toBe(INDEX_FORMAT);

    await opened.db.delete(kbMeta).where(eq(kbMeta.key, INDEX_KEY));
    await new KnowledgeRepository(opened.db, systemClock).assistant();
    expect(headerOf((await storedRow())!.data!).version).toBe(live.version);
  });

  it("never loads the index stored for a previous knowledge set: a changed set is answered from its own index", async () => {
    const repository = new KnowledgeRepository(opened.db, systemClock);
    await repository.replaceAll(kb);
    const before = await repository.load();
    const beforeBytes = serializeIndex(before.version, new SearchIndex(before.entries.filter((e) => e.status === "published")));
    // the knowledge changes, every id kept: the entry that answers the probe now speaks of something else
    const probe = "lam can cuoc o dau";
    const topId = new Assistant(before).search(probe, ward, 1)[0]!.id;
    const top = before.entries.find((e) => e.id === topId)!;
    const rewritten = { ...top, title: "Đăng ký nuôi ong mật", keywords: ["nuôi ong"], questions: ["Nuôi ong mật có phải đăng ký không?"], summary: "Nuôi ong mật.", body: "Nuôi ong mật." };
    const changed: KnowledgeBase = { ...kb, version: `${kb.version}-changed`, entries: kb.entries.map((e) => (e.id === top.id ? rewritten : e)) };
    await repository.replaceAll(changed);
    const live = await repository.load();
    const livePublished = live.entries.filter((e) => e.status === "published");
    expect(livePublished.map((e) => e.id)).toEqual(before.entries.filter((e) => e.status === "published").map((e) => e.id));
    // the previous set's index is what the row holds (a publish whose index write was lost, or a process still on the old set)
    await opened.db.update(kbMeta).set({ data: beforeBytes }).where(eq(kbMeta.key, INDEX_KEY));
    // read over the new entries without its version checked, it would rank by the old texts
    const stale = SearchIndex.fromBytes(livePublished, beforeBytes)!;
    expect(plain(stale.search(probe))).not.toEqual(plain(new SearchIndex(livePublished).search(probe)));
    expect(loadStoredIndex(beforeBytes, live.version, livePublished)).toBeUndefined();
    const later = await new KnowledgeRepository(opened.db, systemClock).assistant();
    expect(later.search(probe, ward, 10)).toEqual(new Assistant(live, { index: new SearchIndex(livePublished) }).search(probe, ward, 10));
    // and the index of the new set is stored in its place
    expect(headerOf((await storedRow())!.data!).version).toBe(changed.version);
    await repository.replaceAll(kb);
  });

  it("loads the assistant once when several callers ask before the first load is done (a new processing child's warm-up and first events)", async () => {
    const repository = new KnowledgeRepository(opened.db, systemClock);
    const [a, b, c] = await Promise.all([repository.assistant(), repository.assistant(), repository.assistant()]);
    // one read of the knowledge and one build: the same assistant for every caller
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(await repository.assistant()).toBe(a);
    // a new version is loaded anew (not the load in flight or done for the old one)
    await repository.replaceAll({ ...kb, version: `${kb.version}-next` });
    const [d, e] = await Promise.all([repository.assistant(), repository.assistant()]);
    expect(d).not.toBe(a);
    expect(e).toBe(d);
    await repository.replaceAll(kb);
  });
});

describe("the stored index over libSQL's HTTP protocol (Workers + a libSQL server)", () => {
  it("is stored as a BLOB and loaded back byte for byte, without a rebuild", async () => {
    const tmp = makeTempDir("stored-index-hrana");
    const url = `file:${tmp.dir}/kb.db`;
    const local = await openNodeDatabase(url);
    const hrana = await startHranaServer({ databaseUrl: url });
    try {
      const remote = drizzle(createClient({ url: hrana.url }), { schema }) as unknown as Database;
      await new KnowledgeRepository(remote, systemClock).replaceAll(kb);
      const live = await new KnowledgeRepository(local.db, systemClock).load();
      const index = new SearchIndex(live.entries.filter((e) => e.status === "published"));
      const [row] = await local.db.select().from(kbMeta).where(eq(kbMeta.key, INDEX_KEY));
      expect(row?.value).toBe(kb.version);
      expect(Buffer.from(row!.data!).equals(Buffer.from(serializeIndex(kb.version, index)))).toBe(true);

      // an isolate starting later reads it over HTTP (base64 in Hrana's JSON) and answers from it
      const before = hrana.log.length;
      const assistant = await new KnowledgeRepository(remote, systemClock).assistant();
      const writes = hrana.log.slice(before).flatMap((r) => r.sqls).filter((sql) => /^\s*(insert|update|delete)/i.test(sql));
      expect(writes).toEqual([]);
      const probe = "lam can cuoc o dau";
      expect(assistant.search(probe, ward, 10)).toEqual(new Assistant(live, { index }).search(probe, ward, 10));
    } finally {
      await hrana.close();
      local.close();
      tmp.remove();
    }
  });
});
