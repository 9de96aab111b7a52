import { and, eq, inArray, isNotNull, isNull, lt, ne, notInArray, or, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { askLog, handoffs, messages, outbox, webhookEvents } from "../db/schema";
import { handoffSummaries } from "../db/schema-llm";
import { miniappChatMessages } from "../db/schema-miniapp";
import { miniappActions, miniappSessions, reportPhotos, reports } from "../db/schema-feedback";
import { scamReports } from "../db/schema-scam";
import { handoffReplies, staffSessions } from "../db/schema-staff";
import { openStatuses } from "../feedback/feedback-categories";
import { coarsePlace } from "../feedback/report-views";
import { LONGEST_RATE_WINDOW_MS } from "../feedback/resident-rate-limits";
import type { BlobStore } from "../lib/blob-store";
import type { Clock } from "../lib/clock";
import type { Logger } from "../lib/logger";
import type { WardAdminService } from "../staff/ward-admin-service";
import type { WardService } from "../wards/ward-service";

const DAY = 86_400_000;
/** Rows handled per kind and ward in one sweep (the next sweep continues). */
const BATCH = 500;

/**
 * Keeps personal data only as long as each ward's retention settings say (Law 91/2025/QH15).
 * Run by the sweeper. A purge removes CONTENT and keeps the rows statistics count: events stay
 * without their raw body, messages and ask-log rows without their text, closed reports without
 * phone, position, landmark or house-level address; photos of closed reports and photos never
 * attached to a report are deleted with their files; forwarded scam messages are deleted.
 */
export class RetentionService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly wards: WardService,
    private readonly wardAdmin: WardAdminService,
    private readonly blobs: BlobStore,
    private readonly logger: Logger,
  ) {}

  async purge(): Promise<Record<string, number>> {
    const now = this.clock.now();
    const done: Record<string, number> = { events: 0, messages: 0, asks: 0, contacts: 0, photos: 0, orphans: 0, scams: 0 };
    for (const ward of await this.wards.list()) {
      const r = (await this.wardAdmin.settings(ward.id)).retention;
      const db = this.db;
      const eventsBefore = now - r.raw_events_days * DAY;
      done.events! += (
        await db
          .update(webhookEvents)
          .set({ rawBody: "{}" })
          .where(and(eq(webhookEvents.wardId, ward.id), lt(webhookEvents.receivedAt, eventsBefore), inArray(webhookEvents.status, ["done", "failed"]), ne(webhookEvents.rawBody, "{}")))
      ).rowsAffected;

      const textsBefore = now - r.messages_days * DAY;
      done.messages! += (await db.update(messages).set({ text: null, meta: null }).where(and(eq(messages.wardId, ward.id), lt(messages.createdAt, textsBefore), or(isNotNull(messages.text), isNotNull(messages.meta))))).rowsAffected;
      done.messages! += (await db.update(miniappChatMessages).set({ text: "", meta: null }).where(and(eq(miniappChatMessages.wardId, ward.id), lt(miniappChatMessages.createdAt, textsBefore), ne(miniappChatMessages.text, "")))).rowsAffected;
      await db.update(handoffs).set({ question: "" }).where(and(eq(handoffs.wardId, ward.id), eq(handoffs.status, "resolved"), lt(handoffs.createdAt, textsBefore), ne(handoffs.question, "")));
      await db.update(handoffReplies).set({ text: "" }).where(and(eq(handoffReplies.wardId, ward.id), lt(handoffReplies.createdAt, textsBefore), ne(handoffReplies.text, "")));
      await db.delete(handoffSummaries).where(and(eq(handoffSummaries.wardId, ward.id), lt(handoffSummaries.createdAt, textsBefore)));
      await db.update(outbox).set({ payload: "{}" }).where(and(eq(outbox.wardId, ward.id), inArray(outbox.status, ["sent", "failed"]), lt(outbox.createdAt, textsBefore), ne(outbox.payload, "{}")));

      done.asks! += (await db.update(askLog).set({ question: "" }).where(and(eq(askLog.wardId, ward.id), lt(askLog.createdAt, now - r.ask_log_days * DAY), ne(askLog.question, "")))).rowsAffected;

      // closed reports: contact data and precise place after report_contact_days
      const closedBefore = (days: number) => and(eq(reports.wardId, ward.id), notInArray(reports.status, openStatuses), lt(sql`coalesce(${reports.resolvedAt}, ${reports.updatedAt})`, now - days * DAY));
      const contacts = await db
        .select({ id: reports.id, address: reports.address })
        .from(reports)
        .where(and(closedBefore(r.report_contact_days), or(isNotNull(reports.phone), isNotNull(reports.lat), isNotNull(reports.landmark), sql`${reports.address} glob '*[0-9]*'`)))
        .limit(BATCH);
      for (const c of contacts) {
        await db.update(reports).set({ phone: null, lat: null, lng: null, landmark: null, address: coarsePlace(c.address) }).where(eq(reports.id, c.id));
      }
      done.contacts! += contacts.length;

      const oldPhotos = await db
        .select({ id: reportPhotos.id, blobKey: reportPhotos.blobKey })
        .from(reportPhotos)
        .innerJoin(reports, eq(reports.id, reportPhotos.reportId))
        .where(and(eq(reportPhotos.wardId, ward.id), closedBefore(r.report_photos_days)))
        .limit(BATCH);
      done.photos! += await this.deletePhotos(oldPhotos);
      const orphans = await db
        .select({ id: reportPhotos.id, blobKey: reportPhotos.blobKey })
        .from(reportPhotos)
        .where(and(eq(reportPhotos.wardId, ward.id), isNull(reportPhotos.reportId), lt(reportPhotos.createdAt, now - r.orphan_upload_hours * 3_600_000)))
        .limit(BATCH);
      done.orphans! += await this.deletePhotos(orphans);

      // forwarded scam messages: the ward's period (at most the waves' 30-day look-back, also purged by ScamWaveService)
      done.scams! += (await db.delete(scamReports).where(and(eq(scamReports.wardId, ward.id), lt(scamReports.createdAt, now - r.scam_reports_days * DAY)))).rowsAffected;
    }
    // bookkeeping that holds no content but names people: old rate-limit rows and expired sessions
    await this.db.delete(miniappActions).where(lt(miniappActions.createdAt, now - LONGEST_RATE_WINDOW_MS));
    await this.db.delete(miniappSessions).where(lt(miniappSessions.expiresAt, now));
    await this.db.delete(staffSessions).where(lt(staffSessions.expiresAt, now));
    if (Object.values(done).some(Boolean)) this.logger.info("retention purge", done);
    return done;
  }

  /** Deletes photo rows, then their files (a file left behind by a crash is unreachable). */
  async deletePhotos(rows: Array<{ id: number; blobKey: string }>): Promise<number> {
    if (!rows.length) return 0;
    await this.db.delete(reportPhotos).where(inArray(reportPhotos.id, rows.map((p) => p.id)));
    await this.deletePhotoFiles(rows);
    return rows.length;
  }

  /** Deletes photo files whose rows are already gone. */
  async deletePhotoFiles(rows: Array<{ blobKey: string }>): Promise<void> {
    for (const p of rows) await this.blobs.delete(p.blobKey).catch((err) => this.logger.warn("photo file not deleted", { blobKey: p.blobKey, error: err as Error }));
  }
}
