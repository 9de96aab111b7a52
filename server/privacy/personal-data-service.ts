import { and, eq, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/database";
import { askLog, handoffs, messages, outbox, residents, webhookEvents } from "../db/schema";
import { residentProfiles } from "../db/schema-console";
import { miniappSessions, miniappUsers, reportFollowers, reportHistory, reportNotices, reportPhotos, reports } from "../db/schema-feedback";
import { handoffSummaries } from "../db/schema-llm";
import { miniappChatMessages } from "../db/schema-miniapp";
import { conversationState } from "../db/schema-conversation";
import { scamReports } from "../db/schema-scam";
import { handoffNotes, handoffReplies } from "../db/schema-staff";
import type { Clock } from "../lib/clock";
import { NotFoundError } from "../lib/errors";
import { requireRole, type Actor } from "../staff/access";
import { auditInsert } from "../staff/audit";
import type { RetentionService } from "./retention-service";

/** What replaces a resident's own words once they asked for their data to be deleted. */
export const ERASED_TEXT = "(nội dung đã xóa theo yêu cầu của người dân)";

/**
 * One person as the ward's database knows them: a mini-app user, an OA resident (the Zalo chat),
 * or both when the two are linked (same app-scoped Zalo id).
 */
export type DataSubject = { wardId: number; userId: number | null; residentId: number | null };

const notFound = () => new NotFoundError("subject_not_found", "no such resident", "Không tìm thấy dữ liệu của người dân này.");

/** A person's questions to staff: from the OA chat (resident) or the mini app's Hỏi đáp (user). */
function handoffsOf(s: DataSubject): SQL {
  const mine = [...(s.residentId !== null ? [eq(handoffs.residentId, s.residentId)] : []), ...(s.userId !== null ? [eq(handoffs.miniappUserId, s.userId)] : [])];
  return and(eq(handoffs.wardId, s.wardId), or(...mine))!;
}

/** The keys scam_reports uses for a person (server/scam/scam-reports.ts). */
function scamKeys(s: DataSubject): string[] {
  return [...(s.userId !== null ? [`miniapp:${s.userId}`] : []), ...(s.residentId !== null ? [`zalo:${s.residentId}`] : [])];
}

/**
 * A resident's right to see and to delete their data (Law 91/2025/QH15): everything the mini app
 * holds about them (account, reports with contact data, photos, notices, the Hỏi đáp
 * conversation), their Zalo chat with the OA (messages, questions, raw webhook bodies), their
 * questions passed to staff from either (with staff's replies and notes on them) and the scam
 * messages they forwarded. Deleting anonymises: reports stay (the
 * ward's statistics and other residents' followed reports keep working) with the description,
 * address, landmark, phone and position erased; photos are deleted with their files; messages and
 * questions lose their text; the account and the chat identity lose name and Zalo ids; forwarded
 * scam messages are deleted; the sessions end. Every deletion is audited in the ward (who asked:
 * the resident or a staff member), in the same batch as the deletion.
 */
export class PersonalDataService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly retention: RetentionService,
  ) {}

  /** The person behind a mini-app user (the resident asking from the mini app). */
  async subjectOfUser(wardId: number, userId: number): Promise<DataSubject> {
    const [user] = await this.db.select().from(miniappUsers).where(and(eq(miniappUsers.id, userId), eq(miniappUsers.wardId, wardId)));
    if (!user) throw notFound();
    return { wardId, userId, residentId: (await this.linkedResident(wardId, user))?.id ?? null };
  }

  /** The person behind a report code of the ward (staff acting on a resident's request; admins). */
  async subjectOfReport(actor: Actor, wardId: number, reportCode: string): Promise<DataSubject> {
    requireRole(actor, wardId, "admin");
    const [r] = await this.db.select({ userId: reports.userId }).from(reports).where(and(eq(reports.wardId, wardId), eq(reports.code, reportCode.trim().toUpperCase())));
    if (!r) throw new NotFoundError("report_not_found", `no report ${reportCode}`, "Không tìm thấy phản ánh có mã này trong phường.");
    return this.subjectOfUser(wardId, r.userId);
  }

  /** The person behind a Zalo conversation of the ward, by its request number in the inbox ("yêu cầu #12"; admins). */
  async subjectOfConversation(actor: Actor, wardId: number, handoffId: number): Promise<DataSubject> {
    requireRole(actor, wardId, "admin");
    const [h] = await this.db.select({ residentId: handoffs.residentId, miniappUserId: handoffs.miniappUserId }).from(handoffs).where(and(eq(handoffs.id, handoffId), eq(handoffs.wardId, wardId)));
    // a question passed to staff from the mini app's Hỏi đáp belongs to a mini-app user
    if (h && h.residentId === null && h.miniappUserId !== null) return this.subjectOfUser(wardId, h.miniappUserId);
    if (!h || h.residentId === null) throw new NotFoundError("conversation_not_found", `no handoff ${handoffId}`, "Không tìm thấy cuộc trò chuyện có số yêu cầu này trong phường.");
    const [resident] = await this.db.select().from(residents).where(eq(residents.id, h.residentId));
    const [user] = await this.db
      .select({ id: miniappUsers.id })
      .from(miniappUsers)
      .where(and(eq(miniappUsers.wardId, wardId), resident!.appUserId ? or(eq(miniappUsers.residentId, resident!.id), eq(miniappUsers.appUserId, resident!.appUserId)) : eq(miniappUsers.residentId, resident!.id)));
    return { wardId, userId: user?.id ?? null, residentId: resident!.id };
  }

  /** Staff's lookup (admins): by the code of one of the person's reports, or by their conversation's request number. */
  async subjectOf(actor: Actor, wardId: number, lookup: { reportCode?: string; conversation?: number }): Promise<DataSubject> {
    if (lookup.reportCode !== undefined) return this.subjectOfReport(actor, wardId, lookup.reportCode);
    if (lookup.conversation !== undefined) return this.subjectOfConversation(actor, wardId, lookup.conversation);
    throw notFound();
  }

  /** Records that staff looked at or exported a person's data on their behalf (the audit log shows who, when, whose). */
  async recordAccess(actor: Actor, s: DataSubject, action: "view_personal_data" | "export_personal_data"): Promise<void> {
    requireRole(actor, s.wardId, "admin");
    await auditInsert(this.db, this.clock.now(), {
      wardId: s.wardId,
      userId: actor.userId,
      action,
      entity: s.userId !== null ? "miniapp_user" : "resident",
      entityId: s.userId ?? s.residentId,
      after: s.userId !== null && s.residentId !== null ? { residentId: s.residentId } : null,
    });
  }

  /** Everything held about a mini-app user (and the linked chat), as JSON they can read or save. */
  async export(wardId: number, userId: number) {
    return this.exportSubject(await this.subjectOfUser(wardId, userId));
  }

  /** Everything held about a person, as JSON they can read or save. */
  async exportSubject(s: DataSubject) {
    const db = this.db;
    const [user] = s.userId !== null ? await db.select().from(miniappUsers).where(and(eq(miniappUsers.id, s.userId), eq(miniappUsers.wardId, s.wardId))) : [];
    const [resident] = s.residentId !== null ? await db.select().from(residents).where(and(eq(residents.id, s.residentId), eq(residents.wardId, s.wardId))) : [];
    if (!user && !resident) throw notFound();
    const own = user ? await db.select().from(reports).where(and(eq(reports.wardId, s.wardId), eq(reports.userId, user.id))) : [];
    const ids = own.map((r) => r.id);
    const photoColumns = { id: reportPhotos.id, reportId: reportPhotos.reportId, kind: reportPhotos.kind, contentType: reportPhotos.contentType, bytes: reportPhotos.bytes, createdAt: reportPhotos.createdAt };
    const photos = user ? await db.select(photoColumns).from(reportPhotos).where(ids.length ? or(inArray(reportPhotos.reportId, ids), eq(reportPhotos.uploaderUserId, user.id)) : eq(reportPhotos.uploaderUserId, user.id)) : [];
    const notices = user ? await db.select({ reportId: reportNotices.reportId, text: reportNotices.text, createdAt: reportNotices.createdAt }).from(reportNotices).where(eq(reportNotices.userId, user.id)) : [];
    const following = user ? await db.select({ reportId: reportFollowers.reportId, since: reportFollowers.createdAt }).from(reportFollowers).where(eq(reportFollowers.userId, user.id)) : [];
    const chat = resident ? await db.select({ direction: messages.direction, author: messages.author, text: messages.text, createdAt: messages.createdAt }).from(messages).where(eq(messages.residentId, resident.id)) : [];
    const questions = resident ? await db.select({ question: askLog.question, kind: askLog.kind, createdAt: askLog.createdAt }).from(askLog).where(eq(askLog.residentId, resident.id)) : [];
    // the mini app's Hỏi đáp conversation, and every question passed to staff (from the chat or the mini app)
    const miniappChat = user ? await db.select({ author: miniappChatMessages.author, kind: miniappChatMessages.kind, text: miniappChatMessages.text, createdAt: miniappChatMessages.createdAt }).from(miniappChatMessages).where(eq(miniappChatMessages.userId, user.id)) : [];
    const questionsToStaff = await db.select({ id: handoffs.id, question: handoffs.question, status: handoffs.status, createdAt: handoffs.createdAt }).from(handoffs).where(handoffsOf(s));
    const keys = scamKeys(s);
    const forwardedScams = keys.length
      ? await db.select({ channel: scamReports.channel, sample: scamReports.sample, createdAt: scamReports.createdAt }).from(scamReports).where(and(eq(scamReports.wardId, s.wardId), inArray(scamReports.residentKey, keys)))
      : [];
    return {
      user: user ? { name: user.displayName, zaloAppUserId: user.appUserId, firstSeenAt: user.createdAt, lastSeenAt: user.lastSeenAt } : null,
      zaloChat: resident ? { name: resident.displayName, firstSeenAt: resident.createdAt, lastInteractionAt: resident.lastInteractionAt } : null,
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
      miniappChat,
      questionsToStaff,
      forwardedScams,
    };
  }

  /** The mini-app user behind a report code of the ward (staff acting on a resident's request). */
  async userOfReport(actor: Actor, wardId: number, reportCode: string): Promise<number> {
    return (await this.subjectOfReport(actor, wardId, reportCode)).userId!;
  }

  /** Anonymises everything of a mini-app user (and the linked OA resident's texts); audited. */
  async erase(wardId: number, userId: number, by: { staffUserId: number | null }) {
    return this.eraseSubject(await this.subjectOfUser(wardId, userId), by);
  }

  /** Anonymises everything of a person in one batch with its audit row, then deletes the photo files. */
  async eraseSubject(s: DataSubject, by: { staffUserId: number | null }): Promise<{ reports: number; photos: number; messages: number; scamReports: number }> {
    const db = this.db;
    const now = this.clock.now();
    const [user] = s.userId !== null ? await db.select().from(miniappUsers).where(and(eq(miniappUsers.id, s.userId), eq(miniappUsers.wardId, s.wardId))) : [];
    const [resident] = s.residentId !== null ? await db.select().from(residents).where(and(eq(residents.id, s.residentId), eq(residents.wardId, s.wardId))) : [];
    if (!user && !resident) throw notFound();
    const writes: BatchItem<"sqlite">[] = [];
    let ids: number[] = [];
    let photos: Array<{ id: number; blobKey: string }> = [];
    if (user) {
      ids = (await db.select({ id: reports.id }).from(reports).where(and(eq(reports.wardId, s.wardId), eq(reports.userId, user.id)))).map((r) => r.id);
      photos = await db
        .select({ id: reportPhotos.id, blobKey: reportPhotos.blobKey })
        .from(reportPhotos)
        .where(ids.length ? or(eq(reportPhotos.uploaderUserId, user.id), and(inArray(reportPhotos.reportId, ids), eq(reportPhotos.kind, "resident"))) : eq(reportPhotos.uploaderUserId, user.id));
      writes.push(
        db.update(miniappUsers).set({ displayName: null, appUserId: `erased:${user.id}`, residentId: null, lastSeenAt: now }).where(eq(miniappUsers.id, user.id)),
        db.delete(miniappSessions).where(eq(miniappSessions.userId, user.id)),
        db.delete(reportNotices).where(eq(reportNotices.userId, user.id)),
      );
      if (ids.length) {
        writes.push(
          db.update(reports).set({ description: ERASED_TEXT, address: null, landmark: null, phone: null, lat: null, lng: null, ratingComment: null, hideName: true, updatedAt: now }).where(inArray(reports.id, ids)),
          // the resident's own lines (reopen reasons, rating comments)
          db.update(reportHistory).set({ message: null }).where(and(inArray(reportHistory.reportId, ids), eq(reportHistory.actor, "resident"))),
        );
      }
    }
    let messageCount = 0;
    if (user) {
      // Hỏi đáp in the mini app: its messages and their ask-log lines (same time, same text)
      messageCount += (await db.select({ id: miniappChatMessages.id }).from(miniappChatMessages).where(eq(miniappChatMessages.userId, user.id))).length;
      const asked = sql`(select ${miniappChatMessages.createdAt} from ${miniappChatMessages} where ${miniappChatMessages.userId} = ${user.id} and ${miniappChatMessages.author} = 'resident')`;
      writes.push(
        db.update(askLog).set({ question: "" }).where(and(eq(askLog.wardId, s.wardId), eq(askLog.channel, "miniapp"), sql`${askLog.createdAt} in ${asked}`)),
        db.update(miniappChatMessages).set({ text: "", meta: null }).where(eq(miniappChatMessages.userId, user.id)),
      );
    }
    // questions passed to staff (from the OA chat or the mini app), staff's replies and notes on them
    const requests = (await db.select({ id: handoffs.id }).from(handoffs).where(handoffsOf(s))).map((h) => h.id);
    if (requests.length) {
      writes.push(
        db.update(handoffs).set({ question: ERASED_TEXT }).where(inArray(handoffs.id, requests)),
        db.update(handoffReplies).set({ text: ERASED_TEXT }).where(inArray(handoffReplies.handoffId, requests)),
        db.update(handoffNotes).set({ body: ERASED_TEXT }).where(inArray(handoffNotes.handoffId, requests)),
        db.delete(handoffSummaries).where(inArray(handoffSummaries.handoffId, requests)),
      );
    }
    if (resident) {
      const chat = await db.select({ id: messages.id, eventId: messages.eventId }).from(messages).where(eq(messages.residentId, resident.id));
      messageCount += chat.length;
      const eventIds = [...new Set(chat.map((m) => m.eventId).filter((e): e is number => e !== null))];
      writes.push(
        db.update(messages).set({ text: null, meta: null }).where(eq(messages.residentId, resident.id)),
        db.update(askLog).set({ question: "" }).where(eq(askLog.residentId, resident.id)),
        // the Zalo id goes too: what stays can no longer be tied to the person; a new message starts afresh
        db.update(residents).set({ displayName: null, appUserId: null, zaloUserId: `erased:${resident.id}` }).where(eq(residents.id, resident.id)),
        db.delete(residentProfiles).where(eq(residentProfiles.residentId, resident.id)),
        db.update(outbox).set({ payload: "{}" }).where(and(eq(outbox.residentId, resident.id), inArray(outbox.status, ["sent", "failed"]))),
      );
      if (eventIds.length) writes.push(db.update(webhookEvents).set({ rawBody: "{}" }).where(and(inArray(webhookEvents.id, eventIds), inArray(webhookEvents.status, ["done", "failed"]))));
    }
    // what the conversations remember (the last question, the choices offered) goes as well
    const conversations = [
      ...(user ? [and(eq(conversationState.channel, "miniapp"), eq(conversationState.residentKey, user.appUserId))] : []),
      ...(resident ? [eq(conversationState.residentId, resident.id), and(eq(conversationState.channel, "zalo"), eq(conversationState.residentKey, resident.zaloUserId))] : []),
    ];
    if (conversations.length) writes.push(db.delete(conversationState).where(and(eq(conversationState.wardId, s.wardId), or(...conversations))));
    const keys = scamKeys(s);
    const scams = keys.length ? (await db.select({ id: scamReports.id }).from(scamReports).where(and(eq(scamReports.wardId, s.wardId), inArray(scamReports.residentKey, keys)))).length : 0;
    if (scams) writes.push(db.delete(scamReports).where(and(eq(scamReports.wardId, s.wardId), inArray(scamReports.residentKey, keys))));
    if (photos.length) writes.push(db.delete(reportPhotos).where(inArray(reportPhotos.id, photos.map((p) => p.id))));
    const counts = { reports: ids.length, photos: photos.length, messages: messageCount, scamReports: scams };
    writes.push(
      auditInsert(db, now, {
        wardId: s.wardId,
        userId: by.staffUserId,
        action: "erase_personal_data",
        entity: user ? "miniapp_user" : "resident",
        entityId: user ? user.id : resident!.id,
        after: { requestedBy: by.staffUserId === null ? "resident" : "staff_on_behalf", ...(user && resident ? { residentId: resident.id } : {}), ...counts },
      }),
    );
    await db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    // the files after the rows: a file left behind by a failure is unreachable, never shown
    await this.retention.deletePhotoFiles(photos);
    return counts;
  }

  private async linkedResident(wardId: number, user: typeof miniappUsers.$inferSelect) {
    if (user.residentId !== null) {
      const [r] = await this.db.select().from(residents).where(eq(residents.id, user.residentId));
      return r;
    }
    const [r] = await this.db.select().from(residents).where(and(eq(residents.wardId, wardId), eq(residents.appUserId, user.appUserId), isNotNull(residents.appUserId)));
    return r;
  }
}
