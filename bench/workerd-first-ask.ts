/**
 * Issue 15, cold start under workerd: the CPU a fresh Worker isolate spends on its first question, against its second,
 * with the knowledge (and its stored search index) published before it started. Fully offline: wrangler's local
 * runtime (`wrangler dev --local`, workerd) against a libSQL file served over Hrana/HTTP (tests/support/hrana-server.ts),
 * as tests/worker.test.ts runs it; Zalo's APIs point at a closed port.
 *   npx tsx bench/workerd-first-ask.ts          (WORKERD_REPS, default 3: a fresh wrangler, so a fresh isolate, each)
 * CPU is workerd's own (utime + stime of its processes from /proc, 10 ms ticks): after /healthz (the isolate started,
 * the database read), then after the first question is answered (the event "done"), then after the second.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { eq } from "drizzle-orm";
import { openNodeDatabase } from "../server/db/open-node-database";
import { webhookEvents } from "../server/db/schema";
import { systemClock } from "../server/lib/clock";
import { SecretBox } from "../server/lib/crypto";
import { KnowledgeRepository } from "../server/knowledge/knowledge-repository";
import { WardService } from "../server/wards/ward-service";
import { expectedZaloSignature } from "../server/zalo/webhook-signature";
import { startHranaServer } from "../tests/support/hrana-server";
import { envInt, loadKnowledge, median } from "./ask-latency";

const ROOT = resolve(import.meta.dirname, "..");
const WRANGLER = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
/** fixed test values, never real ones */
const SECRETS_KEY = Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString("base64");
const DB_TOKEN = "bench-db-token";
const APP_ID = "360846524940903967";
const OA_ID = "388613280878808645";
const OA_SECRET_KEY = "bench-oa-secret-key";

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** CPU ms of the processes of a process group whose command is workerd. */
function workerdCpuMs(group: number): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      // fields from the state (3rd of stat): pgrp is the 5th of stat, utime the 14th, stime the 15th
      if (Number(fields[2]) === group && comm.includes("workerd")) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10;
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("timed out");
}

type Sample = { startMs: number; firstMs: number; secondMs: number };

async function once(rep: number): Promise<Sample> {
  const tmp = mkdtempSync(join(tmpdir(), "workerd-first-ask-"));
  const databaseUrl = `file:${join(tmp, "db.sqlite")}`;
  const opened = await openNodeDatabase(databaseUrl);
  let wrangler: ChildProcess | undefined;
  const hrana = await startHranaServer({ databaseUrl, authToken: DB_TOKEN });
  try {
    const wards = new WardService(opened.db, systemClock, await SecretBox.fromBase64Key(SECRETS_KEY));
    const { kb, ward: demo } = await loadKnowledge();
    const ward = await wards.create({ slug: "phuong-bench", name: "Phường Bench", oa_id: OA_ID, app_id: APP_ID, profile: demo.profile });
    await wards.setSecret(ward.id, "oa_secret_key", OA_SECRET_KEY);
    // published before the isolate starts: the search index is stored with the version
    await new KnowledgeRepository(opened.db, systemClock).replaceAll(kb);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const closed = "http://127.0.0.1:9";
    const vars = { DATABASE_URL: hrana.url, DATABASE_AUTH_TOKEN: DB_TOKEN, SECRETS_KEY, ZALO_OPENAPI_BASE: closed, ZALO_OAUTH_BASE: closed, ZALO_TIMEOUT_MS: "1000", LOG_LEVEL: "warn" };
    const args = [WRANGLER, "dev", "--local", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(await freePort()), "--persist-to", join(tmp, "state"), "--show-interactive-dev-session=false", "--log-level", "warn", ...Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`])];
    const env: NodeJS.ProcessEnv = { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", WRANGLER_SEND_ERROR_REPORTS: "false", WRANGLER_HIDE_BANNER: "true", CLOUDFLARE_CF_FETCH_ENABLED: "false", CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV: "false", WRANGLER_LOG_PATH: join(tmp, "logs"), BROWSER: "none" };
    for (const key of ["CLOUDFLARE_API_TOKEN", "CLOUDFLARE_API_KEY", "CLOUDFLARE_ACCOUNT_ID"]) delete env[key];
    wrangler = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: "ignore", env });
    const group = wrangler.pid!;
    await until(async () => {
      try {
        return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) })).ok;
      } catch {
        return false;
      }
    }, 90_000);
    const c0 = workerdCpuMs(group);
    const ask = async (n: number, text: string) => {
      const event = { app_id: APP_ID, sender: { id: "246845883529197922" }, recipient: { id: OA_ID }, event_name: "user_send_text", message: { text, msg_id: `bench-${rep}-${n}` }, timestamp: String(Date.now()) };
      const raw = JSON.stringify(event);
      const mac = await expectedZaloSignature(APP_ID, raw, event.timestamp, OA_SECRET_KEY);
      const res = await fetch(`${url}/webhooks/zalo`, { method: "POST", headers: { "content-type": "application/json", "x-zevent-signature": `mac=${mac}` }, body: raw });
      if (res.status !== 200) throw new Error(`webhook ${res.status}`);
      await until(async () => (await opened.db.select().from(webhookEvents).where(eq(webhookEvents.eventKey, `msg:bench-${rep}-${n}`)))[0]?.status === "done", 60_000);
      // workerd's CPU counters settle after the response
      await new Promise((r) => setTimeout(r, 300));
    };
    await ask(1, "làm căn cước cho con cần giấy tờ gì");
    const c1 = workerdCpuMs(group);
    await ask(2, "nàm giấy khai xinh ở đâu");
    const c2 = workerdCpuMs(group);
    return { startMs: c0, firstMs: c1 - c0, secondMs: c2 - c1 };
  } finally {
    if (wrangler?.pid) {
      try {
        process.kill(-wrangler.pid, "SIGTERM");
      } catch {
        // gone
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    await hrana.close();
    opened.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

const reps = envInt("WORKERD_REPS", 3);
const samples: Sample[] = [];
for (let rep = 0; rep < reps; rep++) {
  samples.push(await once(rep));
  const s = samples.at(-1)!;
  console.log(`  workerd rep ${rep + 1}/${reps}: start + /healthz ${s.startMs} ms, first question ${s.firstMs} ms, second ${s.secondMs} ms (CPU)`);
}
const m = (k: keyof Sample) => median(samples.map((s) => s[k]));
console.log(`workerd, real knowledge (stored index), CPU medians of ${reps} fresh isolates: first question ${m("firstMs")} ms, second ${m("secondMs")} ms (isolate start + /healthz ${m("startMs")} ms)`);
