import { lt, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { requestCounters } from "../db/schema-security";
import type { Clock } from "./clock";

/**
 * Fixed-window request counters in the database, so every Node thread and every Worker isolate
 * counts together. One UPSERT … RETURNING per hit: the count and the check cannot race.
 */
export class RateCounter {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Counts a hit on `key`; false when it is over `limit` in the current window (limit 0: no limit). */
  async hit(key: string, limit: number, windowMs: number): Promise<boolean> {
    if (limit <= 0) return true;
    const windowStart = Math.floor(this.clock.now() / windowMs) * windowMs;
    const [row] = await this.db
      .insert(requestCounters)
      .values({ key, windowStart, count: 1 })
      .onConflictDoUpdate({ target: [requestCounters.key, requestCounters.windowStart], set: { count: sql`${requestCounters.count} + 1` } })
      .returning({ count: requestCounters.count });
    return (row?.count ?? 1) <= limit;
  }

  /** Drops windows older than `olderThanMs` (run by the sweeper). */
  async prune(olderThanMs: number): Promise<number> {
    const res = await this.db.delete(requestCounters).where(lt(requestCounters.windowStart, this.clock.now() - olderThanMs));
    return res.rowsAffected;
  }
}
