import Holidays from "date-holidays";
import type { HolidayRow } from "./holiday-calendar";

/*
 * The first version of the city's holiday calendar, computed on Node when the server starts (and
 * by `npm run kb:load`, which prepares a Workers database): the Worker never imports this file
 * (date-holidays is 12 MB); it reads the rows from the database like everything else.
 *
 * - Which days the holidays fall on (the lunar ones: Tết, Giỗ Tổ) comes from the maintained
 *   `date-holidays` package (its "public" holidays for VN).
 * - How many days off they give comes from the Labour Code 2019, Art. 112: Tết 5 days, National
 *   Day 2 days (2/9 and one next to it), one day each for 1/1, Giỗ Tổ, 30/4, 1/5; a holiday on
 *   a weekly rest day gives a compensatory day off on the next working day.
 * - Which exact days civil servants get is decided each year by the Prime Minister. Years with a
 *   known decision use it (confirmed, with its source); other years get the law's default and are
 *   marked unconfirmed for the city admin to correct when the decision is published.
 */
const LABOUR_CODE = "Bộ luật Lao động 2019, Điều 112 (ngày nghỉ lễ, Tết; nghỉ bù khi trùng ngày nghỉ hằng tuần)";
const PACKAGE = "gói date-holidays (ngày âm lịch quy đổi)";

type Decision = { off: Array<[string, string]>; workdays: Array<[string, string]>; source: string };

/** The Prime Minister's decisions known when this file was written (2026). */
const decisions: Record<number, Decision> = {
  2026: {
    source:
      "Thủ tướng đồng ý phương án nghỉ Tết Bính Ngọ và Quốc khánh 2026 do Bộ Nội vụ đề xuất (https://vietnamnews.vn/society/1726474/nine-day-tet-holiday-approved-for-state-employees.html; https://en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2026-post120979.html)",
    off: [
      ["2026-02-16", "Tết Nguyên đán (giao thừa)"],
      ["2026-02-17", "Tết Nguyên đán (mùng 1)"],
      ["2026-02-18", "Tết Nguyên đán (mùng 2)"],
      ["2026-02-19", "Tết Nguyên đán (mùng 3)"],
      ["2026-02-20", "Tết Nguyên đán (mùng 4)"],
      ["2026-08-31", "Nghỉ lễ Quốc khánh"],
      ["2026-09-01", "Quốc khánh"],
      ["2026-09-02", "Quốc khánh"],
    ],
    workdays: [],
  },
};

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const isWeekend = (day: string) => weekday(day) === 0 || weekday(day) === 6;

/** The public holidays of a year as date-holidays computes them (local days). */
function publicHolidays(year: number): Map<string, string> {
  const hd = new Holidays("VN");
  const out = new Map<string, string>();
  for (const h of hd.getHolidays(year)) if (h.type === "public") out.set(h.date.slice(0, 10), h.name);
  return out;
}

/** The law's default for a year without a known decision. */
function statutoryDays(year: number): Array<[string, string]> {
  const pub = publicHolidays(year);
  const find = (pattern: RegExp) => [...pub.entries()].find(([, name]) => pattern.test(name))?.[0];
  const days: Array<[string, string]> = [];
  const newYear = find(/Dương lịch/);
  if (newYear) days.push([newYear, "Tết Dương lịch"]);
  const tet = find(/^Tết Nguyên Đán/i);
  if (tet) {
    // the eve and the first four days of the year: one of the Labour Code's usual arrangements
    days.push([addDays(tet, -1), "Tết Nguyên đán (giao thừa)"]);
    for (let i = 0; i < 4; i++) days.push([addDays(tet, i), `Tết Nguyên đán (mùng ${i + 1})`]);
  }
  const hung = find(/Hùng Vương/);
  if (hung) days.push([hung, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"]);
  days.push([`${year}-04-30`, "Ngày Chiến thắng (30/4)"], [`${year}-05-01`, "Ngày Quốc tế Lao động (1/5)"]);
  // 2/9 and the day after it (the law allows the day before or after; the decision picks one)
  days.push([`${year}-09-02`, "Quốc khánh"], [`${year}-09-03`, "Quốc khánh"]);
  return days;
}

/** Adds a compensatory day off after each holiday that falls on a weekend. */
function withCompensation(days: Array<[string, string]>): Array<[string, string]> {
  const off = new Set(days.map(([d]) => d));
  const out = [...days];
  for (const [day, name] of days) {
    if (!isWeekend(day)) continue;
    let next = addDays(day, 1);
    while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
    off.add(next);
    out.push([next, `Nghỉ bù ${name}`]);
  }
  return out;
}

/** Rows for one year: the known decision where there is one, else the law's default (unconfirmed). */
export function vietnamHolidayRows(year: number): HolidayRow[] {
  const decision = decisions[year];
  const rows = new Map<string, HolidayRow>();
  if (decision) {
    // the decision covers Tết and National Day; the single-day holidays still follow the law
    const single = statutoryDays(year).filter(([d, name]) => !/Tết Nguyên đán|Quốc khánh/.test(name) && d.startsWith(`${year}`));
    for (const [day, name] of withCompensation(single)) rows.set(day, { day, kind: "off", name, source: `${LABOUR_CODE}; ${PACKAGE}`, confirmed: true });
    for (const [day, name] of decision.off) rows.set(day, { day, kind: "off", name, source: decision.source, confirmed: true });
    for (const [day, name] of decision.workdays) rows.set(day, { day, kind: "workday", name, source: decision.source, confirmed: true });
  } else {
    for (const [day, name] of withCompensation(statutoryDays(year))) {
      if (!day.startsWith(`${year}`) && !day.startsWith(`${year - 1}`)) continue;
      rows.set(day, { day, kind: "off", name, source: `${LABOUR_CODE}; ${PACKAGE}`, confirmed: false });
    }
  }
  // weekend rows change nothing (the office is closed anyway) except as a make-up working day
  return [...rows.values()].filter((r) => r.kind === "workday" || !isWeekend(r.day)).sort((a, b) => a.day.localeCompare(b.day));
}
