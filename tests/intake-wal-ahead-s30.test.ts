/**
 * The intake journal's WAL written ahead by default (session 30): a server started from the
 * default configuration writes its journal's WAL to PREALLOCATE_WAL_BYTES at start, so no
 * acknowledgement's disk sync has to grow the file (server/webhooks/intake-journal.ts,
 * preallocateWal; the measurements in bench/README.md). Real server, real processing child,
 * real files, the fake Zalo on loopback; every acknowledged event is still stored and answered once.
 */
import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../server/config/env";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { PREALLOCATE_WAL_BYTES } from "../server/webhooks/intake-journal";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, deliveryRows, makeTempDir, postWebhook, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "./support/factories";

describe("the intake journal's WAL written ahead by default", () => {
  let fake: FakeZalo;
  let tmp: ReturnType<typeof makeTempDir>;
  let server: NodeServer;
  let ward: TestWard;

  beforeAll(async () => {
    fake = await FakeZalo.start();
    tmp = makeTempDir("wal-ahead-s30");
    // the default configuration: nothing about the WAL set
    server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1", processing: "thread" });
    const appId = zaloId("1");
    fake.registerApp(appId, "app-secret-wal-ahead");
    ward = await createWard(server.services, { slug: "phuong-wal-ahead", appId, appSecret: "app-secret-wal-ahead", tokens: fake.issueTokens(appId) });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    tmp?.remove();
  });

  it("is 16 MiB unless configured, and 0 turns it off", () => {
    expect(PREALLOCATE_WAL_BYTES).toBe(16 * 1024 * 1024);
    expect(parseEnv({}).intakeWalPreallocateBytes).toBe(PREALLOCATE_WAL_BYTES);
    expect(parseEnv({ INTAKE_WAL_PREALLOCATE_BYTES: "0" }).intakeWalPreallocateBytes).toBe(0);
  });

  it("acknowledges without growing the WAL, and answers every acknowledged event once", { timeout: 60_000 }, async () => {
    const journal = server.intakeJournal!;
    expect(journal).toBeDefined();
    const wal = `${journal.path}-wal`;
    expect(statSync(wal).size).toBe(PREALLOCATE_WAL_BYTES);

    const trace = { commitMs: [] as number[], syncMs: [] as number[], queuedMs: [] as number[], storedMs: [] as number[], walGrew: [] as boolean[] };
    journal.trace = trace;
    const users = Array.from({ length: 40 }, () => zaloId("2"));
    const events = users.map((userId, i) => textEvent(ward, { userId, text: i % 2 ? "làm căn cước ở đâu" : "giờ làm việc của phường" }));
    const signed = await Promise.all(events.map((e) => signedEvent(ward, e)));
    const statuses: number[] = [];
    for (const s of signed.slice(0, 10)) statuses.push((await postWebhook(server.url, s)).status); // one flush each
    statuses.push(...(await Promise.all(signed.slice(10).map((s) => postWebhook(server.url, s)))).map((r) => r.status)); // shared flushes
    journal.trace = undefined;
    expect(statuses).toEqual(signed.map(() => 200));

    // the first flush compares with no earlier size; every later one found the file as written ahead
    expect(trace.walGrew.length).toBeGreaterThan(2);
    expect(trace.walGrew.slice(1).every((grew) => !grew)).toBe(true);
    expect(statSync(wal).size).toBe(PREALLOCATE_WAL_BYTES);

    await server.queue.idle();
    const rows = await deliveryRows(server.services, events);
    expect(rows).toHaveLength(events.length);
    expect(rows.every((r) => r.status === "done" && r.deliveries === 1)).toBe(true);
    for (const userId of users) expect(fake.sent(userId), userId).toHaveLength(1);
  });
});
