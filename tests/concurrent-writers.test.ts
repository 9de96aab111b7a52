/**
 * Two writers on one database file, as the real server has them: the main thread (intake in the
 * main file, console, mini app, rate counters) and the processing thread, each with its own
 * connection; a CLI is a third. Real SQLite files; the lock holder is a real connection in
 * another thread. What server/db/embedded-client.ts repairs:
 * - a write batch that begins with reads (drizzle's db.batch is a DEFERRED transaction) met a
 *   write lock and failed at once with SQLITE_BUSY instead of waiting;
 * - after a SQLITE_BUSY, libsql left the failed statement in progress: the connection then
 *   failed every write at once and, worse, "succeeded" writes it never committed;
 * - a connection the pool opened to replace a dropped one had none of the settings;
 * - a transaction that failed busy at once was not tried again.
 */
import { Worker } from "node:worker_threads";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, makeTempDir, postWebhook, query, signedEvent, sleep, testConfig, textEvent, waitFor, zaloId, type TestWard } from "./support/factories";

/** Another connection, in another thread, holding the write lock of `url` for `holdMs`. */
function holdWriteLock(url: string, holdMs: number): { locked: Promise<void>; released: Promise<void> } {
  const worker = new Worker(
    `const { parentPort, workerData } = require("node:worker_threads");
     const { createClient } = require("@libsql/client");
     (async () => {
       const client = createClient({ url: workerData.url });
       const tx = await client.transaction("write"); // BEGIN IMMEDIATE: the write lock, held
       await tx.execute("INSERT INTO scratch (v) VALUES ('holder')");
       parentPort.postMessage("locked");
       setTimeout(async () => {
         await tx.commit();
         client.close();
         parentPort.postMessage("released");
       }, workerData.holdMs);
     })().catch((err) => parentPort.postMessage("error: " + err.message));`,
    { eval: true, workerData: { url, holdMs } },
  );
  const message = (expected: string) =>
    new Promise<void>((resolve, reject) => {
      const onMessage = (m: string) => {
        if (m === expected) resolve();
        else if (m.startsWith("error")) reject(new Error(m));
        else return;
        worker.off("message", onMessage);
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
    });
  return { locked: message("locked"), released: message("released") };
}

describe("one file, two connections", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let url: string;
  const opened: OpenDatabase[] = [];

  beforeAll(async () => {
    tmp = makeTempDir("writers");
    url = `file:${tmp.dir}/test.db`;
    const setup = await openNodeDatabase(url);
    await setup.client.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    setup.close();
  });
  afterAll(() => {
    opened.forEach((o) => o.close());
    tmp?.remove();
  });

  const open = async (options: Parameters<typeof openNodeDatabase>[2] = {}) => {
    const o = await openNodeDatabase(url, undefined, options);
    opened.push(o);
    return o;
  };
  const values = async (o: OpenDatabase) => (await o.client.execute("SELECT v FROM scratch ORDER BY id")).rows.map((r) => r.v);

  it("a write batch that begins with reads waits for the other connection's lock, and commits", { timeout: 30_000 }, async () => {
    const writer = await open({ synchronous: "NORMAL" });
    const other = await open();
    await writer.client.execute("SELECT 1"); // connection open before the lock is taken
    const holder = holdWriteLock(url, 300);
    await holder.locked;
    // what drizzle's db.batch sends: no transaction mode, reads first (the processing thread's
    // state batch: ward, calendar, version, then the resident upsert)
    const results = await writer.client.batch(["SELECT count(*) AS n FROM scratch", { sql: "INSERT INTO scratch (v) VALUES (?)", args: ["batch"] }]);
    expect(results).toHaveLength(2);
    expect(Number(results[0]!.rows[0]!.n)).toBe(1); // the holder's row: read after the lock was ours
    await holder.released;
    // committed: seen by another connection, and the writer's next write commits too
    await writer.client.execute({ sql: "INSERT INTO scratch (v) VALUES (?)", args: ["after"] });
    expect(await values(other)).toEqual(["holder", "batch", "after"]);
  });

  it("a DEFERRED batch that cannot upgrade its read at once is run again, whole, once the lock is free", { timeout: 30_000 }, async () => {
    await (await open()).client.execute("DELETE FROM scratch");
    const writer = await open();
    const other = await open();
    await writer.client.execute("SELECT 1");
    const holder = holdWriteLock(url, 150);
    await holder.locked;
    // asked for explicitly: a read first, then a write that needs the lock the holder has
    const results = await writer.client.batch(["SELECT count(*) AS n FROM scratch", { sql: "INSERT INTO scratch (v) VALUES (?)", args: ["deferred"] }], "deferred");
    expect(Number(results[0]!.rows[0]!.n)).toBe(1); // the successful run read after the holder committed
    await holder.released;
    await writer.client.execute({ sql: "INSERT INTO scratch (v) VALUES (?)", args: ["after"] });
    expect(await values(other)).toEqual(["holder", "deferred", "after"]); // once each, committed
  });

  it("a connection that met SQLITE_BUSY is replaced: later writes commit, with the same settings", { timeout: 30_000 }, async () => {
    await (await open()).client.execute("DELETE FROM scratch");
    const writer = await open({ synchronous: "NORMAL", busyTimeoutMs: 50 });
    const other = await open();
    await writer.client.execute("SELECT 1");
    const holder = holdWriteLock(url, 2000); // longer than the busy timeout and every retry
    await holder.locked;
    await expect(writer.client.execute({ sql: "INSERT INTO scratch (v) VALUES (?)", args: ["refused"] })).rejects.toThrow(/SQLITE_BUSY/);
    await holder.released;
    await writer.client.execute({ sql: "INSERT INTO scratch (v) VALUES (?)", args: ["later"] });
    // the write is committed (other connections see it), and the lock is free again
    expect(await values(other)).toEqual(["holder", "later"]);
    await other.client.execute({ sql: "INSERT INTO scratch (v) VALUES (?)", args: ["other"] });
    const setting = async (name: string) => Number(Object.values((await writer.client.execute(`PRAGMA ${name}`)).rows[0]!)[0]);
    expect(await setting("foreign_keys")).toBe(1);
    expect(await setting("synchronous")).toBe(1); // NORMAL
    expect(await setting("busy_timeout")).toBe(50);
  });
});

describe("the server with the intake in the main file: main thread and processing thread write at once", () => {
  let fake: FakeZalo;
  let tmp: ReturnType<typeof makeTempDir>;
  let server: NodeServer;
  let ward: TestWard;

  beforeAll(async () => {
    fake = await FakeZalo.start();
    tmp = makeTempDir("writers-server");
    server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1", processing: "thread", intakeJournal: false });
    const appId = zaloId("1");
    fake.registerApp(appId, "app-secret-writers");
    ward = await createWard(server.services, { slug: "phuong-writers", appId, appSecret: "app-secret-writers", tokens: fake.issueTokens(appId) });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    tmp?.remove();
  });

  it("answers every event of a burst exactly once, nothing left pending", { timeout: 120_000 }, async () => {
    const users = Array.from({ length: 120 }, () => zaloId("2"));
    const signed = await Promise.all(users.map((userId) => signedEvent(ward, textEvent(ward, { userId, text: "lam can cuoc o dau" }))));
    // in waves, so the main thread stores events while the processing thread writes answers
    const posts: Array<Promise<Response>> = [];
    for (let wave = 0; wave < 6; wave++) {
      posts.push(...signed.slice(wave * 20, wave * 20 + 20).map((s) => postWebhook(server.url, s)));
      await sleep(100);
    }
    const responses = await Promise.all(posts);
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    await server.queue.idle();
    // no sweep in this test (SWEEP_INTERVAL_MS is an hour): every event is answered as it comes
    const open = async () =>
      (await query<{ n: number }>(server.services, sql`select count(*) as n from webhook_events where status <> 'done'`))[0]!.n === 0;
    await waitFor(open, { timeoutMs: 45_000, intervalMs: 200, what: "every event processed" }).catch(() => undefined);
    const statuses = await query<{ status: string; n: number }>(server.services, sql`select status, count(*) as n from webhook_events group by status`);
    expect(statuses).toEqual([{ status: "done", n: users.length }]);
    const unsent = await query<{ n: number }>(server.services, sql`select count(*) as n from outbox where status <> 'sent'`);
    expect(unsent[0]!.n).toBe(0);
    const sentPerUser = users.map((u) => fake.sent(u).length);
    expect(sentPerUser.every((n) => n > 0)).toBe(true);
    expect(new Set(sentPerUser).size).toBe(1); // the same reply, sent once to each
  });
});
