import type { ConsoleContext } from "./console-env";
import { checkPeriod, dayStart, localDay, type Period } from "./insights-service";
import { periodQuery } from "./schemas";
import { parseInput } from "./validation";

export type DayPeriod = Period & { fromDay: string; toDay: string };

/** The period from ?from=&to= (local days, inclusive); default: the last 30 days. */
export function periodOf(c: ConsoleContext, now: number): DayPeriod {
  const q = parseInput(periodQuery, c.req.query());
  const toDay = q.to ?? localDay(now);
  const fromDay = q.from ?? localDay(dayStart(toDay) - 29 * 86_400_000);
  const period = { from: dayStart(fromDay), to: dayStart(toDay) + 86_400_000, fromDay, toDay };
  checkPeriod(period); // at most 400 days: a 400 before any query
  return period;
}
