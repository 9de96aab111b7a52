import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/database";
import { staffMemberships, staffUsers } from "../db/schema-staff";
import type { FeedbackService, FeedbackSettings, ReportState, StaffReportFilter } from "../feedback/feedback-service";
import { staffReport } from "../feedback/report-lookup";
import type { Clock } from "../lib/clock";
import { NotFoundError, ValidationError } from "../lib/errors";
import { requireRole, type Actor } from "./access";
import { auditInsert } from "./audit";
import { checkPeriod } from "./insights-service";

/** Result photos one upload may carry (the service allows 10 per report in all). */
export const MAX_RESULT_PHOTOS_PER_UPLOAD = 5;

/**
 * The console's side of residents' feedback reports. FeedbackService takes a ward id and checks
 * no role; every method here checks the actor's role in the ward first (staff for reports, admin
 * for deadline settings), then calls the service, then writes the audit row (who, what,
 * before/after). A report id of another ward is "not found" (the service filters by ward).
 */
export class StaffReportService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly feedback: FeedbackService,
  ) {}

  /** The name written into the report's history (shown to staff; residents see "phường"). */
  private by(actor: Actor): string {
    const name = actor.name.trim() || actor.email;
    // "resident" marks the resident's own history lines
    return (name === "resident" ? `Cán bộ ${name}` : name).slice(0, 100);
  }

  /** The audit row of a report action, built from the states before and after and written in the action's batch. */
  private audit(actor: Actor, wardId: number, action: string, reportId: number, after: (change: { before: ReportState; after: ReportState }) => { before: unknown; after: unknown }) {
    return (change: { before: ReportState; after: ReportState }) => {
      const values = after(change);
      return auditInsert(this.db, this.clock.now(), { wardId, userId: actor.userId, action, entity: "report", entityId: reportId, before: values.before, after: values.after });
    };
  }

  async list(actor: Actor, wardId: number, filter: StaffReportFilter) {
    requireRole(actor, wardId, "staff");
    return this.feedback.list(wardId, filter);
  }

  async detail(actor: Actor, wardId: number, reportId: number) {
    requireRole(actor, wardId, "staff");
    return this.feedback.detail(wardId, reportId);
  }

  /** A photo of this report (the resident's or a result photo), for staff of the ward only. */
  async photo(actor: Actor, wardId: number, reportId: number, photoId: number) {
    requireRole(actor, wardId, "staff");
    const d = await this.feedback.detail(wardId, reportId);
    if (!d.photos.some((p) => p.id === photoId)) throw new NotFoundError("photo_not_found", `photo ${photoId} not in report ${reportId}`, "Không tìm thấy ảnh.");
    return this.feedback.photoForStaff(wardId, photoId);
  }

  /** People a report can be assigned to: active accounts holding the staff or admin role in the ward. */
  async assignees(actor: Actor, wardId: number): Promise<Array<{ userId: number; name: string; email: string }>> {
    requireRole(actor, wardId, "staff");
    const rows = await this.db
      .selectDistinct({ userId: staffUsers.id, name: staffUsers.name, email: staffUsers.email })
      .from(staffMemberships)
      .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.userId))
      .where(and(eq(staffMemberships.wardId, wardId), inArray(staffMemberships.role, ["staff", "admin"]), eq(staffUsers.disabled, false)))
      .orderBy(asc(staffUsers.name));
    return rows;
  }

  async assign(actor: Actor, wardId: number, reportId: number, input: { userId: number; message?: string }) {
    requireRole(actor, wardId, "staff");
    await staffReport(this.db, wardId, reportId); // another ward's report is "not found" before anything else
    const person = (await this.assignees(actor, wardId)).find((p) => p.userId === input.userId);
    if (!person) throw new ValidationError("assignee_unknown", `user ${input.userId} is not staff of ward ${wardId}`, "Vui lòng chọn một cán bộ của phường.");
    const message = input.message?.trim() || null;
    return this.feedback.assign(wardId, reportId, {
      assignee: person.name,
      by: this.by(actor),
      message: input.message,
      audit: this.audit(actor, wardId, "report_assign", reportId, ({ before, after }) => ({ before, after: { ...after, assigneeUserId: person.userId, message } })),
    });
  }

  /** "Tiếp nhận": staff took the report in hand; the resident reads "Đã tiếp nhận" only from now. */
  async acknowledge(actor: Actor, wardId: number, reportId: number) {
    requireRole(actor, wardId, "staff");
    const now = this.clock.now();
    return this.feedback.acknowledge(wardId, reportId, {
      by: this.by(actor),
      audit: this.audit(actor, wardId, "report_acknowledge", reportId, ({ before, after }) => ({ before: { ...before, acknowledgedAt: null }, after: { ...after, acknowledgedAt: now } })),
    });
  }

  async changeStatus(actor: Actor, wardId: number, reportId: number, input: { status: "in_progress" | "resolved"; message?: string }) {
    requireRole(actor, wardId, "staff");
    const message = input.message?.trim() || null;
    return this.feedback.changeStatus(wardId, reportId, {
      ...input,
      by: this.by(actor),
      audit: this.audit(actor, wardId, "report_status", reportId, ({ before, after }) => ({ before, after: { ...after, message } })),
    });
  }

  async reply(actor: Actor, wardId: number, reportId: number, input: { message: string }) {
    requireRole(actor, wardId, "staff");
    return this.feedback.reply(wardId, reportId, {
      message: input.message,
      by: this.by(actor),
      audit: this.audit(actor, wardId, "report_reply", reportId, () => ({ before: null, after: { message: input.message.trim() } })),
    });
  }

  async decline(actor: Actor, wardId: number, reportId: number, input: { reason: string }) {
    requireRole(actor, wardId, "staff");
    return this.feedback.decline(wardId, reportId, { reason: input.reason, by: this.by(actor), audit: this.audit(actor, wardId, "report_decline", reportId, (change) => change) });
  }

  async setPriority(actor: Actor, wardId: number, reportId: number, input: { priority: "urgent" | "normal" }) {
    requireRole(actor, wardId, "staff");
    const d = await this.feedback.detail(wardId, reportId);
    const after = await this.feedback.setPriority(wardId, reportId, {
      priority: input.priority,
      by: this.by(actor),
      audit: this.audit(actor, wardId, "report_priority", reportId, ({ after }) => ({ before: { priority: d.priority, resolveBy: d.resolveBy }, after: { priority: after.priority } })),
    });
    return after;
  }

  /**
   * Result photos: every file is checked (type by content, size, metadata stripped) by the same
   * sanitizer as residents' uploads before any is stored, so a bad file stores none.
   */
  async attachResultPhotos(actor: Actor, wardId: number, reportId: number, files: Uint8Array[]) {
    requireRole(actor, wardId, "staff");
    if (!files.length) throw new ValidationError("empty_upload", "no files", "Vui lòng chọn ít nhất một ảnh kết quả.");
    if (files.length > MAX_RESULT_PHOTOS_PER_UPLOAD) {
      throw new ValidationError("too_many_photos", "too many files", `Mỗi lần tải lên tối đa ${MAX_RESULT_PHOTOS_PER_UPLOAD} ảnh.`);
    }
    return this.feedback.attachResultPhotos(wardId, reportId, {
      files,
      by: this.by(actor),
      audit: this.audit(actor, wardId, "report_result_photo", reportId, () => ({ before: null, after: { photos: files.length } })),
    });
  }

  async merge(actor: Actor, wardId: number, reportId: number, input: { intoId: number }) {
    requireRole(actor, wardId, "staff");
    return this.feedback.merge(wardId, {
      duplicateId: reportId,
      intoId: input.intoId,
      by: this.by(actor),
      audit: this.audit(actor, wardId, "report_merge", reportId, ({ before, after }) => ({ before, after: { status: after.status, mergedIntoId: after.mergedIntoId } })),
    });
  }

  /** Deadline rules for reports (working minutes), kept by FeedbackService: read by staff, changed by admins. */
  async settings(actor: Actor, wardId: number): Promise<FeedbackSettings> {
    requireRole(actor, wardId, "staff", "admin");
    return this.feedback.settings(wardId);
  }

  async updateSettings(actor: Actor, wardId: number, input: FeedbackSettings): Promise<FeedbackSettings> {
    requireRole(actor, wardId, "admin");
    const before = await this.feedback.settings(wardId);
    return this.feedback.updateSettings(wardId, input, [
      auditInsert(this.db, this.clock.now(), { wardId, userId: actor.userId, action: "update_feedback_settings", entity: "feedback_settings", entityId: wardId, before, after: input }),
    ]);
  }

  async stats(actor: Actor, wardId: number, period: { from: number; to: number }) {
    requireRole(actor, wardId, "staff", "communicator");
    checkPeriod(period);
    return this.feedback.stats(wardId, period);
  }
}
