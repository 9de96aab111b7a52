/**
 * Background processing throughput against the machine's ceiling, in one run:
 *   npx tsx bench/processing.ts            (or through `npm run bench`, section "processing")
 *
 * One libSQL file in a temp dir, opened as the processing thread opens it (WAL, synchronous
 * NORMAL, one connection), the knowledge base and a ward with Zalo tokens, Zalo replaced by the
 * fake on loopback. N distinct questions (one resident each, from the labelled sets) are stored
 * through the intake, then, in alternating rounds on the same connection:
 *   - machine ceiling: a minimal loop doing, per event, one indexed SELECT and one INSERT in its
 *     own transaction (the least any processing of an event must do: read something, commit
 *     something) — events/s;
 *   - processing: `conversations.processEvent(id)` for the next events, one after another, as
 *     the processing thread runs them (reply delivery to the fake Zalo included) — events/s.
 * The ratio processing / ceiling is taken per round (same moment, same machine load) and its
 * median reported: it is what the noise of a shared machine does not move much.
 *
 * Where the time of one processEvent goes: every statement is timed at the libSQL client (a
 * wrapper around the client drizzle is given; nothing of the project is replaced) and grouped by
 * its SQL, and the Zalo send is timed around the ZaloApi; the rest is JavaScript (the answer,
 * building rows, JSON).
 *
 * Environment: PROCESSING_EVENTS (per round, 200), PROCESSING_ROUNDS (5), CEILING_MS (per round, 700),
 * PROCESSING_SYNC (NORMAL, as the processing thread; FULL as the main thread's connection).
 */
import { pathToFileURL } from "node:url";
import type { Client, InStatement } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql/node";
import { openNodeDatabase } from "../server/db/open-node-database";
import * as schema from "../server/db/schema";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { MemoryBlobStore } from "../server/lib/blob-store";
import { systemClock } from "../server/lib/clock";
import { silentLogger } from "../server/lib/logger";
import { buildServices } from "../server/services";
import { createZaloApi, type ZaloApi } from "../server/zalo/zalo-api";
import { FakeZalo } from "../tests/support/fake-zalo-server";
import { createWard, KNOWLEDGE_DIR, makeTempDir, signedEvent, testConfig, textEvent, zaloId } from "../tests/support/factories";
import { loadQuestions, median } from "./ask-latency";

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

export type ProcessingResult = {
  sync: "FULL" | "NORMAL";
  rounds: Array<{ ceilingPerS: number; processPerS: number; ratio: number }>;
  ceilingPerS: number;
  processPerS: number;
  ratio: number;
  /** ms per event, by where it went (median across rounds of the per-round means) */
  perEventMs: Record<string, number>;
  /** statements (round trips on a libSQL server) per processed event */
  statementsPerEvent: number;
  /** the statement kinds costing most, ms per event */
  topStatements: Array<{ sql: string; count: number; ms: number }>;
};

type Timing = { ms: number; count: number };

/** Wraps a libSQL client so every execute/batch is timed by its SQL (the first statement of a batch names it). */
function timedClient(client: Client, timings: Map<string, Timing>): Client {
  const record = (key: string, t0: number) => {
    const t = timings.get(key) ?? { ms: 0, count: 0 };
    t.ms += performance.now() - t0;
    t.count++;
    timings.set(key, t);
  };
  const name = (s: InStatement) => (typeof s === "string" ? s : s.sql).replace(/\s+/g, " ").slice(0, 70);
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "execute") {
        return async (stmt: InStatement, args?: unknown) => {
          const t0 = performance.now();
          try {
            return await (target.execute as (s: InStatement, a?: unknown) => Promise<unknown>)(stmt, args);
          } finally {
            record(name(stmt), t0);
          }
        };
      }
      if (prop === "batch") {
        return async (stmts: InStatement[], mode?: unknown) => {
          const t0 = performance.now();
          try {
            return await (target.batch as (s: InStatement[], m?: unknown) => Promise<unknown>)(stmts, mode);
          } finally {
            record(`batch of ${stmts.length}: ${name(stmts[0]!)}`, t0);
          }
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export async function runProcessing(options: { log?: (s: string) => void } = {}): Promise<ProcessingResult> {
  const log = options.log ?? (() => undefined);
  const perRound = envInt("PROCESSING_EVENTS", 200);
  const roundsN = envInt("PROCESSING_ROUNDS", 5);
  const ceilingMs = envInt("CEILING_MS", 700);
  const fake = await FakeZalo.start();
  const tmp = makeTempDir("bench-processing");
  const config = testConfig(tmp.dir, fake.url);
  const sync = process.env.PROCESSING_SYNC === "FULL" ? "FULL" : "NORMAL";
  const opened = await openNodeDatabase(config.databaseUrl, undefined, { synchronous: sync });
  try {
    const timings = new Map<string, Timing>();
    const db = drizzle(timedClient(opened.client, timings), { schema });
    const real = createZaloApi({ openApiBase: fake.url, oauthBase: fake.url, timeoutMs: 3000 });
    const zaloApi: ZaloApi = {
      ...real, // every other call as it is
      sendCsMessage: async (...args) => {
        const t0 = performance.now();
        try {
          return await real.sendCsMessage(...args);
        } finally {
          const t = timings.get("(Zalo send, HTTP to the fake)") ?? { ms: 0, count: 0 };
          t.ms += performance.now() - t0;
          t.count++;
          timings.set("(Zalo send, HTTP to the fake)", t);
        }
      },
    };
    const services = await buildServices({ db, clock: systemClock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
    await services.knowledge.replaceAll((await readKnowledgeDir(KNOWLEDGE_DIR, { strict: true })).kb);
    const appId = zaloId("1");
    fake.registerApp(appId, "app-secret-processing");
    const ward = await createWard(services, { slug: "phuong-processing", appId, appSecret: "app-secret-processing", tokens: fake.issueTokens(appId) });
    const texts = loadQuestions()
      .filter((q) => q.expect === "answer")
      .map((q) => q.q);

    // the events: stored through the intake, as acknowledged webhooks are
    const warm = 50;
    const total = warm + perRound * roundsN;
    const ids: number[] = [];
    for (let i = 0; i < total; i++) {
      const e = textEvent(ward, { userId: `8${String(Date.now()).slice(-9)}${String(i).padStart(8, "0")}`, text: texts[i % texts.length]! });
      const s = await signedEvent(ward, e);
      ids.push((await services.intake.receive(s.body, s.signature)).eventId);
    }

    // the ceiling loop's own table, in the same file
    await opened.client.execute("CREATE TABLE IF NOT EXISTS bench_ceiling (id INTEGER PRIMARY KEY, k TEXT NOT NULL, v TEXT NOT NULL)");
    await opened.client.execute("CREATE INDEX IF NOT EXISTS bench_ceiling_k ON bench_ceiling (k)");
    let k = 0;
    const ceiling = async (ms: number) => {
      const t0 = performance.now();
      let n = 0;
      while (performance.now() - t0 < ms) {
        await opened.client.execute({ sql: "SELECT id, v FROM bench_ceiling WHERE k = ?", args: [`k${k - 1}`] });
        await opened.client.batch([{ sql: "INSERT INTO bench_ceiling (k, v) VALUES (?, ?)", args: [`k${k++}`, "x".repeat(200)] }], "write");
        n++;
      }
      return (n * 1000) / (performance.now() - t0);
    };

    let next = 0;
    for (; next < warm; next++) await services.conversations.processEvent(ids[next]!);
    await ceiling(200);
    timings.clear();
    const rounds: ProcessingResult["rounds"] = [];
    for (let r = 0; r < roundsN; r++) {
      const ceilingPerS = await ceiling(ceilingMs);
      const t0 = performance.now();
      for (let i = 0; i < perRound; i++) {
        const outcome = await services.conversations.processEvent(ids[next++]!);
        if (outcome !== "processed") throw new Error(`event ${ids[next - 1]} was ${outcome}`);
      }
      const processPerS = (perRound * 1000) / (performance.now() - t0);
      rounds.push({ ceilingPerS, processPerS, ratio: processPerS / ceilingPerS });
      log(`  processing round ${r + 1}/${roundsN}: ceiling ${ceilingPerS.toFixed(0)} events/s, processEvent ${processPerS.toFixed(0)} events/s (${((100 * processPerS) / ceilingPerS).toFixed(1)}%)`);
    }
    const processed = perRound * roundsN;
    const statements = [...timings.entries()].filter(([key]) => !key.startsWith("("));
    const statementMs = statements.reduce((s, [, t]) => s + t.ms, 0) / processed;
    const sendMs = (timings.get("(Zalo send, HTTP to the fake)")?.ms ?? 0) / processed;
    const wallMs = 1000 / median(rounds.map((x) => x.processPerS));
    return {
      sync,
      rounds,
      ceilingPerS: median(rounds.map((x) => x.ceilingPerS)),
      processPerS: median(rounds.map((x) => x.processPerS)),
      ratio: median(rounds.map((x) => x.ratio)),
      perEventMs: {
        "SQL statements (at the client)": statementMs,
        "Zalo send (HTTP to the fake)": sendMs,
        "the rest (JavaScript: answer, rows, JSON)": Math.max(0, wallMs - statementMs - sendMs),
        total: wallMs,
      },
      statementsPerEvent: statements.reduce((s, [, t]) => s + t.count, 0) / processed,
      topStatements: statements
        .map(([sql, t]) => ({ sql, count: t.count / processed, ms: t.ms / processed }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 8),
    };
  } finally {
    opened.close();
    await fake.close();
    tmp.remove();
  }
}

export function formatProcessing(r: ProcessingResult): string {
  return [
    `processing (processEvent one after another on one connection, synchronous ${r.sync}; ${r.rounds.length} rounds, medians):`,
    `  machine ceiling (indexed SELECT + INSERT commit per event, same file): ${r.ceilingPerS.toFixed(0)} events/s`,
    `  processEvent: ${r.processPerS.toFixed(0)} events/s = ${(100 * r.ratio).toFixed(1)}% of the ceiling (median of per-round ratios: ${r.rounds.map((x) => (100 * x.ratio).toFixed(1)).join(" ")})`,
    `  per event: ${Object.entries(r.perEventMs)
      .map(([k, v]) => `${k} ${v.toFixed(2)} ms`)
      .join("; ")}; ${r.statementsPerEvent.toFixed(1)} statements`,
    `  costliest statements (ms per event, count per event):`,
    ...r.topStatements.map((s) => `    ${s.ms.toFixed(2).padStart(6)} ms  ${s.count.toFixed(2)}x  ${s.sql}`),
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatProcessing(await runProcessing({ log: (s) => console.log(s) })));
}
