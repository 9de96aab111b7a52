/**
 * The intake journal's WAL sync with and without the WAL written ahead (session 11), alternating in
 * one run, while another process writes a second database file as the processing side does (many
 * small NORMAL commits, a FULL commit now and then, SQLite's automatic checkpoints).
 *   npx tsx bench/journal-sync.ts            (JOURNAL_SYNC_REPS=4, JOURNAL_SYNC_S=5, JOURNAL_SYNC_WRITER=1)
 * The real IntakeJournal (its group commit, commit with synchronous = NORMAL, fdatasync of the WAL in
 * libuv's pool) takes 500 events/s (10 every 20 ms, ~1.5 KB each) into a fresh file per run; printed
 * per run: the WAL sync's p50/p99/max and each event's time from receipt to the end of its sync.
 */
import { fork } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEmbeddedClient } from "../server/db/embedded-client";
import { IntakeJournal, PREALLOCATE_WAL_BYTES } from "../server/webhooks/intake-journal";
import { makeTempDir } from "../tests/support/factories";
import { median, quantile } from "./ask-latency";

const env = (name: string, fallback: number) => (Number.isFinite(Number(process.env[name])) && process.env[name] ? Number(process.env[name]) : fallback);
const body = "x".repeat(1500);

async function writer(path: string): Promise<void> {
  const db = createEmbeddedClient(path, { busyTimeoutMs: 5000, pragmas: ["synchronous = NORMAL"] });
  await db.execute("PRAGMA journal_mode = WAL");
  await db.execute("CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, k TEXT, body TEXT)");
  await db.execute("CREATE INDEX IF NOT EXISTS rows_k ON rows (k)");
  process.send?.("ready");
  for (let n = 0; ; n++) {
    const full = n % 20 === 0; // the drain's FULL commit
    if (full) await db.execute("PRAGMA synchronous = FULL");
    await db.batch(Array.from({ length: 10 }, (_, i) => ({ sql: "INSERT INTO rows (k, body) VALUES (?, ?)", args: [`k${n}-${i}`, body] })), "write");
    if (full) await db.execute("PRAGMA synchronous = NORMAL");
    await new Promise((r) => setTimeout(r, 2));
  }
}

async function run(preallocate: boolean, seconds: number) {
  const tmp = makeTempDir("journal-sync");
  const main = createEmbeddedClient(join(tmp.dir, "main.db"), { busyTimeoutMs: 5000, pragmas: [] });
  await main.batch(
    [
      "CREATE TABLE intake_cursor (id INTEGER PRIMARY KEY, last_id INTEGER NOT NULL)",
      "INSERT INTO intake_cursor VALUES (1, 0)",
      "CREATE TABLE webhook_events (id INTEGER PRIMARY KEY, ward_id INTEGER, event_key TEXT, status TEXT)",
      "CREATE INDEX webhook_events_key ON webhook_events (ward_id, event_key)",
    ],
    "write",
  );
  const path = join(tmp.dir, "main.db.intake");
  const journal = await IntakeJournal.open(path, main, { preallocateWalBytes: preallocate ? PREALLOCATE_WAL_BYTES : 0 });
  const trace = { commitMs: [] as number[], syncMs: [] as number[], queuedMs: [] as number[], storedMs: [] as number[], walGrew: [] as boolean[] };
  journal.trace = trace;
  const pending: Array<Promise<unknown>> = [];
  const end = performance.now() + seconds * 1000;
  let n = 0;
  while (performance.now() < end) {
    for (let i = 0; i < 10; i++) {
      n += 1;
      pending.push(journal.store({ wardId: 1, eventKey: `msg:${n}`, eventName: "user_send_text", rawBody: body, zaloTimestamp: null, receivedAt: Date.now() }));
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  await Promise.all(pending);
  const wal = statSync(`${path}-wal`).size;
  journal.close();
  main.close();
  tmp.remove();
  const q = (xs: number[], p: number) => quantile([...xs].sort((a, b) => a - b), p);
  return { events: n, syncs: trace.syncMs.length, grew: trace.walGrew.filter(Boolean).length, syncP50: q(trace.syncMs, 0.5), syncP99: q(trace.syncMs, 0.99), syncMax: Math.max(...trace.syncMs), storedP50: q(trace.storedMs, 0.5), storedP99: q(trace.storedMs, 0.99), walMiB: wal / 1048576 };
}

async function main(): Promise<void> {
  if (process.argv[2] === "writer") return writer(process.argv[3]!);
  const reps = env("JOURNAL_SYNC_REPS", 4);
  const seconds = env("JOURNAL_SYNC_S", 5);
  const tmp = makeTempDir("journal-sync-writer");
  const child = env("JOURNAL_SYNC_WRITER", 1) ? fork(fileURLToPath(import.meta.url), ["writer", join(tmp.dir, "busy.db")], { execArgv: process.execArgv }) : undefined;
  if (child) await new Promise((r) => child.once("message", r));
  const results: Record<"ahead" | "grown", Awaited<ReturnType<typeof run>>[]> = { ahead: [], grown: [] };
  try {
    for (let i = 0; i < reps; i++) {
      for (const variant of i % 2 ? (["grown", "ahead"] as const) : (["ahead", "grown"] as const)) {
        const r = await run(variant === "ahead", seconds);
        results[variant].push(r);
        console.log(
          `  rep ${i + 1} ${variant === "ahead" ? "WAL written ahead" : "WAL grows (before)"}: ${r.events} events, ${r.syncs} syncs (${r.grew} on a grown file), sync p50 ${r.syncP50.toFixed(2)} p99 ${r.syncP99.toFixed(1)} max ${r.syncMax.toFixed(0)} ms; per event stored p50 ${r.storedP50} p99 ${r.storedP99} ms; WAL ${r.walMiB.toFixed(1)} MiB`,
        );
      }
    }
  } finally {
    child?.kill();
    tmp.remove();
  }
  for (const v of ["ahead", "grown"] as const) {
    const m = (f: (r: (typeof results)["ahead"][number]) => number) => median(results[v].map(f));
    console.log(`${v === "ahead" ? "written ahead" : "grows (before)"}: median sync p50 ${m((r) => r.syncP50).toFixed(2)} ms, p99 ${m((r) => r.syncP99).toFixed(1)} ms; per event stored p99 ${m((r) => r.storedP99)} ms`);
  }
  const ratio = results.grown.map((g, i) => g.syncP99 / results.ahead[i]!.syncP99);
  console.log(`sync p99 grows/ahead per rep: ${ratio.map((x) => x.toFixed(2)).join(" ")} (median ${median(ratio).toFixed(2)})`);
}

void main().then(() => process.exit(0));
