import { and, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/database";
import { outbox, residents } from "../db/schema";
import { miniappUsers, reportFollowers, reportHistory, reportNotices } from "../db/schema-feedback";
import type { Clock } from "../lib/clock";
import { replyWindow, type OutboxService } from "../zalo/outbox-service";
import { categoryLabels, statusLabels, type ReportCategory, type ReportStatus } from "./feedback-categories";
import type { Batch, FeedbackDeps, ReportRow } from "./feedback-types";

/** At most this many waiting notices go out at once (the newest; older ones stay in the app). */
const MAX_WAITING_NOTICES = 10;

export function noticeText(wardName: string, report: Pick<ReportRow, "code" | "category">, to: ReportStatus, message: string | null): string {
  const head = `${wardName}: phản ánh ${report.code} (${categoryLabels[report.category as ReportCategory] ?? report.category}) — ${statusLabels[to]}.`;
  const body = message ? `\n${message}` : "";
  return `${head}${body}\nÔng/bà xem chi tiết trong mục "Phản ánh của tôi" của mini app phường.`.slice(0, 2000);
}

/**
 * The OA resident behind a mini-app user, for messages through the OA. Graph gives the
 * app-scoped id; OA webhooks carry it as `user_id_by_app` next to the OA-scoped sender id (the
 * conversation service keeps it on the resident), so the link is found there; the write that
 * remembers it is returned for the caller's batch.
 */
export async function oaResident(db: Database, wardId: number, userId: number): Promise<{ resident?: typeof residents.$inferSelect; link?: BatchItem<"sqlite"> }> {
  const [user] = await db.select().from(miniappUsers).where(eq(miniappUsers.id, userId));
  if (!user) return {};
  if (user.residentId !== null) {
    const [r] = await db.select().from(residents).where(eq(residents.id, user.residentId));
    return { resident: r };
  }
  const [resident] = await db.select().from(residents).where(and(eq(residents.wardId, wardId), eq(residents.appUserId, user.appUserId)));
  if (!resident) return {};
  return { resident, link: db.update(miniappUsers).set({ residentId: resident.id }).where(and(eq(miniappUsers.id, userId), isNull(miniappUsers.residentId))) };
}

/**
 * The notices of a change about to be written as the newest history row of `report` (in the
 * same batch, after it): one per recipient (reporter and followers, each with their own text),
 * through the OA when the
 * resident's reply window is open, otherwise waiting in the app. The history id is read inside
 * the batch, so the notice and its outbox dedupe key name the row written just before.
 */
export async function noticeWrites(
  deps: Pick<FeedbackDeps, "db" | "clock" | "outbox">,
  report: ReportRow,
  texts: { reporter: string; followers: string | null },
  now: number,
): Promise<{ writes: Batch; toDeliver: number[] }> {
  const { db, outbox: outboxService } = deps;
  const historyId = sql`(select max(${reportHistory.id}) from ${reportHistory} where ${reportHistory.reportId} = ${report.id})`;
  const followers = await db.select({ userId: reportFollowers.userId }).from(reportFollowers).where(eq(reportFollowers.reportId, report.id));
  const writes: Batch = [];
  const toDeliver: number[] = [];
  for (const userId of [...new Set([report.userId, ...followers.map((f) => f.userId)])]) {
    // followers hear of status changes and the result, never of messages meant for the reporter
    const text = userId === report.userId ? texts.reporter : texts.followers;
    if (text === null) continue;
    const { resident, link } = await oaResident(db, report.wardId, userId);
    if (link) writes.push(link);
    const open = resident && replyWindow(resident.lastInteractionAt, now) === "free";
    writes.push(db.insert(reportNotices).values({ wardId: report.wardId, reportId: report.id, userId, historyId, text, channel: open ? "oa" : "app", createdAt: now }));
    if (open) {
      const rows = outboxService.rows(report.wardId, resident.id, `report:${report.id}:h`, [{ text }]).map((row, i) => ({
        ...row,
        dedupeKey: sql`${`report:${report.id}:h`} || ${historyId} || ${`:u${userId}:${i}`}`,
      }));
      writes.push(db.insert(outbox).values(rows).onConflictDoNothing());
      toDeliver.push(resident.id);
    }
  }
  return { writes, toDeliver };
}

/**
 * The writes that send an OA resident's waiting in-app notices through the OA: each notice
 * becomes channel "oa" and gets its outbox row, with the same dedupe key a notice sent at once
 * would have had (never twice). Nothing when the reply window is not open. The mini-app users
 * behind the resident are those linked already or named by `user_id_by_app` in the resident's
 * own webhook events (linked in the same writes). Delivery is left to the caller (outbox.deliverDue).
 */
export async function waitingNoticeWrites(deps: { db: Database; clock: Clock; outbox: OutboxService }, wardId: number, residentId: number): Promise<Batch> {
  return (await waitingNotices(deps, wardId, residentId)).writes;
}

async function waitingNotices(deps: { db: Database; clock: Clock; outbox: OutboxService }, wardId: number, residentId: number): Promise<{ writes: Batch; notices: number }> {
  const { db, clock } = deps;
  const now = clock.now();
  const [resident] = await db.select().from(residents).where(and(eq(residents.id, residentId), eq(residents.wardId, wardId)));
  if (!resident || replyWindow(resident.lastInteractionAt, now) !== "free") return { writes: [], notices: 0 };
  const reads = waitingNoticeReads(db, wardId, resident.id);
  const [users, notices] = await db.batch([reads.users, reads.notices]);
  return waitingNoticeWritesFrom(deps, wardId, resident.id, users, notices);
}

/**
 * The reads behind waitingNoticeWrites, for a caller's own batch read (conversation processing
 * reads them with the rest of an event's state: no round trip of their own). `residentId` may be
 * a subquery naming a resident written earlier in the same batch.
 */
export function waitingNoticeReads(db: Database, wardId: number, residentId: number | SQL<number>) {
  // the mini-app users behind the resident: linked already, or named by the app-scoped id the
  // resident's own webhook events carried. As a union of two index lookups (ward and resident;
  // ward and app user id): the same condition written with OR walked every mini-app user of the
  // ward, twice per Zalo message (SQLite takes the two indexes for an OR only with statistics).
  const behind = inArray(
    miniappUsers.id,
    sql`(select ${miniappUsers.id} from ${miniappUsers} where ${miniappUsers.wardId} = ${wardId} and ${miniappUsers.residentId} = ${residentId}
      union select ${miniappUsers.id} from ${miniappUsers} where ${miniappUsers.wardId} = ${wardId} and ${miniappUsers.appUserId} = (select ${residents.appUserId} from ${residents} where ${residents.id} = ${residentId}))`,
  );
  return {
    users: db.select({ id: miniappUsers.id, residentId: miniappUsers.residentId }).from(miniappUsers).where(behind),
    notices: db
      .select()
      .from(reportNotices)
      .where(
        and(
          eq(reportNotices.wardId, wardId),
          inArray(reportNotices.userId, db.select({ id: miniappUsers.id }).from(miniappUsers).where(behind)),
          eq(reportNotices.channel, "app"),
          isNull(reportNotices.seenAt),
        ),
      )
      .orderBy(desc(reportNotices.id))
      .limit(MAX_WAITING_NOTICES),
  };
}

/** The writes for what waitingNoticeReads found (newest first, as read); the caller checked the reply window. */
export function waitingNoticeWritesFrom(
  deps: { db: Database; outbox: OutboxService },
  wardId: number,
  residentId: number,
  users: Array<{ id: number; residentId: number | null }>,
  newestFirst: Array<typeof reportNotices.$inferSelect>,
): { writes: Batch; notices: number } {
  const { db, outbox: outboxService } = deps;
  if (!users.length) return { writes: [], notices: 0 };
  const writes: Batch = [];
  const toLink = users.filter((u) => u.residentId === null).map((u) => u.id);
  if (toLink.length) writes.push(db.update(miniappUsers).set({ residentId }).where(inArray(miniappUsers.id, toLink)));
  const notices = [...newestFirst].reverse();
  for (const n of notices) {
    writes.push(db.update(reportNotices).set({ channel: "oa" }).where(and(eq(reportNotices.id, n.id), eq(reportNotices.channel, "app"))));
    const rows = outboxService.rows(wardId, residentId, `report:${n.reportId}:h${n.historyId}:u${n.userId}`, [{ text: n.text }]);
    writes.push(db.insert(outbox).values(rows).onConflictDoNothing());
  }
  return { writes, notices: notices.length };
}

/**
 * Notices that waited in the app (Zalo's reply window was closed when they were written) are
 * sent through the OA now, if the resident's window is open again, e.g. because they just wrote
 * to the OA. Returns how many were queued; never throws (a failure leaves them waiting).
 * ConversationService instead pushes waitingNoticeWrites() into its own event batch.
 */
export async function deliverWaitingNotices(deps: Pick<FeedbackDeps, "db" | "clock" | "outbox" | "logger">, wardId: number, residentId: number): Promise<number> {
  try {
    const { writes, notices } = await waitingNotices(deps, wardId, residentId);
    if (!writes.length) return 0;
    await deps.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    if (notices) await deps.outbox.deliverDue({ residentId }).catch((err) => deps.logger.warn("waiting notice delivery deferred", { residentId, error: (err as Error).message }));
    return notices;
  } catch (err) {
    deps.logger.warn("waiting notices not sent", { wardId, residentId, error: (err as Error).message });
    return 0;
  }
}
