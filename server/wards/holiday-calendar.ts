import { and, asc, gte, lte } from "drizzle-orm";
import type { Database } from "../db/database";
import { holidays } from "../db/schema-console";
import type { DayExceptions } from "./working-hours";

export type HolidayKind = "off" | "workday";
export type HolidayRow = { day: string; kind: HolidayKind; name: string; source: string | null; confirmed: boolean };

/**
 * The city's calendar of exceptions to the weekly working hours, as every deadline and "when
 * will staff see this" reads it. The table is small (a few dozen rows a year), so it is read
 * whole whenever a ward is loaded: an edit by the city admin applies to the next request.
 */
export async function loadDayExceptions(db: Database): Promise<DayExceptions> {
  return toDayExceptions(await dayExceptionsQuery(db));
}

/** The read behind loadDayExceptions, for a caller's own batch read. */
export function dayExceptionsQuery(db: Database) {
  return db.select({ day: holidays.day, kind: holidays.kind }).from(holidays);
}

export function toDayExceptions(rows: Array<{ day: string; kind: HolidayKind }>): DayExceptions {
  const off = new Set<string>();
  const workdays = new Set<string>();
  for (const r of rows) (r.kind === "off" ? off : workdays).add(r.day);
  return { off, workdays };
}

export async function holidaysOfYear(db: Database, year: number): Promise<HolidayRow[]> {
  return db
    .select({ day: holidays.day, kind: holidays.kind, name: holidays.name, source: holidays.source, confirmed: holidays.confirmed })
    .from(holidays)
    .where(and(gte(holidays.day, `${year}-01-01`), lte(holidays.day, `${year}-12-31`)))
    .orderBy(asc(holidays.day));
}

/**
 * Seeds the years that have no row yet (never overwrites what the city admin entered or
 * changed). Returns the years seeded.
 */
export async function seedHolidayYears(db: Database, rowsOfYear: (year: number) => HolidayRow[], years: number[], now: number): Promise<number[]> {
  const seeded: number[] = [];
  for (const year of years) {
    if ((await holidaysOfYear(db, year)).length) continue;
    const rows = rowsOfYear(year);
    if (!rows.length) continue;
    await db
      .insert(holidays)
      .values(rows.map((r) => ({ ...r, updatedAt: now })))
      .onConflictDoNothing();
    seeded.push(year);
  }
  return seeded;
}

/** The years seeded when the server starts on Node: this year and the next. */
export const SEEDED_YEARS = [2026, 2027];

/**
 * Seeds SEEDED_YEARS on Node when one has no row yet. The seed's data package (date-holidays,
 * about half a second to load) is imported only then, so a server whose calendar is in place
 * starts without it.
 */
export async function seedMissingHolidayYears(db: Database, now: number): Promise<number[]> {
  const missing: number[] = [];
  for (const year of SEEDED_YEARS) if (!(await holidaysOfYear(db, year)).length) missing.push(year);
  if (!missing.length) return [];
  const { vietnamHolidayRows } = await import("./holiday-seed");
  return seedHolidayYears(db, vietnamHolidayRows, missing, now);
}
