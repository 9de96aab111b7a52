import { eq } from "drizzle-orm";
import { feedbackSettings } from "../db/schema-feedback";
import { ValidationError } from "../lib/errors";
import { addWorkingTime } from "../wards/working-hours";
import { defaultFeedbackSettings, MINUTE, type Batch, type FeedbackDeps, type FeedbackSettings } from "./feedback-types";

/** A ward's deadline rules for reports (working minutes) and the deadlines they give. */
export class FeedbackSettingsStore {
  constructor(private readonly deps: Pick<FeedbackDeps, "db" | "clock" | "wards">) {}

  async settings(wardId: number): Promise<FeedbackSettings> {
    const [row] = await this.deps.db.select().from(feedbackSettings).where(eq(feedbackSettings.wardId, wardId));
    return row ? { acknowledgeMinutes: row.acknowledgeMinutes, urgentResolveMinutes: row.urgentResolveMinutes, normalResolveMinutes: row.normalResolveMinutes } : { ...defaultFeedbackSettings };
  }

  /** Console: changes a ward's deadline rules (working minutes), with `extra` writes (the audit row) in the same batch. Applies to reports created afterwards. */
  async updateSettings(wardId: number, settings: FeedbackSettings, extra: Batch = []): Promise<FeedbackSettings> {
    for (const v of Object.values(settings)) {
      if (!Number.isInteger(v) || v < 30 || v > 60 * 24 * 30) throw new ValidationError("invalid_settings", "deadline out of range", "Thời hạn phải từ 30 phút đến 30 ngày làm việc.");
    }
    const { db, clock } = this.deps;
    const now = clock.now();
    await db.batch([
      db
        .insert(feedbackSettings)
        .values({ wardId, ...settings, updatedAt: now })
        .onConflictDoUpdate({ target: feedbackSettings.wardId, set: { ...settings, updatedAt: now } }),
      ...extra,
    ]);
    return settings;
  }

  /** Deadlines of a report received at `at`, in the ward's working hours. */
  async deadlines(wardId: number, priority: "urgent" | "normal", at: number): Promise<{ acknowledgeBy: number; resolveBy: number }> {
    const ward = await this.deps.wards.byId(wardId);
    const s = await this.settings(wardId);
    const hours = ward.profile.working_hours;
    const resolveMinutes = priority === "urgent" ? s.urgentResolveMinutes : s.normalResolveMinutes;
    const resolveBy = addWorkingTime(hours, at, resolveMinutes * MINUTE, ward.calendar);
    // an urgent report handled within 4 hours is acknowledged within them too
    const acknowledgeBy = Math.min(addWorkingTime(hours, at, s.acknowledgeMinutes * MINUTE, ward.calendar), resolveBy);
    return { acknowledgeBy, resolveBy };
  }
}
