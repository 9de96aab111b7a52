import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { createApp } from "./app";
import type { Config } from "./config/env";
import { openNodeDatabase } from "./db/open-node-database";
import { BackgroundQueue } from "./jobs/background-queue";
import { ProcessingThread } from "./jobs/processing-thread-client";
import type { WarmUpResult } from "./jobs/processing-warm-up";
import { readKnowledgeDir, readWardDefinition } from "./knowledge/knowledge-files";
import type { BlobStore } from "./lib/blob-store";
import { systemClock, type Clock } from "./lib/clock";
import { defaultUploadsDir, FileBlobStore } from "./lib/file-blob-store";
import { createLogger, type Logger } from "./lib/logger";
import { buildServices, sweep, type Services } from "./services";
import { IntakeJournal } from "./webhooks/intake-journal";
import { JournalDrain } from "./webhooks/journal-drain";
import { writeWorkbook } from "./staff/report-workbook";
import { seedMissingHolidayYears } from "./wards/holiday-calendar";
import { createZaloApi, type ZaloApi } from "./zalo/zalo-api";
import { createPooledZaloHttp } from "./zalo/pooled-zalo-http";

export type NodeServer = {
  url: string;
  port: number;
  services: Services;
  /** event processing after the 200: idle() resolves when nothing is being processed */
  queue: { idle(): Promise<void> };
  sweepNow: () => Promise<{ events: number; sent: number }>;
  close: () => Promise<void>;
  /** the intake journal, when the intake writes one (its commit counts: bench/webhook-load.ts) */
  intakeJournal?: IntakeJournal;
  /** the processing child process's id, when processing runs in one (bench/webhook-load.ts reads its CPU) */
  processingPid?: () => number | undefined;
  /** the processing child's answer-engine warm-up, once it ended (server/jobs/processing-warm-up.ts) */
  processingWarmUp?: () => WarmUpResult | undefined;
};

/**
 * Starts the whole server on Node: database (migrated), knowledge loaded from knowledge/,
 * a demo ward when there is none, HTTP on `config.port` (0 picks a free port), the background
 * queue and the sweeper.
 */
export async function startNodeServer(
  config: Config,
  overrides: {
    clock?: Clock;
    zaloApi?: ZaloApi;
    logger?: Logger;
    hostname?: string;
    blobStore?: BlobStore;
    /** "thread": events are processed in a child process (what `npm start` uses; the name is older);
     *  "inline" (default): on this thread, as tests that inject a clock or a Zalo client need */
    processing?: "thread" | "inline";
    /** false: the intake stores events in the main file even with the processing thread (the
     *  layout before the intake journal; bench/webhook-load.ts compares the two in one run) */
    intakeJournal?: boolean;
  } = {},
): Promise<NodeServer> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? systemClock;
  const opened = await openNodeDatabase(config.databaseUrl, config.databaseAuthToken);
  // Node: Zalo calls over pooled keep-alive connections (Workers keep fetch)
  const zaloHttp = overrides.zaloApi ? undefined : createPooledZaloHttp();
  const zaloApi =
    overrides.zaloApi ?? createZaloApi({ openApiBase: config.zaloOpenApiBase, oauthBase: config.zaloOAuthBase, timeoutMs: config.zaloTimeoutMs, http: zaloHttp?.http });
  const blobStore = overrides.blobStore ?? new FileBlobStore(defaultUploadsDir(config.databaseUrl));
  // The thread builds its own services from config, so anything injected here needs inline processing.
  const injected = overrides.clock || overrides.zaloApi || overrides.blobStore;
  const processing = injected ? "inline" : (overrides.processing ?? "inline");
  // Embedded database, processing thread: the intake writes to its own journal file, so
  // acknowledging never waits on the processing thread's write lock (server/webhooks/
  // intake-journal.ts). Inline processing shares this thread and its one connection with the
  // intake: there is no second writer to wait for, and events go straight to webhook_events.
  const journalPath = IntakeJournal.pathFor(config.databaseUrl);
  const journal = journalPath && processing === "thread" && overrides.intakeJournal !== false ? await IntakeJournal.open(journalPath, opened.client, { preallocateWalBytes: config.intakeWalPreallocateBytes, syncsInFlight: config.intakeSyncsInFlight, durability: config.intakeDurability }) : undefined;
  // Inline, the sweeper still moves what a journal left by an earlier threaded run holds.
  const leftovers = journalPath && processing === "inline" ? new JournalDrain(opened.client, journalPath, logger) : undefined;
  const services = await buildServices({ db: opened.db, clock, config, zaloApi, logger, blobStore, eventStore: journal, journalDrain: leftovers, workbookWriter: writeWorkbook });

  const { kb } = await readKnowledgeDir(config.knowledgeDir, { strict: true });
  const replaced = await services.knowledge.replaceAll(kb);
  // Files are the baseline; what communicators published in the console stays on top of them.
  if (replaced) await services.staff.knowledge.reapplyPublished();
  // The city's holiday calendar, first version (edited later in the console; never overwritten).
  await seedMissingHolidayYears(opened.db, clock.now());
  let demoCreated = false;
  if ((await services.wards.count()) === 0) {
    await services.wards.create(readWardDefinition(join(config.knowledgeDir, "wards", "demo.yaml")));
    demoCreated = true;
  }

  let queue: { idle(): Promise<void> };
  let sweepNow: () => Promise<{ events: number; sent: number }>;
  let stopProcessing: () => Promise<void>;
  let processingPid: (() => number | undefined) | undefined;
  let processingWarmUp: (() => WarmUpResult | undefined) | undefined;
  let app: ReturnType<typeof createApp>;
  if (processing === "thread") {
    const thread = new ProcessingThread(config, logger);
    app = createApp(services, (_c, id) => (journal ? thread.requestDrain(id) : thread.push(id)));
    queue = thread;
    sweepNow = () => thread.sweepNow();
    stopProcessing = () => thread.stop();
    processingPid = () => thread.pid;
    processingWarmUp = () => thread.warmUp;
  } else {
    const inline = new BackgroundQueue(logger, 4, config.webhookProcessDelayMs);
    app = createApp(services, (_c, eventId, accepted) => inline.push(() => services.conversations.processEvent(eventId, accepted)));
    let sweeping: Promise<{ events: number; sent: number }> | undefined;
    sweepNow = () => {
      sweeping ??= sweep(services).finally(() => {
        sweeping = undefined;
      });
      return sweeping;
    };
    const timer = setInterval(() => {
      sweepNow().catch((err) => logger.error("sweep failed", { error: err as Error }));
    }, Math.max(100, config.sweepIntervalMs));
    timer.unref();
    // First sweep right away: events a previous process accepted but did not answer.
    void sweepNow().catch((err) => logger.error("sweep failed", { error: err as Error }));
    queue = inline;
    stopProcessing = async () => {
      clearInterval(timer);
      await inline.idle();
      await sweeping?.catch(() => undefined);
    };
  }

  const server: ServerType = await new Promise((resolve) => {
    // loopback unless HOST says otherwise (behind a reverse proxy on the same machine, as deployed)
    const s = serve({ fetch: app.fetch, port: config.port, hostname: overrides.hostname ?? config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}`;
  logger.info("hoi-phuong started", {
    url,
    database: config.databaseUrl.startsWith("file:") ? config.databaseUrl : "libsql server",
    knowledgeEntries: kb.entries.length,
    knowledgeReloaded: replaced,
    demoWardCreated: demoCreated,
    processing,
  });
  return {
    url,
    port,
    services,
    queue,
    sweepNow,
    intakeJournal: journal,
    processingPid,
    processingWarmUp,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stopProcessing();
      await zaloHttp?.close().catch(() => undefined);
      journal?.close();
      opened.close();
    },
  };
}
