/**
 * The webhook's responses carry exactly the headers every other response carries (hono's
 * secureHeaders, content type), in the same order on the wire, over a real Node server: the
 * route prepares them itself (server/lib/prepared-secure-headers.ts) instead of running hono's
 * middleware, so this compares it with a route that still runs it (the 404 of an unknown path).
 */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "./support/factories";

let zalo: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;

beforeAll(async () => {
  tmp = makeTempDir("webhook-response-headers");
  zalo = await FakeZalo.start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url), { hostname: "127.0.0.1" });
  ward = await setupWard(server, zalo, "phuong-tieu-de-webhook", "Phường Tiêu Đề");
});

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  tmp?.remove();
});

/** POSTs `body` to `path`; resolves with the status, the body and the raw header list without Date and Content-Length. */
function post(path: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: string[] }> {
  const url = new URL(server.url + path);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        // chunked: sent without a declared length (the app's own route, its middleware chain)
        headers: { "content-type": "application/json", ...(headers["transfer-encoding"] ? {} : { "content-length": String(Buffer.byteLength(body)) }), ...headers },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (text += d));
        res.on("end", () => {
          const raw: string[] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = res.rawHeaders[i]!;
            if (!/^(date|content-length)$/i.test(name)) raw.push(`${name}: ${res.rawHeaders[i + 1]}`);
          }
          resolve({ status: res.statusCode ?? 0, body: text, headers: raw });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("webhook response headers", () => {
  it("are those of any other JSON response, for an accepted event, a refused one and a malformed body", async () => {
    const reference = await post("/webhooks/unknown", "{}");
    expect(reference.status).toBe(404);
    expect(reference.headers).toContain("strict-transport-security: max-age=31536000; includeSubDomains");
    expect(reference.headers).toContain("x-content-type-options: nosniff");

    const event = await signedEvent(ward, textEvent(ward, { userId: zaloId("3"), text: "Giờ làm việc của phường?" }));
    const accepted = await post("/webhooks/zalo", event.body, { "x-zevent-signature": event.signature });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body)).toEqual({ ok: true, duplicate: false });
    expect(accepted.headers).toEqual(reference.headers);

    const again = await post("/webhooks/zalo", event.body, { "x-zevent-signature": event.signature });
    expect(JSON.parse(again.body)).toEqual({ ok: true, duplicate: true });
    expect(again.headers).toEqual(reference.headers);

    const refused = await post("/webhooks/zalo", event.body, { "x-zevent-signature": "0".repeat(64) });
    expect(refused.status).toBe(401);
    expect(refused.headers).toEqual(reference.headers);

    const malformed = await post("/webhooks/zalo", "{not json");
    expect(malformed.status).toBe(400);
    expect(malformed.headers).toEqual(reference.headers);

    const tooLarge = await post("/webhooks/zalo", "x".repeat(64 * 1024 + 1));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers).toEqual(reference.headers);
    await server.queue.idle();
  });

  it("and bodies are the same whether the call declares its length (the webhook app, one handler) or is chunked (the app's route and middleware)", async () => {
    const chunked = { "transfer-encoding": "chunked" };
    const fresh = () => signedEvent(ward, textEvent(ward, { userId: zaloId("3"), text: "Phường mở cửa mấy giờ?" }));
    const [a, b] = [await fresh(), await fresh()];
    const cases: Array<[string, string, Record<string, string>]> = [
      ["accepted", a.body, { "x-zevent-signature": a.signature }],
      ["duplicate", a.body, { "x-zevent-signature": a.signature }],
      ["bad signature", b.body, { "x-zevent-signature": "0".repeat(64) }],
      ["no signature", b.body, {}],
      ["malformed", "{not json", {}],
      ["not an event", "[1, 2]", {}],
    ];
    for (const [name, body, headers] of cases) {
      const declared = await post("/webhooks/zalo", body, headers);
      const streamed = await post("/webhooks/zalo", body, { ...headers, ...chunked });
      expect({ name, status: declared.status, body: declared.body, headers: declared.headers }).toEqual({ name, status: streamed.status, body: streamed.body.replace('"duplicate":true', name === "accepted" ? '"duplicate":false' : '"duplicate":true'), headers: streamed.headers });
    }
    expect((await post("/webhooks/zalo", "x".repeat(64 * 1024 + 1), chunked)).status).toBe(413);
    await server.queue.idle();
  });
});
