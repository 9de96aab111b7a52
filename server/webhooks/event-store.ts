import { sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { webhookEvents } from "../db/schema";

/** What the intake stores for a signed event. */
export type IncomingEvent = typeof webhookEvents.$inferInsert;

/**
 * The event as stored. `id` identifies what the background processing is told about: the
 * webhook_events row, or with an intake journal (Node, embedded database) the journal row.
 */
export type StoredEvent = { id: number; duplicate: boolean; pending: boolean };

/** Where acknowledged events go before the 200. */
export interface EventStore {
  store(values: IncomingEvent): Promise<StoredEvent>;
}

/**
 * Group commit: callers that arrive together wait for one flush; each is answered only after
 * the transaction holding its event has committed. `setImmediate` runs after the current batch
 * of I/O callbacks, so requests read together commit together.
 */
export class GroupCommit<In, Out> {
  private queue: Array<{ value: In; resolve: (out: Out) => void; reject: (err: unknown) => void }> = [];
  private flushing = false;

  constructor(
    private readonly write: (values: In[]) => Promise<Out[]>,
    private readonly maxBatch: number,
  ) {}

  add(value: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.queue.push({ value, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const out = await this.write(batch.map((p) => p.value));
        batch.forEach((p, i) => p.resolve(out[i]!));
      } catch (err) {
        batch.forEach((p) => p.reject(err));
      }
    }
    this.flushing = false;
  }
}

/**
 * Stores events straight into webhook_events, once per (ward, event key): a repeated delivery
 * counts in `deliveries`. The store used on Workers (a libSQL server: one round trip per flush)
 * and on Node when the database is not an embedded file.
 */
export class DatabaseEventStore implements EventStore {
  private readonly commits: GroupCommit<IncomingEvent, StoredEvent>;

  constructor(private readonly db: Database) {
    this.commits = new GroupCommit((values) => this.write(values), 200);
  }

  store(values: IncomingEvent): Promise<StoredEvent> {
    return this.commits.add(values);
  }

  private async write(values: IncomingEvent[]): Promise<StoredEvent[]> {
    const statements = values.map((v) =>
      this.db
        .insert(webhookEvents)
        .values(v)
        .onConflictDoUpdate({ target: [webhookEvents.wardId, webhookEvents.eventKey], set: { deliveries: sql`${webhookEvents.deliveries} + 1` } })
        .returning({ id: webhookEvents.id, deliveries: webhookEvents.deliveries, status: webhookEvents.status }),
    );
    const results = (await this.db.batch(statements as [(typeof statements)[number], ...(typeof statements)[number][]])) as Array<
      Array<{ id: number; deliveries: number; status: string }>
    >;
    return results.map((r) => {
      const row = r[0]!;
      return { id: row.id, duplicate: row.deliveries > 1, pending: row.status === "pending" };
    });
  }
}
