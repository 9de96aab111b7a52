import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Client, InStatement } from "@libsql/client";
import { GroupCommit, type EventStore, type IncomingEvent, type StoredEvent } from "./event-store";
import { ensurePrivateFile } from "../db/private-file";
import { createEmbeddedClient } from "../db/embedded-client";
import { SharedFileSync, type SyncFile } from "./file-sync";

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
 *   sync (FULL) held it for the whole flush. Requests arriving during a sync share the next
 *   transaction and its sync (group commit; bench/README.md, "Session 6, wave 2").
 * - Each journal row is moved once (the cursor moves with the rows, atomically); the main file's
 *   unique (ward, event key) makes a repeated delivery count in `deliveries`, not a second event.
 * - Rows are deleted from the journal only up to the cursor, which the drain commits with a full
 *   sync too: a deleted row is already durable in webhook_events.
 * - `duplicate` is answered from the main file (events already moved) and the journal (events not
 *   yet moved). This connection is the only one that deletes journal rows, so an event is always
 *   visible in one of the two when checked in that order.
 */
export class IntakeJournal implements EventStore {
  private readonly commits: GroupCommit<IncomingEvent, StoredEvent>;
  private readonly wal: SharedFileSync;
  private lastCleanup = 0;
  /** Events stored, journal transactions and WAL syncs, since open (commits shared, measured). */
  readonly stats = { events: 0, commits: 0, syncs: 0 };

  private constructor(
    private readonly journal: Client,
    private readonly main: Client,
    readonly path: string,
    private readonly cleanupEveryMs: number,
    syncFile: SyncFile | undefined,
  ) {
    this.commits = new GroupCommit((values) => this.write(values), MAX_BATCH);
    this.wal = new SharedFileSync(`${path}-wal`, syncFile);
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
  static async open(path: string, main: Client, options: { cleanupEveryMs?: number; syncFile?: SyncFile } = {}): Promise<IntakeJournal> {
    // residents' messages: the server account's only, as the main file (its -wal and -shm follow)
    // (without opening an existing file: that would drop this process's SQLite locks on it)
    ensurePrivateFile(path);
    const journal = createEmbeddedClient(path, {
      busyTimeoutMs: 5000,
      // The drain checkpoints this WAL (passively, once a second) from the processing thread, so
      // a commit here rarely has to; the high mark only bounds the WAL if the drain stops.
      // NORMAL: the commit does not sync; write() syncs the WAL off the main thread before any
      // 200 (a checkpoint still syncs the WAL before and the file after, as with FULL).
      pragmas: ["synchronous = NORMAL", "wal_autocheckpoint = 10000"],
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
    const opened = new IntakeJournal(journal, main, path, options.cleanupEveryMs ?? CLEANUP_EVERY_MS, options.syncFile);
    await opened.wal.sync(); // anything an earlier process committed and did not sync
    return opened;
  }

  store(values: IncomingEvent): Promise<StoredEvent> {
    return this.commits.add(values);
  }

  close(): void {
    this.wal.close();
    this.journal.close();
  }

  /** One group commit: check duplicates, append, and now and then drop rows already moved. */
  private async write(values: IncomingEvent[]): Promise<StoredEvent[]> {
    const keys = values.map((v) => [v.wardId, v.eventKey] as const);
    // 1. events already moved into the main file (a read: never waits for a writer in WAL mode)
    const moved = await this.main.execute(lookup("webhook_events", "ward_id, event_key, status", keys));
    const status = new Map(moved.rows.map((r) => [`${r.ward_id}|${r.event_key}`, String(r.status)]));
    // 2. events still waiting in the journal
    const waiting = await this.journal.execute(lookup(TABLE, "DISTINCT ward_id, event_key", keys));
    const journaled = new Set(waiting.rows.map((r) => `${r.ward_id}|${r.event_key}`));

    const statements: InStatement[] = values.map((v) => ({
      sql: `INSERT INTO ${TABLE} (ward_id, event_key, event_name, raw_body, zalo_timestamp, received_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
      args: [v.wardId, v.eventKey, v.eventName, v.rawBody, v.zaloTimestamp ?? null, v.receivedAt],
    }));
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
    // The 200s wait for this sync; meanwhile the main thread reads the next requests, which
    // the next flush (after this one) commits together.
    await this.wal.sync();
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
      return { id: Number(results[i]!.rows[0]!.id), duplicate, pending: true };
    });
  }
}

export const TABLE = "intake_journal";
/**
 * Events per journal transaction at most. A flush costs a fixed part (the disk sync, the two
 * lookups) plus a little per event (bench/ack-contention.ts, "group commit"; measured on the
 * shared 2-core machine: 12 ms for 1 event, 16 for 25, 45 for 100, 60 for 200). At 500
 * requests/s a flush holds a handful; in a burst, 64 still shares one sync among many while
 * keeping each flush, and the acknowledgements waiting for it, near 30 ms rather than 60.
 */
const MAX_BATCH = 64;
/** How often a flush also deletes the rows already moved (they are small; once a second is plenty). */
const CLEANUP_EVERY_MS = 1000;
/** Rows deleted by one flush at most (a backlog is deleted over the next flushes). */
const CLEANUP_ROWS = 2000;

/**
 * Rows of `table` with these (ward_id, event_key) pairs, one indexed search per ward: a row-value
 * IN would use the index on ward_id alone and scan the ward's events.
 */
function lookup(table: string, columns: string, keys: ReadonlyArray<readonly [number, string]>): InStatement {
  const byWard = new Map<number, string[]>();
  for (const [ward, key] of keys) byWard.set(ward, [...(byWard.get(ward) ?? []), key]);
  const parts: string[] = [];
  const args: Array<number | string> = [];
  for (const [ward, eventKeys] of byWard) {
    parts.push(`SELECT ${columns} FROM ${table} WHERE ward_id = ? AND event_key IN (${eventKeys.map(() => "?").join(", ")})`);
    args.push(ward, ...eventKeys);
  }
  return { sql: parts.join(" UNION ALL "), args };
}

export async function readCursor(main: Client): Promise<number> {
  const result = await main.execute("SELECT last_id FROM intake_cursor WHERE id = 1");
  return Number(result.rows[0]?.last_id ?? 0);
}

export function journalExists(path: string): boolean {
  return existsSync(path);
}
