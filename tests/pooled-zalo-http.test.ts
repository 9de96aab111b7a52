import { spawn, type ChildProcess } from "node:child_process";
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
