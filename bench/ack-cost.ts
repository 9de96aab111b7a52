/**
 * What one acknowledged webhook costs the acknowledging thread, in figures that do not depend on
 * how loaded the machine is: CPU µs per ack and KiB allocated per ack (issue 15, session 11).
 *   npx tsx bench/ack-cost.ts                          (this tree)
 *   ACK_COST_BASE=/path/to/other/tree npx tsx bench/ack-cost.ts   (before vs after, alternating)
 *
 * Each measuring process starts the real Node server (startNodeServer, processing in its child
 * process, so the intake writes its journal: the ack path of `npm start` with an embedded
 * database) on a fresh libSQL file with one ward, then stops the processing child (SIGSTOP) so
 * that only the acknowledgement path runs on this process. A load client in a process and session
 * of its own POSTs distinct, correctly signed user_send_text events to /webhooks/zalo over
 * keep-alive connections, closed loop: ACK_COST_CONCURRENCY requests in flight, a fixed number per
 * repetition. With a fixed concurrency the journal's group commits hold about that many events
 * whatever the machine's load (the disk sync takes longer than the CPU of a flush's requests), so
 * the per-flush share of each ack stays the same between trees; the line shows events per commit.
 *
 * Per repetition, on this process:
 *  - main-thread CPU µs per ack: the thread's on-CPU time (Linux /proc/<pid>/task/<pid>/schedstat,
 *    nanoseconds; time spent waiting for a CPU is not in it) ÷ acks;
 *  - process CPU µs per ack: process.cpuUsage (every thread: V8's GC helpers, libuv's pool that
 *    runs the journal's fdatasync, libsql) ÷ acks;
 *  - event-loop busy µs per ack: performance.eventLoopUtilization's active time ÷ acks (wall time,
 *    so it includes preemption: shown, not used for comparisons);
 *  - KiB allocated per ack on the main thread's heap: used heap at the end − at the start + what
 *    every garbage collection in between freed (v8.GCProfiler: used size before − after each GC)
 *    ÷ acks. Exact for the JS heap (checked against arrays of known size), whatever the GCs.
 * A warm-up (ACK_COST_WARMUP requests) runs first, so the JIT has settled; figures are medians
 * over ACK_COST_REPS repetitions of ACK_COST_REQUESTS requests; ACK_COST_ROUNDS processes per tree
 * (alternating with the base tree, order swapped each pair). Every request must be answered 2xx.
 *
 * ACK_COST_PROFILE=<prefix>: a CPU profile of the main thread over the measured repetitions
 * (<prefix>.<tree>.<round>.cpuprofile); ACK_COST_HEAP_PROFILE=<prefix>: a sampling heap profile
 * (objects the GCs collected included).
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { basename, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import v8 from "node:v8";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

export type AckCostRep = {
  acks: number;
  non2xx: number;
  mainCpuUsPerAck: number;
  processCpuUsPerAck: number;
  eluActiveUsPerAck: number;
  kibPerAck: number;
  eventsPerCommit: number;
  gcs: number;
  wallS: number;
};

export type AckCostRound = { tree: string; reps: AckCostRep[] };

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function mainThreadRunNs(): number {
  try {
    return Number(readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, "utf8").split(" ")[0]);
  } catch {
    return NaN; // not Linux
  }
}

/** Measures the ack path of the server code in `root` (this tree or another checkout with the same layout). */
async function measure(root: string, opts: { warmup: number; requests: number; reps: number; concurrency: number; profile?: string; heapProfile?: string; label: string }): Promise<AckCostRound> {
  const mod = (p: string) => import(pathToFileURL(join(root, p)).href);
  const { startNodeServer } = await mod("server/node-server.ts");
  const { createWard, makeTempDir, signedEvent, testConfig, textEvent, zaloId } = await mod("tests/support/factories.ts");
  const texts = readFileSync(join(ROOT, "tests/fixtures/paraphrases.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);

  const tmp = makeTempDir("ack-cost");
  // Zalo is never called: processing is stopped while the events are acknowledged
  const config = testConfig(tmp.dir, "http://127.0.0.1:9");
  const server = await startNodeServer(config, { hostname: "127.0.0.1", processing: "thread" });
  const childPid: number | undefined = server.processingPid?.();
  let client: ReturnType<typeof startClient> | undefined;
  try {
    const appId = zaloId("1");
    const ward = await createWard(server.services, { slug: "phuong-ack-cost", name: "Phường Đo", appId, appSecret: "app-secret-bench" });
    await server.sweepNow(); // the processing child is up before it is stopped
    if (!childPid || !server.intakeJournal) throw new Error("the ack-cost bench needs the processing child and the intake journal");
    process.kill(childPid, "SIGSTOP");

    const total = opts.warmup + opts.reps * opts.requests;
    const bodies: Array<{ body: string; signature: string }> = [];
    const base = Date.now();
    const run = Math.random().toString(16).slice(2, 8);
    for (let i = 0; i < total; i++) {
      const userId = `8${String(base).slice(-10)}${String(i).padStart(7, "0")}`;
      bodies.push(await signedEvent(ward, textEvent(ward, { userId, text: texts[i % texts.length]!, msgId: `cost${run}${i.toString(16).padStart(8, "0")}`, at: base + i })));
    }
    const bodiesFile = join(tmp.dir, "bodies.json");
    writeFileSync(bodiesFile, JSON.stringify(bodies));
    client = startClient({ url: server.url, bodiesFile, concurrency: opts.concurrency });
    await client.ready;

    const warm = await client.send(0, opts.warmup);
    if (warm.non2xx) throw new Error(`warm-up: ${warm.non2xx} non-2xx (first: ${warm.firstError})`);

    const profiler = opts.profile || opts.heapProfile ? new Session() : undefined;
    if (profiler) {
      profiler.connect();
      if (opts.profile) {
        await profiler.post("Profiler.enable");
        await profiler.post("Profiler.setSamplingInterval", { interval: 200 });
        await profiler.post("Profiler.start");
      }
      if (opts.heapProfile) {
        await profiler.post("HeapProfiler.enable");
        await profiler.post("HeapProfiler.startSampling", { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      }
    }
    const reps: AckCostRep[] = [];
    for (let r = 0; r < opts.reps; r++) {
      const journal0 = { ...server.intakeJournal.stats };
      const gcProfiler = new v8.GCProfiler();
      gcProfiler.start();
      const heap0 = v8.getHeapStatistics().used_heap_size;
      const elu0 = performance.eventLoopUtilization();
      const cpu0 = process.cpuUsage();
      const run0 = mainThreadRunNs();
      const t0 = performance.now();
      const sent = await client.send(opts.warmup + r * opts.requests, opts.requests);
      const wallS = (performance.now() - t0) / 1000;
      const run1 = mainThreadRunNs();
      const cpu = process.cpuUsage(cpu0);
      const elu = performance.eventLoopUtilization(elu0);
      const heap1 = v8.getHeapStatistics().used_heap_size;
      const gcs = gcProfiler.stop()?.statistics ?? [];
      let freed = 0;
      for (const s of gcs) freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
      const journal1 = server.intakeJournal.stats;
      const acks = sent.ok;
      reps.push({
        acks,
        non2xx: sent.non2xx,
        mainCpuUsPerAck: (run1 - run0) / 1e3 / acks,
        processCpuUsPerAck: (cpu.user + cpu.system) / acks,
        eluActiveUsPerAck: (elu.active * 1e3) / acks,
        kibPerAck: (heap1 - heap0 + freed) / 1024 / acks,
        eventsPerCommit: (journal1.events - journal0.events) / Math.max(1, journal1.commits - journal0.commits),
        gcs: gcs.length,
        wallS,
      });
    }
    if (profiler) {
      if (opts.profile) {
        const { profile } = await profiler.post("Profiler.stop");
        writeFileSync(`${opts.profile}.${opts.label}.cpuprofile`, JSON.stringify(profile));
      }
      if (opts.heapProfile) {
        const { profile } = await profiler.post("HeapProfiler.stopSampling");
        writeFileSync(`${opts.heapProfile}.${opts.label}.heapprofile`, JSON.stringify(profile));
      }
      profiler.disconnect();
    }
    return { tree: root, reps };
  } finally {
    await client?.close();
    const closing = server.close();
    // the stopped child would drain the whole journal before it stops: it is not measured, end it
    if (childPid) {
      try {
        process.kill(childPid, "SIGKILL");
      } catch {
        // gone
      }
    }
    await closing.catch(() => undefined);
    tmp.remove();
  }
}

/**
 * The load client: a plain Node process (no server code) in a session of its own, keeping
 * `concurrency` keep-alive requests in flight; asked over IPC for `count` bodies from `from`.
 */
function startClient(spec: { url: string; bodiesFile: string; concurrency: number }) {
  const child = spawn(process.execPath, ["--input-type=module", "-e", clientSource, JSON.stringify(spec)], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    detached: true, // setsid: the residents' phones are not in the server's session
  });
  type Done = { ok: number; non2xx: number; firstError?: string };
  let waiting: ((d: Done) => void) | undefined;
  const ready = new Promise<void>((resolveReady) => {
    child.on("message", (m: { type: string } & Done) => {
      if (m.type === "ready") resolveReady();
      else if (m.type === "done") waiting?.(m);
    });
  });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  return {
    ready,
    send: (from: number, count: number) =>
      new Promise<Done>((resolveDone) => {
        waiting = resolveDone;
        child.send({ type: "send", from, count });
      }),
    close: async () => {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}

const clientSource = `
import { readFileSync } from "node:fs";
import http from "node:http";
const spec = JSON.parse(process.argv[1]);
const bodies = JSON.parse(readFileSync(spec.bodiesFile, "utf8"));
const url = new URL(spec.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
function post(e) {
  return new Promise((resolve) => {
    const body = Buffer.from(e.body);
    const req = http.request({ host: url.hostname, port: url.port, path: "/webhooks/zalo", method: "POST", agent,
      headers: { "content-type": "application/json", "content-length": body.length, "x-zevent-signature": e.signature } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode, text }));
    });
    req.on("error", (err) => resolve({ status: 0, text: String(err) }));
    req.end(body);
  });
}
process.on("message", async (m) => {
  if (m.type !== "send") return;
  let next = m.from;
  const end = m.from + m.count;
  let ok = 0, non2xx = 0, firstError;
  const worker = async () => {
    while (next < end) {
      const r = await post(bodies[next++]);
      if (r.status >= 200 && r.status < 300) ok++;
      else { non2xx++; firstError ??= r.status + " " + r.text.slice(0, 200); }
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  process.send({ type: "done", ok, non2xx, firstError });
});
process.on("disconnect", () => { agent.destroy(); process.exit(0); });
process.send({ type: "ready" });
`;

function formatRep(r: AckCostRep): string {
  return `main ${r.mainCpuUsPerAck.toFixed(0)} µs, process ${r.processCpuUsPerAck.toFixed(0)} µs, loop busy ${r.eluActiveUsPerAck.toFixed(0)} µs, ${r.kibPerAck.toFixed(2)} KiB; ${r.eventsPerCommit.toFixed(1)} events/commit, ${r.gcs} GCs, ${(r.acks / r.wallS).toFixed(0)} acks/s${r.non2xx ? `, ${r.non2xx} NON-2XX` : ""}`;
}

export function summariseRounds(rounds: AckCostRound[]) {
  const reps = rounds.flatMap((r) => r.reps);
  return {
    reps: reps.length,
    mainCpuUsPerAck: median(reps.map((r) => r.mainCpuUsPerAck)),
    processCpuUsPerAck: median(reps.map((r) => r.processCpuUsPerAck)),
    eluActiveUsPerAck: median(reps.map((r) => r.eluActiveUsPerAck)),
    kibPerAck: median(reps.map((r) => r.kibPerAck)),
    eventsPerCommit: median(reps.map((r) => r.eventsPerCommit)),
    non2xx: reps.reduce((s, r) => s + r.non2xx, 0),
  };
}

function formatSummary(name: string, s: ReturnType<typeof summariseRounds>): string {
  return `  ${name} (${s.reps} reps, medians): main thread ${s.mainCpuUsPerAck.toFixed(0)} µs CPU/ack, process ${s.processCpuUsPerAck.toFixed(0)} µs CPU/ack, loop busy ${s.eluActiveUsPerAck.toFixed(0)} µs/ack, ${s.kibPerAck.toFixed(2)} KiB allocated/ack; ${s.eventsPerCommit.toFixed(1)} events/commit; non-2xx ${s.non2xx}`;
}

/** Runs one measuring process (a fresh Node for each round: the trees never share a heap or a JIT). */
function runRound(tree: string, label: string): Promise<AckCostRound> {
  return new Promise((resolveRound, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--measure", tree, label], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], env: process.env });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => {
      const line = out.trim().split("\n").at(-1) ?? "";
      try {
        resolveRound(JSON.parse(line) as AckCostRound);
      } catch {
        reject(new Error(`measuring process failed (exit ${code}): ${out.slice(-800)}`));
      }
    });
  });
}

const opts = () => ({
  warmup: envInt("ACK_COST_WARMUP", 1500),
  requests: envInt("ACK_COST_REQUESTS", 2000),
  reps: envInt("ACK_COST_REPS", 5),
  concurrency: envInt("ACK_COST_CONCURRENCY", 16),
  profile: process.env.ACK_COST_PROFILE || undefined,
  heapProfile: process.env.ACK_COST_HEAP_PROFILE || undefined,
});

/** The bench: ACK_COST_ROUNDS measuring processes of this tree, alternating with ACK_COST_BASE's when set. */
export async function runAckCost(log: (s: string) => void = () => undefined) {
  const rounds = envInt("ACK_COST_ROUNDS", process.env.ACK_COST_BASE ? 3 : 2);
  const baseTree = process.env.ACK_COST_BASE ? resolve(process.env.ACK_COST_BASE) : undefined;
  const o = opts();
  log(`ack cost: ${o.warmup} warm-up + ${o.reps} × ${o.requests} requests per process, ${o.concurrency} in flight, processing stopped; ${rounds} process(es) per tree${baseTree ? `, alternating with the base ${baseTree}` : ""}`);
  const head: AckCostRound[] = [];
  const base: AckCostRound[] = [];
  for (let i = 0; i < rounds; i++) {
    const order: Array<"head" | "base"> = baseTree ? (i % 2 ? ["base", "head"] : ["head", "base"]) : ["head"];
    for (const which of order) {
      const tree = which === "head" ? ROOT : baseTree!;
      const round = await runRound(tree, `${which}.${i + 1}`);
      (which === "head" ? head : base).push(round);
      log(`  ${which} ${i + 1}: ${round.reps.map(formatRep).join(" | ")}`);
    }
  }
  const headSummary = summariseRounds(head);
  const baseSummary = base.length ? summariseRounds(base) : undefined;
  const lines = [`ack cost per acknowledged webhook (Node, intake journal, ${o.concurrency} in flight):`];
  if (baseSummary) lines.push(formatSummary(`before (${baseTree})`, baseSummary));
  lines.push(formatSummary(baseTree ? `after (${basename(ROOT)})` : "this tree", headSummary));
  if (baseSummary) {
    lines.push(
      `  after/before: main thread CPU ${(headSummary.mainCpuUsPerAck / baseSummary.mainCpuUsPerAck).toFixed(2)}, process CPU ${(headSummary.processCpuUsPerAck / baseSummary.processCpuUsPerAck).toFixed(2)}, allocated ${(headSummary.kibPerAck / baseSummary.kibPerAck).toFixed(2)}`,
    );
  }
  return { head: headSummary, base: baseSummary, text: lines.join("\n") };
}

if (process.argv[2] === "--measure") {
  const round = await measure(resolve(process.argv[3]!), { ...opts(), label: process.argv[4] ?? "run" });
  process.stdout.write(`\n${JSON.stringify(round)}\n`);
  process.exit(0);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const r = await runAckCost((s) => console.log(s));
  console.log(r.text);
}
