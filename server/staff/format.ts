/*
 * How the console writes times, durations and rates for people: Vietnam time (UTC+7, no
 * daylight saving), dates as dd/mm/yyyy, decimal comma. Pages, CSV files and the monthly
 * report all use these, so a figure reads the same everywhere.
 */
export const VIETNAM_OFFSET_MS = 7 * 3600_000;

const p2 = (n: number) => String(n).padStart(2, "0");

/** "14:05 23/11/2026" in Vietnam time. */
export function fmtTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())} ${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** "23/11/2026" in Vietnam time. */
export function fmtDate(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  return `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** "2026-11-23" (a local day) → "23/11/2026". */
export function fmtDay(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

/** "2 giờ 15 phút", "3 ngày 4 giờ". */
export function fmtDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days) return `${days} ngày${hours ? ` ${hours} giờ` : ""}`;
  if (hours) return `${hours} giờ${mins ? ` ${mins} phút` : ""}`;
  return `${mins} phút`;
}

/** 0.953 → "95,3%"; null → "—". */
export function fmtRate(rate: number | null | undefined, digits = 1): string {
  if (rate === null || rate === undefined) return "—";
  const pct = Math.round(rate * 100 * 10 ** digits) / 10 ** digits;
  return `${pct.toFixed(Number.isInteger(pct) ? 0 : digits).replace(".", ",")}%`;
}

/** 12.5 → "12,5" (minutes, ratings). */
export function fmtNumber(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined) return "—";
  const r = Math.round(n * 10 ** digits) / 10 ** digits;
  return (Number.isInteger(r) ? String(r) : r.toFixed(digits)).replace(".", ",");
}
