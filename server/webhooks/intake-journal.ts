import { closeSync, existsSync, fdatasyncSync, openSync, statSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Client, InStatement } from "@libsql/client";
import type { EventStore, IncomingEvent, StoredEvent } from "./event-store";
import { ensurePrivateFile } from "../db/private-file";
import { createEmbeddedClient } from "../db/embedded-client";
import { SharedFileSync, syncDirectory, type SyncFile } from "./file-sync";

/**
 * Node with an embedded database: the webhook intake's own write path.
 *
 * SQLite has one write lock per database file. When the intake stored events in the main file,
 * its commits met the processing thread's (every processed event writes there), and SQLite's
 * busy handler then slept on the main thread, inside the synchronous driver, with every
 * acknowledgement waiting behind it (bench/README.md has the measurements). Here the intake
 * appends events to a journal in a separate file (`<database>.intake`) that only this
 * connection writes, so nothing in the acknowledgement waits on another thread's lock. The
 * processing side reads the journal (server/webhooks/journal-drain.ts) and moves its rows into
 * webhook_events, advancing `intake_cursor` in the same transaction of the main file.
 *
 * Guarantees:
 * - A 200 is sent only after the journal transaction holding the event committed and the
 *   journal's WAL was synced to disk after that commit, so an acknowledged event survives a crash
 *   or power cut. The commit itself runs with synchronous = NORMAL (it writes the WAL, no disk
 *   sync), and the sync is an fsync of the WAL in libuv's thread pool (server/webhooks/file-sync.ts):
 *   the main thread reads and answers other requests while the disk works, where SQLite's own
 *   sync (FULL) held it for the whole flush. Requests read together share a transaction and its
 *   sync (group commit; bench/README.md, "Session 6, wave 2"); a flush may commit while the
 *   previous flush's sync runs, up to SYNCS_IN_FLIGHT syncs at once ("Issue 15, session 14"). The WAL
 *   file can be written ahead at open (preallocateWal; 16 MiB by default since session 30, see env.ts), so that sync rarely has to change the file's
 *   size and commit the file system's journal with it (bench/README.md, "Session 11").
 * - Each journal row is moved once (the cursor moves with the rows, atomically); the main file's
 *   unique (ward, event key) makes a repeated delivery count in `deliveries`, not a second event.
 * - Rows are deleted from the journal only up to the cursor, which the drain commits with a full
 *   sync too: a deleted row is already durable in webhook_events.
 * - `duplicate` is answered from the main file (events already moved) and the journal (events not
 *   yet moved). This connection is the only one that deletes journal rows, so an event is always
 *   visible in one of the two when checked in that order.
 */
export class IntakeJournal implements EventStore {
  private readonly queue: Array<{ value: IncomingEvent; resolve: (out: StoredEvent) => void; reject: (err: unknown) => void }> = [];
  private committing = false;
  private scheduled = false;
  private readonly wal: SharedFileSync;
  private lastCleanup = 0;
  /** Events stored, journal transactions and WAL syncs, since open (commits shared, measured). */
  readonly stats = { events: 0, commits: 0, syncs: 0 };
  /**
   * Set by a bench to time every flush (ms): its lookups and commit, its wait for the WAL sync,
   * and per event the wait from receipt to the flush's start and to the sync's end.
   */
  trace: { commitMs: number[]; syncMs: number[]; queuedMs: number[]; storedMs: number[]; walGrew: boolean[] } | undefined;
  private walSize = 0;

  private constructor(
    private readonly journal: Client,
    private readonly main: Client,
    readonly path: string,
    private readonly cleanupEveryMs: number,
    syncFile: SyncFile | undefined,
    private readonly syncsInFlight: number,
    private readonly durability: IntakeDurability,
  ) {
    this.wal = new SharedFileSync(`${path}-wal`, syncFile, syncsInFlight);
  }

  /** The journal file for a database URL; undefined when the database is not a local file. */
  static pathFor(databaseUrl: string): string | undefined {
    if (!databaseUrl.startsWith("file:")) return undefined;
    const path = databaseUrl.slice("file:".length).split("?")[0]!;
    if (!path || path === ":memory:") return undefined;
    return `${resolve(path)}.intake`;
  }

  /**
   * Opens (creating) the journal next to the main database. `main` is the main file's client,
   * already migrated (intake_cursor exists); only read here.
   */
  static async open(
    path: string,
    main: Client,
    options: { cleanupEveryMs?: number; syncFile?: SyncFile; preallocateWalBytes?: number; syncsInFlight?: number; durability?: IntakeDurability } = {},
  ): Promise<IntakeJournal> {
    // residents' messages: the server account's only, as the main file (its -wal and -shm follow)
    // (without opening an existing file: that would drop this process's SQLite locks on it)
    ensurePrivateFile(path);
    const journal = createEmbeddedClient(path, {
      busyTimeoutMs: 5000,
      // The drain checkpoints this WAL (passively, once a second) from the processing thread, so
      // a commit here rarely has to; the high mark only bounds the WAL if the drain stops.
      // NORMAL: the commit does not sync; write() syncs the WAL off the main thread before any
      // 200 (a checkpoint still syncs the WAL before and the file after, as with FULL).
      // journal_size_limit -1 (SQLite's default, stated): the WAL is never truncated, so the
      // space preallocateWal writes ahead stays the file's own.
      pragmas: ["synchronous = NORMAL", "wal_autocheckpoint = 10000", "journal_size_limit = -1"],
    });
    await journal.execute("PRAGMA journal_mode = WAL");
    await journal.batch(
      [
        `CREATE TABLE IF NOT EXISTS ${TABLE} (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          ward_id INTEGER NOT NULL,
          event_key TEXT NOT NULL,
          event_name TEXT NOT NULL,
          raw_body TEXT NOT NULL,
          zalo_timestamp TEXT,
          received_at INTEGER NOT NULL
        )`,
        `CREATE INDEX IF NOT EXISTS ${TABLE}_key ON ${TABLE} (ward_id, event_key)`,
      ],
      "write",
    );
    // Ids only grow, even if the journal file was lost or removed: a new row must land above
    // the cursor, or the drain would never see it.
    const cursor = await readCursor(main);
    await journal.batch(
      [
        { sql: `INSERT INTO sqlite_sequence (name, seq) SELECT '${TABLE}', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '${TABLE}')`, args: [] },
        { sql: `UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = '${TABLE}'`, args: [cursor] },
      ],
      "write",
    );
    await preallocateWal(journal, `${path}-wal`, options.preallocateWalBytes ?? 0);
    const opened = new IntakeJournal(
      journal,
      main,
      path,
      options.cleanupEveryMs ?? CLEANUP_EVERY_MS,
      options.syncFile,
      Math.max(1, options.syncsInFlight ?? SYNCS_IN_FLIGHT),
      options.durability ?? "disk",
    );
    await opened.wal.sync(); // anything an earlier process committed and did not sync
    // the -wal may have just been created: its name must be on disk too, once
    await syncDirectory(dirname(path));
    return opened;
  }

  store(value: IncomingEvent): Promise<StoredEvent> {
    return new Promise((resolve, reject) => {
      this.queue.push({ value, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Group commit, pipelined with the disk syncs. A flush commits what has queued (at most
   * MAX_BATCH) and starts a sync of the WAL; its events are answered when that sync ends. The next
   * flush may commit while that sync runs, as long as fewer than `syncsInFlight` syncs are running
   * (its own sync then starts at once instead of after the running one: bench/README.md, "Issue 15,
   * session 14"); otherwise requests keep queueing and share the flush that follows the first sync to end.
   * `setImmediate` runs after the current batch of I/O callbacks, so requests read together commit
   * together; one commit at a time (one connection).
   */
  private schedule(): void {
    if (this.scheduled || this.committing || !this.queue.length || this.wal.inFlight >= this.syncsInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.committing || !this.queue.length || this.wal.inFlight >= this.syncsInFlight) return;
    this.committing = true;
    const batch = this.queue.splice(0, MAX_BATCH);
    let durable: Promise<StoredEvent[]>;
    try {
      durable = (await this.write(batch.map((p) => p.value))).durable;
    } catch (err) {
      batch.forEach((p) => p.reject(err));
      this.committing = false;
      this.schedule();
      return;
    }
    this.committing = false;
    this.schedule(); // the next flush may commit while this one's sync runs
    durable.then(
      (out) => batch.forEach((p, i) => p.resolve(out[i]!)),
      (err) => batch.forEach((p) => p.reject(err)),
    ).finally(() => this.schedule());
  }

  close(): void {
    this.wal.close();
    this.journal.close();
  }

  /**
   * One group commit: check duplicates, append, and now and then drop rows already moved.
   * Resolves once committed, with `durable`: resolves when the commit is on disk.
   */
  private async write(values: IncomingEvent[]): Promise<{ durable: Promise<StoredEvent[]> }> {
    const trace = this.trace;
    const started = trace && performance.now();
    const startedAt = trace && Date.now();
    const keys = values.map((v) => [v.wardId, v.eventKey] as const);
    // 1. events already moved into the main file (a read: never waits for a writer in WAL mode)
    const moved = await this.main.execute(lookup("webhook_events", "ward_id, event_key, status", keys));
    const status = new Map(moved.rows.map((r) => [`${r.ward_id}|${r.event_key}`, String(r.status)]));
    // 2. events still waiting in the journal
    const waiting = await this.journal.execute(lookup(TABLE, "DISTINCT ward_id, event_key", keys));
    const journaled = new Set(waiting.rows.map((r) => `${r.ward_id}|${r.event_key}`));

    // Each row's id is its insert's last_insert_rowid (id is the rowid): a RETURNING clause
    // would make the client step a reader and build a row object per event for the same number.
    const statements: InStatement[] = values.map((v) => ({ sql: INSERT, args: [v.wardId, v.eventKey, v.eventName, v.rawBody, v.zaloTimestamp ?? null, v.receivedAt] }));
    const now = Date.now();
    const cleanup = now - this.lastCleanup >= this.cleanupEveryMs;
    if (cleanup) {
      this.lastCleanup = now;
      // at most CLEANUP_ROWS at a time, so no acknowledgement waits for a long delete
      statements.push({
        sql: `DELETE FROM ${TABLE} WHERE id <= min(?, (SELECT min(id) FROM ${TABLE}) + ${CLEANUP_ROWS - 1})`,
        args: [await readCursor(this.main)],
      });
    }
    const results = await this.journal.batch(statements, "write");
    this.stats.commits += 1;
    this.stats.events += values.length;
    const committed = trace && performance.now();
    if (trace) {
      const size = statSync(`${this.path}-wal`).size;
      trace.walGrew.push(size !== this.walSize);
      this.walSize = size;
    }
    // The 200s wait for this sync; meanwhile the main thread reads the next requests, which
    // the next flush commits together.
    const synced = this.durability === "disk" ? this.wal.sync() : Promise.resolve();
    return { durable: synced.then(() => this.stored(values, keys, status, journaled, results, cleanup, started, startedAt, committed)) };
  }

  private stored(
    values: IncomingEvent[],
    keys: Array<readonly [number, string]>,
    status: Map<string, string>,
    journaled: Set<string>,
    results: Array<{ rowsAffected: number; lastInsertRowid: bigint | undefined }>,
    cleanup: boolean,
    started: number | undefined,
    startedAt: number | undefined,
    committed: number | undefined,
  ): StoredEvent[] {
    const trace = this.trace;
    if (trace) {
      const synced = performance.now();
      trace.commitMs.push(committed! - started!);
      trace.syncMs.push(synced - committed!);
      const end = Date.now();
      for (const v of values) {
        trace.queuedMs.push(startedAt! - Number(v.receivedAt));
        trace.storedMs.push(end - Number(v.receivedAt));
      }
    }
    this.stats.syncs = this.wal.started;
    if (cleanup && results.at(-1)!.rowsAffected >= CLEANUP_ROWS) this.lastCleanup = 0; // more to delete: again next flush

    const seen = new Set<string>();
    return values.map((_, i) => {
      const key = `${keys[i]![0]}|${keys[i]![1]}`;
      const movedStatus = status.get(key);
      const duplicate = movedStatus !== undefined || journaled.has(key) || seen.has(key);
      seen.add(key);
      // Always pending: every journal row needs a drain, a repeated delivery too (it counts in
      // webhook_events.deliveries); the drain hands on only the events still to be processed.
      // The id is the insert's own rowid: every event is inserted (duplicates too), so each
      // statement added exactly one row; should an insert ever be made conditional, a skipped
      // row would report the previous row's id — refuse that rather than hand on a wrong event.
      const inserted = results[i]!;
      if (inserted.rowsAffected !== 1) throw new Error(`intake journal: insert ${i} of a flush added ${inserted.rowsAffected} rows`);
      return { id: Number(inserted.lastInsertRowid), duplicate, pending: true };
    });
  }
}

export const TABLE = "intake_journal";
const INSERT = `INSERT INTO ${TABLE} (ward_id, event_key, event_name, raw_body, zalo_timestamp, received_at) VALUES (?, ?, ?, ?, ?, ?)`;
/**
 * Events per journal transaction at most. A flush costs a fixed part (the disk sync, the two
 * lookups) plus a little per event (bench/ack-contention.ts, "group commit"; measured on the
 * shared 2-core machine: 12 ms for 1 event, 16 for 25, 45 for 100, 60 for 200). At 500
 * requests/s a flush holds a handful; in a burst, 64 still shares one sync among many while
 * keeping each flush, and the acknowledgements waiting for it, near 30 ms rather than 60.
 */
const MAX_BATCH = 64;
/**
 * Syncs of the journal's WAL running at once at most (bench/README.md, "Issue 15, session 14"):
 * with 1 (before session 14), a request that arrives while a sync runs waits for it to end, then
 * for its own flush's commit and sync — up to two disk syncs, the tail at 500/s; with 2, its flush
 * commits at once and its sync runs beside the first (the wait from receipt to the flush's start,
 * p99, fell 2–5x in alternating runs). More would mean more syncs for the same events.
 */
export const SYNCS_IN_FLIGHT = 2;

/**
 * What an acknowledgement waits for. "disk" (default): the journal's commit and an fdatasync of
 * its WAL that began after it, so an acknowledged event survives a crash of the process, of the
 * operating system and a power cut. "process": the commit alone (SQLite's synchronous = NORMAL in
 * WAL mode): the event is in the operating system's page cache and survives a crash or kill of
 * the server process, not a power cut or a kernel crash before the kernel writes it back (see
 * bench/README.md, "Session 14", for what that window is). Opt-in: INTAKE_DURABILITY=process.
 */
export type IntakeDurability = "disk" | "process";
/** How often a flush also deletes the rows already moved (they are small; once a second is plenty). */
const CLEANUP_EVERY_MS = 1000;
/** Rows deleted by one flush at most (a backlog is deleted over the next flushes). */
const CLEANUP_ROWS = 2000;

export { PREALLOCATE_WAL_BYTES } from "./intake-wal-ahead";

/**
 * Makes the journal's WAL file at least `bytes` long, with written (not sparse) zeros past its
 * current end, synced once. Why (bench/README.md, "Session 11"): the 200s wait for an fdatasync of
 * the WAL, and an fdatasync of a file that grew since the last one must also commit the file
 * system's journal (ext4: the new size and blocks), a commit shared with every other file's
 * metadata and ordered data on the disk — the processing side's writes and checkpoints — so it
 * waits for them. Frames written into blocks the file already has change no metadata, and their
 * fdatasync is only the data and the disk's cache flush.
 *
 * Safe for SQLite: it never reads past the frames its WAL index records, and when it rebuilds
 * that index it stops at the first frame whose salt or checksum does not match (zeros never do) —
 * the same as the stale frames it leaves behind itself each time it starts the WAL again from its
 * beginning (it only truncates with a journal_size_limit, which open() sets to -1: never). Done inside a write
 * transaction, so no frame is appended while the zeros are written.
 */
export async function preallocateWal(journal: Client, walPath: string, bytes: number): Promise<void> {
  if (bytes <= 0) return;
  const tx = await journal.transaction("write");
  try {
    let size: number;
    try {
      size = statSync(walPath).size;
    } catch {
      return; // no WAL yet (not in WAL mode?): nothing to extend
    }
    if (size >= bytes) return;
    const fd = openSync(walPath, "r+");
    try {
      const zeros = Buffer.alloc(Math.min(1 << 20, bytes - size));
      for (let at = size; at < bytes; at += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, bytes - at), at);
      fdatasyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } finally {
    await tx.rollback();
  }
}

/**
 * Rows of `table` with these (ward_id, event_key) pairs, one indexed search per ward: a row-value
 * IN would use the index on ward_id alone and scan the ward's events.
 */
function lookup(table: string, columns: string, keys: ReadonlyArray<readonly [number, string]>): InStatement {
  const byWard = new Map<number, string[]>();
  for (const [ward, key] of keys) {
    const list = byWard.get(ward);
    if (list) list.push(key);
    else byWard.set(ward, [key]);
  }
  const parts: string[] = [];
  const args: Array<number | string> = [];
  for (const [ward, eventKeys] of byWard) {
    parts.push(`SELECT ${columns} FROM ${table} WHERE ward_id = ? AND event_key IN (${placeholders(eventKeys.length)})`);
    args.push(ward, ...eventKeys);
  }
  return { sql: parts.length === 1 ? parts[0]! : parts.join(" UNION ALL "), args };
}

/** "?, ?, …" for n values, built once per n (a flush holds at most MAX_BATCH events). */
const placeholderLists: string[] = [];
function placeholders(n: number): string {
  return (placeholderLists[n] ??= Array.from({ length: n }, () => "?").join(", "));
}

export async function readCursor(main: Client): Promise<number> {
  const result = await main.execute("SELECT last_id FROM intake_cursor WHERE id = 1");
  return Number(result.rows[0]?.last_id ?? 0);
}

export function journalExists(path: string): boolean {
  return existsSync(path);
}
