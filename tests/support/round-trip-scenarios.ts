/**
 * Round trips per webhook event on the Workers path, counted at the database: the Worker's own
 * entry (server/worker.ts: @libsql/client/web, drizzle, buildServices, createApp, waitUntil) is
 * called in this process with a Request, an env and an execution context, against a libSQL file
 * served over Hrana/HTTP by tests/support/hrana-server.ts, which logs every HTTP request it
 * serves. The code that runs is the Worker's; only the runtime differs (Node's fetch instead of
 * workerd's), and a round trip is one HTTP request whichever runtime sends it. Zalo's API is the
 * fake on loopback (tests/support/fake-zalo-server.ts), so replies really go out and their
 * bookkeeping is counted.
 *
 * Used by tests/round-trips.test.ts (budgets) and bench/round-trips.ts (`npm run bench`).
 */
import { userSendSticker, unfollow as unfollowSample } from "../fixtures/zalo-samples";
import { openNodeDatabase } from "../../server/db/open-node-database";
import { readKnowledgeDir } from "../../server/knowledge/knowledge-files";
import { MemoryBlobStore } from "../../server/lib/blob-store";
import { systemClock } from "../../server/lib/clock";
import { silentLogger } from "../../server/lib/logger";
import { buildServices } from "../../server/services";
import worker from "../../server/worker";
import { createZaloApi } from "../../server/zalo/zalo-api";
import { FakeZalo } from "./fake-zalo-server";
import { createWard, followEvent, KNOWLEDGE_DIR, makeTempDir, msgId, oaSendTextEvent, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "./factories";
import { startHranaServer, type PipelineRecord } from "./hrana-server";

export type TripPhases = {
  /** before the batch that marks the event done: reading state (and, today, early writes) */
  before: number;
  /** the batch that marks the event done, with everything the event writes */
  writes: number;
  /** after it: sending the reply and recording the send */
  after: number;
};

export type ScenarioTrips = {
  name: string;
  /** HTTP status of the webhook call */
  status: number;
  duplicate: boolean | undefined;
  /** round trips before the 200 */
  ack: number;
  /** round trips of the work after the 200 (waitUntil), reply delivery included */
  processing: number;
  /** processing split around the event's write batch (undefined when there was none) */
  phases: TripPhases | undefined;
  /** replies the fake Zalo received for this event */
  sent: number;
  ackLog: PipelineRecord[];
  processingLog: PipelineRecord[];
};

export const SCENARIOS = [
  "ack: first event of an isolate (ward not cached)",
  "question: first of an isolate (knowledge index built)",
  "ack: ward cached",
  "question: returning resident",
  "question: new resident",
  "follow (welcome reply)",
  "unfollow",
  "sticker",
  "admin echo (oa_send_text by a person)",
  "duplicate delivery of an answered event",
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/**
 * The issue's targets per event type: acknowledging ≤ 1 round trip once the ward is cached;
 * processing a question ≤ 3 (one batched read of all state, one batch of writes, the send
 * bookkeeping); an event that sends nothing needs no send bookkeeping (≤ 2); a duplicate of an
 * answered event needs no processing. The cold rows are ours: ward and secret in one read (2);
 * the first question of an isolate is left to phase 2 (serialised index) to set.
 */
export const TARGETS: Record<ScenarioName, { ack?: number; processing?: number }> = {
  "ack: first event of an isolate (ward not cached)": { ack: 2 },
  "question: first of an isolate (knowledge index built)": {},
  "ack: ward cached": { ack: 1 },
  "question: returning resident": { ack: 1, processing: 3 },
  "question: new resident": { ack: 1, processing: 3 },
  "follow (welcome reply)": { ack: 1, processing: 3 },
  unfollow: { ack: 1, processing: 2 },
  sticker: { ack: 1, processing: 2 },
  "admin echo (oa_send_text by a person)": { ack: 1, processing: 2 },
  "duplicate delivery of an answered event": { ack: 1, processing: 0 },
};

/** The write batch that ends an event's processing: it sets processed_at on the event. */
const isEventWriteBatch = (r: PipelineRecord) => r.requests.includes("batch") && r.sqls.some((s) => /update "webhook_events" set .*"processed_at" = /i.test(s));

/** Runs every scenario once, in order (later ones rely on the caches earlier ones warmed). */
export async function measureRoundTrips(): Promise<Record<ScenarioName, ScenarioTrips>> {
  const tmp = makeTempDir("round-trips");
  const fake = await FakeZalo.start();
  const config = testConfig(tmp.dir, fake.url);
  // Migrate and seed from Node, as `npm run kb:load` does before a Worker serves anything.
  const opened = await openNodeDatabase(config.databaseUrl);
  let hrana: Awaited<ReturnType<typeof startHranaServer>> | undefined;
  try {
    const seed = await buildServices({
      db: opened.db,
      clock: systemClock,
      config,
      zaloApi: createZaloApi({ openApiBase: fake.url, oauthBase: fake.url, timeoutMs: 3000 }),
      logger: silentLogger,
      blobStore: new MemoryBlobStore(),
    });
    await seed.knowledge.replaceAll((await readKnowledgeDir(KNOWLEDGE_DIR, { strict: true })).kb);
    const appId = zaloId("1");
    const appSecret = "app-secret-round-trips";
    fake.registerApp(appId, appSecret);
    const ward = await createWard(seed, { slug: "phuong-round-trips", appId, appSecret, tokens: fake.issueTokens(appId) });

    hrana = await startHranaServer({ databaseUrl: config.databaseUrl, authToken: "round-trip-token" });
    const env = {
      DATABASE_URL: hrana.url,
      DATABASE_AUTH_TOKEN: "round-trip-token",
      SECRETS_KEY: config.secretsKey!,
      ZALO_OPENAPI_BASE: fake.url,
      ZALO_OAUTH_BASE: fake.url,
      ZALO_TIMEOUT_MS: "3000",
      LOG_LEVEL: "silent",
    };
    const log = hrana.log;

    const run = async (name: ScenarioName, event: { timestamp: string } & Record<string, unknown>): Promise<ScenarioTrips> => {
      const background: Promise<unknown>[] = [];
      const ctx = { waitUntil: (p: Promise<unknown>) => void background.push(p), passThroughOnException: () => undefined, props: {} };
      const signed = await signedEvent(ward, event);
      const sentBefore = fake.csRequests.length;
      const start = log.length;
      const request = new Request("http://worker.test/webhooks/zalo", {
        method: "POST",
        headers: { "content-type": "application/json", "x-zevent-signature": signed.signature },
        body: signed.body,
      });
      const res = await worker.fetch(
        request as Parameters<typeof worker.fetch>[0], // Node's Request: no Cloudflare `cf` properties
        env,
        ctx as unknown as ExecutionContext,
      );
      const body = (await res.json()) as { duplicate?: boolean };
      const acked = log.length;
      await Promise.all(background);
      const ackLog = log.slice(start, acked);
      const processingLog = log.slice(acked);
      const w = processingLog.findIndex(isEventWriteBatch);
      return {
        name,
        status: res.status,
        duplicate: body.duplicate,
        ack: ackLog.length,
        processing: processingLog.length,
        phases: w < 0 ? undefined : { before: w, writes: 1, after: processingLog.length - w - 1 },
        sent: fake.csRequests.length - sentBefore,
        ackLog,
        processingLog,
      };
    };

    const out = {} as Record<ScenarioName, ScenarioTrips>;
    const returning = zaloId("2");
    // 1. the isolate's first event: ward, secret and knowledge are read and cached
    const first = await run(SCENARIOS[0], textEvent(ward, { userId: returning, text: "xin chào" }));
    out[SCENARIOS[0]] = first;
    out[SCENARIOS[1]] = { ...first, name: SCENARIOS[1] };
    // 2. an ordinary question from the same resident, everything cached
    const question = textEvent(ward, { userId: returning, text: "lam can cuoc o dau" });
    const asked = await run(SCENARIOS[3], question);
    out[SCENARIOS[2]] = { ...asked, name: SCENARIOS[2] };
    out[SCENARIOS[3]] = asked;
    out[SCENARIOS[4]] = await run(SCENARIOS[4], textEvent(ward, { userId: zaloId("2"), text: "đăng ký khai sinh cần giấy tờ gì" }));
    const follower = zaloId("2");
    out[SCENARIOS[5]] = await run(SCENARIOS[5], followEvent(ward, { userId: follower }));
    out[SCENARIOS[6]] = await run(SCENARIOS[6], { ...followEvent(ward, { userId: follower, eventName: "unfollow" }), event_name: unfollowSample.event_name });
    out[SCENARIOS[7]] = await run(SCENARIOS[7], {
      ...userSendSticker,
      app_id: ward.appId,
      sender: { id: returning },
      recipient: { id: ward.oaId },
      message: { ...userSendSticker.message, msg_id: msgId() },
      timestamp: String(Date.now()),
    });
    out[SCENARIOS[8]] = await run(SCENARIOS[8], oaSendTextEvent(ward, { userId: returning, text: "Dạ, cán bộ phường xin trả lời thêm.", adminId: "2345678901234567890" }));
    out[SCENARIOS[9]] = await run(SCENARIOS[9], question);
    return out;
  } finally {
    await hrana?.close();
    opened.close();
    await fake.close();
    tmp.remove();
  }
}

/** A compact text table of the counts (bench output and test failure messages). */
export function formatRoundTrips(trips: Record<string, ScenarioTrips>, targets?: Record<string, { ack?: number; processing?: number }>): string {
  const rows = Object.values(trips).map((t) => {
    const target = targets?.[t.name];
    return [
      t.name,
      String(t.ack),
      target?.ack !== undefined ? `≤ ${target.ack}` : "",
      String(t.processing),
      t.phases ? `${t.phases.before} + ${t.phases.writes} + ${t.phases.after}` : "",
      target?.processing !== undefined ? `≤ ${target.processing}` : "",
      String(t.sent),
    ];
  });
  const head = ["event", "ack", "target", "processing", "before+writes+after", "target", "sent"];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [head, ...rows].map((r) => r.map((c, i) => c.padEnd(w[i]!)).join("  ")).join("\n");
}

/** The SQL of a log, one line per round trip (to see what an operation spends its trips on). */
export function describeLog(records: PipelineRecord[]): string {
  return records
    .map((r) => {
      const sqls = r.sqls.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(s)).map((s) => s.replace(/\s+/g, " ").slice(0, 90));
      return `  ${r.requests.filter((x) => x !== "close").join("+")}: ${sqls.join(" | ")}`;
    })
    .join("\n");
}
