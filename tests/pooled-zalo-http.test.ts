import { spawn, type ChildProcess } from "node:child_process";
import { stat } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createPooledZaloHttp, type PooledZaloHttp } from "../server/zalo/pooled-zalo-http";
import { createZaloApi, type SendResult } from "../server/zalo/zalo-api";

// Zalo sends over pooled keep-alive connections (server/zalo/pooled-zalo-http.ts) against a real
// server in another process that closes idle connections: sends are not idempotent, so every
// message must arrive exactly once, and none may be lost on a connection the server had closed.

const serverScript = fileURLToPath(new URL("./support/idle-closing-zalo.mjs", import.meta.url));
const children: ChildProcess[] = [];
const pools: PooledZaloHttp[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) child.kill();
  for (const pool of pools.splice(0)) await pool.close();
});

async function startServer(idleMs: number, mode: "hint" | "no-hint"): Promise<string> {
  const child = spawn(process.execPath, [serverScript, String(idleMs), mode], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim()));
    child.once("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
  return `http://127.0.0.1:${port}`;
}

const stats = async (url: string) => (await (await fetch(`${url}/stats`)).json()) as { received: Record<string, number>; connections: number };

function client(url: string) {
  const pooled = createPooledZaloHttp();
  pools.push(pooled);
  const api = createZaloApi({ openApiBase: url, oauthBase: url, timeoutMs: 5000, http: pooled.http });
  return { pooled, send: (text: string) => api.sendCsMessage("token", "1234567890", { text }) };
}

/** Holds this thread's event loop, as a long synchronous database call on the processing thread does. */
const holdLoop = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Sends texts at once and keeps every result. */
function collector(send: (text: string) => Promise<SendResult>) {
  const results: Array<{ text: string; result: SendResult }> = [];
  const sendAll = async (texts: string[]) => results.push(...(await Promise.all(texts.map(async (text) => ({ text, result: await send(text) })))));
  return { results, sendAll };
}

function expectDeliveredOnce(results: Array<{ text: string; result: SendResult }>, received: Record<string, number>) {
  expect(results.filter((r) => !r.result.ok).map((r) => r.text)).toEqual([]);
  for (const { text } of results) expect(received[text], text).toBe(1);
  expect(Object.keys(received).sort()).toEqual(results.map((r) => r.text).sort());
}

describe("pooled Zalo HTTP client", () => {
  it("delivers every send exactly once to a server that closes idle connections at its Keep-Alive hint", async () => {
    // Node's keep-alive timeout: closes after 3 s idle, says `Keep-Alive: timeout=3`
    const url = await startServer(3000, "hint");
    const { send } = client(url);
    const { results, sendAll } = collector(send);

    await sendAll(range(20).map((i) => `burst ${i}`));
    await sendAll(range(20).map((i) => `second burst ${i}`));
    // the second burst went over the first one's connections (+1: the stats call's own)
    expect((await stats(url)).connections).toBeLessThanOrEqual(21);
    // every connection is idle; the loop is held past the server's close, then sends go at once
    holdLoop(3400);
    await sendAll(range(4).map((i) => `after the held loop ${i}`));
    for (const gap of [900, 2900, 3100]) {
      await sleep(gap);
      await sendAll([`after ${gap} ms idle`, `after ${gap} ms idle, second`]);
    }

    expectDeliveredOnce(results, (await stats(url)).received);
  }, 60_000);

  it("delivers every send exactly once to a server that closes idle connections without a hint", async () => {
    const url = await startServer(500, "no-hint");
    const { send } = client(url);
    const { results, sendAll } = collector(send);

    await sendAll(range(10).map((i) => `burst ${i}`));
    holdLoop(800);
    await sendAll(range(4).map((i) => `after the held loop ${i}`));
    for (const gap of [200, 900, 250, 1200]) {
      await sleep(gap);
      await sendAll([`after ${gap} ms idle`]);
    }

    expectDeliveredOnce(results, (await stats(url)).received);
  }, 60_000);

  it("does not resend at once a request the server received before the connection broke", async () => {
    const url = await startServer(3000, "hint");
    const { send, pooled } = client(url);
    expect((await send("before")).ok).toBe(true);
    // written on the kept-alive connection, then the server drops it without an answer: Zalo may
    // have acted on it, so it is a failure for the outbox to retry with its backoff
    const dropped = await send("drop: received, no answer");
    expect(dropped).toMatchObject({ ok: false, category: "transient", code: 0 });
    expect((await send("after")).ok).toBe(true);
    const { received } = await stats(url);
    expect(received["drop: received, no answer"]).toBe(1);
    expect(pooled.stats.immediateRetries).toBe(0);
  }, 30_000);

  it("reports a send Zalo answered as sent when this thread was held past the timeout (no duplicate later)", async () => {
    // The processing thread answers and writes a round synchronously; on a starved machine that
    // held its loop for seconds. A response waiting unread in the socket lost to the request's
    // timer, because Node runs expired timers before it reads sockets: the send was reported as
    // "no response" and the outbox sent the message again (capacity bench, load 14–19: 6 messages
    // sent twice). Zalo answers this one after 300 ms; the timeout is 1 s; the loop is held 1.6 s.
    const url = await startServer(3000, "hint");
    const pooled = createPooledZaloHttp();
    pools.push(pooled);
    const api = createZaloApi({ openApiBase: url, oauthBase: url, timeoutMs: 1000, http: pooled.http });
    expect((await api.sendCsMessage("token", "1234567890", { text: "warm-up" })).ok).toBe(true);
    const sending = api.sendCsMessage("token", "1234567890", { text: "slow: answered after 300 ms" });
    await sleep(100); // written; the answer comes 200 ms later
    // held from an I/O callback (the poll phase), as a round that follows a socket read or a
    // message: the next turn runs its expired timers before it reads the sockets
    await new Promise<void>((resolve) => stat(".", () => resolve()));
    holdLoop(1600);
    expect(await sending).toMatchObject({ ok: true });
    const { received } = await stats(url);
    expect(received["slow: answered after 300 ms"]).toBe(1);
    expect(pooled.stats.immediateRetries).toBe(0);
  }, 30_000);

  it("fails a send Zalo does not answer within the timeout, once, without an immediate retry", async () => {
    const url = await startServer(3000, "hint");
    const pooled = createPooledZaloHttp();
    pools.push(pooled);
    const api = createZaloApi({ openApiBase: url, oauthBase: url, timeoutMs: 150, http: pooled.http });
    const t0 = performance.now();
    expect(await api.sendCsMessage("token", "1234567890", { text: "slow: later than the timeout" })).toMatchObject({ ok: false, category: "transient", code: 0, message: "network: TimeoutError" });
    expect(performance.now() - t0).toBeLessThan(1000);
    await sleep(400);
    expect((await stats(url)).received["slow: later than the timeout"]).toBe(1);
    expect(pooled.stats.immediateRetries).toBe(0);
  }, 30_000);

  it("sends each URL to its own path and reads a response body that arrives in several pieces", async () => {
    // the client parses a URL once and keeps it (sends all go to one), and reads the body as
    // undici hands it over: a second URL must not reuse the first one's path, and a body written
    // in pieces (a large reply's answer, or a slow proxy) must come back whole
    const paths: string[] = [];
    const server = createHttpServer((req, res) => {
      paths.push(req.url!);
      const user = new URL(req.url!, "http://x").searchParams.get("data") ?? "";
      const body = JSON.stringify({ error: 0, message: "Success", data: { display_name: `người dùng ${JSON.parse(user).user_id} ${"ạ".repeat(3000)}` } });
      const bytes = Buffer.from(body, "utf8");
      res.writeHead(200, { "content-type": "application/json", "content-length": bytes.length });
      // split inside a multi-byte character too: decoding must wait for the whole body
      res.write(bytes.subarray(0, 101));
      setTimeout(() => res.end(bytes.subarray(101)), 20);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const pooled = createPooledZaloHttp();
      pools.push(pooled);
      const api = createZaloApi({ openApiBase: url, oauthBase: url, timeoutMs: 5000, http: pooled.http });
      for (const user of ["111", "222", "111"]) {
        const detail = await api.getUserDetail("token", user);
        expect(detail).toMatchObject({ ok: true, displayName: `người dùng ${user} ${"ạ".repeat(3000)}`.slice(0, 100) });
      }
      expect(paths.map((p) => JSON.parse(new URL(p, "http://x").searchParams.get("data")!).user_id)).toEqual(["111", "222", "111"]);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it("retries at once a request that never reached a connection (connection refused)", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", () => r()));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const { send, pooled } = client(`http://127.0.0.1:${port}`);
    expect(await send("nobody listens")).toMatchObject({ ok: false, category: "transient", code: 0 });
    expect(pooled.stats.immediateRetries).toBe(2);
  });
});
