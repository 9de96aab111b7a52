/**
 * The fake Zalo (tests/support/fake-zalo-server.ts) on a worker thread of its own, for load
 * benchmarks: in the bench process it would share the event loop of the server's main thread,
 * whose acknowledgements are being measured, and every reply the processing thread sends would
 * cost that loop HTTP parsing. On the main side, `startFakeZaloThread()` gives the few calls the
 * benchmarks need, as messages.
 *
 * `startFakeZaloThread({ ownSession: true })` runs it in a child process in a session of its own
 * (`detached`: setsid) instead: Zalo is another machine in production, and with the kernel's
 * autogroup scheduling a process in its own session gets its own share of the CPUs rather than
 * competing inside the server's session at the server's nice (bench/webhook-load.ts).
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import { FakeZalo } from "../tests/support/fake-zalo-server";

type Request = { id: number; op: "registerApp"; appId: string; appSecret: string } | { id: number; op: "issueTokens"; appId: string } | { id: number; op: "sentRecipients" } | { id: number; op: "sentCount" } | { id: number; op: "close" };

export type FakeZaloThread = {
  url: string;
  registerApp(appId: string, appSecret: string): Promise<void>;
  issueTokens(appId: string): Promise<{ accessToken: string; refreshToken: string }>;
  /** distinct user ids that were sent a message Zalo accepted */
  sentRecipients(): Promise<number>;
  /** messages Zalo accepted */
  sentCount(): Promise<number>;
  close(): Promise<void>;
};

/** The two sides' channel: a worker thread's, or a child process's IPC. */
type Channel = { on(event: "message", f: (m: never) => void): void; once(event: "message", f: (m: never) => void): void; postMessage(m: unknown): void; end(): Promise<void> };

function workerChannel(): Channel & { once(event: "error", f: (e: Error) => void): void } {
  const worker = new Worker(new URL("./fake-zalo-thread-entry.mjs", import.meta.url));
  return Object.assign(worker, { end: async () => void (await worker.terminate()) }) as never;
}

function processChannel(): Channel & { once(event: "error", f: (e: Error) => void): void } {
  const child = fork(fileURLToPath(new URL("./fake-zalo-thread-entry.mjs", import.meta.url)), [], {
    execArgv: [],
    detached: true, // setsid: a session (autogroup) of its own
    env: { ...process.env, FAKE_ZALO_CHILD: "1" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    on: (event: string, f: (m: never) => void) => void child.on(event, f as never),
    once: (event: string, f: (m: never) => void) => void child.once(event, f as never),
    postMessage: (m: unknown) => void child.send(m as object),
    end: async () => {
      child.disconnect(); // the child exits when its channel closes
      await exited;
    },
  } as never;
}

export async function startFakeZaloThread(options: { ownSession?: boolean } = {}): Promise<FakeZaloThread> {
  const worker = options.ownSession ? processChannel() : workerChannel();
  const url = await new Promise<string>((resolve, reject) => {
    worker.once("message", (m: { url: string }) => resolve(m.url));
    worker.once("error", reject);
  });
  let next = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  worker.on("message", (m: { id: number; value: unknown }) => {
    waiting.get(m.id)?.(m.value);
    waiting.delete(m.id);
  });
  type WithoutId<R> = R extends unknown ? Omit<R, "id"> : never;
  const call = <T>(request: WithoutId<Request>): Promise<T> =>
    new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve as (v: unknown) => void);
      worker.postMessage({ ...request, id });
    });
  return {
    url,
    registerApp: (appId, appSecret) => call({ op: "registerApp", appId, appSecret }),
    issueTokens: (appId) => call({ op: "issueTokens", appId }),
    sentRecipients: () => call({ op: "sentRecipients" }),
    sentCount: () => call({ op: "sentCount" }),
    close: async () => {
      await call({ op: "close" });
      await worker.end();
    },
  };
}

// a worker thread of the bench, or (ownSession) a child process talking over IPC
const childPort = isMainThread && process.send && process.env.FAKE_ZALO_CHILD === "1" ? { on: (e: "message", f: (m: Request) => void) => process.on(e, f), postMessage: (m: unknown) => process.send!(m) } : undefined;
if (childPort) process.on("disconnect", () => process.exit(0));
if ((!isMainThread && parentPort) || childPort) {
  const port = childPort ?? parentPort!;
  const fake = await FakeZalo.start();
  port.on("message", async (m: Request) => {
    let value: unknown;
    if (m.op === "registerApp") value = fake.registerApp(m.appId, m.appSecret);
    else if (m.op === "issueTokens") value = fake.issueTokens(m.appId);
    else if (m.op === "sentRecipients") value = new Set(fake.csRequests.filter((r) => r.outcome === "sent").map((r) => r.body?.recipient?.user_id)).size;
    else if (m.op === "sentCount") value = fake.csRequests.filter((r) => r.outcome === "sent").length;
    else if (m.op === "close") value = await fake.close();
    port.postMessage({ id: m.id, value });
  });
  port.postMessage({ url: fake.url });
}
