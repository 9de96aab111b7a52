import { and, eq } from "drizzle-orm";
import type { Database } from "../db/database";
import { reportFollowers, reports } from "../db/schema-feedback";
import { ConflictError, NotFoundError } from "../lib/errors";
import { openStatuses } from "./feedback-categories";

/*
 * Finding a report for someone who may see it. Another ward's report, or another resident's,
 * is "not found", never "forbidden" (no probing of ids).
 */

export async function reportRow(db: Database, reportId: number) {
  const [r] = await db.select().from(reports).where(eq(reports.id, reportId));
  return r;
}

export async function staffReport(db: Database, wardId: number, reportId: number) {
  const [r] = await db.select().from(reports).where(and(eq(reports.id, reportId), eq(reports.wardId, wardId)));
  if (!r) throw new NotFoundError("report_not_found", `no report ${reportId} in ward ${wardId}`, "Không tìm thấy phản ánh.");
  return r;
}

export async function openReport(db: Database, wardId: number, reportId: number) {
  const r = await staffReport(db, wardId, reportId);
  if (!openStatuses.includes(r.status)) throw new ConflictError("report_closed", `report ${reportId} is ${r.status}`, "Phản ánh đã đóng, không thay đổi được.");
  return r;
}

/** The resident's own report. */
export async function ownReport(db: Database, wardId: number, userId: number, reportId: number) {
  const [r] = await db.select().from(reports).where(and(eq(reports.id, reportId), eq(reports.wardId, wardId), eq(reports.userId, userId)));
  if (!r) throw new NotFoundError("report_not_found", `report ${reportId} not visible to user ${userId}`, "Không tìm thấy phản ánh.");
  return r;
}

/** The resident's own report or one they follow. */
export async function visibleReport(db: Database, wardId: number, userId: number, reportId: number) {
  const [r] = await db.select().from(reports).where(and(eq(reports.id, reportId), eq(reports.wardId, wardId)));
  if (r && r.userId === userId) return r;
  if (r) {
    const [f] = await db.select().from(reportFollowers).where(and(eq(reportFollowers.reportId, r.id), eq(reportFollowers.userId, userId)));
    if (f) return r;
  }
  throw new NotFoundError("report_not_found", `report ${reportId} not visible to user ${userId}`, "Không tìm thấy phản ánh.");
}
