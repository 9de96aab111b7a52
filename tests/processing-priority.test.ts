/**
 * Processing runs in a child process of the server with EVERY thread of it at a lower priority
 * (server/jobs/processing-thread-client.ts, thread-priority.ts): V8's GC and compiler threads
 * work for the processing heap too, and as a worker thread they were the server's own threads,
 * as urgent as the one acknowledging webhooks. The real server, a real child, /proc (Linux only:
 * elsewhere a nice value is per process and there is no per-thread view to check).
 */
import { readdirSync, readFileSync } from "node:fs";
import { getPriority } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, makeTempDir, postWebhook, query, signedEvent, testConfig, textEvent, zaloId } from "./support/factories";
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
