/**
 * Node: webhook events are processed on a worker thread with its own database connection, so
 * the main thread only verifies, stores and acknowledges. The embedded libSQL driver runs each
 * statement synchronously; processing on the main thread would make acknowledgements wait
 * behind it. The thread also runs the sweeper. Messages: {type:"process", eventId} → {type:"done", eventId};
 * {type:"sweep", id} → {type:"swept", id, result}; {type:"stop"} → closes and exits.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Config } from "../config/env";
import { openNodeDatabase } from "../db/open-node-database";
import { systemClock } from "../lib/clock";
import { defaultUploadsDir, FileBlobStore } from "../lib/file-blob-store";
import { createLogger } from "../lib/logger";
import { buildServices, sweep } from "../services";
import { createZaloApi } from "../zalo/zalo-api";
import { BackgroundQueue } from "./background-queue";

export type ThreadRequest = { type: "process"; eventId: number } | { type: "sweep"; id: number } | { type: "stop" };
export type ThreadReply =
  | { type: "ready" }
  | { type: "done"; eventId: number }
  | { type: "swept"; id: number; result: { events: number; sent: number } | { error: string } };

const port = parentPort!;
const config = (workerData as { config: Config }).config;
const logger = createLogger(config.logLevel);
// Processing is redone from the stored event if a power cut undoes it (the event itself was
// stored with a full sync by the main thread), so this connection skips the per-commit sync
// and holds the write lock far shorter, which keeps acknowledgements fast.
const opened = await openNodeDatabase(config.databaseUrl, config.databaseAuthToken, { synchronous: "NORMAL" });
const zaloApi = createZaloApi({ openApiBase: config.zaloOpenApiBase, oauthBase: config.zaloOAuthBase, timeoutMs: config.zaloTimeoutMs });
const services = await buildServices({
  db: opened.db,
  clock: systemClock,
  config,
  zaloApi,
  logger,
  blobStore: new FileBlobStore(defaultUploadsDir(config.databaseUrl)),
});
const queue = new BackgroundQueue(logger, 4, config.webhookProcessDelayMs);

let sweeping: Promise<{ events: number; sent: number }> | undefined;
const sweepOnce = () => {
  sweeping ??= sweep(services).finally(() => {
    sweeping = undefined;
  });
  return sweeping;
};
const timer = setInterval(() => void sweepOnce().catch((err) => logger.error("sweep failed", { error: err as Error })), Math.max(100, config.sweepIntervalMs));

port.on("message", (message: ThreadRequest) => {
  if (message.type === "process") {
    queue.push(() => services.conversations.processEvent(message.eventId).finally(() => port.postMessage({ type: "done", eventId: message.eventId } satisfies ThreadReply)));
  } else if (message.type === "sweep") {
    sweepOnce().then(
      (result) => port.postMessage({ type: "swept", id: message.id, result } satisfies ThreadReply),
      (err) => port.postMessage({ type: "swept", id: message.id, result: { error: (err as Error).message } } satisfies ThreadReply),
    );
  } else if (message.type === "stop") {
    clearInterval(timer);
    void queue
      .idle()
      .then(() => sweeping?.catch(() => undefined))
      .finally(() => {
        opened.close();
        process.exit(0);
      });
  }
});

port.postMessage({ type: "ready" } satisfies ThreadReply);
// First sweep right away: events a previous process accepted but did not answer.
void sweepOnce().catch((err) => logger.error("sweep failed", { error: err as Error }));
