/**
 * Crash between the webhook's 200 and the reply: the real server runs as a child process
 * (`npx tsx server/node.ts`), accepts a signed event, and is killed with SIGKILL while the
 * event waits in its in-memory queue (WEBHOOK_PROCESS_DELAY_MS). A restarted server must
 * answer it from the database, exactly once. The same for an event the server acknowledged
 * into its intake journal (server/webhooks/intake-journal.ts) but had not moved yet.
 */
import { MemoryBlobStore } from "../server/lib/blob-store";
import { spawn, type ChildProcess } from "node:child_process";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openNodeDatabase } from "../server/db/open-node-database";
import { systemClock } from "../server/lib/clock";
import { SecretBox } from "../server/lib/crypto";
import { WardService } from "../server/wards/ward-service";
import { createEmbeddedClient } from "../server/db/embedded-client";
import { IntakeJournal } from "../server/webhooks/intake-journal";
import { WebhookIntake } from "../server/webhooks/webhook-intake";
import { silentLogger } from "../server/lib/logger";
import { buildServices, type Services } from "../server/services";
import { buildReplyMessages } from "../server/zalo/message-builder";
import { createZaloApi } from "../server/zalo/zalo-api";
import { FakeZalo } from "./support/fake-zalo-server";
import {
  createWard,
  makeTempDir,
  postWebhook,
  query,
  REPO_ROOT,
  signedEvent,
  sleep,
  TEST_SECRETS_KEY,
  testConfig,
  testEnv,
  textEvent,
  waitFor,
  zaloId,
  type TestWard,
} from "./support/factories";

const QUESTION = "lam can cuoc o dau";

let fake: FakeZalo;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
const children: Array<{ child: ChildProcess; output: () => string }> = [];

type Running = { child: ChildProcess; url: string; output: () => string; exited: Promise<unknown> };

/** Starts `npx tsx server/node.ts` in its own process group; resolves once it listens. */
async function startChild(extraEnv: Record<string, string>): Promise<Running> {
  const env = { ...process.env, ...testEnv(tmp.dir, fake.url, { PORT: "0", LOG_LEVEL: "warn", ...extraEnv }) };
  const child = spawn("npx", ["tsx", "server/node.ts"], { cwd: REPO_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  children.push({ child, output: () => out });
  const port = await waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${out}`);
      return /running at http:\/\/localhost:(\d+)/.exec(out)?.[1];
    },
    { timeoutMs: 30_000, intervalMs: 50, what: "the child server to start" },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.ok, { timeoutMs: 10_000, what: "/healthz" });
  return { child, url, output: () => out, exited };
}

/** SIGKILL to the whole group we started (npx → tsx → node), by its id. */
async function kill9(running: Pick<Running, "child" | "exited">): Promise<void> {
  if (running.child.exitCode === null && running.child.signalCode === null) {
    try {
      process.kill(-running.child.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  }
  await running.exited;
}

/** A short-lived connection to the same database file, as another process would open it. */
async function withServices<T>(fn: (services: Services) => Promise<T>): Promise<T> {
  const config = testConfig(tmp.dir, fake.url);
  const opened = await openNodeDatabase(config.databaseUrl);
  try {
    const zaloApi = createZaloApi({ openApiBase: config.zaloOpenApiBase, oauthBase: config.zaloOAuthBase, timeoutMs: config.zaloTimeoutMs });
    return await fn(await buildServices({ db: opened.db, clock: systemClock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() }));
  } finally {
    opened.close();
  }
}

function storedEvent(msgId: string) {
  return withServices((s) => query<{ status: string; raw_body: string }>(s, sql`select status, raw_body from webhook_events where event_key = ${`msg:${msgId}`}`));
}

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("crash");
  // prepare the ward in the database file first, in-process, then close it
  const appId = zaloId("1");
  const appSecret = "app-secret-crash";
  fake.registerApp(appId, appSecret);
  ward = await withServices((services) => createWard(services, { slug: "phuong-crash", appId, appSecret, tokens: fake.issueTokens(appId) }));
});

afterEach(async () => {
  for (const c of children.splice(0)) {
    if (c.child.exitCode === null && c.child.signalCode === null) {
      try {
        process.kill(-c.child.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
    }
  }
});

afterAll(async () => {
  await fake?.close();
  tmp?.remove();
});

describe("crash after the 200, before the reply", () => {
  it("answers the event exactly once after a kill -9 and a restart", { timeout: 180_000 }, async () => {
    const userId = zaloId("2");
    const event = textEvent(ward, { userId, text: QUESTION });

    const first = await startChild({ WEBHOOK_PROCESS_DELAY_MS: "60000" });
    const res = await postWebhook(first.url, await signedEvent(ward, event));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, duplicate: false });
    // The 200 comes once the event is in the intake journal; the processing thread then moves it
    // into webhook_events and holds its processing back. Crash in that window (the journal-only
    // window has its own test below).
    await waitFor(async () => (await storedEvent(event.message.msg_id)).length > 0, { timeoutMs: 30_000, intervalMs: 200, what: "the event to reach webhook_events" });
    await sleep(300); // give a (wrong) immediate reply the chance to show up
    await kill9(first);
    expect(first.child.signalCode).toBe("SIGKILL");

    expect(fake.requestsFor(userId)).toHaveLength(0);
    const stored = await storedEvent(event.message.msg_id);
    expect(stored).toEqual([{ status: "pending", raw_body: JSON.stringify(event) }]);

    // restart without the delay: the first sweep (at start, then every 300 ms) answers it
    const second = await startChild({ SWEEP_INTERVAL_MS: "300" });
    try {
      // the restarted server's processing thread starts (and builds its knowledge index) after
      // /healthz answers: 8 s at load 16 on the shared 2-core machine, so the wait is generous
      await waitFor(() => fake.sent(userId).length > 0, { timeoutMs: 30_000, what: `the reply\n${second.output()}` });
      const expected = await withServices(async (s) =>
        buildReplyMessages((await s.knowledge.assistant()).ask(QUESTION, await s.wards.byId(ward.id), Date.now())),
      );
      await waitFor(() => fake.sent(userId).length >= expected.length, { timeoutMs: 10_000, what: "every part" });
      expect(fake.sent(userId)).toEqual(expected);

      // more sweeps, and Zalo retrying the same event, change nothing
      await sleep(1200);
      const retry = await postWebhook(second.url, await signedEvent(ward, event));
      expect(await retry.json()).toEqual({ ok: true, duplicate: true });
      await sleep(1000);
      expect(fake.requestsFor(userId)).toHaveLength(expected.length);
      expect(fake.sent(userId)).toEqual(expected);

      const rows = await withServices(async (s) => ({
        events: await query<{ status: string; attempts: number }>(s, sql`select status, attempts from webhook_events where event_key = ${`msg:${event.message.msg_id}`}`),
        outbox: await query<{ status: string }>(s, sql`select o.status from outbox o join residents r on r.id = o.resident_id where r.zalo_user_id = ${userId}`),
        bot: await query<{ n: number }>(s, sql`select count(*) as n from messages m join residents r on r.id = m.resident_id where r.zalo_user_id = ${userId} and m.author = 'bot'`),
      }));
      expect(rows.events).toEqual([{ status: "done", attempts: 1 }]);
      expect(rows.outbox.map((r) => r.status)).toEqual(expected.map(() => "sent"));
      expect(Number(rows.bot[0]!.n)).toBe(1);
    } finally {
      await kill9(second);
    }
  });

  it("with INTAKE_DURABILITY=process (no disk sync before the 200), every acknowledged event survives a kill -9 right after its 200", { timeout: 120_000 }, async () => {
    const userId = zaloId("3");
    const events = Array.from({ length: 8 }, (_, i) => textEvent(ward, { userId, text: `${QUESTION} ${i}` }));
    const first = await startChild({ INTAKE_DURABILITY: "process", WEBHOOK_PROCESS_DELAY_MS: "60000" });
    const answered = await Promise.all(events.map(async (e) => (await postWebhook(first.url, await signedEvent(ward, e))).status));
    await kill9(first); // at once: most events are still only in the journal
    expect(answered).toEqual(events.map(() => 200));
    const keys = events.map((e) => `msg:${e.message.msg_id}`);
    const inMain = await withServices((s) => query<{ event_key: string }>(s, sql`select event_key from webhook_events where event_key in (${sql.join(keys.map((k) => sql`${k}`), sql`, `)})`));
    const reader = createEmbeddedClient(IntakeJournal.pathFor(testConfig(tmp.dir, fake.url).databaseUrl)!, { busyTimeoutMs: 5000, pragmas: [] });
    try {
      const inJournal = (await reader.execute({ sql: `select event_key from intake_journal where event_key in (${keys.map(() => "?").join(", ")})`, args: keys })).rows.map((r) => String(r.event_key));
      expect(new Set([...inMain.map((r) => r.event_key), ...inJournal])).toEqual(new Set(keys));
    } finally {
      reader.close();
    }
  });

  it("answers an event left only in the intake journal exactly once after a restart", { timeout: 180_000 }, async () => {
    const userId = zaloId("2");
    const event = textEvent(ward, { userId, text: QUESTION });
    // What a server killed right after its 200, before the processing thread moved the event,
    // leaves on disk: the event in the intake journal only. Written by the real intake, from
    // this process, as that server would have.
    const opened = await openNodeDatabase(testConfig(tmp.dir, fake.url).databaseUrl);
    const journal = await IntakeJournal.open(IntakeJournal.pathFor(testConfig(tmp.dir, fake.url).databaseUrl)!, opened.client);
    try {
      const wards = new WardService(opened.db, systemClock, await SecretBox.fromBase64Key(TEST_SECRETS_KEY));
      const signed = await signedEvent(ward, event);
      const accepted = await new WebhookIntake(opened.db, systemClock, wards, journal).receive(signed.body, signed.signature);
      expect(accepted).toMatchObject({ duplicate: false, pending: true });
    } finally {
      journal.close();
      opened.close();
    }
    expect(await storedEvent(event.message.msg_id)).toEqual([]);

    const running = await startChild({ SWEEP_INTERVAL_MS: "300" });
    try {
      await waitFor(() => fake.sent(userId).length > 0, { timeoutMs: 30_000, what: `the reply\n${running.output()}` });
      const expected = await withServices(async (s) =>
        buildReplyMessages((await s.knowledge.assistant()).ask(QUESTION, await s.wards.byId(ward.id), Date.now())),
      );
      await waitFor(() => fake.sent(userId).length >= expected.length, { timeoutMs: 10_000, what: "every part" });

      // Zalo retries; sweeps run again: nothing more is sent, the retry counts as a delivery
      const retry = await postWebhook(running.url, await signedEvent(ward, event));
      expect(await retry.json()).toEqual({ ok: true, duplicate: true });
      await sleep(1500);
      expect(fake.requestsFor(userId)).toHaveLength(expected.length);
      expect(fake.sent(userId)).toEqual(expected);
      // The retry is acknowledged from the intake journal; the processing side counts it as a
      // second delivery when it next drains the journal (a sweep), so wait for that drain.
      const rows = await waitFor(
        async () => {
          const found = await withServices((s) =>
            query<{ status: string; attempts: number; deliveries: number }>(
              s,
              sql`select status, attempts, deliveries from webhook_events where event_key = ${`msg:${event.message.msg_id}`}`,
            ),
          );
          return found[0]?.deliveries === 2 ? found : undefined;
        },
        { timeoutMs: 15_000, what: "the retry counted as a second delivery" },
      );
      expect(rows).toEqual([{ status: "done", attempts: 1, deliveries: 2 }]);
    } finally {
      await kill9(running);
    }
  });
});
