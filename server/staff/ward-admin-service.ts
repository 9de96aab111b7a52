import { and, desc, eq, gte, lt } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/database";
import { wards } from "../db/schema";
import { staffAuditLog, staffUsers, staffWardSettings } from "../db/schema-staff";
import type { Clock } from "../lib/clock";
import { NotFoundError, ValidationError } from "../lib/errors";
import { greenLaneItemSchema, wardProfileSchema, type Ward, type WardDefinition, type WardProfile } from "../wards/ward-profile";
import { wardIdOf, type WardService } from "../wards/ward-service";
import { RETENTION_DAYS as SCAM_HISTORY_DAYS } from "../scam/wave-service";
import { requireCityAdmin, requireRole, type Actor } from "./access";
import { auditInsert } from "./audit";
import { runBatch } from "./batch";

/**
 * Console-owned ward settings, stored as JSON in staff_ward_settings. Feedback-report deadlines
 * (acknowledge, urgent and normal resolve) are NOT here: FeedbackService.settings() /
 * updateSettings() own them (table feedback_settings) and compute every report's deadlines from
 * them. Rows written before this change may still hold "ack_hours"/"urgent_hours"; zod drops
 * those unknown keys on read and they are never written again (no migration needed: the column
 * is JSON).
 */
/**
 * How long each kind of personal data is kept (Law 91/2025/QH15: no longer than needed). The
 * sweeper purges content past its period and keeps the rows that statistics count.
 */
export const retentionSchema = z.object({
  /** raw webhook bodies (the events stay, without their body, so Zalo's retries are still recognised) */
  raw_events_days: z.number().int().min(1).max(3650).default(30),
  /** texts of chat messages, handoff questions, staff replies and sent OA messages */
  messages_days: z.number().int().min(1).max(3650).default(180),
  /** question texts in the ask log (kinds and verdicts stay for statistics) */
  ask_log_days: z.number().int().min(1).max(3650).default(365),
  /** a closed report's phone, position, landmark and house-level address */
  report_contact_days: z.number().int().min(1).max(3650).default(90),
  /** photos of closed reports */
  report_photos_days: z.number().int().min(1).max(3650).default(365),
  /** photos uploaded but never attached to a report */
  orphan_upload_hours: z.number().int().min(1).max(24 * 30).default(24),
  /** forwarded scam messages (masked) kept to spot waves; waves look back RETENTION_DAYS, so a ward can only shorten it */
  scam_reports_days: z.number().int().min(1).max(SCAM_HISTORY_DAYS).default(SCAM_HISTORY_DAYS),
});
export type RetentionSettings = z.infer<typeof retentionSchema>;
/** A change to some periods: the same bounds, no defaults (a period not given keeps its value). */
export const retentionPatchSchema = z.object(
  Object.fromEntries(Object.entries(retentionSchema.shape).map(([k, field]) => [k, field.unwrap().optional()])) as { [K in keyof RetentionSettings]: z.ZodOptional<z.ZodNumber> },
);

export const wardSettingsSchema = z.object({
  /** a handoff waiting longer than this (working hours) counts as overdue */
  handoff_reply_hours: z.number().min(0.5).max(200).default(8),
  retention: retentionSchema.default(retentionSchema.parse({})),
});
export type WardSettings = z.infer<typeof wardSettingsSchema>;

export const greenLaneSchema = z.object({ sample: z.boolean(), complete: z.boolean().optional(), items: z.array(greenLaneItemSchema).max(200) });

/** Wards, their profiles, green-lane lists and settings, as edited in the console. */
export class WardAdminService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly wardService: WardService,
  ) {}

  async createWard(actor: Actor, def: WardDefinition): Promise<Ward> {
    requireCityAdmin(actor);
    const id = wardIdOf(def.slug);
    return this.wardService.create(def, [auditInsert(this.db, this.clock.now(), { wardId: id, userId: actor.userId, action: "create_ward", entity: "ward", entityId: id, after: def })]);
  }

  /*
   * WardService has no update method yet; the console writes the profile column itself, with
   * the same schema WardService reads it with, and records the change in the audit log.
   */
  private async writeProfile(actor: Actor, ward: Ward, profile: WardProfile, action: string, name?: string): Promise<void> {
    const parsed = wardProfileSchema.parse(profile);
    const now = this.clock.now();
    await runBatch(this.db, [
      this.db
        .update(wards)
        .set({ profile: JSON.stringify(parsed), ...(name ? { name } : {}) })
        .where(eq(wards.id, ward.id)),
      auditInsert(this.db, now, {
        wardId: ward.id,
        userId: actor.userId,
        action,
        entity: "ward",
        entityId: ward.id,
        before: action === "update_green_lane" ? ward.profile.green_lane : { name: ward.name, profile: ward.profile },
        after: action === "update_green_lane" ? parsed.green_lane : { name: name ?? ward.name, profile: parsed },
      }),
    ]);
  }

  async updateProfile(actor: Actor, ward: Ward, input: { name: string; profile: Omit<WardProfile, "green_lane"> }): Promise<void> {
    requireRole(actor, ward.id, "admin");
    // the green-lane list and the ward's fact confirmations are edited on their own pages
    await this.writeProfile(actor, ward, { ...input.profile, green_lane: ward.profile.green_lane, confirmed_facts: ward.profile.confirmed_facts }, "update_profile", input.name);
  }

  /** The green-lane list belongs to the ward profile; admins and communicators keep it. */
  async updateGreenLane(actor: Actor, ward: Ward, greenLane: z.infer<typeof greenLaneSchema>): Promise<void> {
    requireRole(actor, ward.id, "admin", "communicator");
    await this.writeProfile(actor, ward, { ...ward.profile, green_lane: greenLane }, "update_green_lane");
  }

  async settings(wardId: number): Promise<WardSettings> {
    const [row] = await this.db.select().from(staffWardSettings).where(eq(staffWardSettings.wardId, wardId));
    return wardSettingsSchema.parse(row ? JSON.parse(row.data) : {});
  }

  /** Changes the console settings; retention periods are kept (they change through updateRetention). */
  async updateSettings(actor: Actor, wardId: number, input: Omit<WardSettings, "retention"> & { retention?: RetentionSettings }): Promise<void> {
    requireRole(actor, wardId, "admin");
    const before = await this.settings(wardId);
    const [row] = await this.db.select().from(staffWardSettings).where(eq(staffWardSettings.wardId, wardId));
    const stored = row ? (JSON.parse(row.data) as { retention?: unknown }) : {};
    const { retention: _defaults, ...rest } = wardSettingsSchema.parse(input);
    // retention periods set by an admin stay; defaults are not written (they may change later)
    const data = JSON.stringify({ ...rest, ...(stored.retention ? { retention: stored.retention } : {}) });
    const now = this.clock.now();
    await runBatch(this.db, [
      this.db.insert(staffWardSettings).values({ wardId, data, updatedAt: now }).onConflictDoUpdate({ target: staffWardSettings.wardId, set: { data, updatedAt: now } }),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "update_settings", entity: "ward_settings", entityId: wardId, before, after: input }),
    ]);
  }

  /** An admin changes retention periods (any subset; the others stay). */
  async updateRetention(actor: Actor, wardId: number, input: Partial<RetentionSettings>): Promise<RetentionSettings> {
    requireRole(actor, wardId, "admin");
    const before = await this.settings(wardId);
    const parsed = retentionSchema.safeParse({ ...before.retention, ...input });
    if (!parsed.success) {
      throw new ValidationError("invalid_retention", parsed.error.message, "Thời hạn lưu giữ không hợp lệ (từ 1 ngày đến 10 năm; ảnh chưa gắn phản ánh: từ 1 giờ đến 30 ngày; tin nhắn lừa đảo: từ 1 đến 30 ngày).");
    }
    const [row] = await this.db.select().from(staffWardSettings).where(eq(staffWardSettings.wardId, wardId));
    const data = JSON.stringify({ ...(row ? JSON.parse(row.data) : {}), retention: parsed.data });
    const now = this.clock.now();
    await runBatch(this.db, [
      this.db.insert(staffWardSettings).values({ wardId, data, updatedAt: now }).onConflictDoUpdate({ target: staffWardSettings.wardId, set: { data, updatedAt: now } }),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "update_retention", entity: "ward_settings", entityId: wardId, before: before.retention, after: parsed.data }),
    ]);
    return parsed.data;
  }

  async auditLog(actor: Actor, wardId: number, range: { from: number; to: number }, limit = 500) {
    requireRole(actor, wardId, "admin");
    return this.db
      .select({
        id: staffAuditLog.id,
        createdAt: staffAuditLog.createdAt,
        user: staffUsers.name,
        email: staffUsers.email,
        action: staffAuditLog.action,
        entity: staffAuditLog.entity,
        entityId: staffAuditLog.entityId,
        before: staffAuditLog.before,
        after: staffAuditLog.after,
      })
      .from(staffAuditLog)
      .leftJoin(staffUsers, eq(staffUsers.id, staffAuditLog.userId))
      .where(and(eq(staffAuditLog.wardId, wardId), gte(staffAuditLog.createdAt, range.from), lt(staffAuditLog.createdAt, range.to)))
      .orderBy(desc(staffAuditLog.id))
      .limit(limit);
  }

  async requireWard(slug: string): Promise<Ward> {
    return this.wardService.bySlug(slug).catch(() => {
      throw new NotFoundError("ward_not_found", `no ward ${slug}`, "Không tìm thấy phường này.");
    });
  }
}
