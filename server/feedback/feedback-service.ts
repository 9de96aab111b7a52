import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { foldedText } from "../assistant/text-analysis";
import type { Database } from "../db/database";
import { outbox, residents } from "../db/schema";
import { feedbackSettings, miniappActions, miniappUsers, reportCounters, reportFollowers, reportHistory, reportNotices, reportPhotos, reports } from "../db/schema-feedback";
import type { BlobStore } from "../lib/blob-store";
import type { Clock } from "../lib/clock";
import { randomId } from "../lib/crypto";
import { ConflictError, NotFoundError, RateLimitedError, ValidationError } from "../lib/errors";
import type { Logger } from "../lib/logger";
import type { WardService } from "../wards/ward-service";
import { addWorkingTime } from "../wards/working-hours";
import { replyWindow, type OutboxService } from "../zalo/outbox-service";
import { categoryLabels, looksUrgent, openStatuses, statusLabels, type ReportCategory, type ReportStatus } from "./feedback-categories";
import { linkedOaResident } from "../miniapp/oa-link";
import { sanitizeImage } from "./image-sanitizer";
import { residentStatusLabel, timelineLabel, timelineOrder } from "./report-acknowledgement";
import { LOCATION_REQUIRED, type ReportBasics, type ReportInput, type ResidentReportView, type SimilarReport, type TimelineItem } from "./report-contract";

type Batch = BatchItem<"sqlite">[];
type ReportRow = typeof reports.$inferSelect;

const HOUR = 3_600_000;
const MINUTE = 60_000;
const VIETNAM_OFFSET_MS = 7 * HOUR;
export const MAX_PHOTOS_PER_REPORT = 5;
export const REOPEN_WINDOW_MS = 7 * 24 * HOUR;
/** Similar reports: same category, still open, this recent and this close. */
const SIMILAR_MAX_AGE_MS = 30 * 24 * HOUR;
const SIMILAR_RADIUS_M = 300;

/** iHanoi's rules: acknowledge within 8 working hours; urgent handled within 4. Normal: 5 working days (assumption, set per ward). */
export const defaultFeedbackSettings = { acknowledgeMinutes: 8 * 60, urgentResolveMinutes: 4 * 60, normalResolveMinutes: 40 * 60 };
export type FeedbackSettings = typeof defaultFeedbackSettings;

/** Per-resident limits: [action, max count, window]. */
const rateLimits = {
  report: [
    [5, HOUR, "Ông/bà đã gửi 5 phản ánh trong 1 giờ qua. Vui lòng thử lại sau ít phút; việc khẩn cấp xin gọi đường dây nóng của phường."],
    [20, 24 * HOUR, "Ông/bà đã gửi 20 phản ánh trong hôm nay. Vui lòng gửi tiếp vào ngày mai hoặc gọi đường dây nóng của phường."],
  ],
  upload: [[40, HOUR, "Ông/bà đã tải lên quá nhiều ảnh trong 1 giờ qua. Vui lòng thử lại sau."]],
  check: [[30, 10 * MINUTE, "Ông/bà đã kiểm tra quá nhiều lần trong 10 phút qua. Vui lòng thử lại sau ít phút."]],
  search: [[120, 10 * MINUTE, "Ông/bà đã tìm kiếm quá nhiều lần trong 10 phút qua. Vui lòng thử lại sau ít phút."]],
  action: [[30, HOUR, "Ông/bà đã thao tác quá nhiều lần trong 1 giờ qua. Vui lòng thử lại sau."]],
} as const satisfies Record<string, ReadonlyArray<readonly [number, number, string]>>;
export type RateLimitedAction = keyof typeof rateLimits;

export type { ReportInput, ResidentReportView, TimelineItem } from "./report-contract";

export type StaffReportFilter = {
  status?: ReportStatus | ReportStatus[];
  category?: ReportCategory;
  priority?: "urgent" | "normal";
  assignee?: string;
  /** only open reports past their acknowledge or resolve deadline */
  overdue?: boolean;
  /** text in the code, description or address */
  q?: string;
  /** received at or after / before (ms): the console's period filter and CSV export */
  createdFrom?: number;
  createdTo?: number;
  limit?: number;
  offset?: number;
};

export type StaffReportSummary = ReportBasics & {
  assignee: string | null;
  acknowledgedAt: number | null;
  overdue: "acknowledge" | "resolve" | null;
  followers: number;
  photoCount: number;
};

export type StaffReportDetail = StaffReportSummary & {
  /** hidden ("Người dân (ẩn danh)") when the reporter asked to hide their name from anything public;
   *  staff still see it, but must not publish it */
  reporterName: string | null;
  hideName: boolean;
  phone: string | null;
  location: { lat: number; lng: number } | null;
  landmark: string | null;
  declineReason: string | null;
  mergedIntoId: number | null;
  ratingComment: string | null;
  photos: Array<{ id: number; kind: "resident" | "result"; contentType: string; bytes: number; createdAt: number }>;
  history: Array<{ id: number; kind: string; fromStatus: string | null; toStatus: string | null; message: string | null; actor: string; meta: unknown; createdAt: number }>;
};

/**
 * Residents' feedback reports: what residents do in the mini app (create, follow, rate, reopen)
 * and what staff do in the console (assign, change status, reply, attach result photos, decline,
 * merge). Every change writes history; changes a resident should know about notify them (and
 * followers) through the OA when Zalo's reply window is open, otherwise as a notice shown in
 * the mini app. Services know nothing of HTTP: they throw typed errors with Vietnamese texts.
 */
export class FeedbackService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly wards: WardService,
    private readonly outbox: OutboxService,
    private readonly blobs: BlobStore,
    private readonly logger: Logger,
  ) {}

  // ------------------------------------------------------------------ rate limits

  /** Counts an action and throws RateLimitedError when the resident is over a limit. */
  async consume(wardId: number, userId: number, action: RateLimitedAction): Promise<void> {
    const now = this.clock.now();
    for (const [max, windowMs, message] of rateLimits[action]) {
      const [row] = await this.db
        .select({ n: sql<number>`count(*)` })
        .from(miniappActions)
        .where(and(eq(miniappActions.userId, userId), eq(miniappActions.action, action), gt(miniappActions.createdAt, now - windowMs)));
      if ((row?.n ?? 0) >= max) throw new RateLimitedError("rate_limited", `${action} limit ${max}/${windowMs}ms reached`, message);
    }
    await this.db.insert(miniappActions).values({ wardId, userId, action, createdAt: now });
  }

  // ------------------------------------------------------------------ settings and deadlines

  async settings(wardId: number): Promise<FeedbackSettings> {
    const [row] = await this.db.select().from(feedbackSettings).where(eq(feedbackSettings.wardId, wardId));
    return row ? { acknowledgeMinutes: row.acknowledgeMinutes, urgentResolveMinutes: row.urgentResolveMinutes, normalResolveMinutes: row.normalResolveMinutes } : { ...defaultFeedbackSettings };
  }

  /** Console: changes a ward's deadline rules (working minutes). Applies to reports created afterwards. */
  async updateSettings(wardId: number, settings: FeedbackSettings): Promise<FeedbackSettings> {
    for (const v of Object.values(settings)) {
      if (!Number.isInteger(v) || v < 30 || v > 60 * 24 * 30) throw new ValidationError("invalid_settings", "deadline out of range", "Thời hạn phải từ 30 phút đến 30 ngày làm việc.");
    }
    const now = this.clock.now();
    await this.db
      .insert(feedbackSettings)
      .values({ wardId, ...settings, updatedAt: now })
      .onConflictDoUpdate({ target: feedbackSettings.wardId, set: { ...settings, updatedAt: now } });
    return settings;
  }

  /** Deadlines of a report received at `at`, in the ward's working hours. */
  async deadlines(wardId: number, priority: "urgent" | "normal", at: number): Promise<{ acknowledgeBy: number; resolveBy: number }> {
    const ward = await this.wards.byId(wardId);
    const s = await this.settings(wardId);
    const hours = ward.profile.working_hours;
    const resolveMinutes = priority === "urgent" ? s.urgentResolveMinutes : s.normalResolveMinutes;
    const resolveBy = addWorkingTime(hours, at, resolveMinutes * MINUTE);
    // an urgent report handled within 4 hours is acknowledged within them too
    const acknowledgeBy = Math.min(addWorkingTime(hours, at, s.acknowledgeMinutes * MINUTE), resolveBy);
    return { acknowledgeBy, resolveBy };
  }

  // ------------------------------------------------------------------ photos

  /** Checks, strips and stores an uploaded photo of a resident; attached later by create(). */
  async uploadPhoto(wardId: number, userId: number, bytes: Uint8Array): Promise<{ id: number; contentType: string; bytes: number }> {
    const clean = sanitizeImage(bytes);
    await this.consume(wardId, userId, "upload");
    return this.storePhoto(wardId, { uploaderUserId: userId, reportId: null, kind: "resident" }, clean);
  }

  private async storePhoto(
    wardId: number,
    owner: { uploaderUserId: number | null; reportId: number | null; kind: "resident" | "result" },
    clean: { bytes: Uint8Array; contentType: string },
  ) {
    const ext = clean.contentType.split("/")[1];
    const key = `reports/${wardId}/${randomId(16)}.${ext}`;
    await this.blobs.put(key, clean.bytes, clean.contentType);
    const [row] = await this.db
      .insert(reportPhotos)
      .values({ wardId, ...owner, blobKey: key, contentType: clean.contentType, bytes: clean.bytes.length, createdAt: this.clock.now() })
      .returning();
    return { id: row!.id, contentType: row!.contentType, bytes: row!.bytes };
  }

  /** A photo for the resident who may see it: their own report's photos (resident and result). */
  async photoForResident(wardId: number, userId: number, reportId: number, photoId: number) {
    const report = await this.ownReport(wardId, userId, reportId);
    return this.photoOf(wardId, report.id, photoId);
  }

  /** Console: a photo of a report of the ward (staff only: never a public URL). */
  async photoForStaff(wardId: number, photoId: number): Promise<{ bytes: Uint8Array; contentType: string }> {
    const [photo] = await this.db.select().from(reportPhotos).where(and(eq(reportPhotos.id, photoId), eq(reportPhotos.wardId, wardId)));
    if (!photo?.reportId) throw new NotFoundError("photo_not_found", `no photo ${photoId}`, "Không tìm thấy ảnh.");
    return this.readBlob(photo.blobKey);
  }

  private async photoOf(wardId: number, reportId: number, photoId: number) {
    const [photo] = await this.db
      .select()
      .from(reportPhotos)
      .where(and(eq(reportPhotos.id, photoId), eq(reportPhotos.wardId, wardId), eq(reportPhotos.reportId, reportId)));
    if (!photo) throw new NotFoundError("photo_not_found", `no photo ${photoId}`, "Không tìm thấy ảnh.");
    return this.readBlob(photo.blobKey);
  }

  private async readBlob(key: string) {
    const blob = await this.blobs.get(key);
    if (!blob) throw new NotFoundError("photo_missing", `blob ${key} missing`, "Không tìm thấy ảnh.");
    return blob;
  }

  // ------------------------------------------------------------------ resident: create and read

  /** Open reports of the same category near the given place (offered as "theo dõi phản ánh này"). */
  async similar(wardId: number, userId: number, q: { category: ReportCategory; location?: { lat: number; lng: number }; address?: string }) {
    const now = this.clock.now();
    const rows = await this.db
      .select()
      .from(reports)
      .where(and(eq(reports.wardId, wardId), eq(reports.category, q.category), inArray(reports.status, openStatuses), gt(reports.createdAt, now - SIMILAR_MAX_AGE_MS)))
      .orderBy(desc(reports.createdAt))
      .limit(200);
    const addressWords = new Set(foldedText(q.address ?? "").split(" ").filter((w) => w.length > 1));
    const out: SimilarReport[] = [];
    const followed = new Set((await this.db.select({ id: reportFollowers.reportId }).from(reportFollowers).where(eq(reportFollowers.userId, userId))).map((r) => r.id));
    for (const r of rows) {
      let distanceM: number | null = null;
      let near = false;
      if (q.location && r.lat !== null && r.lng !== null) {
        distanceM = Math.round(haversineM(q.location, { lat: r.lat, lng: r.lng }));
        near = distanceM <= SIMILAR_RADIUS_M;
      } else if (addressWords.size && r.address) {
        const words = foldedText(r.address).split(" ").filter((w) => w.length > 1);
        const shared = words.filter((w) => addressWords.has(w)).length;
        near = shared >= Math.max(2, Math.ceil(Math.min(words.length, addressWords.size) * 0.6));
      }
      if (!near) continue;
      out.push({
        id: r.id,
        code: r.code,
        // the description only: never the reporter's name, phone or photos
        description: r.description.slice(0, 160),
        statusLabel: residentStatusLabel(r.status, r.acknowledgedAt),
        distanceM,
        createdAt: r.createdAt,
        following: followed.has(r.id),
        mine: r.userId === userId,
      });
      if (out.length >= 5) break;
    }
    return out;
  }

  /**
   * Creates a report from the mini app. Idempotent on clientRequestId (a resent form after a lost
   * response gets the same report). Report, photo attachment and first history line are one batch.
   */
  async create(wardId: number, userId: number, input: ReportInput): Promise<ResidentReportView> {
    const [existing] = await this.db
      .select()
      .from(reports)
      .where(and(eq(reports.wardId, wardId), eq(reports.userId, userId), eq(reports.clientRequestId, input.clientRequestId)));
    if (existing) return this.view(existing, userId);

    if (!input.location && !input.address?.trim() && !input.landmark?.trim()) {
      throw new ValidationError("location_required", "no location", LOCATION_REQUIRED);
    }
    if (input.photoIds.length > MAX_PHOTOS_PER_REPORT) throw new ValidationError("too_many_photos", "too many photos", "Mỗi phản ánh gửi tối đa 5 ảnh.");
    if (input.phone && !input.phoneConsent) {
      throw new ValidationError("phone_without_consent", "phone given without consent", "Vui lòng đánh dấu đồng ý chia sẻ số điện thoại, hoặc bỏ số điện thoại.");
    }
    const photos = input.photoIds.length
      ? await this.db
          .select()
          .from(reportPhotos)
          .where(and(eq(reportPhotos.wardId, wardId), eq(reportPhotos.uploaderUserId, userId), inArray(reportPhotos.id, input.photoIds), isNull(reportPhotos.reportId)))
      : [];
    if (photos.length !== new Set(input.photoIds).size) {
      throw new ValidationError("photo_unknown", "photo ids not uploaded by this user", "Một số ảnh chưa tải lên xong. Ông/bà vui lòng chọn lại ảnh.");
    }
    await this.consume(wardId, userId, "report");

    const now = this.clock.now();
    const priority = looksUrgent(foldedText(input.description)) ? "urgent" : "normal";
    const { acknowledgeBy, resolveBy } = await this.deadlines(wardId, priority, now);
    const year = new Date(now + VIETNAM_OFFSET_MS).getUTCFullYear();
    const [counter] = await this.db
      .insert(reportCounters)
      .values({ wardId, year, last: 1 })
      .onConflictDoUpdate({ target: [reportCounters.wardId, reportCounters.year], set: { last: sql`${reportCounters.last} + 1` } })
      .returning();
    const code = `PA-${year}-${String(counter!.last).padStart(6, "0")}`;

    const [report] = await this.db
      .insert(reports)
      .values({
        wardId,
        code,
        userId,
        clientRequestId: input.clientRequestId,
        category: input.category,
        priority,
        status: "received",
        description: input.description.trim(),
        lat: input.location?.lat ?? null,
        lng: input.location?.lng ?? null,
        address: input.address?.trim() || null,
        landmark: input.landmark?.trim() || null,
        phone: input.phoneConsent && input.phone ? input.phone : null,
        hideName: input.hideName,
        acknowledgeBy,
        resolveBy,
        deadlineFrom: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const writes: Batch = [
      this.db.insert(reportHistory).values({ wardId, reportId: report!.id, kind: "created", toStatus: "received", actor: "resident", meta: JSON.stringify({ priority }), createdAt: now }),
    ];
    if (photos.length) writes.push(this.db.update(reportPhotos).set({ reportId: report!.id }).where(inArray(reportPhotos.id, photos.map((p) => p.id))));
    await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    this.logger.info("feedback report created", { wardId, reportId: report!.id, code, priority });
    return this.view(report!, userId);
  }

  /** The resident's own reports and the ones they follow, newest first. */
  async listForResident(wardId: number, userId: number): Promise<ResidentReportView[]> {
    const followedIds = (await this.db.select({ id: reportFollowers.reportId }).from(reportFollowers).where(and(eq(reportFollowers.wardId, wardId), eq(reportFollowers.userId, userId)))).map(
      (r) => r.id,
    );
    const condition = followedIds.length ? or(eq(reports.userId, userId), inArray(reports.id, followedIds)) : eq(reports.userId, userId);
    const rows = await this.db.select().from(reports).where(and(eq(reports.wardId, wardId), condition)).orderBy(desc(reports.createdAt)).limit(100);
    return Promise.all(rows.map((r) => this.view(r, userId)));
  }

  /** One report the resident may see (their own or one they follow); marks its notices seen. */
  async getForResident(wardId: number, userId: number, reportId: number): Promise<ResidentReportView> {
    const report = await this.visibleReport(wardId, userId, reportId);
    const view = await this.view(report, userId);
    await this.db
      .update(reportNotices)
      .set({ seenAt: this.clock.now() })
      .where(and(eq(reportNotices.reportId, report.id), eq(reportNotices.userId, userId), isNull(reportNotices.seenAt)));
    return view;
  }

  /** Unseen notices of the resident (shown as a banner on the app's first screen). */
  async unreadNotices(wardId: number, userId: number) {
    return this.db
      .select({ id: reportNotices.id, reportId: reportNotices.reportId, text: reportNotices.text, at: reportNotices.createdAt })
      .from(reportNotices)
      .where(and(eq(reportNotices.wardId, wardId), eq(reportNotices.userId, userId), isNull(reportNotices.seenAt)))
      .orderBy(desc(reportNotices.id))
      .limit(20);
  }

  /** "Theo dõi phản ánh này": follow someone else's open report instead of sending a duplicate. */
  async follow(wardId: number, userId: number, reportId: number): Promise<ResidentReportView> {
    const [report] = await this.db.select().from(reports).where(and(eq(reports.id, reportId), eq(reports.wardId, wardId)));
    if (!report || !openStatuses.includes(report.status)) {
      throw new NotFoundError("report_not_found", `no open report ${reportId}`, "Phản ánh này không còn mở để theo dõi.");
    }
    await this.consume(wardId, userId, "action");
    if (report.userId !== userId) {
      await this.db.insert(reportFollowers).values({ wardId, reportId, userId, createdAt: this.clock.now() }).onConflictDoNothing();
    }
    return this.view(report, userId);
  }

  /** Rates a resolved (or declined) report 1–5, once. */
  async rate(wardId: number, userId: number, reportId: number, rating: number, comment?: string): Promise<ResidentReportView> {
    const report = await this.ownReport(wardId, userId, reportId);
    if (report.status !== "resolved" && report.status !== "declined") {
      throw new ConflictError("not_rateable", "report not closed", "Chỉ đánh giá được khi phường đã xử lý xong phản ánh.");
    }
    if (report.rating !== null) throw new ConflictError("already_rated", "already rated", "Ông/bà đã đánh giá phản ánh này rồi.");
    const now = this.clock.now();
    await this.db.batch([
      this.db.update(reports).set({ rating, ratingComment: comment?.trim() || null, ratedAt: now, updatedAt: now }).where(eq(reports.id, report.id)),
      this.db.insert(reportHistory).values({ wardId, reportId: report.id, kind: "rated", message: comment?.trim() || null, actor: "resident", meta: JSON.stringify({ rating }), createdAt: now }),
    ]);
    return this.view((await this.row(report.id))!, userId);
  }

  /** "Chưa xử lý xong": reopens a resolved report once, within 7 days of its resolution. */
  async reopen(wardId: number, userId: number, reportId: number, reason: string): Promise<ResidentReportView> {
    const report = await this.ownReport(wardId, userId, reportId);
    const now = this.clock.now();
    if (report.status !== "resolved") throw new ConflictError("not_reopenable", "not resolved", "Chỉ mở lại được phản ánh đã xử lý xong.");
    if (report.reopenCount >= 1) throw new ConflictError("reopen_used", "already reopened once", "Mỗi phản ánh chỉ được mở lại một lần. Ông/bà vui lòng gửi phản ánh mới.");
    if (now - (report.resolvedAt ?? 0) > REOPEN_WINDOW_MS) {
      throw new ConflictError("reopen_expired", "more than 7 days after resolution", "Đã quá 7 ngày kể từ khi xử lý xong, không mở lại được. Ông/bà vui lòng gửi phản ánh mới.");
    }
    // new deadlines counted from now, and staff acknowledge the reopened report again
    const { acknowledgeBy, resolveBy } = await this.deadlines(wardId, report.priority, now);
    await this.db.batch([
      this.db
        .update(reports)
        .set({
          status: "reopened",
          reopenCount: report.reopenCount + 1,
          resolvedAt: null,
          rating: null,
          ratingComment: null,
          ratedAt: null,
          deadlineFrom: now,
          acknowledgeBy,
          acknowledgedAt: null,
          resolveBy,
          updatedAt: now,
        })
        .where(eq(reports.id, report.id)),
      this.db.insert(reportHistory).values({ wardId, reportId: report.id, kind: "reopened", fromStatus: report.status, toStatus: "reopened", message: reason.trim(), actor: "resident", createdAt: now }),
    ]);
    return this.view((await this.row(report.id))!, userId);
  }

  // ------------------------------------------------------------------ staff (console)

  /** Console: reports of a ward with filters, newest first; `overdue` marks missed deadlines. */
  async list(wardId: number, filter: StaffReportFilter = {}): Promise<StaffReportSummary[]> {
    const now = this.clock.now();
    const conditions: SQL[] = [eq(reports.wardId, wardId)];
    if (filter.status) conditions.push(inArray(reports.status, Array.isArray(filter.status) ? filter.status : [filter.status]));
    if (filter.category) conditions.push(eq(reports.category, filter.category));
    if (filter.priority) conditions.push(eq(reports.priority, filter.priority));
    if (filter.assignee) conditions.push(eq(reports.assignee, filter.assignee));
    if (filter.overdue) conditions.push(overdueCondition(now));
    if (filter.createdFrom !== undefined) conditions.push(gte(reports.createdAt, filter.createdFrom));
    if (filter.createdTo !== undefined) conditions.push(lt(reports.createdAt, filter.createdTo));
    if (filter.q?.trim()) {
      const like = `%${filter.q.trim().replace(/[%_]/g, "")}%`;
      conditions.push(sql`(${reports.code} like ${like} or ${reports.description} like ${like} or ${reports.address} like ${like})`);
    }
    const rows = await this.db
      .select()
      .from(reports)
      .where(and(...conditions))
      .orderBy(desc(reports.createdAt))
      .limit(Math.min(filter.limit ?? 50, 200))
      .offset(filter.offset ?? 0);
    return Promise.all(rows.map((r) => this.summary(r, now)));
  }

  /**
   * Console dashboard: reports received in the period by category and by (current) status; open
   * reports overdue now (same rule as list({ overdue: true })); mean rating of the reports
   * resolved in the period.
   */
  async stats(wardId: number, period: { from: number; to: number }) {
    const now = this.clock.now();
    const inPeriod = and(eq(reports.wardId, wardId), gte(reports.createdAt, period.from), lt(reports.createdAt, period.to));
    const byCategory = await this.db.select({ key: reports.category, count: sql<number>`count(*)` }).from(reports).where(inPeriod).groupBy(reports.category);
    const byStatus = await this.db.select({ key: reports.status, count: sql<number>`count(*)` }).from(reports).where(inPeriod).groupBy(reports.status);
    const [overdue] = await this.db
      .select({ n: sql<number>`count(*)`, acknowledge: sql<number>`coalesce(sum(case when ${reports.acknowledgedAt} is null and ${reports.acknowledgeBy} < ${now} then 1 else 0 end), 0)` })
      .from(reports)
      .where(and(eq(reports.wardId, wardId), overdueCondition(now)));
    const [open] = await this.db.select({ n: sql<number>`count(*)` }).from(reports).where(and(eq(reports.wardId, wardId), inArray(reports.status, openStatuses)));
    const [rated] = await this.db
      .select({ n: sql<number>`count(${reports.rating})`, mean: sql<number | null>`avg(${reports.rating})`, resolved: sql<number>`count(*)` })
      .from(reports)
      .where(and(eq(reports.wardId, wardId), eq(reports.status, "resolved"), gte(reports.resolvedAt, period.from), lt(reports.resolvedAt, period.to)));
    return {
      received: byStatus.reduce((n, r) => n + Number(r.count), 0),
      byCategory: byCategory
        .map((r) => ({ category: r.key as ReportCategory, label: categoryLabels[r.key as ReportCategory] ?? r.key, count: Number(r.count) }))
        .sort((a, b) => b.count - a.count),
      byStatus: byStatus.map((r) => ({ status: r.key, label: statusLabels[r.key], count: Number(r.count) })).sort((a, b) => b.count - a.count),
      open: Number(open?.n ?? 0),
      overdue: Number(overdue?.n ?? 0),
      overdueAcknowledge: Number(overdue?.acknowledge ?? 0),
      resolvedInPeriod: Number(rated?.resolved ?? 0),
      ratedInPeriod: Number(rated?.n ?? 0),
      meanRating: rated?.mean === null || rated?.mean === undefined ? null : Number(rated.mean),
    };
  }

  /** Console: everything about one report, history and contact data included. */
  async detail(wardId: number, reportId: number): Promise<StaffReportDetail> {
    const report = await this.staffReport(wardId, reportId);
    const [user] = await this.db.select().from(miniappUsers).where(eq(miniappUsers.id, report.userId));
    const photos = await this.db.select().from(reportPhotos).where(eq(reportPhotos.reportId, report.id)).orderBy(asc(reportPhotos.id));
    const history = await this.db.select().from(reportHistory).where(eq(reportHistory.reportId, report.id)).orderBy(asc(reportHistory.id));
    return {
      ...(await this.summary(report, this.clock.now())),
      reporterName: user?.displayName ?? null,
      hideName: report.hideName,
      phone: report.phone,
      location: report.lat !== null && report.lng !== null ? { lat: report.lat, lng: report.lng } : null,
      landmark: report.landmark,
      declineReason: report.declineReason,
      mergedIntoId: report.mergedIntoId,
      ratingComment: report.ratingComment,
      photos: photos.map((p) => ({ id: p.id, kind: p.kind, contentType: p.contentType, bytes: p.bytes, createdAt: p.createdAt })),
      history: history.map((h) => ({ id: h.id, kind: h.kind, fromStatus: h.fromStatus, toStatus: h.toStatus, message: h.message, actor: h.actor, meta: h.meta ? JSON.parse(h.meta) : null, createdAt: h.createdAt })),
    };
  }

  /** Console: "Tiếp nhận" — staff took the report in hand; the resident is told. */
  async acknowledge(wardId: number, reportId: number, input: { by: string; message?: string }): Promise<StaffReportDetail> {
    const report = await this.openReport(wardId, reportId);
    if (report.acknowledgedAt !== null) throw new ConflictError("already_acknowledged", "already acknowledged", "Phản ánh này đã được tiếp nhận.");
    await this.transition(report, { kind: "acknowledged", to: report.status, by: input.by, message: input.message?.trim() || null });
    return this.detail(wardId, reportId);
  }

  /** Console: assigns the report to a staff member or team; the resident is told it is being handled. */
  async assign(wardId: number, reportId: number, input: { assignee: string; by: string; message?: string }): Promise<StaffReportDetail> {
    const report = await this.openReport(wardId, reportId);
    const assignee = requireText(input.assignee, 100, "Vui lòng nhập cán bộ hoặc bộ phận được giao.");
    const to: ReportStatus = report.status === "in_progress" ? "in_progress" : "assigned";
    const message = input.message?.trim() || null;
    await this.transition(report, { kind: "assigned", to, by: input.by, message, meta: { assignee }, set: { assignee } });
    return this.detail(wardId, reportId);
  }

  /**
   * Console: moves an open report to "in_progress" or "resolved", with a message to the resident
   * (required for resolved: what was done). Declining has its own method (a reason is required).
   */
  async changeStatus(wardId: number, reportId: number, input: { status: "in_progress" | "resolved"; message?: string; by: string }): Promise<StaffReportDetail> {
    const report = await this.openReport(wardId, reportId);
    const message =
      input.status === "resolved" ? requireText(input.message, 2000, "Vui lòng ghi kết quả xử lý để báo người dân.") : optionalText(input.message, 2000);
    if (report.status === input.status) throw new ConflictError("same_status", "status unchanged", "Phản ánh đã ở trạng thái này.");
    const now = this.clock.now();
    await this.transition(report, {
      kind: "status",
      to: input.status,
      by: input.by,
      message,
      set: input.status === "resolved" ? { resolvedAt: now } : {},
    });
    return this.detail(wardId, reportId);
  }

  /** Console: a message to the resident about the report, without changing its status. */
  async reply(wardId: number, reportId: number, input: { message: string; by: string }): Promise<StaffReportDetail> {
    const report = await this.staffReport(wardId, reportId);
    const message = requireText(input.message, 2000, "Vui lòng nhập nội dung trả lời.");
    await this.transition(report, { kind: "message", to: report.status, by: input.by, message });
    return this.detail(wardId, reportId);
  }

  /** Console: declines an open report with a reason the resident sees (e.g. outside the ward's remit). */
  async decline(wardId: number, reportId: number, input: { reason: string; by: string }): Promise<StaffReportDetail> {
    const report = await this.openReport(wardId, reportId);
    const reason = requireText(input.reason, 1000, "Vui lòng ghi lý do không xử lý để báo người dân.");
    const now = this.clock.now();
    await this.transition(report, { kind: "declined", to: "declined", by: input.by, message: reason, set: { declineReason: reason, resolvedAt: now } });
    return this.detail(wardId, reportId);
  }

  /** Console: urgent or normal; the deadlines are recomputed from the report's arrival, or from its reopening. */
  async setPriority(wardId: number, reportId: number, input: { priority: "urgent" | "normal"; by: string }): Promise<StaffReportDetail> {
    const report = await this.openReport(wardId, reportId);
    if (report.priority === input.priority) return this.detail(wardId, reportId);
    const { acknowledgeBy, resolveBy } = await this.deadlines(wardId, input.priority, report.deadlineFrom ?? report.createdAt);
    const now = this.clock.now();
    await this.db.batch([
      this.db.update(reports).set({ priority: input.priority, acknowledgeBy, resolveBy, updatedAt: now }).where(eq(reports.id, report.id)),
      this.db.insert(reportHistory).values({ wardId, reportId, kind: "priority", actor: input.by, meta: JSON.stringify({ from: report.priority, to: input.priority }), createdAt: now }),
    ]);
    return this.detail(wardId, reportId);
  }

  /** Console: a photo of the result (after the work), shown to the reporter; metadata stripped like residents' photos. */
  async attachResultPhoto(wardId: number, reportId: number, input: { bytes: Uint8Array; by: string }): Promise<StaffReportDetail> {
    const report = await this.staffReport(wardId, reportId);
    const count = await this.db.select({ n: sql<number>`count(*)` }).from(reportPhotos).where(and(eq(reportPhotos.reportId, report.id), eq(reportPhotos.kind, "result")));
    if ((count[0]?.n ?? 0) >= 10) throw new ValidationError("too_many_photos", "too many result photos", "Mỗi phản ánh có tối đa 10 ảnh kết quả.");
    const photo = await this.storePhoto(wardId, { uploaderUserId: null, reportId: report.id, kind: "result" }, sanitizeImage(input.bytes));
    await this.db.insert(reportHistory).values({ wardId, reportId, kind: "result_photo", actor: input.by, meta: JSON.stringify({ photoId: photo.id }), createdAt: this.clock.now() });
    return this.detail(wardId, reportId);
  }

  /**
   * Console: merges a duplicate into another open report of the ward. The duplicate is closed as
   * "merged"; its reporter (and followers) now follow the target and are told its code.
   */
  async merge(wardId: number, input: { duplicateId: number; intoId: number; by: string }): Promise<StaffReportDetail> {
    if (input.duplicateId === input.intoId) throw new ValidationError("merge_self", "same report", "Không thể gộp phản ánh vào chính nó.");
    const duplicate = await this.openReport(wardId, input.duplicateId);
    const target = await this.openReport(wardId, input.intoId);
    const now = this.clock.now();
    const followers = await this.db.select({ userId: reportFollowers.userId }).from(reportFollowers).where(eq(reportFollowers.reportId, duplicate.id));
    const movers = [...new Set([duplicate.userId, ...followers.map((f) => f.userId)])].filter((u) => u !== target.userId);
    const extra: Batch = movers.map((userId) => this.db.insert(reportFollowers).values({ wardId, reportId: target.id, userId, createdAt: now }).onConflictDoNothing());
    await this.transition(duplicate, {
      kind: "merged",
      to: "merged",
      by: input.by,
      message: `Phản ánh này trùng với phản ánh ${target.code} đã được phường tiếp nhận. Ông/bà theo dõi kết quả ở phản ánh ${target.code}.`,
      meta: { intoId: target.id, intoCode: target.code },
      set: { mergedIntoId: target.id },
      extra,
    });
    await this.db.insert(reportHistory).values({ wardId, reportId: target.id, kind: "merged_in", actor: input.by, meta: JSON.stringify({ duplicateId: duplicate.id, duplicateCode: duplicate.code }), createdAt: now });
    return this.detail(wardId, target.id);
  }

  /**
   * Notices that waited in the app (Zalo's reply window was closed when they were written) are
   * sent through the OA now, if the resident's window is open again, e.g. because they just wrote
   * to the OA. Returns how many were queued; never throws (a failure leaves them waiting).
   * ConversationService can instead push waitingNoticeWrites() into its own event batch.
   */
  async deliverWaitingNotices(wardId: number, residentId: number): Promise<number> {
    try {
      const writes = await waitingNoticeWrites({ db: this.db, clock: this.clock, outbox: this.outbox }, wardId, residentId);
      if (!writes.length) return 0;
      await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
      await this.outbox.deliverDue({ residentId }).catch((err) => this.logger.warn("waiting notice delivery deferred", { residentId, error: (err as Error).message }));
      return writes.length / 2;
    } catch (err) {
      this.logger.warn("waiting notices not sent", { wardId, residentId, error: (err as Error).message });
      return 0;
    }
  }

  // ------------------------------------------------------------------ internals

  /**
   * Writes a status change (or message) with its history line and the notices for the reporter
   * and followers, in one batch; then tries to deliver the OA messages at once.
   */
  private async transition(
    report: ReportRow,
    change: { kind: string; to: ReportStatus; by: string; message: string | null; meta?: unknown; set?: Partial<typeof reports.$inferInsert>; extra?: Batch },
  ): Promise<void> {
    const now = this.clock.now();
    const by = requireText(change.by, 100, "Thiếu tên cán bộ thực hiện.");
    const [history] = await this.db
      .insert(reportHistory)
      .values({
        wardId: report.wardId,
        reportId: report.id,
        kind: change.kind,
        fromStatus: report.status,
        toStatus: change.to,
        message: change.message,
        actor: by,
        meta: change.meta === undefined ? null : JSON.stringify(change.meta),
        createdAt: now,
      })
      .returning();
    const writes: Batch = [
      this.db
        .update(reports)
        .set({ status: change.to, updatedAt: now, acknowledgedAt: report.acknowledgedAt ?? now, ...change.set })
        .where(eq(reports.id, report.id)),
      ...(change.extra ?? []),
    ];
    // a first staff action acknowledges the report too: the timeline shows when the ward took it
    if (report.acknowledgedAt === null && change.kind !== "acknowledged" && by !== "resident") {
      writes.push(this.db.insert(reportHistory).values({ wardId: report.wardId, reportId: report.id, kind: "acknowledged", fromStatus: report.status, toStatus: report.status, actor: by, createdAt: now }));
    }
    const ward = await this.wards.byId(report.wardId);
    const text = noticeText(ward.name, report, change.to, change.message);
    const recipients = [report.userId, ...(await this.db.select({ userId: reportFollowers.userId }).from(reportFollowers).where(eq(reportFollowers.reportId, report.id))).map((f) => f.userId)];
    const toDeliver: number[] = [];
    for (const userId of [...new Set(recipients)]) {
      const resident = await this.oaResident(report.wardId, userId);
      const open = resident && replyWindow(resident.lastInteractionAt, now) === "free";
      writes.push(this.db.insert(reportNotices).values({ wardId: report.wardId, reportId: report.id, userId, historyId: history!.id, text, channel: open ? "oa" : "app", createdAt: now }));
      if (open) {
        const rows = this.outbox.rows(report.wardId, resident.id, `report:${report.id}:h${history!.id}:u${userId}`, [{ text }]);
        writes.push(this.db.insert(outbox).values(rows).onConflictDoNothing());
        toDeliver.push(resident.id);
      }
    }
    await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    // Delivery failures stay in the outbox; the sweeper retries them.
    for (const residentId of toDeliver) {
      await this.outbox.deliverDue({ residentId }).catch((err) => this.logger.warn("report notice delivery deferred", { residentId, error: (err as Error).message }));
    }
  }

  /** The OA resident behind a mini-app user, for messages through the OA. */
  private oaResident(wardId: number, userId: number) {
    return linkedOaResident(this.db, wardId, userId);
  }

  private async row(reportId: number) {
    const [r] = await this.db.select().from(reports).where(eq(reports.id, reportId));
    return r;
  }

  private async staffReport(wardId: number, reportId: number) {
    const [r] = await this.db.select().from(reports).where(and(eq(reports.id, reportId), eq(reports.wardId, wardId)));
    if (!r) throw new NotFoundError("report_not_found", `no report ${reportId} in ward ${wardId}`, "Không tìm thấy phản ánh.");
    return r;
  }

  private async openReport(wardId: number, reportId: number) {
    const r = await this.staffReport(wardId, reportId);
    if (!openStatuses.includes(r.status)) throw new ConflictError("report_closed", `report ${reportId} is ${r.status}`, "Phản ánh đã đóng, không thay đổi được.");
    return r;
  }

  /** The resident's own report; another resident's report is "not found", never "forbidden" (no probing). */
  private async ownReport(wardId: number, userId: number, reportId: number) {
    const [r] = await this.db.select().from(reports).where(and(eq(reports.id, reportId), eq(reports.wardId, wardId), eq(reports.userId, userId)));
    if (!r) throw new NotFoundError("report_not_found", `report ${reportId} not visible to user ${userId}`, "Không tìm thấy phản ánh.");
    return r;
  }

  private async visibleReport(wardId: number, userId: number, reportId: number) {
    const [r] = await this.db.select().from(reports).where(and(eq(reports.id, reportId), eq(reports.wardId, wardId)));
    if (r && r.userId === userId) return r;
    if (r) {
      const [f] = await this.db.select().from(reportFollowers).where(and(eq(reportFollowers.reportId, r.id), eq(reportFollowers.userId, userId)));
      if (f) return r;
    }
    throw new NotFoundError("report_not_found", `report ${reportId} not visible to user ${userId}`, "Không tìm thấy phản ánh.");
  }

  private async view(r: ReportRow, userId: number): Promise<ResidentReportView> {
    const mine = r.userId === userId;
    const now = this.clock.now();
    const history = timelineOrder(await this.db.select().from(reportHistory).where(eq(reportHistory.reportId, r.id)).orderBy(asc(reportHistory.id)));
    const photos = mine ? await this.db.select({ id: reportPhotos.id, kind: reportPhotos.kind }).from(reportPhotos).where(eq(reportPhotos.reportId, r.id)).orderBy(asc(reportPhotos.id)) : [];
    const notices = await this.db
      .select({ id: reportNotices.id, text: reportNotices.text, at: reportNotices.createdAt })
      .from(reportNotices)
      .where(and(eq(reportNotices.reportId, r.id), eq(reportNotices.userId, userId), isNull(reportNotices.seenAt)))
      .orderBy(asc(reportNotices.id));
    const timeline: TimelineItem[] = history
      .filter((h) => h.kind !== "priority" && h.kind !== "result_photo" && h.kind !== "merged_in")
      .map((h) => ({
        kind: h.kind,
        status: h.kind === "message" || h.kind === "rated" ? null : ((h.toStatus as ReportStatus | null) ?? null),
        statusLabel: timelineLabel(h.kind, h.toStatus, h.meta),
        // assignee names are internal; the resident sees the message staff wrote for them
        message: h.message,
        by: h.actor === "resident" ? "resident" : "ward",
        at: h.createdAt,
      }));
    return {
      id: r.id,
      code: r.code,
      category: r.category as ReportCategory,
      categoryLabel: categoryLabels[r.category as ReportCategory] ?? r.category,
      priority: r.priority,
      status: r.status,
      statusLabel: residentStatusLabel(r.status, r.acknowledgedAt),
      description: r.description,
      address: r.address,
      landmark: r.landmark,
      acknowledgedAt: r.acknowledgedAt,
      location: mine && r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
      createdAt: r.createdAt,
      acknowledgeBy: r.acknowledgeBy,
      resolveBy: r.resolveBy,
      resolvedAt: r.resolvedAt,
      rating: mine ? r.rating : null,
      reopenCount: r.reopenCount,
      canRate: mine && (r.status === "resolved" || r.status === "declined") && r.rating === null,
      canReopen: mine && r.status === "resolved" && r.reopenCount < 1 && now - (r.resolvedAt ?? 0) <= REOPEN_WINDOW_MS,
      relation: mine ? "mine" : "following",
      photos,
      timeline,
      unreadNotices: notices,
    };
  }

  private async summary(r: ReportRow, now: number): Promise<StaffReportSummary> {
    const [followers] = await this.db.select({ n: sql<number>`count(*)` }).from(reportFollowers).where(eq(reportFollowers.reportId, r.id));
    const [photos] = await this.db.select({ n: sql<number>`count(*)` }).from(reportPhotos).where(eq(reportPhotos.reportId, r.id));
    const open = openStatuses.includes(r.status);
    const overdue = !open ? null : r.acknowledgedAt === null && r.acknowledgeBy < now ? "acknowledge" : r.resolveBy < now ? "resolve" : null;
    return {
      id: r.id,
      code: r.code,
      category: r.category as ReportCategory,
      categoryLabel: categoryLabels[r.category as ReportCategory] ?? r.category,
      priority: r.priority,
      status: r.status,
      statusLabel: statusLabels[r.status],
      description: r.description,
      address: r.address ?? r.landmark,
      assignee: r.assignee,
      createdAt: r.createdAt,
      acknowledgeBy: r.acknowledgeBy,
      resolveBy: r.resolveBy,
      acknowledgedAt: r.acknowledgedAt,
      overdue,
      followers: followers?.n ?? 0,
      photoCount: photos?.n ?? 0,
      rating: r.rating,
      reopenCount: r.reopenCount,
    };
  }
}

/** At most this many waiting notices go out at once (the newest; older ones stay in the app). */
const MAX_WAITING_NOTICES = 10;

/**
 * The writes that send an OA resident's waiting in-app notices through the OA: each notice
 * becomes channel "oa" and gets its outbox row, with the same dedupe key a notice sent at once
 * would have had (never twice). Nothing when the reply window is not open. The mini-app users
 * behind the resident are those linked already or named by `user_id_by_app` in the resident's
 * own webhook events (linked now). Delivery is left to the caller (outbox.deliverDue).
 */
export async function waitingNoticeWrites(deps: { db: Database; clock: Clock; outbox: OutboxService }, wardId: number, residentId: number): Promise<Batch> {
  const { db, clock, outbox: outboxService } = deps;
  const now = clock.now();
  const [resident] = await db.select().from(residents).where(and(eq(residents.id, residentId), eq(residents.wardId, wardId)));
  if (!resident || replyWindow(resident.lastInteractionAt, now) !== "free") return [];
  const ids = resident.appUserId ? [resident.appUserId] : [];
  const users = await db
    .select({ id: miniappUsers.id, residentId: miniappUsers.residentId })
    .from(miniappUsers)
    .where(and(eq(miniappUsers.wardId, wardId), ids.length ? or(eq(miniappUsers.residentId, residentId), inArray(miniappUsers.appUserId, ids)) : eq(miniappUsers.residentId, residentId)));
  if (!users.length) return [];
  const toLink = users.filter((u) => u.residentId === null).map((u) => u.id);
  if (toLink.length) await db.update(miniappUsers).set({ residentId }).where(inArray(miniappUsers.id, toLink));
  const notices = (
    await db
      .select()
      .from(reportNotices)
      .where(and(eq(reportNotices.wardId, wardId), inArray(reportNotices.userId, users.map((u) => u.id)), eq(reportNotices.channel, "app"), isNull(reportNotices.seenAt)))
      .orderBy(desc(reportNotices.id))
      .limit(MAX_WAITING_NOTICES)
  ).reverse();
  const writes: Batch = [];
  for (const n of notices) {
    writes.push(db.update(reportNotices).set({ channel: "oa" }).where(and(eq(reportNotices.id, n.id), eq(reportNotices.channel, "app"))));
    const rows = outboxService.rows(wardId, residentId, `report:${n.reportId}:h${n.historyId}:u${n.userId}`, [{ text: n.text }]);
    writes.push(db.insert(outbox).values(rows).onConflictDoNothing());
  }
  return writes;
}

/** Open reports past their acknowledge deadline (not yet acknowledged) or their resolve deadline. */
function overdueCondition(now: number): SQL {
  return and(inArray(reports.status, openStatuses), or(and(isNull(reports.acknowledgedAt), lt(reports.acknowledgeBy, now)), lt(reports.resolveBy, now)))!;
}

function requireText(value: string | undefined, max: number, message: string): string {
  const text = value?.trim() ?? "";
  if (!text) throw new ValidationError("text_required", message, message);
  if (text.length > max) throw new ValidationError("text_too_long", `longer than ${max}`, `Nội dung quá dài (tối đa ${max.toLocaleString("vi-VN")} ký tự).`);
  return text;
}

function optionalText(value: string | undefined, max: number): string | null {
  const text = value?.trim() ?? "";
  if (!text) return null;
  return requireText(text, max, "");
}

function noticeText(wardName: string, report: ReportRow, to: ReportStatus, message: string | null): string {
  const head = `${wardName}: phản ánh ${report.code} (${categoryLabels[report.category as ReportCategory] ?? report.category}) — ${statusLabels[to]}.`;
  const body = message ? `\n${message}` : "";
  return `${head}${body}\nÔng/bà xem chi tiết trong mục "Phản ánh của tôi" của mini app phường.`.slice(0, 2000);
}

function haversineM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

