import { and, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { reports } from "../db/schema-feedback";
import { categoryLabels, openStatuses, statusLabels, type ReportCategory } from "./feedback-categories";
import type { FeedbackDeps, StaffReportFilter, StaffReportSummary } from "./feedback-types";
import { staffSummary } from "./report-views";

/** Open reports past their acknowledge deadline (not yet acknowledged) or their resolve deadline. */
export function overdueCondition(now: number): SQL {
  return and(inArray(reports.status, openStatuses), or(and(isNull(reports.acknowledgedAt), lt(reports.acknowledgeBy, now)), lt(reports.resolveBy, now)))!;
}

/** Console: reports of a ward with filters, newest first; `overdue` marks missed deadlines. */
export async function listReports(deps: Pick<FeedbackDeps, "db" | "clock">, wardId: number, filter: StaffReportFilter = {}): Promise<StaffReportSummary[]> {
  const { db } = deps;
  const now = deps.clock.now();
  const conditions: SQL[] = [eq(reports.wardId, wardId)];
  if (filter.status) conditions.push(inArray(reports.status, Array.isArray(filter.status) ? filter.status : [filter.status]));
  if (filter.category) conditions.push(eq(reports.category, filter.category));
  if (filter.priority) conditions.push(eq(reports.priority, filter.priority));
  if (filter.assignee) conditions.push(eq(reports.assignee, filter.assignee));
  if (filter.overdue) conditions.push(overdueCondition(now));
  if (filter.createdFrom !== undefined) conditions.push(gte(reports.createdAt, filter.createdFrom));
  if (filter.createdTo !== undefined) conditions.push(lt(reports.createdAt, filter.createdTo));
  if (filter.q?.trim()) {
    const like = `%${filter.q.trim().replace(/[%_]/g, "")}%`;
    conditions.push(sql`(${reports.code} like ${like} or ${reports.description} like ${like} or ${reports.address} like ${like})`);
  }
  const rows = await db
    .select()
    .from(reports)
    .where(and(...conditions))
    .orderBy(desc(reports.createdAt))
    .limit(Math.min(filter.limit ?? 50, 200))
    .offset(filter.offset ?? 0);
  return Promise.all(rows.map((r) => staffSummary(db, r, now)));
}

/**
 * Console dashboard: reports received in the period by category and by (current) status; open
 * reports overdue now (same rule as list({ overdue: true })); mean rating of the reports
 * resolved in the period. Aggregate queries only.
 */
export async function reportStats(deps: Pick<FeedbackDeps, "db" | "clock">, wardId: number, period: { from: number; to: number }) {
  const { db } = deps;
  const now = deps.clock.now();
  const inPeriod = and(eq(reports.wardId, wardId), gte(reports.createdAt, period.from), lt(reports.createdAt, period.to));
  const byCategory = await db.select({ key: reports.category, count: sql<number>`count(*)` }).from(reports).where(inPeriod).groupBy(reports.category);
  const byStatus = await db.select({ key: reports.status, count: sql<number>`count(*)` }).from(reports).where(inPeriod).groupBy(reports.status);
  const [overdue] = await db
    .select({ n: sql<number>`count(*)`, acknowledge: sql<number>`coalesce(sum(case when ${reports.acknowledgedAt} is null and ${reports.acknowledgeBy} < ${now} then 1 else 0 end), 0)` })
    .from(reports)
    .where(and(eq(reports.wardId, wardId), overdueCondition(now)));
  const [open] = await db.select({ n: sql<number>`count(*)` }).from(reports).where(and(eq(reports.wardId, wardId), inArray(reports.status, openStatuses)));
  const [rated] = await db
    .select({ n: sql<number>`count(${reports.rating})`, mean: sql<number | null>`avg(${reports.rating})`, resolved: sql<number>`count(*)` })
    .from(reports)
    .where(and(eq(reports.wardId, wardId), eq(reports.status, "resolved"), gte(reports.resolvedAt, period.from), lt(reports.resolvedAt, period.to)));
  return {
    received: byStatus.reduce((n, r) => n + Number(r.count), 0),
    byCategory: byCategory
      .map((r) => ({ category: r.key as ReportCategory, label: categoryLabels[r.key as ReportCategory] ?? r.key, count: Number(r.count) }))
      .sort((a, b) => b.count - a.count),
    byStatus: byStatus.map((r) => ({ status: r.key, label: statusLabels[r.key], count: Number(r.count) })).sort((a, b) => b.count - a.count),
    open: Number(open?.n ?? 0),
    overdue: Number(overdue?.n ?? 0),
    overdueAcknowledge: Number(overdue?.acknowledge ?? 0),
    resolvedInPeriod: Number(rated?.resolved ?? 0),
    ratedInPeriod: Number(rated?.n ?? 0),
    meanRating: rated?.mean === null || rated?.mean === undefined ? null : Number(rated.mean),
  };
}
