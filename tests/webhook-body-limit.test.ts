/**
 * The webhook's body limit (server/lib/declared-body-limit.ts) over a real listening server: a
 * declared length over 64 KiB is refused before the body is sent, a chunked body is cut off once
 * it passes the limit, and both forms of an ordinary event are read and accepted (the declared
 * form without building a web Request: the same decisions as hono's bodyLimit).
 */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, postWebhook, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "./support/factories";

let zalo: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;

beforeAll(async () => {
  tmp = makeTempDir("webhook-body-limit");
  zalo = await FakeZalo.start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url), { hostname: "127.0.0.1" });
  ward = await setupWard(server, zalo, "phuong-gioi-han-webhook", "Phường Giới Hạn");
});

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  tmp?.remove();
});

/** POSTs `chunks` to the webhook (declared length, or chunked when `declared` is undefined); resolves with the status and body, or "no answer" after 3 s. */
function post(chunks: Buffer[], declared: number | undefined, headers: Record<string, string> = {}): Promise<{ status: number; body: string } | "no answer"> {
  const url = new URL(server.url + "/webhooks/zalo");
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: { "content-type": "application/json", ...(declared !== undefined ? { "content-length": String(declared) } : {}), ...headers },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, body });
          req.destroy();
        });
      },
    );
    req.on("error", () => undefined);
    for (const c of chunks) req.write(c);
    if (declared === undefined) req.end();
    setTimeout(() => {
      resolve("no answer");
      req.destroy();
    }, 3_000);
  });
}

describe("webhook body limit", () => {
  it("answers 413 to a declared length over 64 KiB before the body is sent", async () => {
    const r = await post([Buffer.alloc(1024, 0x61)], 64 * 1024 + 1);
    expect(r).not.toBe("no answer");
    expect(r).toMatchObject({ status: 413 });
    expect(JSON.parse((r as { body: string }).body)).toMatchObject({ error: "payload_too_large" });
  });

  it("answers 413 to a chunked body once it passes 64 KiB", async () => {
    const r = await post([Buffer.alloc(40 * 1024, 0x61), Buffer.alloc(40 * 1024, 0x61)], undefined);
    expect(r).toMatchObject({ status: 413 });
  });

  it("reads and accepts an event sent with a declared length, and one sent chunked", async () => {
    const first = await signedEvent(ward, textEvent(ward, { userId: zaloId("2"), text: "Giờ làm việc của phường?" }));
    const declared = await postWebhook(server.url, first);
    expect(declared.status).toBe(200);
    expect(await declared.json()).toEqual({ ok: true, duplicate: false });

    const second = await signedEvent(ward, textEvent(ward, { userId: zaloId("2"), text: "Làm căn cước ở đâu?" }));
    const half = Math.floor(second.body.length / 2);
    const chunked = await post([Buffer.from(second.body.slice(0, half)), Buffer.from(second.body.slice(half))], undefined, { "x-zevent-signature": second.signature });
    expect(chunked).toMatchObject({ status: 200 });
    expect(JSON.parse((chunked as { body: string }).body)).toEqual({ ok: true, duplicate: false });

    // the same event again with a declared length: read, and seen as the duplicate it is
    const again = await postWebhook(server.url, first);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    await server.queue.idle();
  });
});
