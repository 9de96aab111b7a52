/**
 * Node: webhook events are processed in a child process of the server (forked by
 * server/jobs/processing-thread-client.ts) with its own database connection, so the main thread
 * only verifies, stores and acknowledges. The embedded libSQL driver runs each statement
 * synchronously; processing on the main thread would make acknowledgements wait behind it. A
 * process rather than a worker thread: every thread of it runs at a lower priority, V8's GC and
 * compiler threads too (server/jobs/thread-priority.ts); a worker shares those with the server.
 * Events are processed in groups (GroupQueue, EventGroups). This side also runs the sweeper. With an embedded database the main thread stores
 * events in the intake journal and asks for a drain: {type:"drain", journalId} → {type:"drained",
 * upTo, eventIds} (the rows up to `upTo` are in webhook_events; `eventIds` will be processed),
 * then {type:"done", eventIds} per group. Over a libSQL server: {type:"process", eventId} → {type:"done", eventIds};
 * {type:"sweep", id} → {type:"swept", id, result}; {type:"stop"} → closes and exits.
 */
import type { Config } from "../config/env";
import { openNodeDatabase } from "../db/open-node-database";
import { systemClock } from "../lib/clock";
import { defaultUploadsDir, FileBlobStore } from "../lib/file-blob-store";
import { createLogger } from "../lib/logger";
import { buildServices, sweep, type Services } from "../services";
import { IntakeJournal } from "../webhooks/intake-journal";
import { JournalDrain } from "../webhooks/journal-drain";
import { createZaloApi } from "../zalo/zalo-api";
import { createPooledZaloHttp } from "../zalo/pooled-zalo-http";
import { EventGroups, GROUP_MAX } from "../conversations/event-groups";
import { GroupQueue } from "./group-queue";
import { lowerProcessPriority } from "./thread-priority";
import { warmUpAssistant, type WarmUpResult } from "./processing-warm-up";

export type ThreadRequest = { type: "start"; config: Config } | { type: "process"; eventId: number } | { type: "drain"; journalId: number } | { type: "sweep"; id: number } | { type: "stop" };
export type ThreadReply =
  | { type: "hello" }
  | { type: "ready" }
  | { type: "drained"; upTo: number; eventIds: number[] }
  /** one message per group: a message per event cost the acknowledging thread ~500 deliveries a second under load */
  | { type: "done"; eventIds: number[] }
  | { type: "swept"; id: number; result: { events: number; sent: number } | { error: string } }
  /** the answer engine's warm-up at start ended (server/jobs/processing-warm-up.ts): what it cost */
  | { type: "warmed"; result: WarmUpResult };

if (!process.send) throw new Error("processing-thread.ts runs as a forked child process (ProcessingThread)");
// The server is gone (killed, crashed): so is its processing; what was not finished stays
// pending in the database for the next server's sweep, as when a worker thread died with it.
process.on("disconnect", () => process.exit(0));
// Ctrl+C in a terminal signals the whole process group, and a service manager may SIGTERM it:
// this side ends only through the parent (its stop message, after the journal is drained and the
// replies under way are sent, or the IPC channel closing), never halfway through a group (a reply
// already sent would be sent again by the next start's sweep).
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => undefined);
// Messages are read from the start and kept until the services are up: the parent may ask for
// drains while this side still loads (a message with no listener would be dropped).
let handler: ((message: ThreadRequest) => void) | undefined;
const early: ThreadRequest[] = [];
let started: ((config: Config) => void) | undefined;
process.on("message", (message: ThreadRequest) => {
  if (message.type === "start") started?.(message.config);
  else if (handler) handler(message);
  else early.push(message);
});
const port = {
  postMessage(message: ThreadReply): void {
    if (process.connected) process.send!(message);
  },
  on(_event: "message", listener: (message: ThreadRequest) => void): void {
    handler = listener;
    early.splice(0).forEach(listener);
  },
};
// The configuration comes from the parent once this side listens (not from the environment: a
// test's or the bench's configuration is not the process's).
const config = await new Promise<Config>((resolve) => {
  started = resolve;
  port.postMessage({ type: "hello" });
});
const logger = createLogger(config.logLevel);
lowerProcessPriority(config.processingThreadNice, logger);
// Processing is redone from the stored event if a power cut undoes it (the event itself was
// stored with a full sync by the main thread, and moving it out of the intake journal syncs
// fully too), so this connection skips the per-commit sync and holds the write lock shorter.
const opened = await openNodeDatabase(config.databaseUrl, config.databaseAuthToken, { synchronous: "NORMAL" });
let services: Services;
let groups: EventGroups;
// Events are processed in groups sharing their commits (server/conversations/event-groups.ts):
// on one file, one commit per event would be the ceiling.
const queue = new GroupQueue(
  async (eventIds) => {
    // the next group starts once this one is written; "done" when its replies went out too
    const done = () => {
      for (const eventId of eventIds) queued.delete(eventId);
      port.postMessage({ type: "done", eventIds } satisfies ThreadReply);
    };
    try {
      const { sent } = await groups.process(eventIds);
      void sent.finally(done);
    } catch (err) {
      done();
      throw err;
    }
  },
  logger,
  GROUP_MAX,
  config.webhookProcessDelayMs,
);
/** Events in this thread's queue: the sweeper leaves them to it (it would only race it for the claim). */
const queued = new Set<number>();
const processInQueue = (eventId: number) => {
  if (queued.has(eventId)) return;
  queued.add(eventId);
  queue.push(eventId);
};
// The intake journal (embedded database): events acknowledged by the main thread are moved into
// webhook_events here, at once (the processing delay, a test hook, applies to processing only).
const journalPath = IntakeJournal.pathFor(config.databaseUrl);
const journalDrain = journalPath
  ? new JournalDrain(opened.client, journalPath, logger, (r) => {
      port.postMessage({ type: "drained", upTo: r.upTo, eventIds: r.eventIds } satisfies ThreadReply);
      r.eventIds.forEach(processInQueue);
    })
  : undefined;
// replies go out over pooled keep-alive connections (server/zalo/pooled-zalo-http.ts)
const zaloHttp = createPooledZaloHttp();
const zaloApi = createZaloApi({ openApiBase: config.zaloOpenApiBase, oauthBase: config.zaloOAuthBase, timeoutMs: config.zaloTimeoutMs, http: zaloHttp.http });
services = await buildServices({
  db: opened.db,
  clock: systemClock,
  config,
  zaloApi,
  logger,
  blobStore: new FileBlobStore(defaultUploadsDir(config.databaseUrl)),
  journalDrain,
});
groups = new EventGroups(opened.db, services.conversations, services.outbox, logger);

let sweeping: Promise<{ events: number; sent: number }> | undefined;
const sweepOnce = () => {
  sweeping ??= sweep(services, {
    queued: (id) => queued.has(id),
    // a backlog (events a previous process accepted but did not answer) goes in groups too
    processDue: async (ids) => {
      const { processed, sent } = await groups.process(ids);
      await sent;
      return processed;
    },
  }).finally(() => {
    sweeping = undefined;
  });
  return sweeping;
};
const timer = setInterval(() => void sweepOnce().catch((err) => logger.error("sweep failed", { error: err as Error })), Math.max(100, config.sweepIntervalMs));

port.on("message", (message: ThreadRequest) => {
  if (message.type === "process") {
    processInQueue(message.eventId);
  } else if (message.type === "drain") {
    journalDrain?.request(message.journalId);
  } else if (message.type === "sweep") {
    sweepOnce().then(
      (result) => port.postMessage({ type: "swept", id: message.id, result } satisfies ThreadReply),
      (err) => port.postMessage({ type: "swept", id: message.id, result: { error: (err as Error).message } } satisfies ThreadReply),
    );
  } else if (message.type === "stop") {
    clearInterval(timer);
    void Promise.resolve(journalDrain?.idle())
      .then(() => queue.idle())
      .then(() => groups.settled())
      .then(() => sweeping?.catch(() => undefined))
      .then(() => zaloHttp.close().catch(() => undefined))
      .finally(() => {
        opened.close();
        process.exit(0);
      });
  }
});

port.postMessage({ type: "ready" } satisfies ThreadReply);
logger.info("processing process ready", { pid: process.pid });
// First sweep right away: events a previous process accepted but did not answer.
const firstSweep = sweepOnce().catch((err) => logger.error("sweep failed", { error: err as Error }));
// Then, while nothing is queued, the answer engine is warmed (JIT) on the entries' sample
// questions: a fresh process answered its first ~2,000 events at a higher CPU cost each. It
// writes and sends nothing, and stops as soon as an event is queued (server/jobs/processing-warm-up.ts).
void firstSweep
  .then(() =>
    warmUpAssistant(
      { assistant: () => services.knowledge.assistant(), ward: async () => (await services.wards.list())[0] },
      { cpuBudgetMs: config.processingWarmUpMs ?? 0, interrupted: () => queued.size > 0 },
    ),
  )
  .then((result) => {
    logger.info("processing warm-up", result);
    port.postMessage({ type: "warmed", result } satisfies ThreadReply);
  })
  .catch((err) => logger.warn("processing warm-up failed", { error: err as Error }));
