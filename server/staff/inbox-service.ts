import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { handoffs, messages, residents } from "../db/schema";
import { conversationReads, residentProfiles } from "../db/schema-console";
import { miniappChatMessages } from "../db/schema-miniapp";
import { handoffClaims, staffUsers } from "../db/schema-staff";
import type { Clock } from "../lib/clock";
import type { Logger } from "../lib/logger";
import type { TokenService } from "../zalo/token-service";
import type { ZaloApi } from "../zalo/zalo-api";
import { requireRole, type Actor } from "./access";
import { windowInfo, type WindowInfo } from "./handoff-service";

export type InboxFilter = "mine" | "unclaimed" | "all";

export type InboxItem = {
  handoffId: number;
  residentId: number;
  name: string | null;
  avatarUrl: string | null;
  status: "open" | "claimed";
  question: string;
  /** the resident's newest message (what staff read first in the list); null before they wrote anything */
  preview: { text: string; author: string; at: number } | null;
  /** the last reply the resident got (the bot's, or staff's), shown under the preview */
  reply: { text: string; author: string; at: number } | null;
  /** since the oldest resident message of this handoff not yet followed by a staff reply; null when staff answered last */
  waitingSince: number | null;
  unread: number;
  /** staff (or the OA admin in Zalo) have written to this resident since the handoff */
  staffReplied: boolean;
  assignee: { userId: number; name: string } | null;
  createdAt: number;
  window: WindowInfo;
};

/** The message that opened a handoff arrived at most this long before the handoff was recorded. */
const OPENING_MESSAGE_MS = 60_000;
/** A profile is refreshed after a day; a failed fetch is not retried for an hour. */
const PROFILE_MAX_AGE_MS = 24 * 3600_000;
const PROFILE_RETRY_MS = 3600_000;

/**
 * The staff inbox (anchor: Chatwoot's agent inbox): one row per resident waiting for a person,
 * newest message first, with what each staff member has not read yet, the assignee, filters
 * "của tôi" / "chưa nhận" / "tất cả" with counts, and residents' Zalo names and avatars from
 * the OA user-detail API (cached in resident_profiles, refreshed daily).
 */
export class InboxService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly tokens: TokenService,
    private readonly zaloApi: ZaloApi,
    private readonly logger: Logger,
  ) {}

  async list(actor: Actor, wardId: number, filter: InboxFilter): Promise<{ items: InboxItem[]; counts: Record<InboxFilter, number> }> {
    requireRole(actor, wardId, "staff");
    const now = this.clock.now();
    const rows = await this.db
      .select({
        handoffId: handoffs.id,
        residentId: handoffs.residentId,
        status: handoffs.status,
        miniappUserId: handoffs.miniappUserId,
        question: handoffs.question,
        createdAt: handoffs.createdAt,
        name: residents.displayName,
        lastInteractionAt: residents.lastInteractionAt,
        avatarUrl: residentProfiles.avatarUrl,
        assigneeId: handoffClaims.userId,
        assigneeName: staffUsers.name,
        // columns written with their tables: drizzle leaves them unqualified inside sql``
        lastInId: sql<number | null>`(select max(m.id) from messages m where m.resident_id = "handoffs"."resident_id" and m.direction = 'in')`,
        lastOutId: sql<number | null>`(select max(m.id) from messages m where m.resident_id = "handoffs"."resident_id" and m.direction = 'out')`,
        // the resident message that opened the handoff: stored when it arrived, the handoff a moment later when it was answered
        openedAt: sql<number | null>`(select max(m.created_at) from messages m where m.resident_id = "handoffs"."resident_id" and m.direction = 'in' and m.created_at <= "handoffs"."created_at" and m.created_at >= "handoffs"."created_at" - ${OPENING_MESSAGE_MS})`,
        lastStaffAt: sql<number | null>`(select max(m.created_at) from messages m where m.resident_id = "handoffs"."resident_id" and m.author in ('staff', 'oa_admin'))`,
        readId: sql<number | null>`(select r.last_read_message_id from conversation_reads r where r.resident_id = "handoffs"."resident_id" and r.user_id = ${actor.userId})`,
      })
      .from(handoffs)
      .innerJoin(residents, eq(residents.id, handoffs.residentId))
      .leftJoin(residentProfiles, eq(residentProfiles.residentId, handoffs.residentId))
      .leftJoin(handoffClaims, eq(handoffClaims.handoffId, handoffs.id))
      .leftJoin(staffUsers, eq(staffUsers.id, handoffClaims.userId))
      .where(and(eq(handoffs.wardId, wardId), inArray(handoffs.status, ["open", "claimed"])))
      .orderBy(desc(handoffs.id))
      .limit(300);
    // one conversation per resident: the newest open handoff
    const seen = new Set<number>();
    const active = rows.filter((r) => r.residentId !== null && !seen.has(r.residentId) && seen.add(r.residentId));
    const counts = {
      all: active.length,
      mine: active.filter((r) => r.assigneeId === actor.userId).length,
      unclaimed: active.filter((r) => r.assigneeId === null).length,
    };
    const shown = active.filter((r) => (filter === "mine" ? r.assigneeId === actor.userId : filter === "unclaimed" ? r.assigneeId === null : true));
    const items: InboxItem[] = [];
    for (const r of shown) {
      const residentId = r.residentId!;
      const base = {
        handoffId: r.handoffId,
        residentId,
        name: r.name,
        avatarUrl: r.avatarUrl,
        status: r.status as "open" | "claimed",
        question: r.question,
        assignee: r.assigneeId === null ? null : { userId: r.assigneeId, name: r.assigneeName ?? "" },
        createdAt: r.createdAt,
        window: windowInfo(r.lastInteractionAt, now),
      };
      if (r.miniappUserId !== null) {
        items.push({ ...base, ...(await this.appActivity(wardId, r.miniappUserId, r.handoffId, r.createdAt)) });
        continue;
      }
      const ids = [r.lastInId, r.lastOutId].filter((id): id is number => id !== null).map(Number);
      const latest = ids.length ? await this.db.select().from(messages).where(inArray(messages.id, ids)) : [];
      const newestIn = latest.find((m) => m.id === Number(r.lastInId));
      const lastOut = latest.find((m) => m.id === Number(r.lastOutId));
      // This handoff's messages start with the one that opened it (questions the bot answered before do not wait)
      const opened = r.openedAt === null ? r.createdAt : Number(r.openedAt);
      const answered = r.lastStaffAt !== null && Number(r.lastStaffAt) >= opened;
      // waiting since the first resident message of this handoff after the last staff reply
      const [waiting] = await this.db
        .select({ at: sql<number | null>`min(${messages.createdAt})` })
        .from(messages)
        .where(and(eq(messages.residentId, residentId), eq(messages.direction, "in"), answered ? gt(messages.createdAt, Number(r.lastStaffAt)) : gte(messages.createdAt, opened)));
      const [unread] = await this.db
        .select({ n: sql<number>`count(*)` })
        .from(messages)
        .where(
          and(
            eq(messages.residentId, residentId),
            eq(messages.direction, "in"),
            r.readId === null ? gte(messages.createdAt, opened) : gt(messages.id, Number(r.readId)),
          ),
        );
      items.push({
        ...base,
        preview: newestIn ? { text: newestIn.text ?? `[${newestIn.kind}]`, author: newestIn.author, at: newestIn.createdAt } : null,
        reply: lastOut ? { text: lastOut.text ?? `[${lastOut.kind}]`, author: lastOut.author, at: lastOut.createdAt } : null,
        waitingSince: waiting?.at !== null && waiting?.at !== undefined ? Number(waiting.at) : r.lastStaffAt === null || Number(r.lastStaffAt) < r.createdAt ? r.createdAt : null,
        unread: Number(unread?.n ?? 0),
        staffReplied: r.lastStaffAt !== null && Number(r.lastStaffAt) >= r.createdAt,
      });
    }
    // the resident who wrote last first, as in a messaging app (replies do not move a conversation)
    items.sort((a, b) => (b.preview?.at ?? b.createdAt) - (a.preview?.at ?? a.createdAt) || b.handoffId - a.handoffId);
    return { items, counts };
  }

  /**
   * A question asked in the mini app's Hỏi đáp by a resident also known to the OA: the row reads
   * the app's conversation, which is the one staff open and answer. Nobody marks an app
   * conversation read, so its unread messages are those still waiting for a staff reply.
   */
  private async appActivity(wardId: number, userId: number, handoffId: number, createdAt: number) {
    const t = miniappChatMessages;
    const [[newestIn], [lastOut], [staff]] = await this.db.batch([
      this.db.select().from(t).where(and(eq(t.wardId, wardId), eq(t.userId, userId), eq(t.author, "resident"))).orderBy(desc(t.id)).limit(1),
      this.db.select().from(t).where(and(eq(t.wardId, wardId), eq(t.userId, userId), inArray(t.author, ["bot", "staff"]))).orderBy(desc(t.id)).limit(1),
      this.db.select({ at: sql<number | null>`max(${t.createdAt})` }).from(t).where(and(eq(t.handoffId, handoffId), eq(t.author, "staff"))),
    ]);
    const lastStaffAt = staff?.at === null || staff?.at === undefined ? null : Number(staff.at);
    // the resident's "hỏi cán bộ" is written with the handoff, at the same moment
    const waiting = await this.db
      .select({ at: t.createdAt })
      .from(t)
      .where(and(eq(t.wardId, wardId), eq(t.userId, userId), eq(t.author, "resident"), lastStaffAt === null ? gte(t.createdAt, createdAt) : gt(t.createdAt, lastStaffAt)));
    return {
      preview: newestIn ? { text: newestIn.text, author: "resident", at: newestIn.createdAt } : null,
      reply: lastOut ? { text: lastOut.text, author: lastOut.author, at: lastOut.createdAt } : null,
      waitingSince: waiting.length ? Math.min(...waiting.map((w) => w.at)) : lastStaffAt === null ? createdAt : null,
      unread: waiting.length,
      staffReplied: lastStaffAt !== null,
    };
  }

  /** The staff member has seen the conversation up to `messageId`. */
  async markRead(actor: Actor, wardId: number, residentId: number, messageId: number): Promise<void> {
    requireRole(actor, wardId, "staff");
    const now = this.clock.now();
    await this.db
      .insert(conversationReads)
      .values({ residentId, userId: actor.userId, wardId, lastReadMessageId: messageId, updatedAt: now })
      .onConflictDoUpdate({
        target: [conversationReads.residentId, conversationReads.userId],
        set: { lastReadMessageId: sql`max(${conversationReads.lastReadMessageId}, ${messageId})`, updatedAt: now },
      });
  }

  /** What this staff member had read of a resident's conversation (0 when never opened). */
  async lastRead(actor: Actor, residentId: number): Promise<number> {
    const [row] = await this.db
      .select({ id: conversationReads.lastReadMessageId })
      .from(conversationReads)
      .where(and(eq(conversationReads.residentId, residentId), eq(conversationReads.userId, actor.userId)));
    return row?.id ?? 0;
  }

  /** Messages of a resident's conversation after `afterId` (live updates of an open conversation). */
  async messagesAfter(actor: Actor, wardId: number, residentId: number, afterId: number) {
    requireRole(actor, wardId, "staff");
    return this.db
      .select()
      .from(messages)
      .where(and(eq(messages.wardId, wardId), eq(messages.residentId, residentId), gt(messages.id, afterId)))
      .orderBy(asc(messages.id))
      .limit(100);
  }

  /**
   * Fetches Zalo names and avatars for residents never fetched (or stale, when `stale` is set),
   * at most `limit` per call. A failure (no token, not a follower, network) is remembered so the
   * inbox does not ask Zalo again on every refresh; the name already known stays.
   */
  async refreshProfiles(wardId: number, options: { residentIds?: number[]; stale?: boolean; limit?: number } = {}): Promise<number> {
    const now = this.clock.now();
    const due = await this.db
      .select({ id: residents.id, zaloUserId: residents.zaloUserId })
      .from(residents)
      .leftJoin(residentProfiles, eq(residentProfiles.residentId, residents.id))
      .where(
        and(
          eq(residents.wardId, wardId),
          options.residentIds ? inArray(residents.id, options.residentIds.length ? options.residentIds : [-1]) : undefined,
          or(isNull(residentProfiles.failedAt), lt(residentProfiles.failedAt, now - PROFILE_RETRY_MS)),
          options.stale ? or(isNull(residentProfiles.fetchedAt), lt(residentProfiles.fetchedAt, now - PROFILE_MAX_AGE_MS)) : isNull(residentProfiles.fetchedAt),
        ),
      )
      .limit(options.limit ?? 10);
    if (!due.length) return 0;
    let token: string;
    try {
      token = await this.tokens.getAccessToken(wardId);
    } catch (err) {
      this.logger.warn("no OA token for profiles", { wardId, error: (err as Error).message });
      return 0;
    }
    let fetched = 0;
    for (const r of due) {
      const result = await this.zaloApi.getUserDetail(token, r.zaloUserId);
      const at = this.clock.now();
      if (result.ok) {
        fetched++;
        await this.db.batch([
          this.db
            .insert(residentProfiles)
            .values({ residentId: r.id, wardId, avatarUrl: result.avatarUrl, fetchedAt: at, failedAt: null })
            .onConflictDoUpdate({ target: residentProfiles.residentId, set: { avatarUrl: result.avatarUrl, fetchedAt: at, failedAt: null } }),
          ...(result.displayName ? [this.db.update(residents).set({ displayName: result.displayName }).where(eq(residents.id, r.id))] : []),
        ]);
      } else {
        await this.db
          .insert(residentProfiles)
          .values({ residentId: r.id, wardId, failedAt: at })
          .onConflictDoUpdate({ target: residentProfiles.residentId, set: { failedAt: at } });
        if (result.category === "token") break;
      }
    }
    return fetched;
  }

  /** The conversations just before and after this one in the inbox's order (keyboard j / k). */
  async neighbours(actor: Actor, wardId: number, handoffId: number): Promise<{ previous?: number; next?: number }> {
    const { items } = await this.list(actor, wardId, "all");
    const i = items.findIndex((x) => x.handoffId === handoffId);
    if (i < 0) return { next: items[0]?.handoffId };
    return { previous: items[i - 1]?.handoffId, next: items[i + 1]?.handoffId };
  }
}
