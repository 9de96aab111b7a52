import type { WardProfile } from "./ward-profile";

/*
 * Ward working hours. Vietnam has one time zone (UTC+7) and no daylight saving, so local time
 * is a fixed offset; this keeps the code identical on Node and on Workers.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const weekdayNames = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

type Hours = WardProfile["working_hours"];

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
}

function localParts(ms: number): { day: number; minutes: number; midnight: number } {
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const midnight = ms - (minutes * 60 + local.getUTCSeconds()) * 1000 - local.getUTCMilliseconds();
  return { day: local.getUTCDay(), minutes, midnight };
}

export function isWorkingTime(hours: Hours, ms: number): boolean {
  const { day, minutes } = localParts(ms);
  if (!hours.days.includes(day)) return false;
  return hours.periods.some(([start, end]) => minutes >= minutesOf(start) && minutes < minutesOf(end));
}

/** The next moment (ms) the office is open, `ms` itself when it is open now. */
export function nextOpening(hours: Hours, ms: number): number {
  if (isWorkingTime(hours, ms)) return ms;
  const { midnight, minutes } = localParts(ms);
  for (let dayOffset = 0; dayOffset < 8; dayOffset++) {
    const dayStart = midnight + dayOffset * 86_400_000;
    const { day } = localParts(dayStart + 3_600_000);
    if (!hours.days.includes(day)) continue;
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
export function addWorkingTime(hours: Hours, startMs: number, workingMs: number): number {
  let at = nextOpening(hours, startMs);
  let remaining = workingMs;
  for (let guard = 0; guard < 1000 && remaining > 0; guard++) {
    const { midnight, minutes } = localParts(at);
    const period = hours.periods.find(([s, e]) => minutes >= minutesOf(s) && minutes < minutesOf(e));
    if (!period) {
      at = nextOpening(hours, at);
      continue;
    }
    const periodEnd = midnight + minutesOf(period[1]) * 60_000;
    const available = periodEnd - at;
    if (available >= remaining) return at + remaining;
    remaining -= available;
    at = nextOpening(hours, periodEnd);
  }
  return at;
}

/** "trong giờ làm việc hôm nay" / "từ 8h00 sáng thứ Hai" — when staff will see a message. */
export function describeNextStaffTime(hours: Hours, ms: number): string {
  const open = nextOpening(hours, ms);
  if (open === ms) return "ngay trong giờ làm việc hôm nay";
  const { day, minutes } = localParts(open);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const clock = `${h}h${String(m).padStart(2, "0")}`;
  const part = h < 12 ? "sáng" : "chiều";
  const today = localParts(ms);
  const daysAhead = Math.round((localParts(open).midnight - today.midnight) / 86_400_000);
  const when = daysAhead === 0 ? "hôm nay" : daysAhead === 1 ? `mai (${weekdayNames[day]})` : weekdayNames[day]!;
  return `từ ${clock} ${part} ${when}`;
}

const weekdayNamesEn = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The same as describeNextStaffTime, in English ("during today's office hours", "from 8:00 on Monday"). */
export function describeNextStaffTimeEn(hours: Hours, ms: number): string {
  const open = nextOpening(hours, ms);
  if (open === ms) return "during today's office hours";
  const { day, minutes, midnight } = localParts(open);
  const clock = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
  const daysAhead = Math.round((midnight - localParts(ms).midnight) / 86_400_000);
  const when = daysAhead === 0 ? "today" : daysAhead === 1 ? `tomorrow (${weekdayNamesEn[day]})` : `on ${weekdayNamesEn[day]}`;
  return `from ${clock} ${when}`;
}
