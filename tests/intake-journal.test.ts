/**
 * The intake journal (server/webhooks/intake-journal.ts) and its drain (journal-drain.ts): real
 * SQLite files, the writer and the drain on separate connections as the main thread and the
 * processing thread hold them, events through the real WebhookIntake (signatures and all); then
 * the whole server with its processing thread.
 */
import { copyFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import { MemoryBlobStore } from "../server/lib/blob-store";
import { systemClock } from "../server/lib/clock";
import { silentLogger } from "../server/lib/logger";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { buildServices, type Services } from "../server/services";
import { createEmbeddedClient } from "../server/db/embedded-client";
import { dataSyncFile, type SyncFile } from "../server/webhooks/file-sync";
import { IntakeJournal, readCursor } from "../server/webhooks/intake-journal";
import { JournalDrain } from "../server/webhooks/journal-drain";
import { WebhookIntake } from "../server/webhooks/webhook-intake";
import { createZaloApi } from "../server/zalo/zalo-api";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, deliveryRows, makeTempDir, postWebhook, query, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "./support/factories";

let fake: FakeZalo;
beforeAll(async () => {
  fake = await FakeZalo.start();
});
afterAll(async () => {
  await fake?.close();
});

describe("the journal and its drain, on two connections", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let main: OpenDatabase; // the main thread's connection: intake reads, journal owner
  let processing: OpenDatabase; // the processing thread's
  let services: Services;
  let ward: TestWard;
  let path: string;
  const closers: Array<() => void> = [];

  beforeAll(async () => {
    tmp = makeTempDir("journal");
    const config = testConfig(tmp.dir, fake.url);
    main = await openNodeDatabase(config.databaseUrl);
    processing = await openNodeDatabase(config.databaseUrl, undefined, { synchronous: "NORMAL" });
    const zaloApi = createZaloApi({ openApiBase: fake.url, oauthBase: fake.url, timeoutMs: 3000 });
    services = await buildServices({ db: main.db, clock: systemClock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
    ward = await createWard(services, { slug: "phuong-journal" });
    path = IntakeJournal.pathFor(config.databaseUrl)!;
  });
  afterEach(() => closers.splice(0).forEach((c) => c()));
  afterAll(() => {
    processing?.close();
    main?.close();
    tmp?.remove();
  });

  async function openIntake(options: Parameters<typeof IntakeJournal.open>[2] = {}) {
    const journal = await IntakeJournal.open(path, main.client, options);
    closers.push(() => journal.close());
    return { journal, intake: new WebhookIntake(main.db, systemClock, services.wards, journal) };
  }

  async function receive(intake: WebhookIntake, event: ReturnType<typeof textEvent>) {
    const signed = await signedEvent(ward, event);
    return intake.receive(signed.body, signed.signature);
  }

  const stored = async (msgIds: string[]) =>
    query<{ id: number; event_key: string; status: string; deliveries: number }>(
      services,
      sql`select id, event_key, status, deliveries from webhook_events where event_key in (${sql.join(
        msgIds.map((m) => sql`${`msg:${m}`}`),
        sql`, `,
      )}) order by id`,
    );

  it("moves each acknowledged event once, counts repeated deliveries and answers duplicate from either file", async () => {
    const { intake } = await openIntake();
    const a = textEvent(ward, { userId: zaloId("2"), text: "xin chào" });
    const b = textEvent(ward, { userId: zaloId("2"), text: "làm căn cước ở đâu" });
    // A twice at once (one of the two is the duplicate, whichever is stored second), B once
    const [a1, a2, b1] = await Promise.all([receive(intake, a), receive(intake, a), receive(intake, b)]);
    expect([a1.duplicate, a2.duplicate].sort()).toEqual([false, true]);
    expect(b1.duplicate).toBe(false);
    const last = Math.max(a1.eventId, a2.eventId, b1.eventId);
    expect(await stored([a.message.msg_id, b.message.msg_id])).toEqual([]); // only in the journal so far

    const drain = new JournalDrain(processing.client, path, silentLogger);
    const first = await drain.drain();
    const rows = await stored([a.message.msg_id, b.message.msg_id]);
    // The three receives race, so the journal's order (and the moved rows' ids) is A/B or B/A
    const byKey = (r: { event_key: string; status: string; deliveries: number }) => [r.event_key, r.status, r.deliveries];
    expect(rows.map(byKey).sort()).toEqual(
      [
        [`msg:${a.message.msg_id}`, "pending", 2],
        [`msg:${b.message.msg_id}`, "pending", 1],
      ].sort(),
    );
    expect(first).toMatchObject({ moved: 3, upTo: last });
    expect(first.eventIds.sort()).toEqual(rows.map((r) => r.id).sort());
    expect(await readCursor(main.client)).toBe(last);

    // Zalo retries A after it was moved: a duplicate, found in the main file
    await services.deps.db.run(sql`update webhook_events set status = 'done' where event_key = ${`msg:${a.message.msg_id}`}`);
    expect(await receive(intake, a)).toMatchObject({ duplicate: true });
    const again = await drain.drain();
    expect(again).toMatchObject({ moved: 1, eventIds: [] }); // done: nothing to process again
    expect((await stored([a.message.msg_id]))[0]).toMatchObject({ status: "done", deliveries: 3 });
    expect(await drain.drain()).toMatchObject({ moved: 0, eventIds: [] });
  });

  it("answers each event only after a disk sync of the journal that began after its commit, and concurrent events share commits", async () => {
    // A reader on its own connection sees what is committed; each sync notes the highest id
    // committed when it began, then really syncs (slowed down, as a loaded disk would be).
    const reader = createEmbeddedClient(path, { busyTimeoutMs: 5000, pragmas: [] });
    closers.push(() => reader.close());
    const realSync = dataSyncFile();
    closers.push(() => realSync.close());
    let step = 0;
    const syncs: Array<{ path: string; covers: number; doneAt: number }> = [];
    const syncFile: SyncFile = async (file) => {
      const committed = Number((await reader.execute(`SELECT coalesce(max(id), 0) AS id FROM intake_journal`)).rows[0]!.id);
      await new Promise((r) => setTimeout(r, 40));
      await realSync(file);
      syncs.push({ path: file, covers: committed, doneAt: ++step });
    };
    const { journal, intake } = await openIntake({ syncFile });
    const events = Array.from({ length: 40 }, (_, i) => textEvent(ward, { userId: zaloId("7"), text: `câu hỏi số ${i}` }));
    const answered = await Promise.all(events.map((e) => receive(intake, e).then((r) => ({ id: r.eventId, at: ++step }))));

    expect(new Set(syncs.map((s) => s.path))).toEqual(new Set([`${path}-wal`]));
    for (const a of answered) {
      // the 200 for this event came after a sync that began once the event was committed
      expect(syncs.some((s) => s.covers >= a.id && s.doneAt < a.at), `event ${a.id}`).toBe(true);
    }
    // 40 events arriving together: a handful of transactions and syncs, not one each
    expect(journal.stats.events).toBe(40);
    expect(journal.stats.commits).toBeLessThanOrEqual(4);
    expect(journal.stats.syncs).toBeLessThanOrEqual(journal.stats.commits + 1); // + the one at open
    // and all of them reach webhook_events (leaving the journal empty for the next test)
    expect(await new JournalDrain(processing.client, path, silentLogger).drainAll()).toBe(40);
  });

  it("with two syncs in flight, a flush commits while the previous one's sync runs, and each 200 still follows a sync that began after its commit", async () => {
    const reader = createEmbeddedClient(path, { busyTimeoutMs: 5000, pragmas: [] });
    closers.push(() => reader.close());
    const realSync = dataSyncFile();
    closers.push(() => realSync.close());
    let step = 0;
    let running = 0;
    let overlapped = 0;
    const syncs: Array<{ covers: number; doneAt: number }> = [];
    const syncFile: SyncFile = async (file) => {
      if (running > 0) overlapped += 1; // began while another sync ran
      running += 1;
      const committed = Number((await reader.execute(`SELECT coalesce(max(id), 0) AS id FROM intake_journal`)).rows[0]!.id);
      await new Promise((r) => setTimeout(r, 60));
      await realSync(file);
      syncs.push({ covers: committed, doneAt: ++step });
      running -= 1;
    };
    const { journal, intake } = await openIntake({ syncFile, syncsInFlight: 2 });
    const send = (from: number) =>
      Array.from({ length: 10 }, (_, i) => textEvent(ward, { userId: zaloId("8"), text: `câu hỏi ${from + i}` })).map((e) =>
        receive(intake, e).then((r) => ({ id: r.eventId, at: ++step })),
      );
    const first = send(0);
    await new Promise((r) => setTimeout(r, 20)); // the first flush's sync is running now
    const second = send(10);
    await new Promise((r) => setTimeout(r, 20));
    const third = send(20); // two syncs running: these wait for a slot
    const answered = await Promise.all([...first, ...second, ...third]);

    expect(overlapped).toBeGreaterThan(0);
    for (const a of answered) expect(syncs.some((s) => s.covers >= a.id && s.doneAt < a.at), `event ${a.id}`).toBe(true);
    expect(journal.stats.events).toBe(30);
    expect(journal.stats.syncs).toBeLessThanOrEqual(journal.stats.commits + 1); // + the one at open
    expect(await new JournalDrain(processing.client, path, silentLogger).drainAll()).toBe(30);
  });

  it("with durability 'process', answers after the commit without a disk sync, and the events are committed", async () => {
    let syncsMade = 0;
    const realSync = dataSyncFile();
    closers.push(() => realSync.close());
    const { intake } = await openIntake({ durability: "process", syncFile: (file) => (syncsMade++, realSync(file)) });
    const atOpen = syncsMade; // the one sync at open (what an earlier process left)
    const events = Array.from({ length: 12 }, (_, i) => textEvent(ward, { userId: zaloId("9"), text: `câu hỏi ${i}` }));
    const answered = await Promise.all(events.map((e) => receive(intake, e)));
    expect(syncsMade).toBe(atOpen);
    // committed: another connection (the processing side) reads every one of them
    const reader = createEmbeddedClient(path, { busyTimeoutMs: 5000, pragmas: [] });
    closers.push(() => reader.close());
    const ids = (await reader.execute(`SELECT id FROM intake_journal WHERE id IN (${answered.map((a) => a.eventId).join(", ")})`)).rows;
    expect(ids).toHaveLength(12);
    expect(await new JournalDrain(processing.client, path, silentLogger).drainAll()).toBe(12);
  });

  it("two drains racing on two connections move every row exactly once", async () => {
    const { intake } = await openIntake();
    const events = Array.from({ length: 40 }, (_, i) => textEvent(ward, { userId: zaloId("2"), text: `câu hỏi ${i}` }));
    const accepted = await Promise.all(events.map((e) => receive(intake, e)));
    const other = await openNodeDatabase(testConfig(tmp.dir, fake.url).databaseUrl, undefined, { synchronous: "NORMAL" });
    closers.push(() => other.close());
    const drains = [new JournalDrain(processing.client, path, silentLogger), new JournalDrain(other.client, path, silentLogger)];
    const moved = await Promise.all(drains.map((d) => d.drainAll()));
    expect(moved[0]! + moved[1]!).toBe(40);
    const rows = await stored(events.map((e) => e.message.msg_id));
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.deliveries === 1 && r.status === "pending")).toBe(true);
    expect(await readCursor(main.client)).toBe(Math.max(...accepted.map((r) => r.eventId)));
  });

  it("drops rows once moved, and new rows land above the cursor even if the journal file is lost", async () => {
    const { journal, intake } = await openIntake({ cleanupEveryMs: 0 });
    const drain = new JournalDrain(processing.client, path, silentLogger);
    await drain.drainAll();
    const before = textEvent(ward, { userId: zaloId("2"), text: "trước" });
    await receive(intake, before);
    await drain.drainAll();
    const cursor = await readCursor(main.client);
    // the next flush deletes what the drain moved (the drain's connection has the journal attached)
    await receive(intake, textEvent(ward, { userId: zaloId("2"), text: "sau" }));
    const left = (await processing.client.execute("select count(*) as n, min(id) as low from intake.intake_journal")).rows[0]!;
    expect([Number(left.n), Number(left.low)]).toEqual([1, cursor + 1]);
    await drain.drainAll();

    // the journal file disappears (an operator, a disk restore): ids must not restart at 1
    journal.close();
    closers.splice(0);
    await processing.client.execute("DETACH DATABASE intake");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
    const reopened = await openIntake();
    const lost = textEvent(ward, { userId: zaloId("2"), text: "sau khi mất tệp" });
    const accepted = await receive(reopened.intake, lost);
    expect(accepted.eventId).toBeGreaterThan(await readCursor(main.client));
    await drain.drainAll();
    expect(await stored([lost.message.msg_id])).toMatchObject([{ status: "pending", deliveries: 1 }]);
  });

  it("writes the journal's WAL ahead, so acknowledging never grows it, and what was acknowledged is read back from a copy", async () => {
    // A WAL that grows makes each acknowledgement's fdatasync commit the file system's journal
    // too (bench/README.md, session 11); frames written into blocks the file has do not.
    const ahead = 24 * 1024 * 1024; // more than the default, so this open extends the file itself
    const realSync = dataSyncFile();
    closers.push(() => realSync.close());
    const sizes: number[] = [];
    const syncFile: SyncFile = async (file) => {
      sizes.push(statSync(file).size);
      await realSync(file);
    };
    const { intake } = await openIntake({ syncFile, preallocateWalBytes: ahead });
    expect(statSync(`${path}-wal`).size).toBe(ahead);
    const drain = new JournalDrain(processing.client, path, silentLogger);
    await drain.drainAll(); // what earlier tests left; and a checkpoint, so the WAL may start again
    const waves = [0, 1].map((wave) => Array.from({ length: 30 }, (_, i) => textEvent(ward, { userId: zaloId("3"), text: `đợt ${wave} câu ${i}` })));
    for (const wave of waves) {
      for (const e of wave.slice(0, 10)) await receive(intake, e); // one transaction each
      await Promise.all(wave.slice(10).map((e) => receive(intake, e))); // shared transactions
    }
    // every sync before an acknowledgement found the file at the size written ahead
    expect(sizes.length).toBeGreaterThan(2);
    expect(new Set(sizes)).toEqual(new Set([ahead]));

    // As after a power cut: the journal and its WAL copied without the WAL index (-shm), so
    // SQLite rebuilds the index from the WAL's frames; the zeros written ahead end the frames.
    const copy = makeTempDir("journal-copy");
    try {
      copyFileSync(path, join(copy.dir, "j.intake"));
      copyFileSync(`${path}-wal`, join(copy.dir, "j.intake-wal"));
      const reader = createEmbeddedClient(join(copy.dir, "j.intake"), { busyTimeoutMs: 1000, pragmas: [] });
      try {
        const keys = new Set((await reader.execute("select event_key from intake_journal")).rows.map((r) => String(r.event_key)));
        for (const e of waves.flat()) expect(keys.has(`msg:${e.message.msg_id}`), e.message.msg_id).toBe(true);
        expect((await reader.execute("PRAGMA integrity_check")).rows[0]![0]).toBe("ok");
      } finally {
        reader.close();
      }
    } finally {
      copy.remove();
    }
    // and each is moved once
    expect(await drain.drainAll()).toBe(60);
    expect(await stored(waves.flat().map((e) => e.message.msg_id))).toHaveLength(60);
  });
});

describe("the server with its processing thread", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let server: NodeServer;
  let ward: TestWard;

  beforeAll(async () => {
    tmp = makeTempDir("journal-server");
    server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1", processing: "thread" });
    const appId = zaloId("1");
    fake.registerApp(appId, "app-secret-journal");
    ward = await createWard(server.services, { slug: "phuong-journal-server", appId, appSecret: "app-secret-journal", tokens: fake.issueTokens(appId) });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    tmp?.remove();
  });

  it("answers every event once when Zalo delivers each twice at the same time", { timeout: 60_000 }, async () => {
    const users = Array.from({ length: 12 }, () => zaloId("2"));
    const events = users.map((userId) => textEvent(ward, { userId, text: "lam can cuoc o dau" }));
    const signed = await Promise.all(events.map((e) => signedEvent(ward, e)));
    const responses = await Promise.all([...signed, ...signed].map((s) => postWebhook(server.url, s)));
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Array<{ duplicate: boolean }>;
    // each event is new once and a duplicate once, whichever of its two calls came first
    for (let i = 0; i < events.length; i++) expect([bodies[i]!.duplicate, bodies[i + events.length]!.duplicate].sort()).toEqual([false, true]);
    await server.queue.idle();

    const rows = await deliveryRows(server.services, events);
    expect(rows).toHaveLength(events.length);
    expect(rows.every((r) => r.status === "done" && r.deliveries === 2)).toBe(true);
    for (const userId of users) expect(fake.requestsFor(userId).length, userId).toBeGreaterThanOrEqual(1);
    const sentPerUser = users.map((u) => fake.sent(u).length);
    expect(new Set(sentPerUser).size).toBe(1); // the same reply, sent once to each
  });
});
