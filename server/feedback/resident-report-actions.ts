import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { reportFollowers, reportHistory, reportNotices, reports } from "../db/schema-feedback";
import { ConflictError, NotFoundError } from "../lib/errors";
import { openStatuses } from "./feedback-categories";
import type { FeedbackSettingsStore } from "./feedback-settings";
import { REOPEN_WINDOW_MS, type FeedbackDeps, type ResidentReportView } from "./feedback-types";
import { ownReport, reportRow, visibleReport } from "./report-lookup";
import { residentView } from "./report-views";
import type { ResidentRateLimits } from "./resident-rate-limits";
import { isNear, type SimilarQuery } from "./similar-reports";

/** What a resident does with reports in the mini app after sending one: read, follow, rate, reopen. */
export class ResidentReportActions {
  constructor(
    private readonly deps: Pick<FeedbackDeps, "db" | "clock">,
    private readonly parts: { settings: FeedbackSettingsStore; limits: ResidentRateLimits },
  ) {}

  private view(r: typeof reports.$inferSelect, userId: number) {
    return residentView(this.deps.db, this.deps.clock.now(), r, userId);
  }

  /** The resident's own reports and the ones they follow, newest first. */
  async list(wardId: number, userId: number): Promise<ResidentReportView[]> {
    const { db } = this.deps;
    const followedIds = (await db.select({ id: reportFollowers.reportId }).from(reportFollowers).where(and(eq(reportFollowers.wardId, wardId), eq(reportFollowers.userId, userId)))).map((r) => r.id);
    const condition = followedIds.length ? or(eq(reports.userId, userId), inArray(reports.id, followedIds)) : eq(reports.userId, userId);
    const rows = await db.select().from(reports).where(and(eq(reports.wardId, wardId), condition)).orderBy(desc(reports.createdAt)).limit(100);
    return Promise.all(rows.map((r) => this.view(r, userId)));
  }

  /** One report the resident may see (their own or one they follow); marks its notices seen. */
  async get(wardId: number, userId: number, reportId: number): Promise<ResidentReportView> {
    const report = await visibleReport(this.deps.db, wardId, userId, reportId);
    const view = await this.view(report, userId);
    await this.deps.db
      .update(reportNotices)
      .set({ seenAt: this.deps.clock.now() })
      .where(and(eq(reportNotices.reportId, report.id), eq(reportNotices.userId, userId), isNull(reportNotices.seenAt)));
    return view;
  }

  /** Unseen notices of the resident (shown as a banner on the app's first screen). */
  async unreadNotices(wardId: number, userId: number) {
    return this.deps.db
      .select({ id: reportNotices.id, reportId: reportNotices.reportId, text: reportNotices.text, at: reportNotices.createdAt })
      .from(reportNotices)
      .where(and(eq(reportNotices.wardId, wardId), eq(reportNotices.userId, userId), isNull(reportNotices.seenAt)))
      .orderBy(desc(reportNotices.id))
      .limit(20);
  }

  /**
   * "Theo dõi phản ánh này": follow someone else's open report instead of sending a duplicate.
   * Only from near the report (the same test as the similar-reports search): an id alone is not
   * enough, and a report elsewhere is "not found".
   */
  async follow(wardId: number, userId: number, reportId: number, from: Omit<SimilarQuery, "category"> = {}): Promise<ResidentReportView> {
    const { db } = this.deps;
    await this.parts.limits.consume(wardId, userId, "action");
    const [report] = await db.select().from(reports).where(and(eq(reports.id, reportId), eq(reports.wardId, wardId)));
    if (!report || !openStatuses.includes(report.status)) {
      throw new NotFoundError("report_not_found", `no open report ${reportId}`, "Phản ánh này không còn mở để theo dõi.");
    }
    if (report.userId !== userId && !isNear(from, report).near) {
      throw new NotFoundError("report_not_found", `report ${reportId} not near the follower`, "Không tìm thấy phản ánh đang mở ở gần vị trí của ông/bà để theo dõi.");
    }
    if (report.userId !== userId) {
      await db.insert(reportFollowers).values({ wardId, reportId, userId, createdAt: this.deps.clock.now() }).onConflictDoNothing();
    }
    return this.view(report, userId);
  }

  /** Rates a resolved (or declined) report 1–5, once: the rating and its history line are one batch. */
  async rate(wardId: number, userId: number, reportId: number, rating: number, comment?: string): Promise<ResidentReportView> {
    const { db } = this.deps;
    const report = await ownReport(db, wardId, userId, reportId);
    if (report.status !== "resolved" && report.status !== "declined") {
      throw new ConflictError("not_rateable", "report not closed", "Chỉ đánh giá được khi phường đã xử lý xong phản ánh.");
    }
    if (report.rating !== null) throw new ConflictError("already_rated", "already rated", "Ông/bà đã đánh giá phản ánh này rồi.");
    const now = this.deps.clock.now();
    await db.batch([
      db.update(reports).set({ rating, ratingComment: comment?.trim() || null, ratedAt: now, updatedAt: now }).where(eq(reports.id, report.id)),
      db.insert(reportHistory).values({ wardId, reportId: report.id, kind: "rated", message: comment?.trim() || null, actor: "resident", meta: JSON.stringify({ rating }), createdAt: now }),
    ]);
    return this.view((await reportRow(db, report.id))!, userId);
  }

  /** "Chưa xử lý xong": reopens a resolved report once, within 7 days of its resolution. */
  async reopen(wardId: number, userId: number, reportId: number, reason: string): Promise<ResidentReportView> {
    const { db } = this.deps;
    const report = await ownReport(db, wardId, userId, reportId);
    const now = this.deps.clock.now();
    if (report.status !== "resolved") throw new ConflictError("not_reopenable", "not resolved", "Chỉ mở lại được phản ánh đã xử lý xong.");
    if (report.reopenCount >= 1) throw new ConflictError("reopen_used", "already reopened once", "Mỗi phản ánh chỉ được mở lại một lần. Ông/bà vui lòng gửi phản ánh mới.");
    if (now - (report.resolvedAt ?? 0) > REOPEN_WINDOW_MS) {
      throw new ConflictError("reopen_expired", "more than 7 days after resolution", "Đã quá 7 ngày kể từ khi xử lý xong, không mở lại được. Ông/bà vui lòng gửi phản ánh mới.");
    }
    // new deadlines counted from now, and staff acknowledge the reopened report again
    const { acknowledgeBy, resolveBy } = await this.parts.settings.deadlines(wardId, report.priority, now);
    await db.batch([
      db
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
      db.insert(reportHistory).values({ wardId, reportId: report.id, kind: "reopened", fromStatus: report.status, toStatus: "reopened", message: reason.trim(), actor: "resident", createdAt: now }),
    ]);
    return this.view((await reportRow(db, report.id))!, userId);
  }
}
