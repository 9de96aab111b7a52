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
 *   - one by one: `conversations.processEvent(id)` for the next events, one after another, as
 *     the processing thread ran them before issue 15's groups (reply delivery included) — events/s;
 *   - groups: `EventGroups.process(ids)` for the next events in groups of GROUP_MAX, as the
 *     processing thread runs them now (server/jobs/group-queue.ts) — events/s.
 * The ratios to the ceiling are taken per round (same moment, same machine load) and their
 * medians reported: they are what the noise of a shared machine does not move much. The fake
 * Zalo runs on a thread of its own (Zalo is another machine: its HTTP parsing is not processing's
 * cost); at the end, every event must have been answered once (messages accepted by the fake).
 * PROCESSING_SEND_CONCURRENCY: replies sent at once (EventGroups' default).
 * PROCESSING_SAME_RESIDENT=k: k consecutive events come from one resident (groups then take
 * several rounds: per-resident order).
 *
 * Where the time of one processEvent goes: every statement is timed at the libSQL client (a
 * wrapper around the client drizzle is given; nothing of the project is replaced) and grouped by
 * its SQL, and the Zalo send is timed around the ZaloApi; the rest is JavaScript (the answer,
 * building rows, JSON).
 *
 * Environment: PROCESSING_EVENTS (per round, 200), PROCESSING_ROUNDS (5), PROCESSING_SAME_RESIDENT (1), CEILING_MS (per round, 700),
 * PROCESSING_SYNC (NORMAL, as the processing thread; FULL as the main thread's connection).
 */
import { readFileSync } from "node:fs";
import { performance as perf } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { Client, InStatement } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql/node";
import { openNodeDatabase } from "../server/db/open-node-database";
import * as schema from "../server/db/schema";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { MemoryBlobStore } from "../server/lib/blob-store";
import { systemClock } from "../server/lib/clock";
import { silentLogger } from "../server/lib/logger";
import { EventGroups, GROUP_MAX, SEND_CONCURRENCY } from "../server/conversations/event-groups";
import { buildServices } from "../server/services";
import { createZaloApi, type ZaloApi } from "../server/zalo/zalo-api";
import { createPooledZaloHttp } from "../server/zalo/pooled-zalo-http";
import { createWard, KNOWLEDGE_DIR, makeTempDir, signedEvent, testConfig, textEvent, zaloId } from "../tests/support/factories";
import { loadQuestions, median } from "./ask-latency";
import { startFakeZaloThread } from "./fake-zalo-thread";
import { ceilingLoop } from "./ceiling-loop";

/** CPU time (user + system) of this process's main thread so far, ms (Linux; clock ticks of 10 ms; NaN elsewhere). */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

export type ProcessingResult = {
  sync: "FULL" | "NORMAL";
  rounds: Array<{ ceilingPerS: number; processPerS: number; ratio: number; groupPerS: number; groupRatio: number; groupIdleMs: number; groupCpuMs: number }>;
  /** groups: ms per event the main thread's event loop sat idle (waiting: nothing to run), and its CPU ms per event (medians) */
  groupIdleMs: number;
  groupCpuMs: number;
  /** PROCESSING_AB_TURNS=1: per round, groups without loop turns (before) against today's */
  abTurns?: Array<{ before: number; after: number; ratio: number; idleBefore: number; idleAfter: number; cpuBefore: number; cpuAfter: number }>;
  ceilingPerS: number;
  processPerS: number;
  ratio: number;
  /** groups (EventGroups, the processing thread's way now) */
  groupPerS: number;
  groupRatio: number;
  groupSize: number;
  groupStatementsPerEvent: number;
  /** calls to the client per event (a batch is one) */
  groupRoundTripsPerEvent: number;
  /** events answered (distinct residents sent a message by the fake) / events processed */
  answered: { events: number; recipients: number; extraSends: number };
  /** ms per event, by where it went (median across rounds of the per-round means) */
  perEventMs: Record<string, number>;
  /** statements per processed event (each statement of a batch counts) */
  statementsPerEvent: number;
  /** calls to the client (round trips on a libSQL server: a batch is one) per processed event */
  roundTripsPerEvent: number;
  /** the statement kinds costing most, ms per event */
  topStatements: Array<{ sql: string; count: number; ms: number }>;
  groupPerEventMs: Record<string, number>;
  groupTopStatements: Array<{ sql: string; count: number; ms: number }>;
};

/** count: calls (a batch is one round trip); statements: statements in them; spans: [start, end] of each call, flat */
type Timing = { ms: number; count: number; statements: number; spans: number[] };

/** Wraps a libSQL client so every execute/batch is timed by its SQL (the first statement of a batch names it). */
function record(timings: Map<string, Timing>, key: string, t0: number, statements = 1) {
  const t1 = performance.now();
  const t = timings.get(key) ?? { ms: 0, count: 0, statements: 0, spans: [] };
  t.ms += t1 - t0;
  t.count++;
  t.statements += statements;
  t.spans.push(t0, t1);
  timings.set(key, t);
}

/**
 * How long at least one of these calls was in flight (ms): in groups, replies are sent several at
 * once and statements run while sends are in flight, so their durations do not add up to time spent.
 */
function busyMs(timings: Timing[]): number {
  const spans: Array<[number, number]> = [];
  for (const t of timings) for (let i = 0; i < t.spans.length; i += 2) spans.push([t.spans[i]!, t.spans[i + 1]!]);
  spans.sort((a, b) => a[0] - b[0]);
  let busy = 0;
  let start = -Infinity;
  let end = -Infinity;
  for (const [s, e] of spans) {
    if (s > end) {
      if (end > start) busy += end - start;
      start = s;
      end = e;
    } else if (e > end) end = e;
  }
  if (end > start) busy += end - start;
  return busy;
}

function timedClient(client: Client, record: (key: string, t0: number, statements?: number) => void): Client {
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
            record(`batch of ${stmts.length}: ${name(stmts[0]!)}`, t0, stmts.length);
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
  const sameResident = envInt("PROCESSING_SAME_RESIDENT", 1);
  const fake = await startFakeZaloThread();
  const tmp = makeTempDir("bench-processing");
  const config = testConfig(tmp.dir, fake.url);
  const sync = process.env.PROCESSING_SYNC === "FULL" ? "FULL" : "NORMAL";
  const opened = await openNodeDatabase(config.databaseUrl, undefined, { synchronous: sync });
  const zaloHttp = createPooledZaloHttp();
  try {
    const oneByOneTimings = new Map<string, Timing>();
    const groupTimings = new Map<string, Timing>();
    let timings = oneByOneTimings;
    const db = drizzle(
      timedClient(opened.client, (key, t0, statements) => record(timings, key, t0, statements)),
      { schema },
    );
    // as the processing thread sends: pooled keep-alive connections (server/zalo/pooled-zalo-http.ts)
    const real = createZaloApi({ openApiBase: fake.url, oauthBase: fake.url, timeoutMs: 3000, http: zaloHttp.http });
    const zaloApi: ZaloApi = {
      ...real, // every other call as it is
      sendCsMessage: async (...args) => {
        const t0 = performance.now();
        try {
          return await real.sendCsMessage(...args);
        } finally {
          record(timings, "(Zalo send, HTTP to the fake)", t0);
        }
      },
    };
    const services = await buildServices({ db, clock: systemClock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
    const sendConcurrency = envInt("PROCESSING_SEND_CONCURRENCY", SEND_CONCURRENCY);
    const groups = new EventGroups(db, services.conversations, services.outbox, silentLogger, { sendConcurrency });
    // PROCESSING_AB_TURNS=1: each round also runs groups that never let the loop turn during a
    // round's answers (before session 14), in alternating order with today's, for a ratio per round
    const abTurns = process.env.PROCESSING_AB_TURNS === "1";
    const groupsNoTurns = new EventGroups(db, services.conversations, services.outbox, silentLogger, { sendConcurrency, turnEveryMs: Infinity });
    await services.knowledge.replaceAll((await readKnowledgeDir(KNOWLEDGE_DIR, { strict: true })).kb);
    const appId = zaloId("1");
    await fake.registerApp(appId, "app-secret-processing");
    const ward = await createWard(services, { slug: "phuong-processing", appId, appSecret: "app-secret-processing", tokens: await fake.issueTokens(appId) });
    const texts = loadQuestions()
      .filter((q) => q.expect === "answer")
      .map((q) => q.q);

    // the events: stored through the intake, as acknowledged webhooks are
    const warm = 50;
    const total = warm + Math.min(GROUP_MAX, perRound) + (abTurns ? 3 : 2) * perRound * roundsN;
    const ids: number[] = [];
    const run = String(Date.now()).slice(-9);
    for (let i = 0; i < total; i++) {
      const resident = Math.floor(i / sameResident);
      const e = textEvent(ward, { userId: `8${run}${String(resident).padStart(8, "0")}`, text: texts[i % texts.length]! });
      const s = await signedEvent(ward, e);
      ids.push((await services.intake.receive(s.body, s.signature)).eventId);
    }

    // the ceiling loop (its own table, in the same file)
    const ceiling = (ms: number) => ceilingLoop(opened.client, ms);

    let next = 0;
    for (; next < warm; next++) await services.conversations.processEvent(ids[next]!);
    await groups.process(ids.slice(next, (next += Math.min(GROUP_MAX, perRound))));
    await groups.settled();
    await ceiling(200);
    oneByOneTimings.clear();
    groupTimings.clear();
    const rounds: ProcessingResult["rounds"] = [];
    const abRounds: NonNullable<ProcessingResult["abTurns"]> = [];
    for (let r = 0; r < roundsN; r++) {
      const ceilingPerS = await ceiling(ceilingMs);
      timings = oneByOneTimings;
      let t0 = performance.now();
      for (let i = 0; i < perRound; i++) {
        const outcome = await services.conversations.processEvent(ids[next++]!);
        if (outcome !== "processed") throw new Error(`event ${ids[next - 1]} was ${outcome}`);
      }
      const processPerS = (perRound * 1000) / (performance.now() - t0);
      timings = groupTimings;
      const runGroups = async (g: EventGroups) => {
        const elu0 = perf.eventLoopUtilization();
        const cpu0 = mainThreadCpuMs();
        const t0 = performance.now();
        for (let i = 0; i < perRound; i += GROUP_MAX) {
          const group = ids.slice(next, next + Math.min(GROUP_MAX, perRound - i));
          next += group.length;
          await g.process(group); // as the processing thread: the next group once this one is written
        }
        await g.settled(); // and every reply sent and recorded
        const perS = (perRound * 1000) / (performance.now() - t0);
        return { perS, idleMs: perf.eventLoopUtilization(elu0).idle / perRound, cpuMs: (mainThreadCpuMs() - cpu0) / perRound };
      };
      let before: Awaited<ReturnType<typeof runGroups>> | undefined;
      if (abTurns && r % 2 === 0) {
        timings = new Map();
        before = await runGroups(groupsNoTurns);
        timings = groupTimings;
      }
      const now = await runGroups(groups);
      if (abTurns && r % 2 === 1) {
        timings = new Map();
        before = await runGroups(groupsNoTurns);
      }
      const { perS: groupPerS, idleMs: groupIdleMs, cpuMs: groupCpuMs } = now;
      if (before) {
        abRounds.push({ before: before.perS, after: groupPerS, ratio: groupPerS / before.perS, idleBefore: before.idleMs, idleAfter: groupIdleMs, cpuBefore: before.cpuMs, cpuAfter: groupCpuMs });
        log(
          `  A/B round ${r + 1}: groups without turns ${before.perS.toFixed(0)} events/s (idle ${before.idleMs.toFixed(2)}, CPU ${before.cpuMs.toFixed(2)} ms/event), with turns ${groupPerS.toFixed(0)} events/s (idle ${groupIdleMs.toFixed(2)}, CPU ${groupCpuMs.toFixed(2)}): ${(groupPerS / before.perS).toFixed(2)}x`,
        );
      }
      rounds.push({ ceilingPerS, processPerS, ratio: processPerS / ceilingPerS, groupPerS, groupRatio: groupPerS / ceilingPerS, groupIdleMs, groupCpuMs });
      log(
        `  processing round ${r + 1}/${roundsN}: ceiling ${ceilingPerS.toFixed(0)} events/s, one by one ${processPerS.toFixed(0)} events/s (${((100 * processPerS) / ceilingPerS).toFixed(1)}%), groups ${groupPerS.toFixed(0)} events/s (${((100 * groupPerS) / ceilingPerS).toFixed(1)}%; loop idle ${groupIdleMs.toFixed(2)} ms/event, main thread CPU ${groupCpuMs.toFixed(2)} ms/event)`,
      );
    }
    // every event answered exactly once: all done, one resident's reply each, no part sent twice
    const [status] = (
      await opened.client.execute("select count(*) filter (where status = 'done') as done, count(*) as n from webhook_events")
    ).rows as unknown as Array<{ done: number; n: number }>;
    const [sentRows] = (await opened.client.execute("select count(*) as n from outbox where status = 'sent'")).rows as unknown as Array<{ n: number }>;
    const sentByFake = await fake.sentCount();
    const answered = { events: Number(status!.n), recipients: await fake.sentRecipients(), extraSends: sentByFake - Number(sentRows!.n) };
    if (Number(status!.done) !== ids.length) throw new Error(`${Number(status!.n) - Number(status!.done)} events not done`);
    if (answered.recipients !== Math.ceil(ids.length / sameResident)) throw new Error(`${answered.recipients} residents answered, ${Math.ceil(ids.length / sameResident)} wrote`);
    if (answered.extraSends !== 0) throw new Error(`${answered.extraSends} messages sent more than once`);

    const processed = perRound * roundsN;
    const summary = (t: Map<string, Timing>, wallMs: number) => {
      const statements = [...t.entries()].filter(([key]) => !key.startsWith("("));
      const sends = [...t.entries()].filter(([key]) => key.startsWith("(")).map(([, x]) => x);
      // time with a statement in flight, then with only a send in flight: concurrent sends (groups)
      // and statements run while sends wait count once, so the parts add up to the total
      const statementMs = busyMs(statements.map(([, x]) => x)) / processed;
      const sendMs = busyMs([...statements.map(([, x]) => x), ...sends]) / processed - statementMs;
      return {
        perEventMs: {
          "SQL statements in flight (at the client)": statementMs,
          // not a wait: in groups, later rounds' answers run while replies are in flight (the loop's idle time is printed below)
          "Zalo send in flight, no statement (HTTP to the fake; JavaScript may run meanwhile)": sendMs,
          "the rest (JavaScript: answer, rows, JSON)": Math.max(0, wallMs - statementMs - sendMs),
          total: wallMs,
        },
        statementsPerEvent: statements.reduce((s, [, x]) => s + x.statements, 0) / processed,
        roundTripsPerEvent: statements.reduce((s, [, x]) => s + x.count, 0) / processed,
        topStatements: statements
          .map(([sql, x]) => ({ sql, count: x.count / processed, ms: x.ms / processed }))
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 8),
      };
    };
    const one = summary(oneByOneTimings, 1000 / median(rounds.map((x) => x.processPerS)));
    const grouped = summary(groupTimings, 1000 / median(rounds.map((x) => x.groupPerS)));
    return {
      sync,
      rounds,
      ceilingPerS: median(rounds.map((x) => x.ceilingPerS)),
      processPerS: median(rounds.map((x) => x.processPerS)),
      ratio: median(rounds.map((x) => x.ratio)),
      groupPerS: median(rounds.map((x) => x.groupPerS)),
      groupRatio: median(rounds.map((x) => x.groupRatio)),
      groupIdleMs: median(rounds.map((x) => x.groupIdleMs)),
      groupCpuMs: median(rounds.map((x) => x.groupCpuMs)),
      abTurns: abTurns ? abRounds : undefined,
      groupSize: Math.min(GROUP_MAX, perRound),
      groupStatementsPerEvent: grouped.statementsPerEvent,
      groupRoundTripsPerEvent: grouped.roundTripsPerEvent,
      answered,
      perEventMs: one.perEventMs,
      statementsPerEvent: one.statementsPerEvent,
      roundTripsPerEvent: one.roundTripsPerEvent,
      topStatements: one.topStatements,
      groupPerEventMs: grouped.perEventMs,
      groupTopStatements: grouped.topStatements,
    };
  } finally {
    await zaloHttp.close();
    opened.close();
    await fake.close();
    tmp.remove();
  }
}

export function formatProcessing(r: ProcessingResult): string {
  const perEvent = (ms: Record<string, number>, statements: number, roundTrips: number) =>
    `  per event: ${Object.entries(ms)
      .map(([k, v]) => `${k} ${v.toFixed(2)} ms`)
      .join("; ")}; ${statements.toFixed(1)} statements in ${roundTrips.toFixed(1)} calls`;
  const top = (list: ProcessingResult["topStatements"]) => list.map((s) => `    ${s.ms.toFixed(2).padStart(6)} ms  ${s.count.toFixed(2)}x  ${s.sql}`);
  return [
    `processing (one connection, synchronous ${r.sync}; ${r.rounds.length} rounds, medians; fake Zalo on its own thread):`,
    `  machine ceiling (indexed SELECT + INSERT commit per event, same file): ${r.ceilingPerS.toFixed(0)} events/s`,
    `  one by one (processEvent, before): ${r.processPerS.toFixed(0)} events/s = ${(100 * r.ratio).toFixed(1)}% of the ceiling (per round: ${r.rounds.map((x) => (100 * x.ratio).toFixed(1)).join(" ")})`,
    perEvent(r.perEventMs, r.statementsPerEvent, r.roundTripsPerEvent),
    `  costliest statements (ms per event, count per event):`,
    ...top(r.topStatements),
    `  groups of ${r.groupSize} (EventGroups, the processing thread now): ${r.groupPerS.toFixed(0)} events/s = ${(100 * r.groupRatio).toFixed(1)}% of the ceiling (per round: ${r.rounds.map((x) => (100 * x.groupRatio).toFixed(1)).join(" ")}); ${(r.groupPerS / r.processPerS).toFixed(1)}x one by one`,
    perEvent(r.groupPerEventMs, r.groupStatementsPerEvent, r.groupRoundTripsPerEvent),
    `  the main thread in groups: event loop idle (nothing to run: waiting for Zalo or a timer) ${r.groupIdleMs.toFixed(2)} ms per event, its CPU ${r.groupCpuMs.toFixed(2)} ms per event (of ${(1000 / r.groupPerS).toFixed(2)} ms wall)`,
    `  costliest statements (ms per event, count per event):`,
    ...top(r.groupTopStatements),
    ...(r.abTurns?.length
      ? [
          `  A/B, loop turns during a round's answers (PROCESSING_AB_TURNS): without ${median(r.abTurns.map((x) => x.before)).toFixed(0)} events/s, with ${median(r.abTurns.map((x) => x.after)).toFixed(0)} events/s; per-round ratio median ${median(r.abTurns.map((x) => x.ratio)).toFixed(2)}x (${r.abTurns.map((x) => x.ratio.toFixed(2)).join(" ")}); loop idle ${median(r.abTurns.map((x) => x.idleBefore)).toFixed(2)} -> ${median(r.abTurns.map((x) => x.idleAfter)).toFixed(2)} ms/event; main thread CPU ${median(r.abTurns.map((x) => x.cpuBefore)).toFixed(2)} -> ${median(r.abTurns.map((x) => x.cpuAfter)).toFixed(2)} ms/event`,
        ]
      : []),
    `  answered: ${r.answered.events} events, ${r.answered.recipients} residents sent their reply, ${r.answered.extraSends} messages sent twice`,
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatProcessing(await runProcessing({ log: (s) => console.log(s) })));
}
