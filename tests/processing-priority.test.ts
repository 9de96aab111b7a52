/**
 * Processing runs in a child process of the server with EVERY thread of it at a lower priority
 * (server/jobs/processing-thread-client.ts, thread-priority.ts): V8's GC and compiler threads
 * work for the processing heap too, and as a worker thread they were the server's own threads,
 * as urgent as the one acknowledging webhooks. The real server, a real child, /proc (Linux only:
 * elsewhere a nice value is per process and there is no per-thread view to check). A child
 * process, unlike a thread, could outlive a killed server and go on answering residents beside
 * the next server: it must exit with it.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { getPriority } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ProcessingThread } from "../server/jobs/processing-thread-client";
import type { Logger } from "../server/lib/logger";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, makeTempDir, postWebhook, query, REPO_ROOT, signedEvent, sleep, testConfig, testEnv, textEvent, waitFor, zaloId } from "./support/factories";
import { sql } from "drizzle-orm";

function nicesOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((task) => {
    const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  });
}

describe.skipIf(process.platform !== "linux")("the processing process's priority", () => {
  let fake: FakeZalo;
  let tmp: ReturnType<typeof makeTempDir>;
  let server: NodeServer;

  beforeAll(async () => {
    fake = await FakeZalo.start();
    tmp = makeTempDir("priority");
    server = await startNodeServer(testConfig(tmp.dir, fake.url, { PROCESSING_THREAD_NICE: "7" }), { hostname: "127.0.0.1", processing: "thread" });
    await server.sweepNow(); // the child is up and has lowered its priority
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    tmp?.remove();
  });

  it("lowers every thread of the processing process, and none of the server's", async () => {
    const own = getPriority();
    const pid = server.processingPid?.();
    expect(pid).toBeTypeOf("number");
    expect(pid).not.toBe(process.pid);
    const child = nicesOf(pid!);
    expect(child.length).toBeGreaterThan(4); // V8's platform threads, libuv's pool, the JavaScript thread
    expect(new Set(child)).toEqual(new Set([Math.min(19, own + 7)]));
    expect(new Set(nicesOf(process.pid))).toEqual(new Set([own]));
  });

  it("answers a webhook event from the child process", async () => {
    const appId = zaloId("1");
    fake.registerApp(appId, "app-secret-priority");
    const ward = await createWard(server.services, { slug: "phuong-priority", appId, appSecret: "app-secret-priority", tokens: fake.issueTokens(appId) });
    const res = await postWebhook(server.url, await signedEvent(ward, textEvent(ward, { userId: "8100000000000000001", text: "làm căn cước ở đâu", msgId: "priority-1" })));
    expect(res.status).toBe(200);
    await server.queue.idle();
    const [row] = await query<{ status: string }>(server.services, sql`select status from webhook_events where event_key like '%priority-1%'`);
    expect(row?.status).toBe("done");
    expect(fake.sent("8100000000000000001").length).toBe(1);
  });
});

describe.skipIf(process.platform !== "linux")("the processing process when the server dies", () => {
  let fake: FakeZalo;
  let tmp: ReturnType<typeof makeTempDir>;
  let group: number | undefined;

  beforeAll(async () => {
    fake = await FakeZalo.start();
    tmp = makeTempDir("orphan");
  });
  afterAll(async () => {
    if (group) {
      try {
        process.kill(-group, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    await fake?.close();
    tmp?.remove();
  });

  /** [pid, parent pid] of every process of our group whose command line names the processing entry */
  function processingChildren(pgrp: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(fields[2]) !== pgrp) continue;
        if (readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("processing-thread-entry.mjs")) out.push([Number(entry), Number(fields[1])]);
      } catch {
        // ended meanwhile
      }
    }
    return out;
  }

  it("exits when the server alone is killed with SIGKILL, leaving nothing running", { timeout: 120_000 }, async () => {
    const env = { ...process.env, ...testEnv(tmp.dir, fake.url, { PORT: "0", LOG_LEVEL: "info" }) };
    // node itself, not npx/tsx's CLI (which would relay the kill to its own child)
    const server = spawn(process.execPath, ["--import", "tsx", "server/node.ts"], { cwd: REPO_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    group = server.pid!;
    let out = "";
    server.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    server.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    await waitFor(() => /running at http:\/\/localhost:(\d+)/.exec(out)?.[1], { timeoutMs: 60_000, intervalMs: 100, what: "the server to start" });
    const [child, parent] = await waitFor(() => processingChildren(group!)[0], { timeoutMs: 30_000, what: "the processing child" });
    expect(processingChildren(group!)).toHaveLength(1);
    expect(parent).toBe(server.pid);
    // running, not starting: its services are built and its sweeper runs (a child killed while it
    // still waits for its configuration would end anyway, with nothing left to keep it alive)
    await waitFor(() => nicesOf(child).every((n) => n > getPriority()), { timeoutMs: 30_000, what: "the child to lower its priority" });
    await waitFor(() => out.includes(`"msg":"processing process ready","pid":${child}`), { timeoutMs: 60_000, intervalMs: 100, what: "the child to be ready" });
    process.kill(server.pid!, "SIGKILL"); // the server alone, not its group
    await waitFor(() => !existsSync(`/proc/${child}`) || readFileSync(`/proc/${child}/stat`, "utf8").includes(") Z "), {
      timeoutMs: 20_000,
      intervalMs: 100,
      what: "the processing child to exit",
    });
  });
});

/** running: neither gone nor a zombie waiting to be reaped */
function alive(pid: number): boolean {
  try {
    return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
  } catch {
    return false;
  }
}

describe.skipIf(process.platform !== "linux")("the processing process and signals from a terminal", () => {
  let fake: FakeZalo;
  let tmp: ReturnType<typeof makeTempDir>;
  let server: NodeServer;
  let closed = false;

  beforeAll(async () => {
    fake = await FakeZalo.start();
    tmp = makeTempDir("signals");
    server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1", processing: "thread" });
    await server.sweepNow();
  }, 60_000);
  afterAll(async () => {
    if (!closed) await server?.close();
    await fake?.close();
    tmp?.remove();
  });

  // Ctrl+C signals the whole process group: the server stops gracefully and its stop message ends
  // the child after the replies under way; the child must not die first, halfway through a group.
  it("ignores SIGINT and SIGTERM, goes on answering, and ends with the server's close()", { timeout: 60_000 }, async () => {
    const pid = server.processingPid!()!;
    process.kill(pid, "SIGINT");
    process.kill(pid, "SIGTERM");
    await server.sweepNow(); // a round trip through the child: the signals have reached it by then
    const appId = zaloId("2");
    fake.registerApp(appId, "app-secret-signals");
    const ward = await createWard(server.services, { slug: "phuong-signals", appId, appSecret: "app-secret-signals", tokens: fake.issueTokens(appId) });
    const res = await postWebhook(server.url, await signedEvent(ward, textEvent(ward, { userId: "8100000000000000002", text: "làm căn cước ở đâu", msgId: "signals-1" })));
    expect(res.status).toBe(200);
    await server.queue.idle();
    expect(fake.sent("8100000000000000002").length).toBe(1);
    expect(server.processingPid!()).toBe(pid); // the same child, not a restarted one
    expect(alive(pid)).toBe(true);
    closed = true;
    await server.close();
    await waitFor(() => !alive(pid), { timeoutMs: 15_000, intervalMs: 50, what: "the child to end with the server" });
    expect(fake.sent("8100000000000000002").length).toBe(1);
  });
});

describe.skipIf(process.platform !== "linux")("the processing process dying", () => {
  let fake: FakeZalo;
  let tmp: ReturnType<typeof makeTempDir>;
  let server: NodeServer;
  let closed = false;

  beforeAll(async () => {
    fake = await FakeZalo.start();
    tmp = makeTempDir("dying");
    server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1", processing: "thread" });
    await server.sweepNow();
  }, 60_000);
  afterAll(async () => {
    if (!closed) await server?.close();
    await fake?.close();
    tmp?.remove();
  });

  it("settles a sweepNow() the child can no longer answer", { timeout: 60_000 }, async () => {
    const pid = server.processingPid!()!;
    const swept = server.sweepNow();
    process.kill(pid, "SIGKILL");
    expect(await Promise.race([swept, sleep(10_000).then(() => "still waiting")])).toEqual({ events: 0, sent: 0 });
    // and a new child takes over
    await waitFor(() => server.processingPid!() !== pid, { timeoutMs: 30_000, what: "a new child" });
    await server.sweepNow();
  });

  it("starts no new child when the child dies just before close()", { timeout: 60_000 }, async () => {
    const pid = server.processingPid!()!;
    process.kill(pid, "SIGKILL");
    await waitFor(() => !existsSync(`/proc/${pid}`), { timeoutMs: 15_000, intervalMs: 10, what: "the child to be reaped" });
    closed = true;
    await server.close();
    // An absence has no event to wait for: the window is the restart delay (1 s after a child
    // that was ready) with room to spare.
    await sleep(2500);
    expect(server.processingPid!()).toBe(pid);
  });

  it("waits longer after each child that fails at start, and logs each attempt", { timeout: 90_000 }, async () => {
    writeFileSync(join(tmp.dir, "not-a-directory"), "");
    // the child cannot create its database (the parent never opens this one)
    const config = { ...testConfig(tmp.dir, fake.url), databaseUrl: `file:${join(tmp.dir, "not-a-directory", "hoi-phuong.db")}` };
    const restarts: Array<{ at: number; fields: Record<string, unknown> }> = [];
    const logger: Logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (msg, fields) => {
        if (msg.includes("restarting")) restarts.push({ at: Date.now(), fields: fields ?? {} });
      },
    };
    const thread = new ProcessingThread(config, logger);
    try {
      await waitFor(() => restarts.length >= 3, { timeoutMs: 80_000, intervalMs: 50, what: "three restarts" });
    } finally {
      await thread.stop();
    }
    expect(restarts.slice(0, 3).map((r) => r.fields.delayMs)).toEqual([1000, 2000, 4000]);
    expect(restarts.slice(0, 3).map((r) => r.fields.attempt)).toEqual([1, 2, 3]);
    // the waits are real: each restart comes at least the logged delay after the previous one
    expect(restarts[1]!.at - restarts[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(restarts[2]!.at - restarts[1]!.at).toBeGreaterThanOrEqual(2000);
    expect(JSON.stringify(restarts)).not.toContain("app-secret");
  });
});
