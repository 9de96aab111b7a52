import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/database";
import { staffMemberships, staffUsers } from "../db/schema-staff";
import type { FeedbackService, FeedbackSettings, StaffReportDetail, StaffReportFilter } from "../feedback/feedback-service";
import { sanitizeImage } from "../feedback/image-sanitizer";
import type { Clock } from "../lib/clock";
import { NotFoundError, ValidationError } from "../lib/errors";
import { requireRole, type Actor } from "./access";
import { auditInsert } from "./audit";

/** Result photos one upload may carry (the service allows 10 per report in all). */
export const MAX_RESULT_PHOTOS_PER_UPLOAD = 5;

type ReportState = Pick<StaffReportDetail, "status" | "priority" | "assignee" | "mergedIntoId" | "declineReason">;

function state(d: StaffReportDetail): ReportState {
  return { status: d.status, priority: d.priority, assignee: d.assignee, mergedIntoId: d.mergedIntoId, declineReason: d.declineReason };
}

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

  private async audit(actor: Actor, wardId: number, action: string, reportId: number, before: unknown, after: unknown) {
    await auditInsert(this.db, this.clock.now(), { wardId, userId: actor.userId, action, entity: "report", entityId: reportId, before, after });
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
    const before = state(await this.feedback.detail(wardId, reportId));
    const person = (await this.assignees(actor, wardId)).find((p) => p.userId === input.userId);
    if (!person) throw new ValidationError("assignee_unknown", `user ${input.userId} is not staff of ward ${wardId}`, "Vui lòng chọn một cán bộ của phường.");
    const after = await this.feedback.assign(wardId, reportId, { assignee: person.name, by: this.by(actor), message: input.message });
    await this.audit(actor, wardId, "report_assign", reportId, before, { ...state(after), assigneeUserId: person.userId, message: input.message?.trim() || null });
    return after;
  }

  /** "Tiếp nhận": staff took the report in hand; the resident reads "Đã tiếp nhận" only from now. */
  async acknowledge(actor: Actor, wardId: number, reportId: number) {
    requireRole(actor, wardId, "staff");
    const after = await this.feedback.acknowledge(wardId, reportId, { by: this.by(actor) });
    await this.audit(actor, wardId, "report_acknowledge", reportId, { acknowledgedAt: null }, { acknowledgedAt: this.clock.now() });
    return after;
  }

  async changeStatus(actor: Actor, wardId: number, reportId: number, input: { status: "in_progress" | "resolved"; message?: string }) {
    requireRole(actor, wardId, "staff");
    const before = state(await this.feedback.detail(wardId, reportId));
    const after = await this.feedback.changeStatus(wardId, reportId, { ...input, by: this.by(actor) });
    await this.audit(actor, wardId, "report_status", reportId, before, { ...state(after), message: input.message?.trim() || null });
    return after;
  }

  async reply(actor: Actor, wardId: number, reportId: number, input: { message: string }) {
    requireRole(actor, wardId, "staff");
    const after = await this.feedback.reply(wardId, reportId, { message: input.message, by: this.by(actor) });
    await this.audit(actor, wardId, "report_reply", reportId, null, { message: input.message.trim() });
    return after;
  }

  async decline(actor: Actor, wardId: number, reportId: number, input: { reason: string }) {
    requireRole(actor, wardId, "staff");
    const before = state(await this.feedback.detail(wardId, reportId));
    const after = await this.feedback.decline(wardId, reportId, { reason: input.reason, by: this.by(actor) });
    await this.audit(actor, wardId, "report_decline", reportId, before, state(after));
    return after;
  }

  async setPriority(actor: Actor, wardId: number, reportId: number, input: { priority: "urgent" | "normal" }) {
    requireRole(actor, wardId, "staff");
    const d = await this.feedback.detail(wardId, reportId);
    const after = await this.feedback.setPriority(wardId, reportId, { priority: input.priority, by: this.by(actor) });
    if (d.priority !== after.priority) {
      await this.audit(actor, wardId, "report_priority", reportId, { priority: d.priority, resolveBy: d.resolveBy }, { priority: after.priority, resolveBy: after.resolveBy });
    }
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
    const before = await this.feedback.detail(wardId, reportId);
    for (const f of files) sanitizeImage(f);
    const existing = before.photos.filter((p) => p.kind === "result").length;
    if (existing + files.length > 10) throw new ValidationError("too_many_photos", "too many result photos", "Mỗi phản ánh có tối đa 10 ảnh kết quả.");
    let after = before;
    for (const bytes of files) after = await this.feedback.attachResultPhoto(wardId, reportId, { bytes, by: this.by(actor) });
    const beforeIds = new Set(before.photos.map((p) => p.id));
    const added = after.photos.filter((p) => !beforeIds.has(p.id)).map((p) => ({ id: p.id, contentType: p.contentType, bytes: p.bytes }));
    await this.audit(actor, wardId, "report_result_photo", reportId, null, { photos: added });
    return after;
  }

  async merge(actor: Actor, wardId: number, reportId: number, input: { intoId: number }) {
    requireRole(actor, wardId, "staff");
    const before = state(await this.feedback.detail(wardId, reportId));
    const target = await this.feedback.merge(wardId, { duplicateId: reportId, intoId: input.intoId, by: this.by(actor) });
    await this.audit(actor, wardId, "report_merge", reportId, before, { status: "merged", mergedIntoId: target.id, mergedIntoCode: target.code });
    return target;
  }

  /** Deadline rules for reports (working minutes), kept by FeedbackService: read by staff, changed by admins. */
  async settings(actor: Actor, wardId: number): Promise<FeedbackSettings> {
    requireRole(actor, wardId, "staff", "admin");
    return this.feedback.settings(wardId);
  }

  async updateSettings(actor: Actor, wardId: number, input: FeedbackSettings): Promise<FeedbackSettings> {
    requireRole(actor, wardId, "admin");
    const before = await this.feedback.settings(wardId);
    const after = await this.feedback.updateSettings(wardId, input);
    await auditInsert(this.db, this.clock.now(), { wardId, userId: actor.userId, action: "update_feedback_settings", entity: "feedback_settings", entityId: wardId, before, after });
    return after;
  }

  async stats(actor: Actor, wardId: number, period: { from: number; to: number }) {
    requireRole(actor, wardId, "staff", "communicator");
    return this.feedback.stats(wardId, period);
  }
}

const cache = new WeakMap<FeedbackService, StaffReportService>();

/** One StaffReportService per FeedbackService (pages and API share it). */
export function staffReports(services: { deps: { db: Database; clock: Clock }; feedback: { reports: FeedbackService } }): StaffReportService {
  let s = cache.get(services.feedback.reports);
  if (!s) {
    s = new StaffReportService(services.deps.db, services.deps.clock, services.feedback.reports);
    cache.set(services.feedback.reports, s);
  }
  return s;
}
