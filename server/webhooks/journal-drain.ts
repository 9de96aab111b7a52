import type { Client } from "@libsql/client";
import type { Logger } from "../lib/logger";
import { journalExists, TABLE } from "./intake-journal";

/** Journal rows moved per transaction: bounds how long one drain holds the main file's write lock. */
const DRAIN_LIMIT = 500;
/** How often the drain checkpoints the journal's WAL, so its writer (the ack path) need not. */
const CHECKPOINT_EVERY_MS = 1000;

export type DrainResult = {
  /** the cursor after this drain: every journal row up to it is in webhook_events */
  upTo: number;
  /** rows moved */
  moved: number;
  /** webhook_events ids waiting to be processed among the rows moved */
  eventIds: number[];
};

/**
 * The processing side of the intake journal (server/webhooks/intake-journal.ts): moves journal
 * rows into webhook_events on the processing connection, in one transaction with the cursor, so a
 * row is moved exactly once even across crashes and concurrent drains. The journal file is
 * attached to that connection read-only in practice (this side never writes it), so draining
 * never takes the journal's write lock, the one the acknowledgements use.
 *
 * Drains are serialised in this process; `request(journalId)` asks for one that covers a journal
 * row, coalescing requests that arrive while a drain runs; `onEvents` receives the ids of the
 * moved events that wait for processing.
 */
export class JournalDrain {
  private chain: Promise<unknown> = Promise.resolve();
  private requested = 0;
  private drainedUpTo = 0;
  private loop: Promise<void> | undefined;
  private lastCheckpoint = 0;
  private idleResolvers: Array<() => void> = [];

  constructor(
    private readonly client: Client,
    private readonly path: string,
    private readonly logger: Logger,
    private readonly onEvents: (result: DrainResult) => void = () => undefined,
  ) {}

  /** Moves one batch of rows (at most DRAIN_LIMIT); serialised with every other drain here. */
  drain(): Promise<DrainResult> {
    const next = this.chain.then(() => this.drainOnce());
    this.chain = next.catch(() => undefined);
    return next.then((r) => {
      this.drainedUpTo = Math.max(this.drainedUpTo, r.upTo);
      this.onEvents(r);
      return r;
    });
  }

  /** Drains until the journal has nothing left to move (the sweeper, at start and then on a timer). */
  async drainAll(): Promise<number> {
    let moved = 0;
    for (;;) {
      const r = await this.drain();
      moved += r.moved;
      if (r.moved < DRAIN_LIMIT) return moved;
    }
  }

  /** Asks for a drain that covers journal row `journalId` (committed before this call). */
  request(journalId: number): void {
    this.requested = Math.max(this.requested, journalId);
    if (this.requested <= this.drainedUpTo || this.loop) return;
    this.loop = this.run().finally(() => {
      this.loop = undefined;
      if (this.requested > this.drainedUpTo) this.request(this.requested); // arrived during the last step
      else this.settle();
    });
  }

  /** Resolves when every requested row has been moved (or a drain failed: the sweeper retries). */
  idle(): Promise<void> {
    if (!this.loop && this.requested <= this.drainedUpTo) return Promise.resolve();
    return new Promise((resolve) => this.idleResolvers.push(resolve));
  }

  get isIdle(): boolean {
    return !this.loop && this.requested <= this.drainedUpTo;
  }

  private async run(): Promise<void> {
    while (this.requested > this.drainedUpTo) {
      try {
        const r = await this.drain();
        if (r.moved === 0 && r.upTo < this.requested) {
          // the row is not there (journal replaced?): give up; the sweeper drains what exists
          this.logger.warn("intake journal: requested rows not found", { requested: this.requested, cursor: r.upTo });
          this.drainedUpTo = this.requested;
        }
      } catch (err) {
        this.logger.error("intake journal drain failed; the sweeper will retry", { error: err as Error });
        this.drainedUpTo = this.requested; // not idle forever: the sweeper retries from the cursor
      }
    }
  }

  private settle(): void {
    const resolvers = this.idleResolvers;
    this.idleResolvers = [];
    resolvers.forEach((r) => r());
  }

  private async drainOnce(): Promise<DrainResult> {
    if (!(await this.attach())) return { upTo: this.drainedUpTo, moved: 0, eventIds: [] };
    const head = await this.client.execute({
      sql: `SELECT c.last_id AS cursor, (SELECT max(id) FROM (SELECT id FROM intake.${TABLE} WHERE id > c.last_id ORDER BY id LIMIT ?)) AS up_to
            FROM intake_cursor c WHERE c.id = 1`,
      args: [DRAIN_LIMIT],
    });
    const cursor = Number(head.rows[0]?.cursor ?? 0);
    const upTo = head.rows[0]?.up_to == null ? undefined : Number(head.rows[0].up_to);
    if (upTo === undefined) {
      await this.checkpoint();
      return { upTo: cursor, moved: 0, eventIds: [] };
    }
    // The journal deletes rows up to the cursor: the move must be on disk before the cursor is
    // seen, whatever the processing connection's usual (NORMAL) sync.
    await this.client.execute("PRAGMA main.synchronous = FULL");
    let results;
    try {
      results = await this.client.batch(
        [
          {
            // WHERE before ON CONFLICT: SQLite's upsert after a SELECT needs one to parse.
            sql: `INSERT INTO webhook_events (ward_id, event_key, event_name, raw_body, zalo_timestamp, received_at)
                  SELECT ward_id, event_key, event_name, raw_body, zalo_timestamp, received_at FROM intake.${TABLE}
                  WHERE id > (SELECT last_id FROM intake_cursor WHERE id = 1) AND id <= ?
                  ORDER BY id
                  ON CONFLICT (ward_id, event_key) DO UPDATE SET deliveries = deliveries + 1
                  RETURNING id, status`,
            args: [upTo],
          },
          { sql: "UPDATE intake_cursor SET last_id = ? WHERE id = 1 AND last_id < ?", args: [upTo, upTo] },
        ],
        // Deferred, never "write": BEGIN IMMEDIATE would take the write lock of every attached
        // file, the journal's too, and the acknowledgements would wait for this drain. Deferred,
        // the INSERT takes the main file's write lock as it starts and only reads the journal.
        "deferred",
      );
    } finally {
      await this.client.execute(`PRAGMA main.synchronous = ${this.normalSync}`);
    }
    const eventIds = [...new Set(results[0]!.rows.filter((r) => r.status === "pending").map((r) => Number(r.id)))];
    await this.checkpoint();
    return { upTo, moved: results[0]!.rows.length, eventIds };
  }

  private normalSync = "NORMAL";

  /** Attaches the journal to the processing connection once (again if the pool replaced it). */
  private async attach(): Promise<boolean> {
    const list = await this.client.execute("PRAGMA database_list");
    if (list.rows.some((r) => r.name === "intake")) return true;
    // Never create it here: the intake creates it (in WAL mode) before anything drains.
    if (!journalExists(this.path)) return false;
    const sync = await this.client.execute("PRAGMA main.synchronous");
    this.normalSync = ["OFF", "NORMAL", "FULL", "EXTRA"][Number(sync.rows[0]?.synchronous ?? 1)] ?? "NORMAL";
    await this.client.execute({ sql: "ATTACH DATABASE ? AS intake", args: [this.path] });
    return true;
  }

  /** A passive checkpoint of the journal's WAL: copies what it can, never waits for the writer. */
  private async checkpoint(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCheckpoint < CHECKPOINT_EVERY_MS) return;
    this.lastCheckpoint = now;
    await this.client.execute("PRAGMA intake.wal_checkpoint(PASSIVE)");
  }
}
