/**
 * Group processing (issue 15): the processing thread takes queued events in groups sharing their
 * commits (server/conversations/event-groups.ts). Every event must still be answered exactly
 * once, a resident's events in the order they came, and one event that cannot be processed must
 * not hold back the others of its group. Real database files, the local Zalo fake.
 */
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventGroups, GROUP_MAX } from "../server/conversations/event-groups";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import * as schema from "../server/db/schema";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { MemoryBlobStore } from "../server/lib/blob-store";
import { systemClock } from "../server/lib/clock";
import { silentLogger } from "../server/lib/logger";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { buildServices, type Services } from "../server/services";
import { createZaloApi } from "../server/zalo/zalo-api";
import { createPooledZaloHttp } from "../server/zalo/pooled-zalo-http";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, KNOWLEDGE_DIR, makeTempDir, postWebhook, query, signedEvent, testConfig, textEvent, waitFor, zaloId, type TestWard } from "./support/factories";

const QUESTIONS = ["lam can cuoc o dau", "dang ky khai sinh can giay to gi", "thu tuc dang ky ket hon", "xac nhan cu tru lam the nao"];
/**
 * A conversation whose turns only make sense in order: the follow-ups are answered from the
 * memory the turn before left (as in conversation.test.ts), so a reply shows whether its turn saw
 * the previous one's writes.
 */
const CONVERSATION = [
  { text: "làm căn cước ở đâu", reply: /^Nơi làm \(Làm, cấp đổi, cấp lại thẻ căn cước\):/ },
  { text: "mất bao lâu?", reply: /^Thời gian giải quyết \(Làm, cấp đổi, cấp lại thẻ căn cước\):/ },
  { text: "giay to can mang", reply: /^Giấy tờ cần mang \(Làm, cấp đổi, cấp lại thẻ căn cước\):/ },
  { text: "đăng ký khai sinh cho con cần giấy tờ gì", reply: /^Giấy tờ cần mang \(Đăng ký khai sinh cho con\):/ },
];

let fake: FakeZalo;
beforeAll(async () => {
  fake = await FakeZalo.start();
});
afterAll(async () => {
  await fake?.close();
});

describe("a burst through the processing thread, in groups", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let server: NodeServer;
  let ward: TestWard;

  beforeAll(async () => {
    tmp = makeTempDir("event-groups-thread");
    // the thread waits before each group, so the whole burst is queued and taken as groups
    server = await startNodeServer(testConfig(tmp.dir, fake.url, { WEBHOOK_PROCESS_DELAY_MS: "1500" }), { hostname: "127.0.0.1", processing: "thread" });
    const appId = zaloId("1");
    fake.registerApp(appId, "app-secret-groups");
    ward = await createWard(server.services, { slug: "phuong-groups", appId, appSecret: "app-secret-groups", tokens: fake.issueTokens(appId) });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    tmp?.remove();
  });

  it("answers each event exactly once, a resident's events in their order", { timeout: 120_000 }, async () => {
    const single = Array.from({ length: 40 }, () => zaloId("2"));
    const several = Array.from({ length: 3 }, () => zaloId("3"));
    // several residents hold a conversation of four turns each, among everyone else's questions:
    // a wave per turn, its events sent at once (the first group holds at least the first wave)
    const waves = CONVERSATION.map((turn, k) =>
      [...single.slice(k * 10, k * 10 + 10).map((userId, i) => ({ userId, text: QUESTIONS[i % QUESTIONS.length]! })), ...several.map((userId) => ({ userId, text: turn.text }))].map((e) =>
        textEvent(ward, e),
      ),
    );
    for (const wave of waves) {
      const responses = await Promise.all(wave.map(async (e) => postWebhook(server.url, await signedEvent(ward, e))));
      expect(responses.map((r) => r.status)).toEqual(wave.map(() => 200));
    }
    const stored = waves.flat();
    await server.queue.idle();
    await waitFor(async () => (await query<{ n: number }>(server.services, sql`select count(*) as n from webhook_events where status = 'done'`))[0]!.n === stored.length || undefined, {
      timeoutMs: 60_000,
      what: "every event processed",
    });

    // exactly once: every part of every reply written once and sent once, nothing left
    const rows = await query<{ user: string; key: string; status: string; payload: string }>(
      server.services,
      sql`select r.zalo_user_id as user, o.dedupe_key as key, o.status, o.payload from outbox o join residents r on r.id = o.resident_id where r.ward_id = ${ward.id} order by o.id`,
    );
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    const eventIds = new Set(rows.map((r) => r.key.split(":")[1]));
    expect(eventIds.size).toBe(stored.length);
    const sentCount = [...single, ...several].reduce((n, u) => n + fake.sent(u).length, 0);
    expect(sentCount).toBe(rows.length);

    // per-resident order: the replies reached Zalo in the order of the questions
    for (const userId of several) {
      const own = rows.filter((r) => r.user === userId);
      const eventOf = new Map(own.map((r) => [JSON.stringify(JSON.parse(r.payload)), Number(r.key.split(":")[1])]));
      expect(eventOf.size, "the four questions' replies differ").toBe(own.length);
      const order = fake.sent(userId).map((m) => eventOf.get(JSON.stringify(m)));
      expect(order.every((id) => id !== undefined)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a! - b!));
      expect(new Set(order).size).toBe(CONVERSATION.length);
      // each turn was answered knowing the turns before it
      const replies = fake.sent(userId).filter((m) => CONVERSATION.some((t) => t.reply.test(m.text ?? "")));
      expect(replies).toHaveLength(CONVERSATION.length);
      CONVERSATION.forEach((turn, i) => expect(replies[i]!.text).toMatch(turn.reply));
      // and the conversation went in that order too: question, reply, question, reply…
      const turns = await query<{ direction: string; event_id: number }>(
        server.services,
        sql`select m.direction, m.event_id from messages m join residents r on r.id = m.resident_id where r.zalo_user_id = ${userId} order by m.id`,
      );
      expect(turns.map((t) => t.direction)).toEqual(CONVERSATION.flatMap(() => ["in", "out"]));
      const byEvent = turns.map((t) => t.event_id);
      expect(byEvent).toEqual([...byEvent].sort((a, b) => a - b));
    }
  });
});

describe("groups on one connection, without the processing thread", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let opened: OpenDatabase;
  let services: Services;
  let groups: EventGroups;
  let ward: TestWard;

  beforeAll(async () => {
    tmp = makeTempDir("event-groups-failure");
    const config = testConfig(tmp.dir, fake.url);
    opened = await openNodeDatabase(config.databaseUrl, undefined, { synchronous: "NORMAL" });
    const zaloApi = createZaloApi({ openApiBase: fake.url, oauthBase: fake.url, timeoutMs: 3000 });
    services = await buildServices({ db: opened.db, clock: systemClock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
    await services.knowledge.replaceAll((await readKnowledgeDir(KNOWLEDGE_DIR, { strict: true })).kb);
    groups = new EventGroups(opened.db, services.conversations, services.outbox, silentLogger);
    const appId = zaloId("1");
    fake.registerApp(appId, "app-secret-groups-failure");
    ward = await createWard(services, { slug: "phuong-groups-failure", appId, appSecret: "app-secret-groups-failure", tokens: fake.issueTokens(appId) });
    // the database itself refuses one resident's message (as a constraint or a full disk would)
    await opened.client.execute(`create trigger refuse_one before insert on messages when new.text = 'cau hoi bi tu choi' begin select raise(abort, 'refused by the test trigger'); end`);
  }, 60_000);
  afterAll(async () => {
    opened?.close();
    tmp?.remove();
  });

  it("keeps a resident's turns in order when two callers (the queue and the sweeper) process groups at once", { timeout: 60_000 }, async () => {
    const userId = zaloId("5");
    const others = Array.from({ length: 5 }, () => zaloId("5"));
    const store = async (user: string, text: string) => {
      const s = await signedEvent(ward, textEvent(ward, { userId: user, text }));
      return (await services.intake.receive(s.body, s.signature)).eventId;
    };
    const first = [await store(userId, CONVERSATION[0]!.text), ...(await Promise.all(others.map((u) => store(u, QUESTIONS[1]!))))];
    const second = await store(userId, CONVERSATION[1]!.text);
    // both start before either has written anything
    const [a, b] = await Promise.all([groups.process(first), groups.process([second])]);
    await Promise.all([a.sent, b.sent]);
    expect(a.processed + b.processed).toBe(first.length + 1);
    const replies = fake.sent(userId).map((m) => m.text ?? "");
    expect(replies[0]).toMatch(CONVERSATION[0]!.reply);
    expect(replies.find((t) => CONVERSATION[1]!.reply.test(t)), "the follow-up was answered from the first turn's memory").toBeDefined();
  });

  it("answers the others and leaves the bad one for a retry", { timeout: 60_000 }, async () => {
    const users = Array.from({ length: 6 }, () => zaloId("4"));
    const bad = users[2]!;
    const ids: number[] = [];
    for (const userId of users) {
      const s = await signedEvent(ward, textEvent(ward, { userId, text: userId === bad ? "cau hoi bi tu choi" : QUESTIONS[0]! }));
      ids.push((await services.intake.receive(s.body, s.signature)).eventId);
    }
    const result = await groups.process(ids);
    await result.sent;
    expect(result.processed).toBe(users.length - 1);

    const status = await query<{ id: number; status: string; attempts: number; last_error: string | null }>(
      services,
      sql`select id, status, attempts, last_error from webhook_events where id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) order by id`,
    );
    expect(status.filter((s) => s.status === "done")).toHaveLength(users.length - 1);
    const failed = status[2]!;
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed.last_error).toContain("refused by the test trigger");
    for (const userId of users) expect(fake.sent(userId).length > 0, userId).toBe(userId !== bad);
    // nothing of the bad event was written (its batch was its own)
    const written = await query<{ n: number }>(services, sql`select count(*) as n from messages where event_id = ${ids[2]!}`);
    expect(written[0]!.n).toBe(0);

    // once the database accepts it, the retry answers it, once
    await opened.client.execute("drop trigger refuse_one");
    const retry = await groups.process([ids[2]!]);
    await retry.sent;
    expect(retry.processed).toBe(1);
    expect(fake.sent(bad).length).toBeGreaterThan(0);
    const sentBefore = users.filter((u) => u !== bad).map((u) => fake.sent(u).length);
    expect(await groups.process(ids)).toMatchObject({ processed: 0 }); // all done: nothing claimed again
    expect(users.filter((u) => u !== bad).map((u) => fake.sent(u).length)).toEqual(sentBefore);
  });

  it("writes a round's message rows in a few statements (not two per event), in event order, with the ids one by one would give", { timeout: 60_000 }, async () => {
    // the groups' own client records the statements of each batch
    const batches: string[][] = [];
    const client = new Proxy(opened.client, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (prop !== "batch" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
        return (stmts: Array<{ sql: string }>, mode?: unknown) => {
          batches.push(stmts.map((st) => st.sql));
          return (value as (s: unknown, m?: unknown) => unknown).call(target, stmts, mode);
        };
      },
    });
    const own = new EventGroups(drizzle(client, { schema }) as unknown as typeof opened.db, services.conversations, services.outbox, silentLogger);
    const users = Array.from({ length: 41 }, () => zaloId("7"));
    const ids: number[] = [];
    for (const [i, userId] of users.entries()) {
      const s = await signedEvent(ward, textEvent(ward, { userId, text: QUESTIONS[i % QUESTIONS.length]! }));
      ids.push((await services.intake.receive(s.body, s.signature)).eventId);
    }
    const result = await own.process(ids);
    await result.sent;
    expect(result.processed).toBe(users.length);
    const writeBatch = batches.find((b) => b.some((q) => /^update "webhook_events" set .*"processed_at" = /.test(q)))!;
    // 82 rows (the question and the reply of 41 events): 32 + 32 + 8 + 8 + 2 rows, 5 statements instead of 82
    const inserts = writeBatch.filter((q) => /^insert into "messages"/.test(q));
    expect(inserts.map((q) => q.match(/\(null, /g)?.length)).toEqual([32, 32, 8, 8, 2]);
    // per event besides: its ask log, its reply's outbox insert, its conversation row (no scam, no handoff)
    expect(writeBatch.length).toBe(3 * users.length + inserts.length + 1);
    const rows = await query<{ id: number; event_id: number; direction: string; author: string }>(
      services,
      sql`select id, event_id, direction, author from messages where event_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) order by id`,
    );
    expect(rows.map((r) => [r.event_id, r.direction, r.author])).toEqual(ids.flatMap((id) => [[id, "in", "resident"], [id, "out", "bot"]]));
    expect(rows.at(-1)!.id - rows[0]!.id).toBe(rows.length - 1);
    for (const userId of users) expect(fake.sent(userId).length, userId).toBeGreaterThan(0);
    // the sends of the round are recorded in ONE statement (not one per part), each part with its own Zalo message id and time
    const bookkeeping = batches.filter((b) => b.some((q) => /^update "outbox" set status = 'sent'/.test(q)));
    expect(bookkeeping.map((b) => b.length)).toEqual([1]);
    const parts = await query<{ status: string; zalo_message_id: string | null; sent_at: number | null; lock_until: number | null; user: string }>(
      services,
      sql`select o.status, o.zalo_message_id, o.sent_at, o.lock_until, r.zalo_user_id as user from outbox o join residents r on r.id = o.resident_id
        where o.dedupe_key in (${sql.join(ids.map((id) => sql`${`event:${id}:0`}`), sql`, `)}) order by o.id`,
    );
    expect(parts).toHaveLength(users.length);
    for (const part of parts) {
      expect(part).toMatchObject({ status: "sent", lock_until: null });
      expect(part.sent_at).toBeGreaterThan(0);
      expect(part.zalo_message_id).toBe(fake.requestsFor(part.user).at(-1)?.messageId);
    }
    expect(new Set(parts.map((p) => p.zalo_message_id)).size).toBe(users.length);
  });

  it("marks a round's events done in one statement of its write batch; if that mark fails, nothing of the round stays written and each event is answered once", { timeout: 60_000 }, async () => {
    // the groups' own client: it records the write batches, and fails the round's done-mark once
    // (malformed ids at run time, after the round's other writes ran in the same transaction: a
    // crash between them)
    const batches: string[][] = [];
    let failures = 0;
    const client = new Proxy(opened.client, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (prop !== "batch" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
        return (stmts: Array<{ sql: string; args: unknown[] }>, mode?: unknown) => {
          batches.push(stmts.map((st) => st.sql));
          if (failOnce.has(stmts.length) && stmts.some((st) => /json_each/.test(st.sql))) {
            failOnce.delete(stmts.length);
            failures++;
            stmts = stmts.map((st) => (/json_each/.test(st.sql) ? { ...st, args: st.args.map((a) => (typeof a === "string" && a.startsWith("[") ? "not json" : a)) } : st));
          }
          return (value as (s: unknown, m?: unknown) => unknown).call(target, stmts, mode);
        };
      },
    });
    const failOnce = new Set<number>();
    const own = new EventGroups(drizzle(client, { schema }) as unknown as typeof opened.db, services.conversations, services.outbox, silentLogger);
    const store = async (users: string[]) => {
      const ids: number[] = [];
      for (const userId of users) {
        const s = await signedEvent(ward, textEvent(ward, { userId, text: QUESTIONS[3]! }));
        ids.push((await services.intake.receive(s.body, s.signature)).eventId);
      }
      return ids;
    };
    const written = async (ids: number[]) => {
      const list = sql.join(ids.map((id) => sql`${id}`), sql`, `);
      const [row] = await query<{ done: number; messages: number; parts: number; sent: number }>(
        services,
        sql`select (select count(*) from webhook_events where id in (${list}) and status = 'done') as done,
          (select count(*) from messages where event_id in (${list})) as messages,
          (select count(*) from outbox where dedupe_key in (${sql.join(ids.map((id) => sql`${`event:${id}:0`}`), sql`, `)})) as parts,
          (select count(*) from outbox o join residents r on r.id = o.resident_id where r.ward_id = ${ward.id} and o.status = 'sent' and o.dedupe_key like 'event:%') as sent`,
      );
      return row!;
    };

    // a normal round: one done-mark for its events, the batch's last statement
    const users = Array.from({ length: 5 }, () => zaloId("6"));
    const ids = await store(users);
    const normal = await own.process(ids);
    await normal.sent;
    expect(normal.processed).toBe(users.length);
    const writeBatch = batches.find((b) => b.some((q) => /^update "webhook_events" set .*"processed_at" = /.test(q)))!;
    expect(writeBatch.filter((q) => /^update "webhook_events"/.test(q))).toHaveLength(1);
    expect(writeBatch.at(-1)).toMatch(/json_each/);
    expect(await written(ids)).toMatchObject({ done: users.length, messages: 2 * users.length, parts: users.length });

    // the same, with the round's done-mark failing once (the batch's size as the normal round's)
    const more = Array.from({ length: 5 }, () => zaloId("6"));
    const ids2 = await store(more);
    failOnce.add(writeBatch.length);
    const sentBefore = (await written([])).sent;
    const result = await own.process(ids2);
    await result.sent;
    expect(failures).toBe(1);
    expect(result.processed).toBe(more.length);
    // answered once each (by the fallback, event by event): one question and one reply recorded, one reply sent
    expect(await written(ids2)).toMatchObject({ done: more.length, messages: 2 * more.length, parts: more.length });
    for (const userId of more) expect(fake.sent(userId).length, userId).toBe(fake.sent(users[0]!).length);
    expect((await written([])).sent - sentBefore).toBe(more.length * fake.sent(users[0]!).length);
    expect(await own.process(ids2)).toMatchObject({ processed: 0 });
  });
});

describe("a backlog of groups on one connection, replies going out meanwhile", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let opened: OpenDatabase;
  let services: Services;
  let ward: TestWard;
  let zaloHttp: ReturnType<typeof createPooledZaloHttp>;

  beforeAll(async () => {
    tmp = makeTempDir("event-groups-backlog");
    const config = testConfig(tmp.dir, fake.url);
    opened = await openNodeDatabase(config.databaseUrl, undefined, { synchronous: "NORMAL" });
    // as the processing thread sends: pooled keep-alive connections, a request written only after the loop read its sockets
    zaloHttp = createPooledZaloHttp();
    const zaloApi = createZaloApi({ openApiBase: fake.url, oauthBase: fake.url, timeoutMs: 3000, http: zaloHttp.http });
    services = await buildServices({ db: opened.db, clock: systemClock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
    await services.knowledge.replaceAll((await readKnowledgeDir(KNOWLEDGE_DIR, { strict: true })).kb);
    const appId = zaloId("1");
    fake.registerApp(appId, "app-secret-groups-backlog");
    ward = await createWard(services, { slug: "phuong-groups-backlog", appId, appSecret: "app-secret-groups-backlog", tokens: fake.issueTokens(appId) });
  }, 60_000);
  afterAll(async () => {
    await zaloHttp?.close();
    opened?.close();
    tmp?.remove();
  });

  it("sends the first group's replies while the next groups are answered, not only once the backlog is written", { timeout: 120_000 }, async () => {
    // three full groups queued, taken one after another as the processing thread's queue does
    // (the next group once the one before is written); Zalo (the fake) is on this event loop
    const groups = new EventGroups(opened.db, services.conversations, services.outbox, silentLogger);
    const backlog: Array<{ users: string[]; ids: number[] }> = [];
    for (let g = 0; g < 3; g++) {
      const users = Array.from({ length: GROUP_MAX }, () => zaloId("7"));
      const ids: number[] = [];
      for (const [i, userId] of users.entries()) {
        const s = await signedEvent(ward, textEvent(ward, { userId, text: QUESTIONS[i % QUESTIONS.length]! }));
        ids.push((await services.intake.receive(s.body, s.signature)).eventId);
      }
      backlog.push({ users, ids });
    }
    const sentTo = (users: string[]) => users.reduce((n, u) => n + fake.sent(u).length, 0);
    let processed = 0;
    for (const { ids } of backlog) processed += (await groups.process(ids)).processed;
    // the whole backlog is answered and written: the first group's replies went out meanwhile
    // (before: none had, its sends waited for the loop to turn once every group was written)
    const firstGroupSent = sentTo(backlog[0]!.users);
    expect(processed).toBe(3 * GROUP_MAX);
    expect(firstGroupSent, "replies of the first group Zalo had received when the last group was written").toBeGreaterThan(0);

    // and every event answered exactly once
    await groups.settled();
    const all = backlog.flatMap((b) => b.users);
    const parts = await query<{ n: number; sent: number }>(
      services,
      sql`select count(*) as n, count(*) filter (where o.status = 'sent') as sent from outbox o join residents r on r.id = o.resident_id where r.ward_id = ${ward.id}`,
    );
    expect(parts[0]!.sent).toBe(parts[0]!.n);
    expect(sentTo(all)).toBe(parts[0]!.n);
    for (const userId of all) expect(fake.sent(userId).length, userId).toBeGreaterThan(0);
    const events = await query<{ n: number }>(
      services,
      sql`select count(*) as n from webhook_events where status = 'done' and id in (${sql.join(backlog.flatMap((b) => b.ids).map((id) => sql`${id}`), sql`, `)})`,
    );
    expect(events[0]!.n).toBe(3 * GROUP_MAX);
    console.log(`first group's replies at Zalo when the backlog was written: ${firstGroupSent} of ${sentTo(backlog[0]!.users)}`);
  });
});
