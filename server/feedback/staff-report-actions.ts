import { eq, and, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { reportFollowers, reportHistory, reportPhotos, reports } from "../db/schema-feedback";
import { ConflictError, ValidationError } from "../lib/errors";
import type { ReportStatus } from "./feedback-categories";
import type { FeedbackSettingsStore } from "./feedback-settings";
import { optionalText, requireText } from "./feedback-text";
import { MAX_RESULT_PHOTOS_PER_REPORT, reportState, type Batch, type FeedbackDeps, type ReportRow, type StaffBy, type StaffReportDetail } from "./feedback-types";
import { sanitizeImage } from "./image-sanitizer";
import { openReport, staffReport } from "./report-lookup";
import { noticeText, noticeWrites } from "./report-notices";
import type { ReportPhotos } from "./report-photos";
import { isPublicMessage, staffDetail } from "./report-views";

/**
 * What staff do with a report in the console: assign, change status, reply, decline, change
 * priority, attach result photos, merge. No role checks here (StaffReportService does them);
 * every change is ONE batch: the report row, its history line, the notices (and outbox rows) for
 * the reporter and followers, and the audit row the console passes in `by.audit`.
 */
export class StaffReportActions {
  constructor(
    private readonly deps: FeedbackDeps,
    private readonly parts: { settings: FeedbackSettingsStore; photos: ReportPhotos },
  ) {}

  private detail(wardId: number, reportId: number): Promise<StaffReportDetail> {
    return staffDetail(this.deps.db, this.deps.clock.now(), wardId, reportId);
  }

  /** "Tiếp nhận": staff took the report in hand; the resident reads "Đã tiếp nhận" only from now, and is told. */
  async acknowledge(wardId: number, reportId: number, input: StaffBy & { message?: string }): Promise<StaffReportDetail> {
    const report = await openReport(this.deps.db, wardId, reportId);
    if (report.acknowledgedAt !== null) throw new ConflictError("already_acknowledged", "already acknowledged", "Phản ánh này đã được tiếp nhận.");
    await this.transition(report, input, { kind: "acknowledged", to: report.status, message: input.message?.trim() || null });
    return this.detail(wardId, reportId);
  }

  /** Assigns the report to a staff member or team; the resident is told it is being handled. */
  async assign(wardId: number, reportId: number, input: StaffBy & { assignee: string; message?: string }): Promise<StaffReportDetail> {
    const report = await openReport(this.deps.db, wardId, reportId);
    const assignee = requireText(input.assignee, 100, "Vui lòng nhập cán bộ hoặc bộ phận được giao.");
    const to: ReportStatus = report.status === "in_progress" ? "in_progress" : "assigned";
    const message = input.message?.trim() || null;
    await this.transition(report, input, { kind: "assigned", to, message, meta: { assignee }, set: { assignee } });
    return this.detail(wardId, reportId);
  }

  /**
   * Moves an open report to "in_progress" or "resolved", with a message to the resident
   * (required for resolved: what was done). Declining has its own method (a reason is required).
   */
  async changeStatus(wardId: number, reportId: number, input: StaffBy & { status: "in_progress" | "resolved"; message?: string }): Promise<StaffReportDetail> {
    const report = await openReport(this.deps.db, wardId, reportId);
    const message =
      input.status === "resolved" ? requireText(input.message, 2000, "Vui lòng ghi kết quả xử lý để báo người dân.") : optionalText(input.message, 2000);
    if (report.status === input.status) throw new ConflictError("same_status", "status unchanged", "Phản ánh đã ở trạng thái này.");
    const now = this.deps.clock.now();
    await this.transition(report, input, { kind: "status", to: input.status, message, set: input.status === "resolved" ? { resolvedAt: now } : {} });
    return this.detail(wardId, reportId);
  }

  /** A message to the resident about the report, without changing its status. */
  async reply(wardId: number, reportId: number, input: StaffBy & { message: string }): Promise<StaffReportDetail> {
    const report = await staffReport(this.deps.db, wardId, reportId);
    const message = requireText(input.message, 2000, "Vui lòng nhập nội dung trả lời.");
    await this.transition(report, input, { kind: "message", to: report.status, message });
    return this.detail(wardId, reportId);
  }

  /** Declines an open report with a reason the resident sees (e.g. outside the ward's remit). */
  async decline(wardId: number, reportId: number, input: StaffBy & { reason: string }): Promise<StaffReportDetail> {
    const report = await openReport(this.deps.db, wardId, reportId);
    const reason = requireText(input.reason, 1000, "Vui lòng ghi lý do không xử lý để báo người dân.");
    const now = this.deps.clock.now();
    await this.transition(report, input, { kind: "declined", to: "declined", message: reason, set: { declineReason: reason, resolvedAt: now } });
    return this.detail(wardId, reportId);
  }

  /** Urgent or normal; the deadlines are recomputed from the report's arrival, or from its reopening. */
  async setPriority(wardId: number, reportId: number, input: StaffBy & { priority: "urgent" | "normal" }): Promise<StaffReportDetail> {
    const { db } = this.deps;
    const report = await openReport(db, wardId, reportId);
    if (report.priority === input.priority) return this.detail(wardId, reportId);
    const { acknowledgeBy, resolveBy } = await this.parts.settings.deadlines(wardId, input.priority, report.deadlineFrom ?? report.createdAt);
    const now = this.deps.clock.now();
    const by = requireText(input.by, 100, "Thiếu tên cán bộ thực hiện.");
    const before = reportState(report);
    await db.batch([
      db.update(reports).set({ priority: input.priority, acknowledgeBy, resolveBy, updatedAt: now }).where(eq(reports.id, report.id)),
      db.insert(reportHistory).values({ wardId, reportId, kind: "priority", actor: by, meta: JSON.stringify({ from: report.priority, to: input.priority }), createdAt: now }),
      ...(input.audit ? [input.audit({ before, after: { ...before, priority: input.priority } })] : []),
    ]);
    return this.detail(wardId, reportId);
  }

  /**
   * Photos of the result (after the work), shown to the reporter. Every file is checked and
   * stripped like residents' photos before any is stored, so a bad file stores none; the rows,
   * their history lines and the audit row are one batch.
   */
  async attachResultPhotos(wardId: number, reportId: number, input: StaffBy & { files: Uint8Array[] }): Promise<StaffReportDetail> {
    const { db } = this.deps;
    const report = await staffReport(db, wardId, reportId);
    const by = requireText(input.by, 100, "Thiếu tên cán bộ thực hiện.");
    const clean = input.files.map((f) => sanitizeImage(f));
    const [count] = await db.select({ n: sql<number>`count(*)` }).from(reportPhotos).where(and(eq(reportPhotos.reportId, report.id), eq(reportPhotos.kind, "result")));
    if ((count?.n ?? 0) + clean.length > MAX_RESULT_PHOTOS_PER_REPORT) {
      throw new ValidationError("too_many_photos", "too many result photos", `Mỗi phản ánh có tối đa ${MAX_RESULT_PHOTOS_PER_REPORT} ảnh kết quả.`);
    }
    const now = this.deps.clock.now();
    const writes: Batch = [];
    const stored = [];
    for (const photo of clean) {
      const blob = await this.parts.photos.putBlob(wardId, photo);
      stored.push(blob);
      const photoId = sql`(select ${reportPhotos.id} from ${reportPhotos} where ${reportPhotos.blobKey} = ${blob.blobKey})`;
      writes.push(db.insert(reportPhotos).values({ wardId, uploaderUserId: null, reportId: report.id, kind: "result", ...blob, createdAt: now }));
      writes.push(db.insert(reportHistory).values({ wardId, reportId, kind: "result_photo", actor: by, meta: sql`json_object('photoId', ${photoId})`, createdAt: now }));
    }
    if (input.audit) writes.push(input.audit({ before: reportState(report), after: reportState(report) }));
    try {
      await db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    } catch (err) {
      for (const blob of stored) await this.deps.blobs.delete(blob.blobKey).catch(() => undefined);
      throw err;
    }
    return this.detail(wardId, reportId);
  }

  /**
   * Merges a duplicate into another open report of the ward. The duplicate is closed as
   * "merged"; its reporter (and followers) now follow the target and are told its code.
   */
  async merge(wardId: number, input: StaffBy & { duplicateId: number; intoId: number }): Promise<StaffReportDetail> {
    const { db } = this.deps;
    if (input.duplicateId === input.intoId) throw new ValidationError("merge_self", "same report", "Không thể gộp phản ánh vào chính nó.");
    const duplicate = await openReport(db, wardId, input.duplicateId);
    const target = await openReport(db, wardId, input.intoId);
    const now = this.deps.clock.now();
    const followers = await db.select({ userId: reportFollowers.userId }).from(reportFollowers).where(eq(reportFollowers.reportId, duplicate.id));
    const movers = [...new Set([duplicate.userId, ...followers.map((f) => f.userId)])].filter((u) => u !== target.userId);
    const by = requireText(input.by, 100, "Thiếu tên cán bộ thực hiện.");
    const extra: Batch = [
      ...movers.map((userId) => db.insert(reportFollowers).values({ wardId, reportId: target.id, userId, createdAt: now }).onConflictDoNothing()),
      db.insert(reportHistory).values({ wardId, reportId: target.id, kind: "merged_in", actor: by, meta: JSON.stringify({ duplicateId: duplicate.id, duplicateCode: duplicate.code }), createdAt: now }),
    ];
    await this.transition(duplicate, input, {
      kind: "merged",
      to: "merged",
      message: `Phản ánh này trùng với phản ánh ${target.code} đã được phường tiếp nhận. Ông/bà theo dõi kết quả ở phản ánh ${target.code}.`,
      meta: { intoId: target.id, intoCode: target.code },
      set: { mergedIntoId: target.id },
      extra,
    });
    return this.detail(wardId, target.id);
  }

  /**
   * A status change (or message): the report row, its history line, `extra`, the notices for
   * the reporter and followers and the audit row, in one batch; then the OA messages are tried
   * at once (failures stay in the outbox; the sweeper retries them).
   */
  private async transition(
    report: ReportRow,
    by: StaffBy,
    change: { kind: string; to: ReportStatus; message: string | null; meta?: unknown; set?: Partial<typeof reports.$inferInsert>; extra?: Batch },
  ): Promise<void> {
    const { db, clock, wards, outbox, logger } = this.deps;
    const now = clock.now();
    const actor = requireText(by.by, 100, "Thiếu tên cán bộ thực hiện.");
    const ward = await wards.byId(report.wardId);
    const texts = {
      reporter: noticeText(ward.name, report, change.to, change.message),
      followers: change.kind === "message" ? null : noticeText(ward.name, report, change.to, isPublicMessage(change.kind, change.to) ? change.message : null),
    };
    // a first staff action acknowledges the report too: its own line, before the action's, so the
    // timeline shows when the ward took it (and the notices below still name the action's line)
    const writes: Batch =
      report.acknowledgedAt === null && change.kind !== "acknowledged"
        ? [db.insert(reportHistory).values({ wardId: report.wardId, reportId: report.id, kind: "acknowledged", fromStatus: report.status, toStatus: report.status, actor, createdAt: now })]
        : [];
    // the history line first: the notices read its id inside the batch
    writes.push(
      db.insert(reportHistory).values({
        wardId: report.wardId,
        reportId: report.id,
        kind: change.kind,
        fromStatus: report.status,
        toStatus: change.to,
        message: change.message,
        actor,
        meta: change.meta === undefined ? null : JSON.stringify(change.meta),
        createdAt: now,
      }),
    );
    const notices = await noticeWrites(this.deps, report, texts, now);
    writes.push(...notices.writes);
    writes.push(db.update(reports).set({ status: change.to, updatedAt: now, acknowledgedAt: report.acknowledgedAt ?? now, ...change.set }).where(eq(reports.id, report.id)));
    writes.push(...(change.extra ?? []));
    if (by.audit) {
      const before = reportState(report);
      writes.push(by.audit({ before, after: reportState({ ...report, status: change.to, ...change.set } as ReportRow) }));
    }
    await db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    for (const residentId of notices.toDeliver) {
      await outbox.deliverDue({ residentId }).catch((err) => logger.warn("report notice delivery deferred", { residentId, error: (err as Error).message }));
    }
  }
}
