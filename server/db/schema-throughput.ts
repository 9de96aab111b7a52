import { integer, sqliteTable } from "drizzle-orm/sqlite-core";

/**
 * Node with an embedded database: the webhook intake appends events to a journal in a separate
 * SQLite file (server/webhooks/intake-journal.ts), so acknowledging never waits on the
 * processing thread's write lock. The processing side moves journal rows into webhook_events
 * and advances this cursor in the same transaction, so every journal row is moved exactly once.
 * One row (id 1). Not ward data: the journal holds every ward's events.
 */
export const intakeCursor = sqliteTable("intake_cursor", {
  id: integer("id").primaryKey(),
  /** the highest journal id already moved into webhook_events */
  lastId: integer("last_id").notNull(),
});
