import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/database";
import { askLog, handoffs, messages, residents } from "../db/schema";
import { miniappSessions, miniappUsers, reportFollowers, reportHistory, reportNotices, reportPhotos, reports } from "../db/schema-feedback";
import { scamReports } from "../db/schema-scam";
import { miniappChatMessages } from "../db/schema-miniapp";
import type { Clock } from "../lib/clock";
import { NotFoundError } from "../lib/errors";
import { requireRole, type Actor } from "../staff/access";
import { auditInsert } from "../staff/audit";
import type { RetentionService } from "./retention-service";

/** What replaces a resident's own words once they asked for their data to be deleted. */
export const ERASED_TEXT = "(nội dung đã xóa theo yêu cầu của người dân)";

/**
 * A resident's right to see and to delete their data (Law 91/2025/QH15): everything the mini app
 * holds about them (account, reports with contact data, photos, notices) and, when the mini-app
 * user is linked to the OA resident, their chat messages and questions. Deleting anonymises:
 * reports stay (the ward's statistics and other residents' followed reports keep working) with
 * the description, address, landmark, phone and position erased; photos are deleted with their
 * files; messages and questions lose their text; the account loses its name and Zalo id; the
 * sessions end. Every deletion is audited in the ward (who asked: the resident or a staff member).
 */
export class PersonalDataService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly retention: RetentionService,
  ) {}

  /** Everything held about a mini-app user, as JSON they can read or save. */
  async export(wardId: number, userId: number) {
    const [user] = await this.db.select().from(miniappUsers).where(and(eq(miniappUsers.id, userId), eq(miniappUsers.wardId, wardId)));
    if (!user) throw new NotFoundError("user_not_found", `no mini-app user ${userId}`, "Không tìm thấy dữ liệu của người dân này.");
    const own = await this.db.select().from(reports).where(and(eq(reports.wardId, wardId), eq(reports.userId, userId)));
    const ids = own.map((r) => r.id);
    const photos = ids.length ? await this.db.select({ id: reportPhotos.id, reportId: reportPhotos.reportId, kind: reportPhotos.kind, contentType: reportPhotos.contentType, bytes: reportPhotos.bytes, createdAt: reportPhotos.createdAt }).from(reportPhotos).where(or(inArray(reportPhotos.reportId, ids), eq(reportPhotos.uploaderUserId, userId))) : await this.db.select({ id: reportPhotos.id, reportId: reportPhotos.reportId, kind: reportPhotos.kind, contentType: reportPhotos.contentType, bytes: reportPhotos.bytes, createdAt: reportPhotos.createdAt }).from(reportPhotos).where(eq(reportPhotos.uploaderUserId, userId));
    const notices = await this.db.select({ reportId: reportNotices.reportId, text: reportNotices.text, createdAt: reportNotices.createdAt }).from(reportNotices).where(eq(reportNotices.userId, userId));
    const following = await this.db.select({ reportId: reportFollowers.reportId, since: reportFollowers.createdAt }).from(reportFollowers).where(eq(reportFollowers.userId, userId));
    const resident = await this.linkedResident(wardId, user);
    const chat = resident ? await this.db.select({ direction: messages.direction, author: messages.author, text: messages.text, createdAt: messages.createdAt }).from(messages).where(eq(messages.residentId, resident.id)) : [];
    const questions = resident ? await this.db.select({ question: askLog.question, kind: askLog.kind, createdAt: askLog.createdAt }).from(askLog).where(eq(askLog.residentId, resident.id)) : [];
    // messages the scam check warned about (kept, masked, to spot scam waves)
    const scamChecks = await this.db
      .select({ channel: scamReports.channel, sample: scamReports.sample, createdAt: scamReports.createdAt })
      .from(scamReports)
      .where(and(eq(scamReports.wardId, wardId), inArray(scamReports.residentKey, residentKeys(user.id, resident?.id))));
    // the mini app's Hỏi đáp conversation, and questions passed from it to staff
    const miniappChat = await this.db.select({ author: miniappChatMessages.author, kind: miniappChatMessages.kind, text: miniappChatMessages.text, createdAt: miniappChatMessages.createdAt }).from(miniappChatMessages).where(eq(miniappChatMessages.userId, userId));
    const questionsToStaff = await this.db.select({ question: handoffs.question, status: handoffs.status, createdAt: handoffs.createdAt }).from(handoffs).where(eq(handoffs.miniappUserId, userId));
    return {
      user: { name: user.displayName, zaloAppUserId: user.appUserId, firstSeenAt: user.createdAt, lastSeenAt: user.lastSeenAt },
      reports: own.map((r) => ({
        code: r.code,
        category: r.category,
        status: r.status,
        description: r.description,
        address: r.address,
        landmark: r.landmark,
        location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
        phone: r.phone,
        hideName: r.hideName,
        rating: r.rating,
        ratingComment: r.ratingComment,
        createdAt: r.createdAt,
      })),
      photos,
      following,
      notices,
      chat,
      questions,
      scamChecks,
      miniappChat,
      questionsToStaff,
    };
  }

  /** The mini-app user behind a report code of the ward (staff acting on a resident's request). */
  async userOfReport(actor: Actor, wardId: number, reportCode: string): Promise<number> {
    requireRole(actor, wardId, "admin");
    const [r] = await this.db.select({ userId: reports.userId }).from(reports).where(and(eq(reports.wardId, wardId), eq(reports.code, reportCode.trim().toUpperCase())));
    if (!r) throw new NotFoundError("report_not_found", `no report ${reportCode}`, "Không tìm thấy phản ánh có mã này.");
    return r.userId;
  }

  /** Anonymises everything of a mini-app user (and the linked OA resident's texts); audited. */
  async erase(wardId: number, userId: number, by: { staffUserId: number | null }): Promise<{ reports: number; photos: number; messages: number }> {
    const [user] = await this.db.select().from(miniappUsers).where(and(eq(miniappUsers.id, userId), eq(miniappUsers.wardId, wardId)));
    if (!user) throw new NotFoundError("user_not_found", `no mini-app user ${userId}`, "Không tìm thấy dữ liệu của người dân này.");
    const now = this.clock.now();
    const db = this.db;
    const own = await db.select({ id: reports.id }).from(reports).where(and(eq(reports.wardId, wardId), eq(reports.userId, userId)));
    const ids = own.map((r) => r.id);
    const photos = await db
      .select({ id: reportPhotos.id, blobKey: reportPhotos.blobKey })
      .from(reportPhotos)
      .where(ids.length ? or(eq(reportPhotos.uploaderUserId, userId), and(inArray(reportPhotos.reportId, ids), eq(reportPhotos.kind, "resident"))) : eq(reportPhotos.uploaderUserId, userId));
    const resident = await this.linkedResident(wardId, user);
    const writes: BatchItem<"sqlite">[] = [
      db.update(miniappUsers).set({ displayName: null, appUserId: `erased:${user.id}`, residentId: null, lastSeenAt: now }).where(eq(miniappUsers.id, userId)),
      db.delete(miniappSessions).where(eq(miniappSessions.userId, userId)),
      db.delete(reportNotices).where(eq(reportNotices.userId, userId)),
    ];
    if (ids.length) {
      writes.push(
        db.update(reports).set({ description: ERASED_TEXT, address: null, landmark: null, phone: null, lat: null, lng: null, ratingComment: null, hideName: true, updatedAt: now }).where(inArray(reports.id, ids)),
        // the resident's own lines (reopen reasons, rating comments)
        db.update(reportHistory).set({ message: null }).where(and(inArray(reportHistory.reportId, ids), eq(reportHistory.actor, "resident"))),
      );
    }
    // forwarded scam texts: deleted (waves only need them while they count residents)
    writes.push(db.delete(scamReports).where(and(eq(scamReports.wardId, wardId), inArray(scamReports.residentKey, residentKeys(user.id, resident?.id)))));
    // Hỏi đáp in the mini app: its messages, the questions passed to staff and their ask-log lines (same time, same text)
    const asked = sql`(select ${miniappChatMessages.createdAt} from ${miniappChatMessages} where ${miniappChatMessages.userId} = ${userId} and ${miniappChatMessages.author} = 'resident')`;
    writes.push(
      db.update(askLog).set({ question: "" }).where(and(eq(askLog.wardId, wardId), eq(askLog.channel, "miniapp"), sql`${askLog.createdAt} in ${asked}`)),
      db.update(miniappChatMessages).set({ text: "", meta: null }).where(eq(miniappChatMessages.userId, userId)),
      db.update(handoffs).set({ question: "" }).where(eq(handoffs.miniappUserId, userId)),
    );
    let messageCount = (await db.select({ id: miniappChatMessages.id }).from(miniappChatMessages).where(eq(miniappChatMessages.userId, userId))).length;
    if (resident) {
      messageCount += (await db.select({ id: messages.id }).from(messages).where(eq(messages.residentId, resident.id))).length;
      writes.push(
        db.update(messages).set({ text: null, meta: null }).where(eq(messages.residentId, resident.id)),
        db.update(askLog).set({ question: "" }).where(eq(askLog.residentId, resident.id)),
        db.update(residents).set({ displayName: null, appUserId: null }).where(eq(residents.id, resident.id)),
      );
    }
    writes.push(
      auditInsert(db, now, {
        wardId,
        userId: by.staffUserId,
        action: "erase_personal_data",
        entity: "miniapp_user",
        entityId: userId,
        after: { requestedBy: by.staffUserId === null ? "resident" : "staff_on_behalf", reports: ids.length, photos: photos.length, messages: messageCount },
      }),
    );
    await db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    await this.retention.deletePhotos(photos);
    return { reports: ids.length, photos: photos.length, messages: messageCount };
  }

  private async linkedResident(wardId: number, user: typeof miniappUsers.$inferSelect) {
    if (user.residentId !== null) {
      const [r] = await this.db.select().from(residents).where(eq(residents.id, user.residentId));
      return r;
    }
    const [r] = await this.db.select().from(residents).where(and(eq(residents.wardId, wardId), eq(residents.appUserId, user.appUserId)));
    return r;
  }
}

/** How scam reports name a resident (server/scam/scam-reports.ts): the mini-app user and, when linked, the OA resident. */
function residentKeys(userId: number, residentId: number | undefined): string[] {
  return residentId === undefined ? [`miniapp:${userId}`] : [`miniapp:${userId}`, `zalo:${residentId}`];
}
