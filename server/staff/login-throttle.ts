import { and, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { authThrottle } from "../db/schema-security";

export type ThrottleRule = { max: number; windowMs: number; lockMs: number };

/** Per account: 5 password checks in 15 minutes, then 15 minutes locked (short: strangers can cause it). */
export const ACCOUNT_RULE: ThrottleRule = { max: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** Per client address: 20 failed checks in 15 minutes (guessing at many accounts), then 15 minutes locked. */
export const ADDRESS_RULE: ThrottleRule = { max: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/**
 * Sign-in failure counting without a read–check–write race: an attempt RESERVES a check by
 * counting itself as a failure in one UPSERT … RETURNING before the password is verified; a
 * success gives the reservation back. However many guesses arrive at once, at most `max`
 * reach the password check per window; past it the key is locked for `lockMs`.
 */
export class LoginThrottle {
  constructor(private readonly db: Database) {}

  async reserve(key: string, rule: ThrottleRule, now: number): Promise<{ allowed: boolean; lockedUntil: number | null }> {
    const expired = sql`${authThrottle.windowStart} <= ${now - rule.windowMs}`;
    const locked = sql`coalesce(${authThrottle.lockedUntil}, 0) > ${now}`;
    const next = sql`case when ${expired} then 1 else ${authThrottle.failures} + 1 end`;
    const [row] = await this.db
      .insert(authThrottle)
      .values({ key, failures: 1, windowStart: now, lockedUntil: rule.max < 1 ? now + rule.lockMs : null })
      .onConflictDoUpdate({
        target: authThrottle.key,
        set: {
          failures: sql`case when ${locked} then ${authThrottle.failures} else ${next} end`,
          windowStart: sql`case when ${locked} then ${authThrottle.windowStart} when ${expired} then ${now} else ${authThrottle.windowStart} end`,
          lockedUntil: sql`case when ${locked} then ${authThrottle.lockedUntil} when ${next} > ${rule.max} then ${now + rule.lockMs} else null end`,
        },
      })
      .returning({ lockedUntil: authThrottle.lockedUntil });
    const lockedUntil = row?.lockedUntil ?? null;
    return { allowed: lockedUntil === null || lockedUntil <= now, lockedUntil };
  }

  /** A successful sign-in: the account's failures are forgotten. */
  async clear(key: string): Promise<void> {
    await this.db.delete(authThrottle).where(sql`${authThrottle.key} = ${key}`);
  }

  /** A successful sign-in: the address's reservation was not a failure (its other failures stay). */
  async giveBack(key: string): Promise<void> {
    await this.db.update(authThrottle).set({ failures: sql`max(0, ${authThrottle.failures} - 1)` }).where(sql`${authThrottle.key} = ${key}`);
  }

  /** Drops rows whose window and lock are both over (run by the sweeper). */
  async prune(now: number): Promise<number> {
    const longest = Math.max(ACCOUNT_RULE.windowMs, ADDRESS_RULE.windowMs);
    const res = await this.db
      .delete(authThrottle)
      .where(and(lt(authThrottle.windowStart, now - longest), or(isNull(authThrottle.lockedUntil), lt(authThrottle.lockedUntil, now))));
    return res.rowsAffected;
  }
}
