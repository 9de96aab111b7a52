import type { WardProfile } from "./ward-profile";

/*
 * Ward working hours. Vietnam has one time zone (UTC+7) and no daylight saving, so local time
 * is a fixed offset; this keeps the code identical on Node and on Workers.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const weekdayNames = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

type Hours = WardProfile["working_hours"];

/**
 * The city's calendar of exceptions to the weekly hours (local days, YYYY-MM-DD): public
 * holidays and compensatory days off, and the official make-up working days (a Saturday worked
 * in exchange for a bridged day). Kept in the database by the city admin (HolidayCalendar).
 */
export type DayExceptions = { off: ReadonlySet<string>; workdays: ReadonlySet<string> };
export const noExceptions: DayExceptions = { off: new Set(), workdays: new Set() };

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
}

function localParts(ms: number): { day: number; minutes: number; midnight: number; date: string } {
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const midnight = ms - (minutes * 60 + local.getUTCSeconds()) * 1000 - local.getUTCMilliseconds();
  return { day: local.getUTCDay(), minutes, midnight, date: local.toISOString().slice(0, 10) };
}

/** Whether the office opens on this local day: a weekly working day that is not a day off, or a make-up working day. */
export function isWorkingDay(hours: Hours, ms: number, exceptions: DayExceptions = noExceptions): boolean {
  const { day, date } = localParts(ms);
  if (exceptions.workdays.has(date)) return true;
  return hours.days.includes(day) && !exceptions.off.has(date);
}

export function isWorkingTime(hours: Hours, ms: number, exceptions: DayExceptions = noExceptions): boolean {
  if (!isWorkingDay(hours, ms, exceptions)) return false;
  const { minutes } = localParts(ms);
  return hours.periods.some(([start, end]) => minutes >= minutesOf(start) && minutes < minutesOf(end));
}

/** Longest run of days off looked through (Tết with its weekends and bridges is 9–10 days). */
const MAX_DAYS_CLOSED = 40;

/** The next moment (ms) the office is open, `ms` itself when it is open now. */
export function nextOpening(hours: Hours, ms: number, exceptions: DayExceptions = noExceptions): number {
  if (isWorkingTime(hours, ms, exceptions)) return ms;
  const { midnight, minutes } = localParts(ms);
  for (let dayOffset = 0; dayOffset < MAX_DAYS_CLOSED; dayOffset++) {
    const dayStart = midnight + dayOffset * 86_400_000;
    if (!isWorkingDay(hours, dayStart + 3_600_000, exceptions)) continue;
    const starts = hours.periods.map(([start]) => minutesOf(start)).sort((a, b) => a - b);
    for (const start of starts) {
      if (dayOffset === 0 && start <= minutes) continue;
      return dayStart + start * 60_000;
    }
  }
  return ms;
}

/**
 * Adds `workingMs` of working time to `startMs`, counting only the ward's working periods
 * (used for feedback deadlines: "8 working hours").
 */
export function addWorkingTime(hours: Hours, startMs: number, workingMs: number, exceptions: DayExceptions = noExceptions): number {
  let at = nextOpening(hours, startMs, exceptions);
  let remaining = workingMs;
  for (let guard = 0; guard < 1000 && remaining > 0; guard++) {
    const { midnight, minutes } = localParts(at);
    const period = isWorkingDay(hours, at, exceptions) ? hours.periods.find(([s, e]) => minutes >= minutesOf(s) && minutes < minutesOf(e)) : undefined;
    if (!period) {
      at = nextOpening(hours, at, exceptions);
      continue;
    }
    const periodEnd = midnight + minutesOf(period[1]) * 60_000;
    const available = periodEnd - at;
    if (available >= remaining) return at + remaining;
    remaining -= available;
    at = nextOpening(hours, periodEnd, exceptions);
  }
  return at;
}

/** "trong giờ làm việc hôm nay" / "từ 8h00 sáng thứ Hai" — when staff will see a message. */
export function describeNextStaffTime(hours: Hours, ms: number, exceptions: DayExceptions = noExceptions): string {
  const open = nextOpening(hours, ms, exceptions);
  if (open === ms) return "ngay trong giờ làm việc hôm nay";
  const { day, minutes } = localParts(open);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const clock = `${h}h${String(m).padStart(2, "0")}`;
  const part = h < 12 ? "sáng" : "chiều";
  const today = localParts(ms);
  const daysAhead = Math.round((localParts(open).midnight - today.midnight) / 86_400_000);
  const { date } = localParts(open);
  // beyond this week (after Tết, a long holiday) a weekday alone is ambiguous: add the date
  const dated = `${weekdayNames[day]} ${date.slice(8, 10)}/${date.slice(5, 7)}`;
  const when = daysAhead === 0 ? "hôm nay" : daysAhead === 1 ? `mai (${weekdayNames[day]})` : daysAhead < 7 ? weekdayNames[day]! : dated;
  return `từ ${clock} ${part} ${when}`;
}
