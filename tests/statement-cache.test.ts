/**
 * The embedded client keeps prepared statements per connection (server/db/embedded-client.ts).
 * Reused statements must behave as fresh ones: after a failed execution, after a schema change,
 * inside and outside batches, and every write must still be committed (checked by reopening the file).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import { makeTempDir, testConfig } from "./support/factories";

describe("prepared statements kept per connection", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let url: string;
  let opened: OpenDatabase;

  beforeAll(async () => {
    tmp = makeTempDir("stmt-cache");
    url = testConfig(tmp.dir, "http://127.0.0.1:9").databaseUrl;
    opened = await openNodeDatabase(url);
    await opened.client.executeMultiple("create table probe (id integer primary key, name text not null unique)");
  });
  afterAll(() => {
    opened?.close();
    tmp?.remove();
  });

  const insert = "insert into probe (name) values (?) returning id";
  const names = async (o: OpenDatabase) => (await o.client.execute("select name from probe order by id")).rows.map((r) => r.name);

  it("runs a statement again after it failed, and commits what follows", async () => {
    const c = opened.client;
    await c.execute({ sql: insert, args: ["a"] });
    await expect(c.execute({ sql: insert, args: ["a"] })).rejects.toThrow(/UNIQUE/);
    await c.execute({ sql: insert, args: ["b"] });
    // the same statement failing inside a batch rolls the batch back; the next batch commits
    await expect(c.batch([{ sql: insert, args: ["c"] }, { sql: insert, args: ["a"] }], "write")).rejects.toThrow(/UNIQUE/);
    await c.batch([{ sql: insert, args: ["c"] }, { sql: insert, args: ["d"] }], "write");
    for (let i = 0; i < 50; i++) await c.execute({ sql: insert, args: [`n${i}`] });
    expect((await names(opened)).slice(0, 4)).toEqual(["a", "b", "c", "d"]);
    // committed for good: another connection, after this one closed, reads them all
    opened.close();
    opened = await openNodeDatabase(url);
    expect(await names(opened)).toHaveLength(54);
  });

  it("keeps answering right past its bound and between PRAGMAs", async () => {
    const c = opened.client;
    for (let i = 0; i < 620; i++) {
      const r = await c.execute({ sql: `select ${i} as k, count(*) as n from probe where name <> ?`, args: ["zz"] });
      expect(Number(r.rows[0]!.k)).toBe(i);
      if (i % 100 === 0) await c.execute(`PRAGMA main.synchronous = ${i % 200 ? "NORMAL" : "FULL"}`);
    }
    expect((await c.execute({ sql: "select 0 as k, count(*) as n from probe where name <> ?", args: ["zz"] })).rows[0]!.n).toBe(54);
  });

  it("keeps telling statements that return rows from those that do not, and their columns", async () => {
    const c = opened.client;
    for (let i = 0; i < 3; i++) {
      // no data: run (rowsAffected, lastInsertRowid), never read as rows
      const w = await c.execute({ sql: "update probe set name = name where name = ?", args: ["a"] });
      expect([w.rowsAffected, w.columns, w.rows]).toEqual([1, [], []]);
      const ins = await c.execute({ sql: "insert into probe (name) values (?)", args: [`w${i}`] });
      expect(ins.rowsAffected).toBe(1);
      expect(Number(ins.lastInsertRowid)).toBeGreaterThan(0);
      // data: its own columns each time, also when the same text runs in a batch
      const [r, b] = await c.batch([{ sql: "select name as n, id from probe where name = ?", args: [`w${i}`] }, { sql: "select id as k from probe where name = ?", args: ["a"] }], "read");
      expect(r!.columns).toEqual(["n", "id"]);
      expect(r!.rows[0]!.n).toBe(`w${i}`);
      expect(b!.columns).toEqual(["k"]);
    }
    await c.execute({ sql: "delete from probe where name like ?", args: ["w%"] });
  });

  it("sees a schema change made after a statement was kept", async () => {
    const c = opened.client;
    const all = "select * from probe where name = ?";
    expect((await c.execute({ sql: all, args: ["a"] })).columns).toEqual(["id", "name"]);
    await c.executeMultiple("alter table probe add column note text default 'x'");
    const after = await c.execute({ sql: all, args: ["a"] });
    expect(after.columns).toEqual(["id", "name", "note"]);
    expect(after.rows[0]!.note).toBe("x");
  });
});
