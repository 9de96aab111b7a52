import { eq } from "drizzle-orm";
import type { Database } from "../db/database";
import { holidays } from "../db/schema-console";
import type { Clock } from "../lib/clock";
import { NotFoundError } from "../lib/errors";
import { holidaysOfYear, type HolidayKind, type HolidayRow } from "../wards/holiday-calendar";
import { requireCityAdmin, type Actor } from "./access";
import { auditInsert } from "./audit";
import { runBatch } from "./batch";

/**
 * The city admin's side of the holiday calendar: list a year, set a day (off or make-up working
 * day), remove a day. Every change is audited; deadlines computed afterwards use it (reports
 * already received keep the deadlines they were given).
 */
export class HolidayService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async year(actor: Actor, year: number): Promise<HolidayRow[]> {
    requireCityAdmin(actor);
    return holidaysOfYear(this.db, year);
  }

  async set(actor: Actor, input: { day: string; kind: HolidayKind; name: string }): Promise<void> {
    requireCityAdmin(actor);
    const now = this.clock.now();
    const [before] = await this.db.select().from(holidays).where(eq(holidays.day, input.day));
    const values = { day: input.day, kind: input.kind, name: input.name, source: null, confirmed: true, updatedBy: actor.userId, updatedAt: now };
    await runBatch(this.db, [
      this.db.insert(holidays).values(values).onConflictDoUpdate({ target: holidays.day, set: values }),
      auditInsert(this.db, now, { wardId: null, userId: actor.userId, action: before ? "update_holiday" : "create_holiday", entity: "holiday", entityId: input.day, before: before ?? null, after: values }),
    ]);
  }

  async remove(actor: Actor, day: string): Promise<void> {
    requireCityAdmin(actor);
    const [before] = await this.db.select().from(holidays).where(eq(holidays.day, day));
    if (!before) throw new NotFoundError("holiday_not_found", `no holiday ${day}`, "Ngày này không có trong lịch.");
    const now = this.clock.now();
    await runBatch(this.db, [
      this.db.delete(holidays).where(eq(holidays.day, day)),
      auditInsert(this.db, now, { wardId: null, userId: actor.userId, action: "delete_holiday", entity: "holiday", entityId: day, before }),
    ]);
  }
}
