/**
 * Webhook acknowledgement under load: the real Node server (startNodeServer) in this process,
 * a fresh libSQL file in a temp dir, a ward made with the test factories, Zalo's API replaced by
 * the fake on loopback (tests/support/fake-zalo-server.ts, on a worker thread of its own:
 * bench/fake-zalo-thread.ts) so replies go somewhere.
 *   npx tsx bench/webhook-load.ts            (or through `npm run bench`)
 *
 * Pre-generates distinct, correctly signed user_send_text events (one msg_id and one resident
 * each, questions from the labelled sets), then autocannon POSTs them to /webhooks/zalo with the
 * X-ZEvent-Signature header: a fixed-rate run (overallRate 500) and a max-throughput run, each
 * repeated 3 times on a fresh server. The load generator runs in a child process (autocannon's
 * programmatic API, setupRequest cycling through the pre-signed bodies) so it does not share the
 * server's event loop. After each run the background queue is drained (bounded) and the database
 * is counted: stored events, processed, replies sent — acks must never lose events.
 * Target (issue): webhook ack p99 under 20 ms at 500 req/s.
 *
 * Where the helpers run (session 10): the fake Zalo in a child process and the load generator in
 * a child process, each in a session of its own (`detached`: setsid). The kernel shares the CPUs
 * between sessions first (autogroup) and by nice only inside one; in the server's session, at its
 * nice, they took the acknowledging thread's CPU in a way production does not (Zalo's servers and
 * the residents' phones are other machines). Mode "insession" keeps the old placement (fake on a
 * worker thread of this process, load generator in this session) for a ratio in one run.
 *
 * Processing capacity alone (mode "capacity", session 10): the processing child is stopped
 * (SIGSTOP) while WEBHOOK_CAPACITY_RATE events/s are acknowledged into the intake journal; then
 * it is let go (SIGCONT) with nothing else running and the drain is timed until every event is
 * processed and its reply sent: events/s, the child's CPU per event, against the machine ceiling
 * (a minimal indexed SELECT + INSERT commit loop on the same database file, before and after the
 * drain, bench/ceiling-loop.ts). At the highest offered rate ("max") processing yields to the
 * acknowledgements by design (its nice), so "background events/s" there is not its capacity.
 *
 * Environment: WEBHOOK_REPS (3), WEBHOOK_DURATION_S (10), WEBHOOK_CONNECTIONS (20),
 * WEBHOOK_RATE (500), WEBHOOK_DRAIN_S (90: longest wait for the queue after a run),
 * WEBHOOK_CAPACITY_RATE (1000), CEILING_MS (700), WEBHOOK_MODES (rate,growwal,shared,max,capacity; also sync1, nosync, deferred, unniced, insession, schedidle).
 */
import { execFileSync, spawn } from "node:child_process";
import diagnostics from "node:diagnostics_channel";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Session } from "node:inspector/promises";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { readEnvelope } from "../server/zalo/webhook-events";
import { verifyZaloSignature } from "../server/zalo/webhook-signature";
import { createWard, makeTempDir, query, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "../tests/support/factories";
import { loadQuestions, median, quantile, ROOT } from "./ask-latency";
import { startFakeZaloThread, type FakeZaloThread } from "./fake-zalo-thread";
import { ceilingLoop } from "./ceiling-loop";
import { openNodeDatabase } from "../server/db/open-node-database";

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

type ClientSpec = {
  url: string;
  bodiesFile: string;
  connections: number;
  durationS: number;
  overallRate?: number;
  /** in a session of its own (setsid), not the server's */
  ownSession: boolean;
};

type ClientResult = {
  sent: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationS: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  wrapped: boolean;
  /** the load generator's own CPU (user + system), ms per second of load */
  cpuMsPerS?: number;
};

/** rate: 500/s offered (the target); shared: the same with the intake writing the main database
 *  file, as before the intake journal (for comparison in one run); max: no rate limit;
 *  deferred (diagnostic): 500/s with processing held back until the load is over;
 *  unniced: 500/s with the processing thread at the main thread's priority (PROCESSING_THREAD_NICE=0, as before session 6);
 *  growwal: 500/s with the intake journal's WAL growing as it fills, not written ahead (INTAKE_WAL_PREALLOCATE_BYTES=0: the default before
 *    session 30; sessions 11–29 ran this mode the other way round, written ahead, while that was the option);
 *  sync1: 500/s with one sync of the journal's WAL in flight at a time (INTAKE_SYNCS_IN_FLIGHT=1, before session 14: no flush commits while a sync runs);
 *  nosync (diagnostic): 500/s with the 200 sent after the journal's commit, without the disk sync (INTAKE_DURABILITY=process): what the sync costs;
 *  schedidle (diagnostic, not in the default list): 500/s with every thread of the processing child under the SCHED_IDLE policy
 *    (`chrt -a -i -p 0`, set by this bench, not by the server): a woken nice-0 thread then preempts processing at once, where
 *    nice 10 lets the running slice finish (session 8 tried it at load 13–17 only; "worth one quiet-machine pair") */
export type Mode = "rate" | "shared" | "max" | "deferred" | "unniced" | "insession" | "capacity" | "growwal" | "sync1" | "nosync" | "schedidle";

/** The intake journal's flushes during a run (ms, p50/p99/max): lookups + commit, the wait for the WAL sync, and per event the wait from receipt to its flush's start and to the end of its sync. */
export type JournalTimings = Record<"commit" | "sync" | "queued" | "stored" | "syncGrew" | "syncSame", { p50: number; p99: number; max: number; n: number }>;

function walSize(journalPath: string): number {
  try {
    return statSync(`${journalPath}-wal`).size;
  } catch {
    return NaN;
  }
}

function timingSummary(trace: { commitMs: number[]; syncMs: number[]; queuedMs: number[]; storedMs: number[]; walGrew: boolean[] }): JournalTimings | undefined {
  if (!trace.commitMs.length) return undefined;
  const s = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? NaN, n: sorted.length };
  };
  const grew = trace.syncMs.filter((_, i) => trace.walGrew[i]);
  const same = trace.syncMs.filter((_, i) => !trace.walGrew[i]);
  return { commit: s(trace.commitMs), sync: s(trace.syncMs), queued: s(trace.queuedMs), stored: s(trace.storedMs), syncGrew: s(grew), syncSame: s(same) };
}

function formatTimings(t: JournalTimings): string {
  const f = (x: { p50: number; p99: number; max: number; n: number }) => `${x.p50.toFixed(1)}/${x.p99.toFixed(1)}/${x.max.toFixed(0)}`;
  return `journal ms p50/p99/max: commit ${f(t.commit)}, sync ${f(t.sync)} (WAL grown ${t.syncGrew.n}: ${f(t.syncGrew)}, same size ${t.syncSame.n}: ${f(t.syncSame)}); per event queued ${f(t.queued)}, stored ${f(t.stored)}`;
}

/** Processing alone (mode "capacity"): the drain of a journal of acknowledged events, timed with nothing else running. */
export type Capacity = {
  events: number;
  drainS: number;
  eventsPerS: number;
  /** the processing child, all its threads / its main thread only, ms CPU per event */
  childCpuMsPerEvent: number;
  childMainCpuMsPerEvent: number;
  /** the child's main thread during the drain, shares of the drain's wall time: on a CPU, runnable but waiting for one (the rest: asleep — I/O, Zalo, timers) */
  childMainRunShare: number;
  childMainWaitShare: number;
  /** rows the drain added per event, by table (inserts; updates are not counted) */
  rowsPerEvent: Record<string, number>;
  /** the server process (acknowledging side, reading "done" messages) during the drain, ms per event */
  serverCpuMsPerEvent: number;
  /** the minimal SELECT + INSERT commit loop on the same file, events/s (mean of before and after the drain) */
  ceilingPerS: number;
  ratio: number;
  /** every event processed, every resident sent a reply, no message sent twice */
  answeredOnce: boolean;
  extraSends: number;
};

export type LoadRun = ClientResult & {
  mode: Mode;
  acksPerS: number;
  stored: number;
  storedEqualsAcked: boolean;
  /** at the end of the load */
  doneAtEnd: number;
  /** after draining the queue (bounded wait) */
  done: number;
  pending: number;
  failed: number;
  repliesSent: number;
  fakeReceived: number;
  drainS: number;
  processPerS: number;
  /** the server's main thread (this process) blocked during the load: event-loop delay p99 / max */
  stallP99Ms: number;
  stallMaxMs: number;
  /** this process's threads by nice value (Linux), e.g. "0×14 10×1": is the processing thread niced, and only it? */
  threadNice: string;
  /** the main (acknowledging) thread during the load, from /proc schedstat: ms per second on a CPU, and ms per second runnable but waiting for one */
  mainRunMsPerS: number;
  mainWaitMsPerS: number;
  /** every thread of this process during the load (Linux schedstat): who else wanted the CPUs the acknowledging thread waited for */
  threadsCpu: string;
  /** the main thread's garbage collection during the load (PerformanceObserver "gc"): pauses, their sum and the longest */
  mainGc: { count: number; totalMs: number; maxMs: number };
  /** bytes the main thread allocated per acknowledgement (sampling heap profile; WEBHOOK_HEAP_PROFILE) */
  allocatedPerAck?: number;
  /** the intake journal during the run: events written, transactions, WAL syncs (group commit) */
  journal?: { events: number; commits: number; syncs: number; timings?: JournalTimings; walBytes?: number };
  /** schedidle: the processing child's threads under SCHED_IDLE at the end of the load, "k of n" */
  childIdleThreads?: string;
  /** each webhook's time inside this process, ms: from Node's "request" event (headers read) to its response's "finish" (written to the socket) */
  serverSide?: { p50: number; p99: number; max: number; n: number };
  capacity?: Capacity;
};

/**
 * Times every request inside the server (this process) through Node's http diagnostics channels:
 * from the request's headers read to its response written. Beside the load generator's p99 it
 * says whether an ack's tail is spent in here, or before Node reads the request (a main thread
 * stalled or waiting for a CPU, bytes waiting in the socket) and in the load generator itself.
 */
export function serverSideTimer(): { stop: () => { p50: number; p99: number; max: number; n: number } | undefined } {
  const started = new WeakMap<object, number>();
  const durations: number[] = [];
  const onStart = (m: unknown) => started.set((m as { request: object }).request, performance.now());
  const onFinish = (m: unknown) => {
    const t0 = started.get((m as { request: object }).request);
    if (t0 !== undefined) durations.push(performance.now() - t0);
  };
  diagnostics.subscribe("http.server.request.start", onStart);
  diagnostics.subscribe("http.server.response.finish", onFinish);
  return {
    stop: () => {
      diagnostics.unsubscribe("http.server.request.start", onStart);
      diagnostics.unsubscribe("http.server.response.finish", onFinish);
      if (!durations.length) return undefined;
      const sorted = durations.sort((a, b) => a - b);
      return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1)!, n: sorted.length };
    },
  };
}

export type WebhookLoadResult = {
  rate: LoadRun[];
  shared: LoadRun[];
  max: LoadRun[];
  deferred: LoadRun[];
  unniced: LoadRun[];
  growwal: LoadRun[];
  schedidle: LoadRun[];
  sync1: LoadRun[];
  nosync: LoadRun[];
  insession: LoadRun[];
  capacity: LoadRun[];
  breakdownUs: Record<string, number>;
  targetP99Ms: number;
  rateTarget: number;
  met: boolean;
  medians: { rate: Summary; shared: Summary; max: Summary; deferred: Summary; unniced: Summary; insession: Summary; capacity: Summary; growwal: Summary; sync1: Summary; nosync: Summary; schedidle: Summary };
  /** mode "capacity": medians over its runs */
  capacityMedians?: { eventsPerS: number; childCpuMsPerEvent: number; childMainCpuMsPerEvent: number; ceilingPerS: number; ratio: number };
  /** per repetition, p99 with the intake in the main file / p99 with the intake journal (same load, back to back) */
  p99Ratios: number[];
};

type Summary = {
  acksPerS: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  stored: number;
  done: number;
  repliesSent: number;
  processPerS: number;
  stallP99Ms: number;
  stallMaxMs: number;
  mainWaitMsPerS: number;
};

function summarise(runs: LoadRun[]): Summary {
  const m = (f: (r: LoadRun) => number) => median(runs.map(f));
  return {
    acksPerS: m((r) => r.acksPerS),
    p50: m((r) => r.p50),
    p99: m((r) => r.p99),
    non2xx: m((r) => r.non2xx),
    errors: m((r) => r.errors + r.timeouts),
    stored: m((r) => r.stored),
    done: m((r) => r.done),
    repliesSent: m((r) => r.repliesSent),
    processPerS: m((r) => r.processPerS),
    stallP99Ms: m((r) => r.stallP99Ms),
    stallMaxMs: m((r) => r.stallMaxMs),
    mainWaitMsPerS: m((r) => r.mainWaitMsPerS),
  };
}

async function countRows(server: NodeServer, statement: ReturnType<typeof sql>): Promise<number> {
  const [row] = await query<{ n: number }>(server.services, statement);
  return Number(row?.n ?? 0);
}

async function withServer<T>(
  fn: (server: NodeServer, fake: FakeZaloThread, ward: TestWard, databaseUrl: string) => Promise<T>,
  extraEnv: Record<string, string> = {},
  intakeJournal = true,
  ownSession = true,
): Promise<T> {
  // the fake Zalo in a process and session of its own (or, "insession", on a thread of this
  // process): not on the event loop whose acknowledgements we time
  const fake = await startFakeZaloThread({ ownSession });
  const tmp = makeTempDir("bench");
  const config = testConfig(tmp.dir, fake.url, extraEnv);
  const server = await startNodeServer(config, { hostname: "127.0.0.1", processing: "thread", intakeJournal });
  try {
    const appId = zaloId("1");
    const appSecret = "app-secret-bench";
    await fake.registerApp(appId, appSecret);
    const ward = await createWard(server.services, { slug: "phuong-bench", name: "Phường Bench", appId, appSecret, tokens: await fake.issueTokens(appId) });
    // the processing thread is up (its first sweep answered) before any load: its start-up
    // (loading the TypeScript, migrating, building the index) is not what we measure
    await server.sweepNow();
    return await fn(server, fake, ward, config.databaseUrl);
  } finally {
    await withTimeout(server.close(), 30_000).catch(() => undefined);
    await fake.close();
    tmp.remove();
  }
}

/** The main thread's CPU time and run-queue wait (Linux /proc/<pid>/task/<pid>/schedstat: ns on CPU, ns waiting, slices). */
function mainThreadSchedstat(): { runNs: number; waitNs: number } | undefined {
  try {
    const [run, wait] = readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, "utf8").trim().split(" ").map(Number);
    return { runNs: run!, waitNs: wait! };
  } catch {
    return undefined;
  }
}

type ThreadSample = { runNs: number; waitNs: number; nice: number };

/** Every thread of a process (this one by default): CPU time and run-queue wait so far, nice value (Linux; empty elsewhere). */
function threadSamples(pid: number | "self" = "self"): Map<number, ThreadSample> {
  const out = new Map<number, ThreadSample>();
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        const [runNs, waitNs] = readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").trim().split(" ").map(Number);
        const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, "utf8");
        out.set(Number(task), { runNs: runNs!, waitNs: waitNs!, nice: Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]) });
      } catch {
        // the thread ended meanwhile
      }
    }
  } catch {
    // not Linux
  }
  return out;
}

/**
 * CPU per thread during the load, ms per second: the main (acknowledging) thread, the niced
 * (processing) thread, and the rest grouped by nice — Node's V8 platform pool (GC helpers and
 * optimising compiles of every isolate, the processing thread's too), libuv's pool (the journal's
 * fdatasync), the fake Zalo thread — the three busiest listed by thread id offset from the process.
 */
function threadsCpu(before: Map<number, ThreadSample>, after: Map<number, ThreadSample>, seconds: number, child?: { before: Map<number, ThreadSample>; after: Map<number, ThreadSample> }): string {
  const main = process.pid;
  const mainNice = after.get(main)?.nice ?? 0;
  const rows = [...after].map(([tid, a]) => {
    const b = before.get(tid);
    return { tid, nice: a.nice, run: (a.runNs - (b?.runNs ?? 0)) / 1e6 / seconds, wait: (a.waitNs - (b?.waitNs ?? 0)) / 1e6 / seconds };
  });
  if (!rows.length) return "n/a";
  const sum = (xs: typeof rows) => xs.reduce((s, r) => s + r.run, 0).toFixed(0);
  const niced = rows.filter((r) => r.nice > mainNice);
  const others = rows.filter((r) => r.tid !== main && r.nice <= mainNice);
  const top = [...others].sort((x, y) => y.run - x.run).slice(0, 3);
  const childRows = child ? [...child.after].map(([tid, a]) => ({ tid, nice: a.nice, run: (a.runNs - (child.before.get(tid)?.runNs ?? 0)) / 1e6 / seconds, wait: 0 })) : [];
  const childNices = [...new Set(childRows.map((r) => r.nice))].join("/");
  return (
    (child ? `processing process ${sum(childRows)} ms/s (${childRows.length} threads, nice ${childNices}); ` : "") +
    `niced ${sum(niced)} ms/s; other threads at the main thread's nice ${sum(others)} ms/s (busiest: ${top.map((r) => `+${r.tid - main} ${r.run.toFixed(0)}`).join(", ")})`
  );
}

/** "k of n": threads of `pid` under SCHED_IDLE (policy 5, /proc stat field 41). */
function idlePolicyThreads(pid: number): string {
  let idle = 0;
  let all = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, "utf8");
      all += 1;
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[38]) === 5) idle += 1;
    } catch {
      // the thread ended meanwhile
    }
  }
  return `${idle} of ${all}`;
}

function threadNices(): string {
  const counts = new Map<number, number>();
  try {
    for (const task of readdirSync("/proc/self/task")) {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, "utf8");
      const nice = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
      counts.set(nice, (counts.get(nice) ?? 0) + 1);
    }
  } catch {
    return "n/a";
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([n, c]) => `${n}×${c}`).join(" ");
}

/** upper bound of the timed drain in capacity mode (a few thousand events take seconds on this machine) */
const DRAIN_CAP_MS = 120_000;

function resumeChild(pid: number): void {
  try {
    process.kill(pid, "SIGCONT");
  } catch {
    // already gone: nothing to resume
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<"timeout">((r) => (timer = setTimeout(() => r("timeout"), ms)))]).finally(() => clearTimeout(timer));
}

async function makeBodies(ward: TestWard, n: number, texts: string[], file: string): Promise<void> {
  const out: Array<{ body: string; signature: string }> = [];
  const base = Date.now();
  const run = Math.random().toString(16).slice(2, 8);
  for (let i = 0; i < n; i++) {
    // a distinct resident per event: a handed-off resident's later messages get no bot reply,
    // which would hide the reply path from the count
    const userId = `8${String(base).slice(-10)}${String(i).padStart(7, "0")}`;
    const event = textEvent(ward, { userId, text: texts[i % texts.length]!, msgId: `bench${run}${i.toString(16).padStart(8, "0")}`, at: base + i });
    out.push(await signedEvent(ward, event));
  }
  writeFileSync(file, JSON.stringify(out));
}

/** Runs the load client in a child process and returns its figures. */
function runClient(spec: ClientSpec): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", clientSource, JSON.stringify(spec)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
      detached: spec.ownSession, // setsid: the residents' phones are not in the server's session
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const killer = setTimeout(() => child.kill("SIGKILL"), (spec.durationS + 60) * 1000);
    child.on("exit", (code) => {
      clearTimeout(killer);
      const line = out.trim().split("\n").at(-1) ?? "";
      try {
        resolve(JSON.parse(line) as ClientResult);
      } catch {
        reject(new Error(`load client failed (exit ${code}): ${out.slice(-500)}`));
      }
    });
  });
}

async function loadRun(mode: Mode, opts: { durationS: number; connections: number; rate: number; capacityRate: number; ceilingMs: number; drainS: number; texts: string[] }): Promise<LoadRun> {
  const rate = mode === "capacity" ? opts.capacityRate : opts.rate;
  // diagnostic: the background processing held back (WEBHOOK_PROCESS_DELAY_MS) until the load is
  // over: the deferred mode, or any mode with WEBHOOK_HOLD_PROCESSING=1 (only the acknowledgement
  // path then runs during the load, for comparing intake layouts without processing's CPU)
  const holdProcessing = mode === "deferred" || Boolean(process.env.WEBHOOK_HOLD_PROCESSING);
  return withServer(async (server, fake, ward, databaseUrl) => {
    // enough distinct events for the whole run; the max run is sized from a generous ceiling
    const n = mode !== "max" ? Math.ceil(rate * opts.durationS * 1.3) + 200 : 6000 * opts.durationS;
    const tmp = makeTempDir("bench-bodies");
    const bodiesFile = join(tmp.dir, "bodies.json");
    await makeBodies(ward, n, opts.texts, bodiesFile);
    // capacity mode stops the child below; if anything throws before the timed drain resumes it,
    // the finally resumes it, or it would keep the database file while the server closes
    let stoppedPid: number | undefined;
    try {
      // WEBHOOK_PROFILE=<file>: a CPU profile of this (the acknowledging) thread during the load
      const profiler = process.env.WEBHOOK_PROFILE ? new Session() : undefined;
      if (profiler) {
        profiler.connect();
        await profiler.post("Profiler.enable");
        await profiler.post("Profiler.start");
      }
      // WEBHOOK_HEAP_PROFILE=<file>: a sampling heap profile of this thread during the load, counting
      // what the scavenges collect too (bytes allocated per acknowledgement, not only what survives)
      const heapProfiler = process.env.WEBHOOK_HEAP_PROFILE ? new Session() : undefined;
      if (heapProfiler) {
        heapProfiler.connect();
        await heapProfiler.post("HeapProfiler.enable");
        await heapProfiler.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      }
      const childPid = server.processingPid?.();
      if (mode === "schedidle") {
        if (!childPid) throw new Error("schedidle mode needs the processing child process");
        execFileSync("chrt", ["-a", "-i", "-p", "0", String(childPid)]);
      }
      /** events of the warm-up (capacity), left out of every count below */
      let warmed = 0;
      // capacity: processing stopped while the events are acknowledged (they wait in the journal)
      if (mode === "capacity") {
        if (!childPid) throw new Error("capacity mode needs the processing child process");
        // first a warm-up the child processes as it comes (its JIT warm, as in a running server)
        const warmFile = join(tmp.dir, "warm.json");
        await makeBodies(ward, Math.ceil(rate * 2.6), opts.texts, warmFile);
        await runClient({ url: server.url, bodiesFile: warmFile, connections: opts.connections, durationS: 2, overallRate: rate, ownSession: true });
        await withTimeout(server.queue.idle(), opts.drainS * 1000);
        warmed = await countRows(server, sql`select count(*) as n from webhook_events`);
        process.kill(childPid, "SIGSTOP");
        stoppedPid = childPid;
      }
      const sched0 = mainThreadSchedstat();
      const threads0 = threadSamples();
      const child0 = childPid ? threadSamples(childPid) : undefined;
      const gc = { count: 0, totalMs: 0, maxMs: 0 };
      const gcObserver = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          gc.count += 1;
          gc.totalMs += e.duration;
          gc.maxMs = Math.max(gc.maxMs, e.duration);
        }
      });
      gcObserver.observe({ entryTypes: ["gc"] });
      const journal0 = server.intakeJournal && { ...server.intakeJournal.stats };
      const trace = { commitMs: [] as number[], syncMs: [] as number[], queuedMs: [] as number[], storedMs: [] as number[], walGrew: [] as boolean[] };
      if (server.intakeJournal) server.intakeJournal.trace = trace;
      const eld = monitorEventLoopDelay({ resolution: 1 });
      eld.enable();
      const inServer = serverSideTimer();
      const client = await runClient({
        url: server.url,
        bodiesFile,
        connections: opts.connections,
        durationS: opts.durationS,
        overallRate: mode !== "max" ? rate : undefined,
        ownSession: mode !== "insession",
      });
      eld.disable();
      const serverSide = inServer.stop();
      const sched1 = mainThreadSchedstat();
      const threads1 = threadSamples();
      const child1 = childPid ? threadSamples(childPid) : undefined;
      gcObserver.disconnect();
      if (profiler) {
        const { profile } = await profiler.post("Profiler.stop");
        writeFileSync(`${process.env.WEBHOOK_PROFILE}.${mode}.cpuprofile`, JSON.stringify(profile));
        profiler.disconnect();
      }
      let allocatedBytes: number | undefined;
      if (heapProfiler) {
        const { profile } = await heapProfiler.post("HeapProfiler.stopSampling");
        writeFileSync(`${process.env.WEBHOOK_HEAP_PROFILE}.${mode}.heapprofile`, JSON.stringify(profile));
        heapProfiler.disconnect();
        const total = (node: typeof profile.head): number => node.selfSize + node.children.reduce((sum, child) => sum + total(child), 0);
        allocatedBytes = total(profile.head);
      }
      const threadNice = threadNices();
      const journalAtEnd = server.intakeJournal && { ...server.intakeJournal.stats };
      if (server.intakeJournal) server.intakeJournal.trace = undefined;
      const doneAtEnd = (await countRows(server, sql`select count(*) as n from webhook_events where status = 'done'`)) - warmed;
      const capacity = mode === "capacity" ? await timeDrain(server, fake, childPid!, databaseUrl, client.ok2xx, opts.ceilingMs, warmed) : undefined;
      const t0 = performance.now();
      // deferred (diagnostic): the delayed queue cannot drain in time; the sweeper processes instead
      if (mode === "deferred") for (let i = 0; i < 400 && (await server.sweepNow()).events > 0 && performance.now() - t0 < opts.drainS * 1000; i++);
      else await withTimeout(server.queue.idle(), opts.drainS * 1000);
      const drainS = (performance.now() - t0) / 1000;
      const stored = (await countRows(server, sql`select count(*) as n from webhook_events`)) - warmed;
      const done = (await countRows(server, sql`select count(*) as n from webhook_events where status = 'done'`)) - warmed;
      const pending = await countRows(server, sql`select count(*) as n from webhook_events where status in ('pending', 'processing')`);
      const failed = await countRows(server, sql`select count(*) as n from webhook_events where status = 'failed'`);
      const repliesSent = (await countRows(server, sql`select count(distinct resident_id) as n from outbox where status = 'sent'`)) - warmed;
      const fakeReceived = (await fake.sentRecipients()) - warmed;
      return {
        mode,
        ...client,
        acksPerS: client.ok2xx / client.durationS,
        stored,
        // requests in flight when the run stops are stored but not counted as acked by autocannon
        storedEqualsAcked: client.wrapped ? stored <= client.ok2xx : stored >= client.ok2xx && stored - client.ok2xx <= opts.connections,
        doneAtEnd,
        done,
        pending,
        failed,
        repliesSent,
        fakeReceived,
        drainS,
        processPerS: done / (client.durationS + drainS),
        stallP99Ms: eld.percentile(99) / 1e6,
        stallMaxMs: eld.max / 1e6,
        threadNice,
        threadsCpu: threadsCpu(threads0, threads1, client.durationS, child0 && child1 ? { before: child0, after: child1 } : undefined),
        mainGc: gc,
        allocatedPerAck: allocatedBytes === undefined ? undefined : allocatedBytes / Math.max(1, client.ok2xx),
        mainRunMsPerS: sched0 && sched1 ? (sched1.runNs - sched0.runNs) / 1e6 / client.durationS : NaN,
        mainWaitMsPerS: sched0 && sched1 ? (sched1.waitNs - sched0.waitNs) / 1e6 / client.durationS : NaN,
        serverSide,
        childIdleThreads: mode === "schedidle" && childPid ? idlePolicyThreads(childPid) : undefined,
        journal: journalAtEnd && journal0 && { events: journalAtEnd.events - journal0.events, commits: journalAtEnd.commits - journal0.commits, syncs: journalAtEnd.syncs - journal0.syncs, timings: timingSummary(trace), walBytes: walSize(server.intakeJournal!.path) },
        capacity,
      };
    } finally {
      if (stoppedPid !== undefined) resumeChild(stoppedPid);
      tmp.remove();
    }
  }, { ...(holdProcessing ? { WEBHOOK_PROCESS_DELAY_MS: String(opts.durationS * 1000 + 3000) } : {}), ...(mode === "unniced" ? { PROCESSING_THREAD_NICE: "0" } : {}), ...(mode === "growwal" ? { INTAKE_WAL_PREALLOCATE_BYTES: "0" } : {}), ...(mode === "sync1" ? { INTAKE_SYNCS_IN_FLIGHT: "1" } : {}), ...(mode === "nosync" ? { INTAKE_DURABILITY: "process" } : {}) }, mode !== "shared", mode !== "insession");
}

/**
 * Mode "capacity": the processing child was stopped during the load; the events wait in the
 * intake journal. The ceiling loop runs on the same file, then the child is let go and timed until
 * it has moved, processed and answered every event (ProcessingThread.idle: drained and "done",
 * which it posts once the replies are sent), then the ceiling loop again.
 */
async function timeDrain(server: NodeServer, fake: FakeZaloThread, childPid: number, databaseUrl: string, acked: number, ceilingMs: number, warmed: number): Promise<Capacity> {
  const own = await openNodeDatabase(databaseUrl, undefined, { synchronous: "NORMAL" });
  try {
    const before = await ceilingLoop(own.client, ceilingMs);
    const rows0 = await tableRows(own.client);
    const child0 = threadSamples(childPid);
    const self0 = process.cpuUsage();
    const t0 = performance.now();
    process.kill(childPid, "SIGCONT");
    // the same cap as every other drain: a stuck event fails the run instead of hanging the bench
    if ((await withTimeout(server.queue.idle(), DRAIN_CAP_MS)) === "timeout") throw new Error(`capacity drain not finished in ${DRAIN_CAP_MS / 1000} s`);
    const drainS = (performance.now() - t0) / 1000;
    const self1 = process.cpuUsage(self0);
    const child1 = threadSamples(childPid);
    const rows1 = await tableRows(own.client);
    const after = await ceilingLoop(own.client, ceilingMs);
    const events = (await countRows(server, sql`select count(*) as n from webhook_events where status = 'done'`)) - warmed;
    const all = (await countRows(server, sql`select count(*) as n from webhook_events`)) - warmed;
    const sentRows = await countRows(server, sql`select count(*) as n from outbox where status = 'sent'`);
    const recipients = (await fake.sentRecipients()) - warmed;
    const extraSends = (await fake.sentCount()) - sentRows;
    let childNs = 0;
    for (const [tid, a] of child1) childNs += a.runNs - (child0.get(tid)?.runNs ?? 0);
    const mainNs = (child1.get(childPid)?.runNs ?? 0) - (child0.get(childPid)?.runNs ?? 0);
    const mainWaitNs = (child1.get(childPid)?.waitNs ?? 0) - (child0.get(childPid)?.waitNs ?? 0);
    const ceilingPerS = (before + after) / 2;
    return {
      events,
      drainS,
      eventsPerS: events / drainS,
      childCpuMsPerEvent: childNs / 1e6 / Math.max(1, events),
      childMainCpuMsPerEvent: mainNs / 1e6 / Math.max(1, events),
      childMainRunShare: mainNs / 1e9 / drainS,
      childMainWaitShare: mainWaitNs / 1e9 / drainS,
      serverCpuMsPerEvent: (self1.user + self1.system) / 1000 / Math.max(1, events),
      ceilingPerS,
      ratio: events / drainS / ceilingPerS,
      rowsPerEvent: Object.fromEntries([...rows1].map(([t, n]) => [t, (n - (rows0.get(t) ?? 0)) / Math.max(1, events)]).filter(([, d]) => (d as number) > 0)),
      answeredOnce: events === all && all >= acked && recipients === all && extraSends === 0,
      extraSends,
    };
  } finally {
    own.close();
  }
}

/**
 * Where an acknowledgement's time goes: each step of WebhookIntake.receive timed on its own,
 * sequentially on an idle server (µs per call, median of 5 batches).
 */
async function breakdown(texts: string[]): Promise<Record<string, number>> {
  return withServer(async (server, _fake, ward) => {
    const n = 400;
    const events = await Promise.all(
      Array.from({ length: n * 6 }, (_, i) =>
        signedEvent(ward, textEvent(ward, { userId: `9${String(i).padStart(17, "0")}`, text: texts[i % texts.length]!, msgId: `bd${i}x${Date.now().toString(16)}` })),
      ),
    );
    const s = server.services;
    const w = (await s.wards.byOaId(ward.oaId))!;
    const secret = (await s.wards.getSecret(w.id, "oa_secret_key"))!;
    const steps: Record<string, (e: { body: string; signature: string }) => unknown> = {
      "JSON.parse+readEnvelope": (e) => readEnvelope(JSON.parse(e.body)),
      // what intake.receive does to find the ward and its key: the cached identity (no statement) after the first
      // event; the SELECT + decrypt behind it runs on a cache miss or a signature that does not match
      "ward identity (cached)": () => s.wards.cachedWebhookIdentity(ward.oaId) ?? s.wards.webhookIdentity(ward.oaId),
      "ward identity (cache miss: SELECT+decrypt)": () => s.wards.webhookIdentity(ward.oaId, { fresh: true }),
      "verifyZaloSignature (SHA-256)": (e) => verifyZaloSignature({ header: e.signature, appId: w.appId!, rawBody: e.body, timestamp: (JSON.parse(e.body) as { timestamp: string }).timestamp, oaSecretKey: secret }),
      "intake.receive (all of it, INSERT incl.)": (e) => s.intake.receive(e.body, e.signature),
    };
    const out: Record<string, number> = {};
    let k = 0;
    for (const [name, fn] of Object.entries(steps)) {
      const batches: number[] = [];
      for (let b = 0; b < 5; b++) {
        const t0 = performance.now();
        for (let i = 0; i < n / 5; i++) await fn(events[k++ % events.length]!);
        batches.push(((performance.now() - t0) * 1000) / (n / 5));
      }
      out[name] = median(batches);
    }
    // one HTTP round trip, idle server, one connection (fresh events; processing runs after each)
    const rtts: number[] = [];
    for (let i = 0; i < 100; i++) {
      const e = events[n * 5 + i]!;
      const t0 = performance.now();
      const res = await fetch(`${server.url}/webhooks/zalo`, { method: "POST", headers: { "content-type": "application/json", "x-zevent-signature": e.signature }, body: e.body });
      await res.text();
      rtts.push((performance.now() - t0) * 1000);
      await server.queue.idle();
    }
    out["HTTP POST round trip (idle, queue drained between)"] = median(rtts);
    // the background work per event, for comparison: processEvent of the events stored above
    const ids = await query<{ id: number }>(s, sql`select id from webhook_events where status = 'pending' order by id limit 100`);
    const t0 = performance.now();
    for (const { id } of ids) await s.conversations.processEvent(id);
    // on the main thread's connection (synchronous FULL: each of its commits waits for the disk),
    // not the processing thread's (NORMAL): bench/processing.ts measures that one
    if (ids.length) out["conversations.processEvent (main thread's connection, synchronous FULL, per event)"] = ((performance.now() - t0) * 1000) / ids.length;
    return out;
  });
}

export async function runWebhookLoad(options: { log?: (s: string) => void } = {}): Promise<WebhookLoadResult> {
  const log = options.log ?? (() => undefined);
  const reps = envInt("WEBHOOK_REPS", 3);
  const opts = {
    durationS: envInt("WEBHOOK_DURATION_S", 10),
    connections: envInt("WEBHOOK_CONNECTIONS", 20),
    rate: envInt("WEBHOOK_RATE", 500),
    capacityRate: envInt("WEBHOOK_CAPACITY_RATE", 1000),
    ceilingMs: envInt("CEILING_MS", 700),
    drainS: envInt("WEBHOOK_DRAIN_S", 90),
    texts: loadQuestions()
      .filter((q) => q.expect === "answer" || q.expect === "handoff")
      .map((q) => q.q),
  };
  const runs: Record<Mode, LoadRun[]> = { rate: [], shared: [], max: [], deferred: [], unniced: [], insession: [], capacity: [], growwal: [], sync1: [], nosync: [], schedidle: [] };
  for (let i = 0; i < reps; i++) {
    const modes = process.env.WEBHOOK_MODES?.split(",") ?? (process.env.WEBHOOK_DIAGNOSTIC ? ["rate", "growwal", "shared", "max", "capacity", "deferred", "insession"] : ["rate", "growwal", "shared", "max", "capacity"]);
    // every other repetition in the reverse order: a machine whose load drifts during the run
    // then favours neither layout
    for (const mode of (i % 2 ? [...modes].reverse() : modes) as Mode[]) {
      const r = await loadRun(mode, opts);
      runs[mode].push(r);
      log(
        `  webhook ${modeName(mode, opts.rate)} rep ${i + 1}/${reps}: ${r.acksPerS.toFixed(0)} acks/s, p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms, ` +
          `non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}; stored ${r.stored}/${r.ok2xx} acked (${r.storedEqualsAcked ? "ok" : "MISMATCH"}); done ${r.doneAtEnd} at end, ${r.done} after ${r.drainS.toFixed(1)} s drain ` +
          `(pending ${r.pending}, failed ${r.failed}); replies sent ${r.repliesSent}, fake Zalo got ${r.fakeReceived}; ` +
          `main-thread stall p99 ${r.stallP99Ms.toFixed(1)} ms, max ${r.stallMaxMs.toFixed(0)} ms; main thread on CPU ${r.mainRunMsPerS.toFixed(0)} ms/s, waiting for a CPU ${r.mainWaitMsPerS.toFixed(0)} ms/s; threads by nice ${r.threadNice}; ` +
          `CPU during the load: ${r.threadsCpu}, load generator ${r.cpuMsPerS?.toFixed(0) ?? "?"} ms/s; main-thread GC ${r.mainGc.count} pauses, ${r.mainGc.totalMs.toFixed(0)} ms, longest ${r.mainGc.maxMs.toFixed(1)} ms; per ack: main thread ${((r.mainRunMsPerS * 1000) / Math.max(1, r.acksPerS)).toFixed(0)} µs CPU` +
          (r.allocatedPerAck !== undefined ? `, ${(r.allocatedPerAck / 1024).toFixed(1)} KiB allocated` : "") +
          (r.journal ? `; journal ${r.journal.events} events in ${r.journal.commits} commits, ${r.journal.syncs} syncs, WAL file ${((r.journal.walBytes ?? NaN) / 1048576).toFixed(1)} MiB at the end` : "") +
          (r.journal?.timings ? `; ${formatTimings(r.journal.timings)}` : "") +
          (r.childIdleThreads ? `; processing threads under SCHED_IDLE: ${r.childIdleThreads}` : "") +
          (r.serverSide ? `; in the server (headers read → response written) ms p50/p99/max ${r.serverSide.p50.toFixed(1)}/${r.serverSide.p99.toFixed(1)}/${r.serverSide.max.toFixed(0)} of ${r.serverSide.n} requests` : ""),
      );
      if (r.capacity) log(`    ${formatCapacity(r.capacity)}`);
    }
  }
  const breakdownUs = process.env.WEBHOOK_BREAKDOWN === "0" ? {} : await breakdown(opts.texts);
  const medians = {
    rate: summarise(runs.rate),
    shared: summarise(runs.shared),
    max: summarise(runs.max),
    deferred: summarise(runs.deferred),
    unniced: summarise(runs.unniced),
    growwal: summarise(runs.growwal),
    schedidle: summarise(runs.schedidle),
    sync1: summarise(runs.sync1),
    nosync: summarise(runs.nosync),
    insession: summarise(runs.insession),
    capacity: summarise(runs.capacity),
  };
  const p99Ratios = runs.shared.map((r, i) => r.p99 / Math.max(1, runs.rate[i]?.p99 ?? NaN));
  const caps = runs.capacity.map((r) => r.capacity!).filter(Boolean);
  const capacityMedians = caps.length
    ? {
        eventsPerS: median(caps.map((c) => c.eventsPerS)),
        childCpuMsPerEvent: median(caps.map((c) => c.childCpuMsPerEvent)),
        childMainCpuMsPerEvent: median(caps.map((c) => c.childMainCpuMsPerEvent)),
        ceilingPerS: median(caps.map((c) => c.ceilingPerS)),
        ratio: median(caps.map((c) => c.ratio)),
      }
    : undefined;
  return { ...runs, breakdownUs, targetP99Ms: 20, rateTarget: opts.rate, met: medians.rate.p99 < 20 && medians.rate.non2xx === 0, medians, p99Ratios, capacityMedians };
}

/** Rows per table (the drain's inserts, as the difference of two of these). */
async function tableRows(client: Awaited<ReturnType<typeof openNodeDatabase>>["client"]): Promise<Map<string, number>> {
  const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name <> 'bench_ceiling'")).rows.map((r) => String(r.name));
  const out = new Map<string, number>();
  for (const t of tables) out.set(t, Number((await client.execute(`SELECT count(*) AS n FROM "${t}"`)).rows[0]?.n ?? 0));
  return out;
}

function formatCapacity(c: Capacity): string {
  return (
    `processing alone: ${c.events} events drained in ${c.drainS.toFixed(2)} s = ${c.eventsPerS.toFixed(0)} events/s; processing child CPU ${c.childCpuMsPerEvent.toFixed(3)} ms/event ` +
    `(its main thread ${c.childMainCpuMsPerEvent.toFixed(3)}: on a CPU ${(100 * c.childMainRunShare).toFixed(0)}% of the drain, waiting for one ${(100 * c.childMainWaitShare).toFixed(0)}%), server process ${c.serverCpuMsPerEvent.toFixed(3)} ms/event; machine ceiling (SELECT + INSERT commit, same file) ${c.ceilingPerS.toFixed(0)} events/s; ` +
    `ratio ${(100 * c.ratio).toFixed(1)}%; rows added per event: ${Object.entries(c.rowsPerEvent).map(([t, n]) => `${t} ${n.toFixed(2)}`).join(", ")}; answered exactly once: ${c.answeredOnce ? "yes" : `NO (${c.extraSends} sent twice)`}`
  );
}

function modeName(mode: Mode, rate: number): string {
  return {
    rate: `@${rate}/s`,
    shared: `@${rate}/s, intake in the main file (before)`,
    max: "max",
    deferred: `@${rate}/s, processing deferred`,
    unniced: `@${rate}/s, processing thread not niced (before)`,
    growwal: `@${rate}/s, intake WAL growing, not written ahead (before)`,
    schedidle: `@${rate}/s, processing child under SCHED_IDLE (diagnostic)`,
    sync1: `@${rate}/s, one journal sync in flight (before)`,
    nosync: `@${rate}/s, no disk sync before the 200 (diagnostic: INTAKE_DURABILITY=process)`,
    insession: `@${rate}/s, fake Zalo and load generator in the server's session (before)`,
    capacity: `processing capacity (journal filled with processing stopped, then drained alone)`,
  }[mode];
}

export function formatWebhookLoad(r: WebhookLoadResult): string {
  const line = (name: string, s: Summary) =>
    `  ${name}\n    ${s.acksPerS.toFixed(0).padStart(6)} acks/s  p50 ${String(s.p50).padStart(4)} ms  p99 ${String(s.p99).padStart(4)} ms  non-2xx ${s.non2xx}  errors ${s.errors}  ` +
    `stored ${s.stored}  processed ${s.done}  replied ${s.repliesSent}  (background ${s.processPerS.toFixed(0)} events/s)  ` +
    `main-thread stall p99 ${s.stallP99Ms.toFixed(1)} ms, max ${s.stallMaxMs.toFixed(0)} ms, waiting for a CPU ${s.mainWaitMsPerS.toFixed(0)} ms/s`;
  const all = [...r.rate, ...r.shared, ...r.max, ...r.deferred, ...r.unniced, ...r.insession, ...r.capacity, ...r.growwal, ...r.sync1, ...r.nosync, ...r.schedidle];
  return [
    `webhook load (${r.rate.length} reps, medians):`,
    ...(["rate", "sync1", "nosync", "growwal", "schedidle", "insession", "unniced", "shared", "max", "deferred"] as const).filter((m) => r[m].length).map((m) => line(modeName(m, r.rateTarget), r.medians[m])),
    ...(r.capacityMedians
      ? [
          `  processing capacity alone (${r.capacity.length} runs, medians): ${r.capacityMedians.eventsPerS.toFixed(0)} events/s (target ≥ 1,000), child CPU ${r.capacityMedians.childCpuMsPerEvent.toFixed(3)} ms/event ` +
            `(its main thread ${r.capacityMedians.childMainCpuMsPerEvent.toFixed(3)}), machine ceiling ${r.capacityMedians.ceilingPerS.toFixed(0)} events/s, ratio ${(100 * r.capacityMedians.ratio).toFixed(1)}%; ` +
            `answered exactly once in every run: ${r.capacity.every((x) => x.capacity?.answeredOnce) ? "yes" : "NO"}`,
        ]
      : []),
    `  acked events missing from the db: ${all.filter((x) => !x.storedEqualsAcked).length ? "YES (see per-run lines)" : "none (stored >= acked in every run)"}; events left unprocessed after drain: ${all.reduce((s, x) => s + x.pending + x.failed, 0)}`,
    `  target p99 < ${r.targetP99Ms} ms at ${r.rateTarget} req/s: ${r.met ? "MET" : "MISSED"}`,
    `  per-rep p99 @rate (ms): ${r.rate.map((x) => x.p99).join(" ")}` +
      (r.rate.some((x) => x.serverSide) ? ` (inside the server: ${r.rate.map((x) => x.serverSide?.p99.toFixed(1) ?? "?").join(" ")})` : "") +
      (r.growwal.some((x) => x.serverSide) ? `; WAL growing, inside the server: ${r.growwal.map((x) => x.serverSide?.p99.toFixed(1) ?? "?").join(" ")}` : "") +
      (r.shared.length ? `; intake in the main file (before): ${r.shared.map((x) => x.p99).join(" ")}; ratio before/after per rep: ${r.p99Ratios.map((x) => x.toFixed(1)).join(" ")}` : "") +
      (r.growwal.length ? `; intake WAL growing (before): ${r.growwal.map((x) => x.p99).join(" ")}; ratio written-ahead (default)/growing per rep: ${r.growwal.map((x, i) => ((r.rate[i]?.p99 ?? NaN) / Math.max(1, x.p99)).toFixed(2)).join(" ")}` : "") +
      (r.schedidle.length ? `; processing under SCHED_IDLE (diagnostic): ${r.schedidle.map((x) => x.p99).join(" ")}; ratio idle/default per rep: ${r.schedidle.map((x, i) => (x.p99 / Math.max(1, r.rate[i]?.p99 ?? NaN)).toFixed(2)).join(" ")}` : "") +
      (r.sync1.length ? `; one sync in flight (before): ${r.sync1.map((x) => x.p99).join(" ")}; ratio before/after per rep: ${r.sync1.map((x, i) => (x.p99 / Math.max(1, r.rate[i]?.p99 ?? NaN)).toFixed(2)).join(" ")}` : "") +
      (r.nosync.length ? `; no disk sync (diagnostic): ${r.nosync.map((x) => x.p99).join(" ")}; ratio no-sync/default per rep: ${r.nosync.map((x, i) => (x.p99 / Math.max(1, r.rate[i]?.p99 ?? NaN)).toFixed(2)).join(" ")}` : "") +
      (r.unniced.length ? `; processing thread not niced (before): ${r.unniced.map((x) => x.p99).join(" ")}; ratio before/after per rep: ${r.unniced.map((x, i) => (x.p99 / Math.max(1, r.rate[i]?.p99 ?? NaN)).toFixed(1)).join(" ")}` : "") +
      (r.insession.length ? `; helpers in the server's session (before): ${r.insession.map((x) => x.p99).join(" ")}; ratio before/after per rep: ${r.insession.map((x, i) => (x.p99 / Math.max(1, r.rate[i]?.p99 ?? NaN)).toFixed(1)).join(" ")}` : "") +
      (r.max.length ? `; per-rep max acks/s: ${r.max.map((x) => x.acksPerS.toFixed(0)).join(" ")}` : ""),
    ...(Object.keys(r.breakdownUs).length
      ? [
          `  ack path, µs per call on an idle server: ${Object.entries(r.breakdownUs)
            .map(([k, v]) => `${k} ${v.toFixed(0)}`)
            .join("; ")}`,
        ]
      : []),
  ].join("\n");
}

/**
 * The load client, run as a child process with plain Node (no server code loaded): autocannon's
 * programmatic API, setupRequest cycling through the pre-signed bodies.
 */
const clientSource = `
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
const spec = JSON.parse(process.argv[1]);
const bodies = JSON.parse(readFileSync(spec.bodiesFile, "utf8"));
let next = 0;
let wrapped = false;
const cpu0 = process.cpuUsage();
const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.durationS,
  ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
  timeout: 10,
  requests: [{
    method: "POST",
    path: "/webhooks/zalo",
    setupRequest: (req) => {
      if (next >= bodies.length) wrapped = true;
      const e = bodies[next++ % bodies.length];
      return { ...req, body: e.body, headers: { "content-type": "application/json", "x-zevent-signature": e.signature } };
    },
  }],
});
process.stdout.write("\\n" + JSON.stringify({
  sent: result.requests.sent, ok2xx: result["2xx"], non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
  cpuMsPerS: (() => { const u = process.cpuUsage(cpu0); return (u.user + u.system) / 1000 / result.duration; })(),
  durationS: result.duration, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, wrapped,
}) + "\\n");
`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const r = await runWebhookLoad({ log: (s) => console.log(s) });
  console.log(formatWebhookLoad(r));
}
void quantile;
