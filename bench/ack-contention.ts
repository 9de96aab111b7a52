/**
 * Where the acknowledgement tail comes from on Node: SQLite's single write lock per file.
 *   npx tsx bench/ack-contention.ts        (or through `npm run bench`, section "ack contention")
 *
 * The main thread plays the intake: every few ms it commits a small group of events (3 rows,
 * synchronous FULL, as a group commit of concurrent acknowledgements does), with the busy
 * handler the server uses. A worker thread plays the processing thread: on the same main file
 * (synchronous NORMAL, its own connection), it commits in the pattern processEvent has today
 * (claim, resident upsert, the event's batch, the outbox claim and the send record: five write
 * transactions per event), as fast as it can. In alternating rounds the intake writes to
 *   - "main file": the main database file, where the processing thread also writes (before);
 *   - "journal": a separate file only it writes (the intake journal, server/webhooks/intake-journal.ts);
 *   - "idle": the main file with the processing thread paused (the floor on this machine now).
 * Before each commit a probe connection with no busy timeout tries BEGIN IMMEDIATE on the
 * target file: SQLITE_BUSY says the write lock was held by the other thread at that moment.
 * The commit itself runs with the server's 5 s busy timeout and is timed. Rounds alternate, so machine load
 * affects the three alike: compare them within the run.
 *
 * Environment: CONTENTION_ROUNDS (per condition, 4), CONTENTION_ROUND_MS (1500), CONTENTION_EVERY_MS (6).
 */
import { closeSync, fdatasyncSync, openSync, writeSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { createClient, type Client } from "@libsql/client";
import { openNodeDatabase } from "../server/db/open-node-database";
import { IntakeJournal } from "../server/webhooks/intake-journal";
import { makeTempDir } from "../tests/support/factories";
import { median, quantile } from "./ask-latency";

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

type Condition = "main file" | "journal" | "idle";
export type ContentionRound = { condition: Condition; commits: number; busy: number; p50: number; p99: number; max: number; processedPerS: number };
export type ContentionResult = {
  rounds: ContentionRound[];
  /** the floor of a durable acknowledgement: one 4 KiB write + fdatasync on the same disk, ms */
  diskSync: { p50: number; p90: number; p99: number; max: number };
  /** one journal flush (IntakeJournal: duplicate lookups, insert, FULL commit) by events in it: median ms */
  flushMs: Array<{ events: number; ms: number; perEventMs: number }>;
  medians: Record<Condition, { busyShare: number; p50: number; p99: number; max: number; processedPerS: number }>;
};

/** The processing thread's stand-in: five write transactions per "event" on the main file. */
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { createClient } = require(workerData.libsql);
const db = createClient({ url: workerData.url, concurrency: 1, timeout: 5000 });
let running = false, events = 0;
parentPort.on("message", async (m) => {
  if (m === "stop") { db.close(); process.exit(0); }
  if (m === "pause") { running = false; return; }
  if (m === "count") { parentPort.postMessage(events); events = 0; return; }
  if (m !== "run" || running) return;
  running = true;
  await db.execute("PRAGMA synchronous = NORMAL");
  let i = 0;
  while (running) {
    const id = ++i;
    await db.execute({ sql: "UPDATE events SET status = 'processing' WHERE id = ?", args: [id % 1000] });
    await db.execute({ sql: "INSERT INTO residents (k, n) VALUES (?, 1) ON CONFLICT (k) DO UPDATE SET n = n + 1", args: ["r" + (id % 500)] });
    await db.batch([
      { sql: "INSERT INTO messages (body) VALUES (?)", args: ["in ".repeat(40)] },
      { sql: "INSERT INTO messages (body) VALUES (?)", args: ["out ".repeat(150)] },
      { sql: "INSERT INTO outbox (body, status) VALUES (?, 'pending')", args: ["payload ".repeat(60)] },
      { sql: "UPDATE events SET status = 'done' WHERE id = ?", args: [id % 1000] },
    ], "deferred");
    await db.execute({ sql: "UPDATE outbox SET status = 'sending' WHERE id = (SELECT max(id) FROM outbox)" });
    await db.execute({ sql: "UPDATE outbox SET status = 'sent' WHERE id = (SELECT max(id) FROM outbox)" });
    events++;
    await new Promise((r) => setImmediate(r));
  }
});
parentPort.postMessage("ready");
`;

async function open(url: string, sync: "FULL" | "NORMAL", timeout = 5000): Promise<Client> {
  const c = createClient({ url, concurrency: 1, timeout });
  await c.execute("PRAGMA journal_mode = WAL");
  await c.execute(`PRAGMA synchronous = ${sync}`);
  return c;
}

export async function runAckContention(options: { log?: (s: string) => void } = {}): Promise<ContentionResult> {
  const log = options.log ?? (() => undefined);
  const roundsPer = envInt("CONTENTION_ROUNDS", 4);
  const roundMs = envInt("CONTENTION_ROUND_MS", 1500);
  const everyMs = envInt("CONTENTION_EVERY_MS", 6);
  const tmp = makeTempDir("bench-contention");
  const mainUrl = `file:${tmp.dir}/main.db`;
  const journalUrl = `file:${tmp.dir}/main.db.intake`;
  const main = await open(mainUrl, "FULL");
  await main.batch(
    [
      "CREATE TABLE events (id INTEGER PRIMARY KEY, status TEXT)",
      "INSERT INTO events (id, status) SELECT value, 'pending' FROM generate_series(0, 999)",
      "CREATE TABLE residents (k TEXT PRIMARY KEY, n INTEGER)",
      "CREATE TABLE messages (id INTEGER PRIMARY KEY, body TEXT)",
      "CREATE TABLE outbox (id INTEGER PRIMARY KEY, body TEXT, status TEXT)",
      "CREATE TABLE intake (id INTEGER PRIMARY KEY, body TEXT)",
    ],
    "write",
  ).catch(async () => {
    // generate_series may be missing from the build: fill with a recursive CTE instead
    await main.batch(
      [
        "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, status TEXT)",
        "WITH RECURSIVE s(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM s WHERE v < 999) INSERT OR IGNORE INTO events (id, status) SELECT v, 'pending' FROM s",
        "CREATE TABLE IF NOT EXISTS residents (k TEXT PRIMARY KEY, n INTEGER)",
        "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, body TEXT)",
        "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, body TEXT, status TEXT)",
        "CREATE TABLE IF NOT EXISTS intake (id INTEGER PRIMARY KEY, body TEXT)",
      ],
      "write",
    );
  });
  const journal = await open(journalUrl, "FULL");
  await journal.execute("CREATE TABLE intake (id INTEGER PRIMARY KEY, body TEXT)");
  const probes = { main: await open(mainUrl, "FULL", 0), journal: await open(journalUrl, "FULL", 0) };
  const worker = new Worker(workerSource, { eval: true, workerData: { url: mainUrl, libsql: import.meta.resolve("@libsql/client").replace("file://", "") } });
  await new Promise<void>((resolve) => worker.once("message", () => resolve()));
  const count = () => new Promise<number>((resolve) => (worker.once("message", (n: number) => resolve(n)), worker.postMessage("count")));

  const body = "x".repeat(600); // a Zalo event is about this size
  const rounds: ContentionRound[] = [];
  try {
    for (let r = 0; r < roundsPer; r++) {
      for (const condition of ["main file", "journal", "idle"] as Condition[]) {
        worker.postMessage(condition === "idle" ? "pause" : "run");
        await new Promise((res) => setTimeout(res, 100));
        await count();
        const target = condition === "journal" ? journal : main;
        const latencies: number[] = [];
        let busy = 0;
        const t0 = performance.now();
        while (performance.now() - t0 < roundMs) {
          const stmts = Array.from({ length: 3 }, () => ({ sql: "INSERT INTO intake (body) VALUES (?)", args: [body] }));
          // Was the write lock held at this moment? A probe connection with no busy timeout asks.
          const probe = condition === "journal" ? probes.journal : probes.main;
          try {
            await probe.batch(["SELECT 1"], "write"); // BEGIN IMMEDIATE … COMMIT
          } catch (err) {
            if (!/BUSY|locked/i.test(String((err as Error).message))) throw err;
            busy++;
            // a connection whose BEGIN failed may keep a statement open: start afresh
            probe.close();
            probes[condition === "journal" ? "journal" : "main"] = await open(condition === "journal" ? journalUrl : mainUrl, "FULL", 0);
          }
          const s = performance.now();
          await target.batch(stmts, "deferred");
          latencies.push(performance.now() - s);
          await new Promise((res) => setTimeout(res, everyMs));
        }
        const processed = await count();
        const sorted = Float64Array.from(latencies).sort();
        const round = {
          condition,
          commits: latencies.length,
          busy,
          p50: quantile(sorted, 0.5),
          p99: quantile(sorted, 0.99),
          max: sorted[sorted.length - 1]!,
          processedPerS: (processed * 1000) / (performance.now() - t0),
        };
        rounds.push(round);
        log(
          `  contention round ${r + 1}/${roundsPer}, intake → ${condition}: ${round.commits} commits, ${round.busy} met the lock held; ` +
            `commit p50 ${round.p50.toFixed(1)} ms, p99 ${round.p99.toFixed(1)} ms, max ${round.max.toFixed(1)} ms; processing stand-in ${round.processedPerS.toFixed(0)} events/s`,
        );
      }
    }
  } finally {
    worker.postMessage("stop");
    await new Promise((res) => worker.once("exit", res));
    main.close();
    journal.close();
    probes.main.close();
    probes.journal.close();
    tmp.remove();
  }
  const flushMs = await groupCommitSizes(log);
  const diskSync = measureDiskSync();
  log(`  disk sync (4 KiB write + fdatasync, 300 times): p50 ${diskSync.p50.toFixed(2)} ms, p90 ${diskSync.p90.toFixed(2)} ms, p99 ${diskSync.p99.toFixed(2)} ms, max ${diskSync.max.toFixed(2)} ms`);
  const of = (c: Condition) => rounds.filter((x) => x.condition === c);
  const m = (c: Condition) => ({
    busyShare: median(of(c).map((x) => x.busy / x.commits)),
    p50: median(of(c).map((x) => x.p50)),
    p99: median(of(c).map((x) => x.p99)),
    max: median(of(c).map((x) => x.max)),
    processedPerS: median(of(c).map((x) => x.processedPerS)),
  });
  return { rounds, flushMs, diskSync, medians: { "main file": m("main file"), journal: m("journal"), idle: m("idle") } };
}

/** What any durable commit pays at least on this disk: a small write and fdatasync, as a WAL commit does. */
function measureDiskSync(): ContentionResult["diskSync"] {
  const tmp = makeTempDir("bench-sync");
  const fd = openSync(`${tmp.dir}/sync.bin`, "w");
  const page = Buffer.alloc(4096, 1);
  const times: number[] = [];
  try {
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      writeSync(fd, page, 0, page.length, (i % 64) * page.length);
      fdatasyncSync(fd);
      times.push(performance.now() - t0);
    }
  } finally {
    closeSync(fd);
    tmp.remove();
  }
  const sorted = Float64Array.from(times).sort();
  return { p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), p99: quantile(sorted, 0.99), max: sorted[sorted.length - 1]! };
}

/**
 * Group commit sizing: the real IntakeJournal (migrated main file, journal beside it), flushes of
 * 1 to 200 events (stored concurrently, so they share one transaction), nothing else running.
 * The disk sync is paid once per flush whatever its size; what each more event adds is small.
 */
async function groupCommitSizes(log: (s: string) => void): Promise<ContentionResult["flushMs"]> {
  const tmp = makeTempDir("bench-flush");
  const url = `file:${tmp.dir}/main.db`;
  const opened = await openNodeDatabase(url);
  const journal = await IntakeJournal.open(IntakeJournal.pathFor(url)!, opened.client);
  try {
    await opened.client.execute("INSERT INTO wards (slug, name, profile, created_at) VALUES ('bench', 'bench', '{}', 0)");
    const rawBody = "x".repeat(600);
    let k = 0;
    const out: ContentionResult["flushMs"] = [];
    for (const events of [1, 5, 25, 100, 200]) {
      const times: number[] = [];
      for (let rep = 0; rep < 15; rep++) {
        const t0 = performance.now();
        await Promise.all(Array.from({ length: events }, () => journal.store({ wardId: 1, eventKey: `k${k++}`, eventName: "user_send_text", rawBody, zaloTimestamp: "0", receivedAt: 0 })));
        times.push(performance.now() - t0);
      }
      const ms = median(times);
      out.push({ events, ms, perEventMs: ms / events });
      log(`  journal flush of ${events} events: ${ms.toFixed(2)} ms (median of 15)`);
    }
    return out;
  } finally {
    journal.close();
    opened.close();
    tmp.remove();
  }
}

export function formatAckContention(r: ContentionResult): string {
  const rows = (["main file", "journal", "idle"] as Condition[]).map((c) => {
    const x = r.medians[c];
    return `  intake → ${c.padEnd(9)}  lock held at ${(100 * x.busyShare).toFixed(1).padStart(5)}% of commits  commit p50 ${x.p50.toFixed(1).padStart(5)} ms  p99 ${x.p99.toFixed(1).padStart(6)} ms  max ${x.max.toFixed(1).padStart(6)} ms  processing stand-in ${x.processedPerS.toFixed(0)} events/s`;
  });
  return [
    `ack contention (intake commits of 3 events, FULL sync, against a processing stand-in on the main file; ${r.rounds.length / 3} alternating rounds each, medians):`,
    ...rows,
    `  disk sync (4 KiB write + fdatasync, the floor of a durable acknowledgement): p50 ${r.diskSync.p50.toFixed(1)} ms, p90 ${r.diskSync.p90.toFixed(1)} ms, p99 ${r.diskSync.p99.toFixed(1)} ms`,
    `  group commit: one journal flush takes ${r.flushMs.map((f) => `${f.ms.toFixed(1)} ms for ${f.events}`).join(", ")} (the disk sync is paid once per flush)`,
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatAckContention(await runAckContention({ log: (s) => console.log(s) })));
}
