/**
 * Hot statements (server/db/hot-statement.ts): built once with placeholders, they must run the
 * very SQL and parameters drizzle builds for the same values, be usable in db.batch (rows mapped
 * as drizzle maps them) and run when awaited alone — on the embedded file and over the libSQL
 * HTTP client the Worker uses.
 */
import { createClient } from "@libsql/client/web";
import { and, eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql/web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../server/db/database";
import { hotStatement, queryOf, type HotShapes } from "../server/db/hot-statement";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import * as schema from "../server/db/schema";
import { outbox, residents, wards } from "../server/db/schema";
import { MemoryBlobStore } from "../server/lib/blob-store";
import { systemClock } from "../server/lib/clock";
import { silentLogger } from "../server/lib/logger";
import { buildServices, type Services } from "../server/services";
import { createZaloApi } from "../server/zalo/zalo-api";
import { OutboxService, type ReplyRow } from "../server/zalo/outbox-service";
import { makeTempDir, testConfig } from "./support/factories";
import { startHranaServer, type HranaServer } from "./support/hrana-server";

let tmp: ReturnType<typeof makeTempDir>;
let opened: OpenDatabase;
let hrana: HranaServer;
let remote: Database;
let services: Services;
let wardId: number;

beforeAll(async () => {
  tmp = makeTempDir("hot-statement");
  const config = testConfig(tmp.dir, "http://127.0.0.1:9");
  opened = await openNodeDatabase(config.databaseUrl);
  services = await buildServices({ db: opened.db, clock: systemClock, config, zaloApi: createZaloApi({ openApiBase: "http://127.0.0.1:9", oauthBase: "http://127.0.0.1:9", timeoutMs: 100 }), logger: silentLogger, blobStore: new MemoryBlobStore() });
  const [ward] = await opened.db.insert(wards).values({ slug: "p", name: "Phường P", profile: "{}", createdAt: 1 }).returning();
  wardId = ward!.id;
  await opened.db.insert(residents).values([
    { wardId, zaloUserId: "246845883529197922", createdAt: 2 },
    { wardId, zaloUserId: "246845883529197923", createdAt: 3 },
  ]);
  hrana = await startHranaServer({ databaseUrl: config.databaseUrl });
  remote = drizzle(createClient({ url: hrana.url }), { schema }) as unknown as Database;
});

afterAll(async () => {
  await hrana?.close();
  opened?.close();
  tmp?.remove();
});

describe("hot statements", () => {
  it("the processing path's hot statements run the SQL and parameters drizzle builds for the same values", () => {
    const hot = (service: object, name: string) => (service as Record<string, ReturnType<typeof hotStatement<string>>>)[name]!;
    const cases: Array<[object, string, Record<string, unknown>]> = [
      [services.conversations, "markDone", { id: 41, at: 1_795_000_000_123 }],
      [services.conversations, "markRoundDone", { ids: "[41,42,47]", at: 1_795_000_000_123 }],
      [services.conversations, "messageStateRead", { wardId: 3, zaloUserId: "246845883529197922", since: 1_794_000_000_000 }],
      [services.outbox, "recordSent", { id: 7, at: 1_795_000_000_456, messageId: "a1b2c3" }],
      [(services.conversations as unknown as Record<string, object>)["store"]!, "selectRow", { wardId: 3, channel: "zalo", residentKey: "246845883529197922" }],
      [services.conversations, "insertAsk", { wardId: 3, residentId: 5, channel: "zalo", question: "q", kind: "answer", topEntryId: "e1", topScore: 812, handoffReason: "r", createdAt: 1_795_000_000_002 }],
    ];
    for (const [service, name, values] of cases) {
      const statement = hot(service, name);
      expect(typeof statement, name).toBe("function");
      const built = statement.built(values);
      expect(queryOf(statement(values)), name).toEqual({ sql: built.sql, params: built.params });
      // the values are really parameters (a different value, a different parameter list, same SQL)
      const other = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "number" ? v + 1 : `${String(v)}x`]));
      expect(queryOf(statement(other)).sql).toBe(built.sql);
      expect(queryOf(statement(other)).params).toEqual(statement.built(other).params);
    }
  });

  it("statements of several shapes run, for every shape, the SQL and parameters drizzle builds for the same values", () => {
    type Shaped = HotShapes<string>;
    const store = (services.conversations as unknown as Record<string, object>)["store"]!;
    const cases: Array<[object, string, string[], Record<string, unknown>]> = [
      [services.conversations, "upsertResident", ["", "a", "i", "f", "ai", "if", "aif"], { wardId: 3, zaloUserId: "246845883529197922", appUserId: "app-9", interactionAt: 1_795_000_000_003, follower: 1, createdAt: 1_795_000_000_004 }],
      [
        store,
        "upsert",
        ["", "r", "rml", "rlu", "rmlu", "rh", "rp", "rR", "rmlhpu"],
        { wardId: 3, channel: "zalo", residentKey: "246845883529197922", residentId: 5, memory: '{"choices":[]}', memoryAt: 7, botPausedUntil: 8, handoffAckAt: 9, lastInAt: 10, unreadCount: 1, staffReadAt: 11, updatedAt: 12 },
      ],
      [
        services.conversations,
        "insertMessages",
        ["1", "2", "8", "32"],
        Object.fromEntries(
          Array.from({ length: 32 }, (_, i) =>
            Object.entries({ wardId: 3, residentId: 5 + i, direction: i % 2 ? "out" : "in", author: i % 2 ? "bot" : "resident", kind: "text", text: `làm căn cước ở đâu ${i}`, meta: i % 3 ? null : '{"a":1}', zaloMsgId: i % 2 ? null : `m${i}`, eventId: 9 + (i >> 1), createdAt: 1_795_000_000_001 + i }).map(([k, v]) => [`${k}${i}`, v]),
          ).flat(),
        ),
      ],
    ];
    for (const [service, name, shapes, values] of cases) {
      const statement = (service as Record<string, Shaped>)[name]!;
      expect(typeof statement, name).toBe("function");
      const seen = new Set<string>();
      for (const shape of shapes) {
        const built = statement.built(shape, values);
        expect(queryOf(statement(shape, values)), `${name} ${shape}`).toEqual({ sql: built.sql, params: built.params });
        const other = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "number" ? v + 1 : `${String(v)}x`]));
        expect(queryOf(statement(shape, other)).params, `${name} ${shape}`).toEqual(statement.built(shape, other).params);
        seen.add(built.sql);
      }
      expect(seen.size, `${name}: each shape its own statement`).toBe(shapes.length);
    }
  });

  it("fills a placeholder standing for a column value through the column's encoder, as drizzle does, and refuses a missing value", () => {
    const follow = hotStatement(["f", "id"], (v) => opened.db.update(residents).set({ isFollower: v.f }).where(eq(residents.id, v.id)));
    for (const f of [true, false]) expect(queryOf(follow({ f, id: 9 })).params).toEqual(follow.built({ f, id: 9 }).params);
    expect(queryOf(follow({ f: true, id: 9 })).params).toEqual([1, 9]);
    expect(() => follow({ id: 9 } as never)).toThrow('No value for placeholder "f" was provided');
  });

  it("a reply's insert (OutboxService.replyInsert) runs, for 1 to 5 parts, what its SQL gives with the values", () => {
    const sqls = new Set<string>();
    const insertReply = (services.outbox as unknown as { insertReply: HotShapes<string> }).insertReply;
    for (let n = 1; n <= 5; n++) {
      const messages = Array.from({ length: n }, (_, i) => ({ text: `phần ${i + 1} của câu trả lời` }));
      const { sql: text, params } = queryOf(services.outbox.replyInsert(3, 5, `event:${40 + n}`, messages));
      const at = params[3] as number;
      const values = Object.fromEntries(messages.flatMap((m, i) => [[`key${i}`, `event:${40 + n}:${i}`], [`payload${i}`, JSON.stringify(m)]]));
      expect(params, `${n} parts`).toEqual([3, 5, at + 60_000, at, at, ...Object.values(values), 5]);
      if (n <= 4) expect({ sql: text, params }, `${n} parts`).toEqual(insertReply.built(String(n), { wardId: 3, residentId: 5, at, lockUntil: at + 60_000, ...values }));
      sqls.add(text);
    }
    expect(sqls.size).toBe(5);
  });

  it("a reply's insert claims its parts when nothing of the resident's waits, queues them behind what waits, and leaves a repeat alone", async () => {
    // a ward of its own (the tests below count the first ward's residents)
    const [other] = await opened.db.insert(wards).values({ slug: "q", name: "Phường Q", profile: "{}", createdAt: 1 }).returning();
    const wardId = other!.id;
    const [resident] = await opened.db.insert(residents).values({ wardId, zaloUserId: "246845883529197930", createdAt: 4 }).returning();
    const parts = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `phần ${i + 1}` }));
    type Row = ReplyRow;
    // nothing waits: every part written 'sending' with the lease, in order (hot for 3 parts, built for 6)
    const [first, long] = (await opened.db.batch([services.outbox.replyInsert(wardId, resident!.id, "event:901", parts(3)), services.outbox.replyInsert(wardId, resident!.id, "event:902", parts(6))])) as unknown as [Row[], Row[]];
    expect(first.map((r) => [r.status, r.attempts, r.wardId, r.dedupeKey])).toEqual([0, 1, 2].map((i) => ["sending", 0, wardId, `event:901:${i}`]));
    // the payload stays in SQLite (the caller has the messages): not copied out and parsed again per part
    for (const row of [...first, ...long]) expect(Object.keys(row).sort()).toEqual(["attempts", "dedupeKey", "id", "status", "wardId"]);
    expect(OutboxService.withMessages(first, "event:901", parts(3)).map((r) => r.message.text)).toEqual(["phần 1", "phần 2", "phần 3"]);
    // a part already there is not returned: the others still find their own message by key
    expect(OutboxService.withMessages([first[2]!], "event:901", parts(3)).map((r) => r.message.text)).toEqual(["phần 3"]);
    expect(() => OutboxService.withMessages(first, "event:999", parts(3))).toThrow("is not a part of event:999");
    expect(first.map((r) => r.id)).toEqual([...first.map((r) => r.id)].sort((a, b) => a - b));
    // the first reply's parts were written in the same batch before: the second queues behind them
    expect(long.map((r) => r.status)).toEqual(Array(6).fill("pending"));
    const stored = await opened.db.select().from(outbox).where(eq(outbox.residentId, resident!.id)).orderBy(outbox.id);
    expect(stored.map((r) => [r.dedupeKey, r.status, r.lockUntil === null])).toEqual([
      ...[0, 1, 2].map((i) => [`event:901:${i}`, "sending", false]),
      ...[0, 1, 2, 3, 4, 5].map((i) => [`event:902:${i}`, "pending", true]),
    ]);
    // once nothing waits, a new reply (awaited alone) is claimed again; the same event again writes and returns nothing
    await opened.db.update(outbox).set({ status: "sent", lockUntil: null }).where(eq(outbox.residentId, resident!.id));
    expect(((await services.outbox.replyInsert(wardId, resident!.id, "event:903", parts(1))) as unknown as Row[]).map((r) => r.status)).toEqual(["sending"]);
    expect(await opened.db.batch([services.outbox.replyInsert(wardId, resident!.id, "event:901", parts(3))])).toEqual([[]]);
    expect(await opened.db.$count(outbox, eq(outbox.residentId, resident!.id))).toBe(10);
  });

  for (const where of ["embedded file", "libSQL over HTTP"] as const) {
    it(`in a batch, rows are mapped as drizzle maps them, writes commit, and awaited alone it runs (${where})`, async () => {
      const db = where === "embedded file" ? opened.db : remote;
      const byUser = hotStatement(["wardId", "userId"], (v) =>
        db.select({ id: residents.id, zaloUserId: residents.zaloUserId, createdAt: residents.createdAt }).from(residents).where(and(eq(residents.wardId, v.wardId), eq(residents.zaloUserId, v.userId))),
      );
      const touch = hotStatement(["id", "at"], (v) => db.update(residents).set({ lastInteractionAt: v.at }).where(eq(residents.id, v.id)));
      const [a, b, built] = await db.batch([
        byUser({ wardId, userId: "246845883529197922" }),
        byUser({ wardId, userId: "246845883529197923" }),
        db.select({ id: residents.id, zaloUserId: residents.zaloUserId, createdAt: residents.createdAt }).from(residents).where(and(eq(residents.wardId, wardId), eq(residents.zaloUserId, "246845883529197923"))),
      ]);
      expect(a).toEqual([{ id: expect.any(Number), zaloUserId: "246845883529197922", createdAt: 2 }]);
      expect(b).toEqual(built);
      const at = where === "embedded file" ? 111 : 222;
      await db.batch([touch({ id: (a as Array<{ id: number }>)[0]!.id, at })]);
      await touch({ id: (b as Array<{ id: number }>)[0]!.id, at: at + 1 });
      const rows = await opened.db.all<{ t: number }>(sql`select last_interaction_at as t from residents where ward_id = ${wardId} order by id`);
      expect(rows.map((r) => r.t)).toEqual([at, at + 1]);
      expect(await byUser({ wardId, userId: "246845883529197922" })).toEqual(a);
    });
  }
});
