import { and, asc, eq, inArray, lt, lte, or } from "drizzle-orm";
import type { Database } from "../db/database";
import { outbox, residents } from "../db/schema";
import type { Clock } from "../lib/clock";
import type { Logger } from "../lib/logger";
import { withoutButtons } from "./message-builder";
import type { TokenService } from "./token-service";
import type { ZaloApi, ZaloOutgoingMessage } from "./zalo-api";

/** Retry delays for transient failures (rate limit, 5xx, timeouts); after the last, failed. */
const BACKOFF_MS = [30_000, 120_000, 600_000, 1_800_000, 7_200_000];
const SEND_LEASE_MS = 60_000;
export const FREE_REPLY_WINDOW_MS = 48 * 3600_000;
export const MAX_REPLY_WINDOW_MS = 7 * 24 * 3600_000;

export type ReplyWindow = "free" | "limited" | "closed";

/**
 * Refusals decided here, before any call to Zalo, get codes of our own: Zalo's are negative,
 * HTTP statuses 4xx/5xx, so a 9xxx code in the outbox always means "we did not send it".
 */
export const LOCAL_REFUSAL = {
  /** the resident row is gone */
  RESIDENT_MISSING: 9001,
  /** no interaction for 7 days: Zalo would refuse (its -230), so we do not call */
  WINDOW_CLOSED: 9002,
} as const;

/** Zalo allows free consultation replies within 48 h of the resident's last interaction, none after 7 days. */
export function replyWindow(lastInteractionAt: number | null, now: number): ReplyWindow {
  if (lastInteractionAt === null) return "closed";
  const age = now - lastInteractionAt;
  if (age <= FREE_REPLY_WINDOW_MS) return "free";
  if (age <= MAX_REPLY_WINDOW_MS) return "limited";
  return "closed";
}

/**
 * Outgoing Zalo messages. A reply is first written here (idempotently, keyed by its source
 * event and part number) and then delivered; a crash between the two is repaired by the
 * sweeper, and transient failures are retried with backoff.
 */
export class OutboxService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly api: ZaloApi,
    private readonly tokens: TokenService,
    private readonly logger: Logger,
  ) {}

  /** Rows to insert for a reply (used inside the caller's atomic batch). */
  rows(wardId: number, residentId: number, dedupePrefix: string, messages: ZaloOutgoingMessage[]) {
    const now = this.clock.now();
    return messages.map((message, i) => ({
      wardId,
      residentId,
      dedupeKey: `${dedupePrefix}:${i}`,
      payload: JSON.stringify(message),
      nextAttemptAt: now,
      createdAt: now,
    }));
  }

  /** Delivers due messages of one resident (or all residents), in order, one at a time per resident. */
  async deliverDue(filter: { wardId?: number; residentId?: number } = {}, limit = 50): Promise<number> {
    const now = this.clock.now();
    const conditions = [
      or(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)), and(eq(outbox.status, "sending"), lt(outbox.lockUntil, now))),
    ];
    if (filter.wardId !== undefined) conditions.push(eq(outbox.wardId, filter.wardId));
    if (filter.residentId !== undefined) conditions.push(eq(outbox.residentId, filter.residentId));
    const due = await this.db.select().from(outbox).where(and(...conditions)).orderBy(asc(outbox.id)).limit(limit);
    const blocked = new Set<number>();
    let sent = 0;
    for (const row of due) {
      if (blocked.has(row.residentId)) continue;
      // keep the parts of a reply in order: an earlier unsent message blocks later ones
      const [earlier] = await this.db
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(eq(outbox.residentId, row.residentId), inArray(outbox.status, ["pending", "sending"]), lt(outbox.id, row.id)))
        .limit(1);
      if (earlier) {
        blocked.add(row.residentId);
        continue;
      }
      const ok = await this.deliverOne(row.id);
      if (ok) sent++;
      else blocked.add(row.residentId);
    }
    return sent;
  }

  private async deliverOne(id: number): Promise<boolean> {
    const now = this.clock.now();
    const [claimed] = await this.db
      .update(outbox)
      .set({ status: "sending", lockUntil: now + SEND_LEASE_MS })
      .where(and(eq(outbox.id, id), or(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)), and(eq(outbox.status, "sending"), lt(outbox.lockUntil, now)))))
      .returning();
    if (!claimed) return false;
    const attempts = claimed.attempts;
    const [resident] = await this.db.select().from(residents).where(eq(residents.id, claimed.residentId));
    if (!resident) return this.fail(id, LOCAL_REFUSAL.RESIDENT_MISSING, "not sent: resident missing");
    if (replyWindow(resident.lastInteractionAt, now) === "closed") {
      return this.fail(id, LOCAL_REFUSAL.WINDOW_CLOSED, "not sent: outside Zalo's interaction window (no interaction for 7 days)");
    }
    let message = JSON.parse(claimed.payload) as ZaloOutgoingMessage;
    let accessToken: string;
    try {
      accessToken = await this.tokens.getAccessToken(claimed.wardId);
    } catch (err) {
      return this.retryLater(id, attempts, 0, (err as Error).message);
    }
    let result = await this.api.sendCsMessage(accessToken, resident.zaloUserId, message);
    if (!result.ok && result.category === "token") {
      try {
        accessToken = await this.tokens.getAccessToken(claimed.wardId, { rejected: accessToken });
        result = await this.api.sendCsMessage(accessToken, resident.zaloUserId, message);
      } catch (err) {
        return this.retryLater(id, attempts, -216, (err as Error).message);
      }
    }
    // Buttons on a consultation message are outside Zalo's documented shapes: whatever Zalo
    // answers to one (-201, -233, -200, -210, …), except a token problem or a passing failure
    // that a retry settles, the same message goes again as text with choices and links written out.
    if (!result.ok && result.category !== "token" && result.category !== "transient" && message.attachment) {
      message = withoutButtons(message);
      result = await this.api.sendCsMessage(accessToken, resident.zaloUserId, message);
    }
    if (result.ok) {
      await this.db
        .update(outbox)
        .set({ status: "sent", sentAt: this.clock.now(), zaloMessageId: result.messageId, lockUntil: null, errorCode: null, errorMessage: null })
        .where(eq(outbox.id, id));
      return true;
    }
    if (result.category === "transient" || result.category === "token") return this.retryLater(id, attempts, result.code, result.message);
    return this.fail(id, result.code, result.message);
  }

  private async retryLater(id: number, attempts: number, code: number, message: string): Promise<false> {
    const delay = BACKOFF_MS[attempts];
    if (delay === undefined) return this.fail(id, code, `gave up after ${attempts + 1} attempts: ${message}`);
    await this.db
      .update(outbox)
      .set({ status: "pending", attempts: attempts + 1, nextAttemptAt: this.clock.now() + delay, lockUntil: null, errorCode: code, errorMessage: message })
      .where(eq(outbox.id, id));
    this.logger.warn("zalo send will be retried", { outboxId: id, code, attempt: attempts + 1 });
    return false;
  }

  private async fail(id: number, code: number, message: string): Promise<false> {
    await this.db.update(outbox).set({ status: "failed", lockUntil: null, errorCode: code, errorMessage: message }).where(eq(outbox.id, id));
    this.logger.warn("zalo send failed permanently", { outboxId: id, code, reason: message });
    return false;
  }
}
