/**
 * Diagnostic preload (issue 15, session 16): where slow COMMITs spend their wall time.
 *   npx tsx --require ./bench/commit-trace.cjs bench/profile-process-event.ts 640 - groups
 *   NODE_OPTIONS="--require $PWD/bench/commit-trace.cjs" TRACE_OUT=/tmp/trace.txt WEBHOOK_MODES=rate WEBHOOK_REPS=1 npx tsx bench/webhook-load.ts
 * Wraps libsql's prepare/run in this process (and, through NODE_OPTIONS, in the processing child):
 * every COMMIT on every connection is timed, with
 * - whether a WAL checkpoint ran inside it: the WAL index (the -shm file, read before and after)
 *   shows nBackfill moved (SQLite's auto-checkpoint runs in the commit that takes the WAL past
 *   wal_autocheckpoint pages, and its fsyncs with it);
 * - the calling thread's wall split from /proc/thread-self/schedstat: on a CPU, waiting on the run
 *   queue (a loaded machine), and the rest: off the CPU and not runnable (disk, a lock, a futex).
 * Prints per database file at exit (stderr, or appended to TRACE_OUT): commits, p50/p90/p99/max,
 * checkpoints inside commits and their durations, commits ≥ 8 ms and how many were checkpoints,
 * the WAL's largest size. TRACE_LAST_MS: only the commits of the last N ms (the measured phase);
 * TRACE_LIST=1: one line per slow commit; TRACE_AUTOCKPT=N: sets PRAGMA wal_autocheckpoint = N on
 * every connection as it first prepares (0 = no auto-checkpoint: a diagnostic, the WAL then grows).
 * Not used by the server; changes nothing but timing (two small reads of the -shm per COMMIT).
 */
const Database = require("libsql");
const fs = require("node:fs");

const StatementPrototype = Object.getPrototypeOf(new Database(":memory:").prepare("select 1"));
const prepare = Database.prototype.prepare;
const run = StatementPrototype.run;
const pathOf = new WeakMap(); // connection → main file path
const connectionOf = new WeakMap(); // COMMIT statement → its connection
const tuned = new WeakSet();
const commits = [];

function mainPath(db) {
  let path = pathOf.get(db);
  if (path === undefined) {
    try {
      path = prepare.call(db, "PRAGMA main.database_list").all().find((r) => r.name === "main")?.file ?? "";
    } catch {
      path = "";
    }
    pathOf.set(db, path);
  }
  return path;
}

/** The WAL index header: mxFrame (frames in the WAL), the salt (new at each WAL restart), the checkpoint info's nBackfill. */
function walIndex(path) {
  try {
    const fd = fs.openSync(path + "-shm", "r");
    const b = Buffer.alloc(100);
    fs.readSync(fd, b, 0, 100, 0);
    fs.closeSync(fd);
    return { mxFrame: b.readUInt32LE(16), salt: b.readUInt32LE(32), nBackfill: b.readUInt32LE(96) };
  } catch {
    return undefined;
  }
}

function sched() {
  const [on, wait] = fs.readFileSync("/proc/thread-self/schedstat", "utf8").split(" ").map(Number);
  return { on: on / 1e6, wait: wait / 1e6 };
}

function walBytes(path) {
  try {
    return fs.statSync(path + "-wal").size;
  } catch {
    return 0;
  }
}

Database.prototype.prepare = function (sql) {
  if (process.env.TRACE_AUTOCKPT && !tuned.has(this)) {
    tuned.add(this);
    prepare.call(this, `PRAGMA wal_autocheckpoint = ${Number(process.env.TRACE_AUTOCKPT)}`).all();
  }
  const statement = prepare.call(this, sql);
  if (/^\s*(COMMIT|END)\b/i.test(sql)) connectionOf.set(statement, this);
  return statement;
};

StatementPrototype.run = function (...args) {
  const db = connectionOf.get(this);
  if (!db) return run.apply(this, args);
  const path = mainPath(db);
  const before = path ? walIndex(path) : undefined;
  const t0 = performance.now();
  const s0 = sched();
  try {
    return run.apply(this, args);
  } finally {
    const ms = performance.now() - t0;
    const s1 = sched();
    const on = s1.on - s0.on;
    const runq = s1.wait - s0.wait;
    const after = path ? walIndex(path) : undefined;
    // a checkpoint moved nBackfill; or the commit restarted the WAL (new salt) and checkpointed the new one
    const checkpoint = !!(before && after && after.nBackfill > 0 && (after.nBackfill !== before.nBackfill || after.salt !== before.salt));
    commits.push({ at: t0, file: path.split("/").pop(), ms, on, runq, off: Math.max(0, ms - on - runq), checkpoint, frames: before?.mxFrame ?? -1, wal: walBytes(path) });
  }
};

process.on("exit", () => {
  const lines = [];
  const lastMs = Number(process.env.TRACE_LAST_MS || 0);
  const end = performance.now();
  const byFile = new Map();
  for (const c of commits) {
    if (lastMs && c.at < end - lastMs) continue;
    if (!byFile.has(c.file)) byFile.set(c.file, []);
    byFile.get(c.file).push(c);
  }
  const sum = (xs, k) => xs.reduce((a, c) => a + c[k], 0).toFixed(0);
  for (const [file, cs] of byFile) {
    const ms = cs.map((c) => c.ms).sort((a, b) => a - b);
    const q = (x) => ms[Math.min(ms.length - 1, Math.floor(x * ms.length))].toFixed(2);
    const slow = cs.filter((c) => c.ms >= 8);
    const ck = cs.filter((c) => c.checkpoint);
    if (process.env.TRACE_LIST) for (const c of slow) lines.push(`  slow ${c.ms.toFixed(1)} ms: on CPU ${c.on.toFixed(1)}, run queue ${c.runq.toFixed(1)}, off CPU ${c.off.toFixed(1)}; checkpoint ${c.checkpoint}; WAL frames before ${c.frames}`);
    lines.push(
      `${file}: ${cs.length} commits, ms p50 ${q(0.5)} p90 ${q(0.9)} p99 ${q(0.99)} max ${ms[ms.length - 1].toFixed(1)}; sum ${sum(cs, "ms")} ms, of it in commits with a checkpoint ${sum(ck, "ms")}; ` +
        `checkpoints inside commits ${ck.length} (${ck.map((c) => c.ms.toFixed(1)).join(" ")} ms); commits >= 8 ms ${slow.length}, of which checkpoints ${slow.filter((c) => c.checkpoint).length}; ` +
        `their wall: on CPU ${sum(slow, "on")} ms, run queue ${sum(slow, "runq")}, off CPU ${sum(slow, "off")} (in checkpoint commits ${sum(ck, "off")}); WAL largest ${(Math.max(...cs.map((c) => c.wal)) / 1e6).toFixed(2)} MB`,
    );
  }
  if (!lines.length) return;
  const text = lines.map((l) => `[commit-trace pid ${process.pid} ${(process.argv[1] ?? "").split("/").pop()}] ${l}`).join("\n") + "\n";
  if (process.env.TRACE_OUT) fs.appendFileSync(process.env.TRACE_OUT, text);
  else process.stderr.write(text);
});
