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
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { getPriority } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, makeTempDir, postWebhook, query, REPO_ROOT, signedEvent, testConfig, testEnv, textEvent, waitFor, zaloId } from "./support/factories";
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
    const env = { ...process.env, ...testEnv(tmp.dir, fake.url, { PORT: "0", LOG_LEVEL: "warn" }) };
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
    // running, not starting: it has its configuration (its priority is lowered right after) and
    // then a moment to build its services and start its sweeper (a child killed while it still
    // waits for its configuration would end anyway, with nothing left to keep it alive)
    await waitFor(() => nicesOf(child).every((n) => n > getPriority()), { timeoutMs: 30_000, what: "the child to lower its priority" });
    await new Promise((resolve) => setTimeout(resolve, 4000));
    process.kill(server.pid!, "SIGKILL"); // the server alone, not its group
    await waitFor(() => !existsSync(`/proc/${child}`) || readFileSync(`/proc/${child}/stat`, "utf8").includes(") Z "), {
      timeoutMs: 20_000,
      intervalMs: 100,
      what: "the processing child to exit",
    });
  });
});
