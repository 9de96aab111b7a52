/**
 * The fake Zalo (tests/support/fake-zalo-server.ts) on a worker thread of its own, for load
 * benchmarks: in the bench process it would share the event loop of the server's main thread,
 * whose acknowledgements are being measured, and every reply the processing thread sends would
 * cost that loop HTTP parsing. On the main side, `startFakeZaloThread()` gives the few calls the
 * benchmarks need, as messages.
 */
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

export async function startFakeZaloThread(): Promise<FakeZaloThread> {
  const worker = new Worker(new URL("./fake-zalo-thread-entry.mjs", import.meta.url));
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
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
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
