import { and, asc, eq, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { hotRawShapes, hotStatement } from "../db/hot-statement";
import type { BatchItem } from "drizzle-orm/batch";
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

  /**
   * The insert of a reply's parts (for the caller's atomic batch), ONE statement whichever way it
   * goes: when none of the resident's messages waits unsent, the parts are written already claimed
   * ('sending', with the send lease) and are sent right after the batch commits (sendClaimed: no
   * claim round trip); otherwise they are written 'pending', queued behind what waits (claimed,
   * they would overtake it). The check reads the outbox, so SQLite runs the whole SELECT before
   * inserting anything: every part sees the same answer, and since it runs inside the writing
   * transaction two events of one resident cannot both jump the queue. A crash before sendClaimed
   * leaves claimed parts to the sweeper once the lease ends, as for any send. Parts already there
   * (the same event again) are left alone and not returned. Returns the rows written, with their
   * status and dedupe key (ReplyRow): the 'sending' ones are the caller's to send — without their
   * payload, which the caller has (`messages`, see withMessages): returned, it was copied out of
   * SQLite and parsed again per part only to be sent.
   */
  replyInsert(wardId: number, residentId: number, dedupePrefix: string, messages: ZaloOutgoingMessage[]): BatchItem<"sqlite"> {
    const now = this.clock.now();
    const values: Record<string, unknown> = { wardId, residentId, at: now, lockUntil: now + SEND_LEASE_MS };
    messages.forEach((message, i) => {
      values[`key${i}`] = `${dedupePrefix}:${i}`;
      values[`payload${i}`] = JSON.stringify(message);
    });
    const parts = String(messages.length);
    if (messages.length <= HOT_PARTS) return this.insertReply(parts, values);
    return this.db.all(replyInsertSql(parts, values as Record<string, never>)) as unknown as BatchItem<"sqlite">;
  }

  /**
   * The rows replyInsert returned, each with the message it stored (by its dedupe key: a part
   * already there is not returned, so positions cannot be trusted), ready for sendClaimed.
   */
  static withMessages(rows: ReplyRow[], dedupePrefix: string, messages: ZaloOutgoingMessage[]): Array<ReplyRow & { message: ZaloOutgoingMessage }> {
    return rows.map((row) => {
      const part = row.dedupeKey.startsWith(`${dedupePrefix}:`) ? Number(row.dedupeKey.slice(dedupePrefix.length + 1)) : NaN;
      const message = messages[part];
      if (!message) throw new Error(`reply row ${row.id} (${row.dedupeKey}) is not a part of ${dedupePrefix}`);
      return { ...row, message };
    });
  }

  /** replyInsert's statement, built once per number of parts (server/db/hot-statement.ts) */
  private readonly insertReply = hotRawShapes((q) => this.db.all(q), REPLY_KEYS, replyInsertSql);

  /**
   * Sends rows replyInsert wrote claimed (in id order) to a resident the caller has just read, and
   * records every outcome in one batch: the whole bookkeeping of a reply is one round trip. The
   * first part that is not sent stops the rest (they wait behind it, pending). Returns how many were sent.
   */
  async sendClaimed(resident: ResidentForSend, claimed: ClaimedOutboxRow[]): Promise<number> {
    const { updates, sentRows, sent } = await this.attemptClaimed(resident, claimed);
    const all = sentRows.length ? [...updates, this.recordSentRows(sentRows)] : updates;
    if (all.length) await this.db.batch(all as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    return sent;
  }

  /**
   * sendClaimed's sends, without recording them: for the caller's batch (the processing thread
   * records a whole round's in one), the updates recording parts not sent, and the parts sent as
   * rows for ONE statement however many there are (recordSentRows).
   */
  async attemptClaimed(resident: ResidentForSend, claimed: ClaimedOutboxRow[]): Promise<{ updates: BatchItem<"sqlite">[]; sentRows: SentRow[]; sent: number }> {
    const updates: BatchItem<"sqlite">[] = [];
    const sentRows: SentRow[] = [];
    let sent = 0;
    let stopped = false;
    for (const row of claimed) {
      if (stopped) {
        // released, not attempted: the sweeper (or the resident's next message) sends it after the one before
        updates.push(this.db.update(outbox).set({ status: "pending", lockUntil: null }).where(and(eq(outbox.id, row.id), eq(outbox.status, "sending"))));
        continue;
      }
      const outcome = await this.attempt(row, resident, this.clock.now());
      if (outcome.kind === "sent") {
        sentRows.push([row.id, this.clock.now(), outcome.messageId ?? null]);
        sent++;
      } else {
        updates.push(this.record(row.id, row.attempts, outcome));
        stopped = true;
      }
    }
    return { updates, sentRows, sent };
  }

  /**
   * Records parts sent (any number, of any residents) in ONE statement: as `record` does for one,
   * each with its own time and Zalo message id. One statement per part cost the embedded
   * database's per-statement work once per reply (bench/README.md, issue 15 session 16).
   */
  recordSentRows(rows: SentRow[]): BatchItem<"sqlite"> {
    return this.recordSentJson("", { rows: JSON.stringify(rows) });
  }

  private readonly recordSentJson = hotRawShapes(
    (q) => this.db.all(q),
    ["rows"],
    (_shape, v) => sql`update ${outbox} set status = 'sent', sent_at = j.value ->> 1, zalo_message_id = j.value ->> 2, lock_until = null, error_code = null, error_message = null
      from json_each(${v.rows}) as j where ${outbox}.id = j.value ->> 0`,
  );

  private async deliverOne(id: number): Promise<boolean> {
    const now = this.clock.now();
    const [claimed] = await this.db
      .update(outbox)
      .set({ status: "sending", lockUntil: now + SEND_LEASE_MS })
      .where(and(eq(outbox.id, id), or(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)), and(eq(outbox.status, "sending"), lt(outbox.lockUntil, now)))))
      .returning();
    if (!claimed) return false;
    const [resident] = await this.db.select().from(residents).where(eq(residents.id, claimed.residentId));
    const outcome = await this.attempt(claimed, resident, now);
    await this.record(id, claimed.attempts, outcome);
    return outcome.kind === "sent";
  }

  /** One claimed message to Zalo: what happened, to be recorded by `record`. */
  private async attempt(row: { wardId: number; payload?: string; message?: ZaloOutgoingMessage }, resident: ResidentForSend | undefined, now: number): Promise<SendOutcome> {
    if (!resident) return { kind: "failed", code: LOCAL_REFUSAL.RESIDENT_MISSING, message: "not sent: resident missing" };
    if (replyWindow(resident.lastInteractionAt, now) === "closed") {
      return { kind: "failed", code: LOCAL_REFUSAL.WINDOW_CLOSED, message: "not sent: outside Zalo's interaction window (no interaction for 7 days)" };
    }
    // a reply just written comes with its message; a row read back (the sweeper) with its payload
    let message = row.message ?? (JSON.parse(row.payload!) as ZaloOutgoingMessage);
    let accessToken: string;
    try {
      accessToken = await this.tokens.getAccessToken(row.wardId);
    } catch (err) {
      return { kind: "retry", code: 0, message: (err as Error).message };
    }
    let result = await this.api.sendCsMessage(accessToken, resident.zaloUserId, message);
    if (!result.ok && result.category === "token") {
      try {
        accessToken = await this.tokens.getAccessToken(row.wardId, { rejected: accessToken });
        result = await this.api.sendCsMessage(accessToken, resident.zaloUserId, message);
      } catch (err) {
        return { kind: "retry", code: -216, message: (err as Error).message };
      }
    }
    // Buttons on a consultation message are outside Zalo's documented shapes: whatever Zalo
    // answers to one (-201, -233, -200, -210, …), except a token problem or a passing failure
    // that a retry settles, the same message goes again as text with choices and links written out.
    if (!result.ok && result.category !== "token" && result.category !== "transient" && message.attachment) {
      message = withoutButtons(message);
      result = await this.api.sendCsMessage(accessToken, resident.zaloUserId, message);
    }
    if (result.ok) return { kind: "sent", messageId: result.messageId };
    if (result.category === "transient" || result.category === "token") return { kind: "retry", code: result.code, message: result.message };
    return { kind: "failed", code: result.code, message: result.message };
  }

  // every reply part's record, built once (server/db/hot-statement.ts)
  private readonly recordSent = hotStatement(["id", "at", "messageId"], (v) =>
    this.db.update(outbox).set({ status: "sent", sentAt: v.at, zaloMessageId: v.messageId, lockUntil: null, errorCode: null, errorMessage: null }).where(eq(outbox.id, v.id)),
  );

  /** The update recording an outcome (a statement: awaited alone, or put into a batch). */
  private record(id: number, attempts: number, outcome: SendOutcome) {
    if (outcome.kind === "sent") return this.recordSent({ id, at: this.clock.now(), messageId: outcome.messageId ?? null });
    const delay = outcome.kind === "retry" ? BACKOFF_MS[attempts] : undefined;
    if (delay === undefined) {
      const message = outcome.kind === "retry" ? `gave up after ${attempts + 1} attempts: ${outcome.message}` : outcome.message;
      this.logger.warn("zalo send failed permanently", { outboxId: id, code: outcome.code, reason: message });
      return this.db.update(outbox).set({ status: "failed", lockUntil: null, errorCode: outcome.code, errorMessage: message }).where(eq(outbox.id, id));
    }
    this.logger.warn("zalo send will be retried", { outboxId: id, code: outcome.code, attempt: attempts + 1 });
    return this.db
      .update(outbox)
      .set({ status: "pending", attempts: attempts + 1, nextAttemptAt: this.clock.now() + delay, lockUntil: null, errorCode: outcome.code, errorMessage: outcome.message })
      .where(eq(outbox.id, id));
  }
}

/** A part sent: outbox id, when it was recorded, Zalo's message id. */
export type SentRow = [id: number, at: number, messageId: string | null];

/** A reply part written claimed (a replyInsert row whose status is 'sending'), with its message (or, read back, its stored payload). */
export type ClaimedOutboxRow = { id: number; wardId: number; attempts: number } & ({ message: ZaloOutgoingMessage; payload?: string } | { message?: undefined; payload: string });
/** A row replyInsert wrote (its payload is the caller's message: not returned). */
export type ReplyRow = { id: number; wardId: number; attempts: number; status: "sending" | "pending"; dedupeKey: string };

/** Replies of up to this many parts have their insert built once (longer ones are rare). */
const HOT_PARTS = 4;
const REPLY_KEYS: string[] = ["wardId", "residentId", "at", "lockUntil", ...Array.from({ length: HOT_PARTS }, (_, i) => [`key${i}`, `payload${i}`]).flat()];

/** replyInsert's SQL for `parts` parts (`v`: REPLY_KEYS, values or placeholders). */
function replyInsertSql(parts: string, v: Record<string, never>): SQL {
  const rows = sql.join(
    Array.from({ length: Number(parts) }, (_, i) => sql`select ${sql.raw(String(i))} as part, ${v[`key${i}`]} as dedupe_key, ${v[`payload${i}`]} as payload`),
    sql` union all `,
  );
  return sql`insert into ${outbox} (ward_id, resident_id, dedupe_key, payload, status, lock_until, next_attempt_at, created_at)
    select ${v.wardId}, ${v.residentId}, p.dedupe_key, p.payload,
      case when w.waiting then 'pending' else 'sending' end, case when w.waiting then null else ${v.lockUntil} end, ${v.at}, ${v.at}
    from (${rows}) p, (select exists (select 1 from ${outbox} where resident_id = ${v.residentId} and status in ('pending', 'sending')) as waiting) w
    where true
    order by p.part
    on conflict do nothing
    returning id, ward_id as "wardId", attempts, status, dedupe_key as "dedupeKey"`;
}

/** What sending needs to know of the resident. */
export type ResidentForSend = { zaloUserId: string; lastInteractionAt: number | null };

type SendOutcome = { kind: "sent"; messageId: string | undefined } | { kind: "retry" | "failed"; code: number; message: string };
