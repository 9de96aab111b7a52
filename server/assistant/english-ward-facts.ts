/*
 * Ward facts inside an English summary: the office hours are written in English from the ward's
 * structured working hours (the days and periods the assistant also uses to say whether the office
 * is open on a day), instead of the profile's Vietnamese sentence ("Thứ Hai đến Thứ Sáu: sáng
 * 8h00–12h00…"). A sample-data marker on the Vietnamese sentence stays, so the reply still says the
 * ward has to confirm it. Other ward fields (address, hotline) are names and numbers: kept as given.
 */
import type { Ward } from "../wards/ward-profile";

const dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** [1,2,3,4,5] → "Monday to Friday"; [1,3,6] → "Monday, Wednesday and Saturday" (Monday-first order). */
function daysEn(days: number[]): string {
  const order = [...new Set(days)].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  const runs: number[][] = [];
  for (const d of order) {
    const run = runs[runs.length - 1];
    if (run && (run[run.length - 1]! + 1) % 7 === d) run.push(d);
    else runs.push([d]);
  }
  const parts = runs.map((r) => (r.length >= 3 ? `${dayNames[r[0]!]} to ${dayNames[r[r.length - 1]!]}` : r.map((d) => dayNames[d]).join(", ")));
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : (parts[0] ?? "");
}

const time = (hhmm: string) => hhmm.replace(/^0(\d)/, "$1");

/** The ward's office hours in English, from its structured working hours; undefined when there are none. */
export function officeHoursEn(ward: Ward): string | undefined {
  const { days, periods } = ward.profile.working_hours;
  if (!days.length || !periods.length) return undefined;
  const spans = periods.map(([from, to]) => `${time(from)}–${time(to)}`);
  const sample = /\((?:dữ liệu mẫu)[^()]*\)/u.exec(ward.profile.office_hours)?.[0];
  return `${daysEn(days)}, ${spans.length > 1 ? `${spans.slice(0, -1).join(", ")} and ${spans[spans.length - 1]}` : spans[0]}${sample ? ` ${sample}` : ""}`;
}

/** An English summary with the office-hours placeholder written in English (other placeholders left to fill). */
export function englishWardFacts(summaryEn: string, ward: Ward): string {
  if (!summaryEn.includes("ward.office_hours")) return summaryEn;
  const hours = officeHoursEn(ward);
  return hours ? summaryEn.replace(/\{\{\s*ward\.office_hours\s*\}\}/g, hours) : summaryEn;
}
