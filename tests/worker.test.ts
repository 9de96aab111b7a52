/**
 * The Workers entry (server/worker.ts) run by wrangler's local runtime (workerd), fully
 * offline, against a libSQL file served over Hrana/HTTP by tests/support/hrana-server.ts:
 * the same path as production, where the Worker talks to a libSQL server with
 * @libsql/client/web. The database is migrated and seeded from Node first, as
 * `npm run kb:load` does for a real deployment.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import { messages, webhookEvents } from "../server/db/schema";
import { systemClock } from "../server/lib/clock";
import { SecretBox } from "../server/lib/crypto";
import { WardService } from "../server/wards/ward-service";
import { WebhookIntake } from "../server/webhooks/webhook-intake";
import { expectedZaloSignature } from "../server/zalo/webhook-signature";
import { startHranaServer, type HranaServer } from "./support/hrana-server";

const ROOT = resolve(import.meta.dirname, "..");
const WRANGLER = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
/** base64 of bytes 0..31: a fixed test key, never a real one */
const SECRETS_KEY = Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString("base64");
const DB_TOKEN = "test-db-token";
const APP_ID = "360846524940903967";
const OA_ID = "388613280878808645";
const OA_SECRET_KEY = "test-oa-secret-key";
const USER_ID = "246845883529197922";

let tmp: string;
let opened: OpenDatabase;
let wards: WardService;
let hrana: HranaServer;
let wrangler: ChildProcess | undefined;
let workerUrl: string;
const output: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolvePort(port));
    });
  });
}

/** Waits until the Worker answers anything (wrangler prints "Ready" before workerd is up). */
async function waitForWorker(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`wrangler exited (${child.exitCode ?? child.signalCode}) before the Worker was ready:\n${output.join("")}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`the Worker was not ready after ${timeoutMs} ms:\n${output.join("")}`);
}

/** Ends wrangler and workerd; both are in the process group started with `detached`. */
async function stopWrangler(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  child.kill("SIGTERM"); // wrangler shuts workerd down and waits for it
  const timer = setTimeout(() => kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
  kill("SIGKILL"); // whatever of the group outlived wrangler
}

function userSendText(msgId: string, text: string) {
  return {
    app_id: APP_ID,
    sender: { id: USER_ID },
    recipient: { id: OA_ID },
    event_name: "user_send_text",
    message: { text, msg_id: msgId },
    timestamp: String(Date.now()),
  };
}

function postWebhook(raw: string, signature: string) {
  return fetch(`${workerUrl}/webhooks/zalo`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-zevent-signature": signature },
    body: raw,
  });
}

async function storedEvents(eventKey: string) {
  return opened.db.select().from(webhookEvents).where(eq(webhookEvents.eventKey, eventKey));
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "hoi-phuong-worker-"));
  const databaseUrl = `file:${join(tmp, "db.sqlite")}`;

  // Migrate and seed from Node, as production does before the Worker serves anything.
  opened = await openNodeDatabase(databaseUrl);
  wards = new WardService(opened.db, systemClock, await SecretBox.fromBase64Key(SECRETS_KEY));
  const ward = await wards.create({
    slug: "phuong-worker",
    name: "Phường Worker",
    oa_id: OA_ID,
    app_id: APP_ID,
    profile: {
      address: "(test) 1 Phố Thử",
      office_hours: "(test) Thứ Hai đến Thứ Sáu",
      hotline: "(test) chưa có",
      reception_schedule: "(test) chưa có",
      police: "(test) chưa có",
      digital_team: "(test) chưa có",
      timezone: "Asia/Ho_Chi_Minh",
      working_hours: { days: [1, 2, 3, 4, 5], periods: [["08:00", "12:00"]] },
      green_lane: { sample: true, items: [] },
    },
  });
  await wards.setSecret(ward.id, "oa_secret_key", OA_SECRET_KEY);

  hrana = await startHranaServer({ databaseUrl, authToken: DB_TOKEN });

  const port = await freePort();
  const inspectorPort = await freePort();
  workerUrl = `http://127.0.0.1:${port}`;
  const closedPort = "http://127.0.0.1:9"; // Zalo's APIs: nothing may leave the machine
  const vars = {
    DATABASE_URL: hrana.url,
    DATABASE_AUTH_TOKEN: DB_TOKEN,
    SECRETS_KEY,
    ZALO_OPENAPI_BASE: closedPort,
    ZALO_OAUTH_BASE: closedPort,
    ZALO_TIMEOUT_MS: "1000",
    LOG_LEVEL: "warn",
  };
  const args = [
    WRANGLER,
    "dev",
    "--local",
    "--ip", "127.0.0.1",
    "--port", String(port),
    "--inspector-port", String(inspectorPort),
    "--persist-to", join(tmp, "wrangler-state"),
    "--show-interactive-dev-session=false",
    "--log-level", "warn",
    ...Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CI: "true",
    WRANGLER_SEND_METRICS: "false",
    WRANGLER_SEND_ERROR_REPORTS: "false",
    WRANGLER_HIDE_BANNER: "true", // the banner asks npm for a newer wrangler
    CLOUDFLARE_CF_FETCH_ENABLED: "false", // miniflare would fetch Request.cf from workers.cloudflare.com
    CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV: "false",
    WRANGLER_LOG_PATH: join(tmp, "wrangler-logs"),
    BROWSER: "none",
  };
  for (const key of ["CLOUDFLARE_API_TOKEN", "CLOUDFLARE_API_KEY", "CLOUDFLARE_ACCOUNT_ID"]) delete env[key];
  wrangler = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true, // own process group, so afterAll can end workerd with it
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  const child = wrangler;
  // If this process dies without afterAll, don't leave workerd listening.
  process.once("exit", () => {
    try {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  });
  wrangler.stdout!.on("data", (d: Buffer) => output.push(d.toString()));
  wrangler.stderr!.on("data", (d: Buffer) => output.push(d.toString()));
  await waitForWorker(workerUrl, wrangler, 60_000);
}, 90_000);

afterAll(async () => {
  if (wrangler) await stopWrangler(wrangler);
  await hrana?.close();
  opened?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 30_000);

describe("the Worker on workerd over a libSQL server", () => {
  it("GET /healthz reads the database through Hrana", async () => {
    const before = hrana.pipelines;
    const res = await fetch(`${workerUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, wards: 1, knowledgeVersion: null });
    expect(hrana.pipelines).toBeGreaterThan(before);
  });

  it("rejects a forged signature with 401 and stores nothing", async () => {
    const event = userSendText("worker-forged-1", "xin chào");
    const raw = JSON.stringify(event);
    const forged = await expectedZaloSignature(APP_ID, raw, event.timestamp, "not-the-secret");
    const res = await postWebhook(raw, `mac=${forged}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: "bad_signature" });
    expect(await storedEvents("msg:worker-forged-1")).toHaveLength(0);
  });

  it("accepts a correctly signed user_send_text and stores the event", async () => {
    const event = userSendText("worker-signed-1", "làm căn cước ở đâu");
    const raw = JSON.stringify(event);
    const signature = await expectedZaloSignature(APP_ID, raw, event.timestamp, OA_SECRET_KEY);
    const res = await postWebhook(raw, `mac=${signature}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, duplicate: false });
    const [stored] = await storedEvents("msg:worker-signed-1");
    expect(stored).toMatchObject({ eventName: "user_send_text", rawBody: raw, zaloTimestamp: event.timestamp, deliveries: 1 });

    // The reply is worked out after the 200, under waitUntil, in one batch (BEGIN … COMMIT
    // over Hrana). Delivery itself fails here: the ward has no Zalo tokens.
    await expect.poll(async () => (await storedEvents("msg:worker-signed-1"))[0]?.status, { timeout: 10_000 }).toBe("done");
    const incoming = await opened.db.select().from(messages).where(and(eq(messages.eventId, stored!.id), eq(messages.direction, "in")));
    expect(incoming).toMatchObject([{ author: "resident", text: "làm căn cước ở đâu" }]);
  });

  it("the cron sweep answers an event that was stored but never processed", async () => {
    // Stored from Node without the background task, as if the Worker died after its 200.
    const event = userSendText("worker-swept-1", "xin chào");
    const raw = JSON.stringify(event);
    const signature = await expectedZaloSignature(APP_ID, raw, event.timestamp, OA_SECRET_KEY);
    const { eventId, pending } = await new WebhookIntake(opened.db, systemClock, wards).receive(raw, signature);
    expect(pending).toBe(true);

    const res = await fetch(`${workerUrl}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("*/5 * * * *")}`);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    await expect.poll(async () => (await storedEvents("msg:worker-swept-1"))[0]?.status, { timeout: 10_000 }).toBe("done");
    expect((await storedEvents("msg:worker-swept-1"))[0]?.id).toBe(eventId);
  });
});
