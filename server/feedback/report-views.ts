import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { miniappUsers, reportFollowers, reportHistory, reportNotices, reportPhotos } from "../db/schema-feedback";
import { categoryLabels, openStatuses, statusLabels, type ReportCategory, type ReportStatus } from "./feedback-categories";
import { REOPEN_WINDOW_MS, type ReportRow, type ResidentReportView, type StaffReportDetail, type StaffReportSummary, type TimelineItem } from "./feedback-types";
import { residentStatusLabel, timelineLabel } from "./report-acknowledgement";
import { staffReport } from "./report-lookup";

/** History kinds whose message is public (the result), shown to followers; other messages are the reporter's. */
const publicMessageKinds = new Set(["declined", "merged"]);
export function isPublicMessage(kind: string, toStatus: string | null): boolean {
  return publicMessageKinds.has(kind) || (kind === "status" && toStatus === "resolved");
}

/**
 * A street or area for people other than the reporter: "Số 12 ngõ 34 phố Hàng Bông" → "phố
 * Hàng Bông". House numbers, alleys and anything with a digit are dropped; null when nothing
 * coarse is left.
 */
export function coarsePlace(address: string | null): string | null {
  if (!address) return null;
  const parts = address.split(",").map((p) => p.trim());
  for (const part of parts) {
    const m = /(?:^|\s)((?:phố|đường|khu|khu phố|tổ dân phố|thôn|xóm|làng|chợ|công viên|hồ)\s+[^\d]+)$/iu.exec(part);
    if (m && !/\d/.test(m[1]!)) return m[1]!.trim();
  }
  const words = (parts[0] ?? "").split(/\s+/).filter((w) => w && !/\d/.test(w) && !/^(số|ngõ|ngách|hẻm|kiệt|nhà|phòng|tầng|căn)$/i.test(w));
  return words.length >= 2 ? words.join(" ") : null;
}

/** How a report looks to a resident: the reporter sees everything of theirs; a follower only what is public. */
export async function residentView(db: Database, now: number, r: ReportRow, userId: number): Promise<ResidentReportView> {
  const mine = r.userId === userId;
  const history = await db.select().from(reportHistory).where(eq(reportHistory.reportId, r.id)).orderBy(asc(reportHistory.id));
  const photos = mine ? await db.select({ id: reportPhotos.id, kind: reportPhotos.kind }).from(reportPhotos).where(eq(reportPhotos.reportId, r.id)).orderBy(asc(reportPhotos.id)) : [];
  const notices = await db
    .select({ id: reportNotices.id, text: reportNotices.text, at: reportNotices.createdAt })
    .from(reportNotices)
    .where(and(eq(reportNotices.reportId, r.id), eq(reportNotices.userId, userId), isNull(reportNotices.seenAt)))
    .orderBy(asc(reportNotices.id));
  const timeline: TimelineItem[] = history
    .filter((h) => h.kind !== "priority" && h.kind !== "result_photo" && h.kind !== "merged_in")
    // a follower sees the ward's status updates and the result, never messages to the reporter or the reporter's own lines
    .filter((h) => mine || (h.kind !== "message" && h.kind !== "rated" && h.kind !== "reopened"))
    .map((h) => ({
      kind: h.kind,
      status: h.kind === "message" || h.kind === "rated" ? null : ((h.toStatus as ReportStatus | null) ?? null),
      statusLabel: timelineLabel(h.kind, h.toStatus, h.meta),
      // assignee names are internal; the resident sees the message staff wrote for them
      message: mine || isPublicMessage(h.kind, h.toStatus) ? h.message : null,
      by: h.actor === "resident" ? "resident" : "ward",
      at: h.createdAt,
    }));
  return {
    ...basics(r),
    // "Đã tiếp nhận" only once staff took the report in hand
    statusLabel: residentStatusLabel(r.status, r.acknowledgedAt),
    acknowledgedAt: r.acknowledgedAt,
    // a follower gets no description, address, landmark, phone, photos or position: only a street or area
    description: mine ? r.description : "",
    address: mine ? r.address : coarsePlace(r.address),
    landmark: mine ? r.landmark : null,
    location: mine && r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    resolvedAt: r.resolvedAt,
    rating: mine ? r.rating : null,
    canRate: mine && (r.status === "resolved" || r.status === "declined") && r.rating === null,
    canReopen: mine && r.status === "resolved" && r.reopenCount < 1 && now - (r.resolvedAt ?? 0) <= REOPEN_WINDOW_MS,
    relation: mine ? "mine" : "following",
    photos,
    timeline,
    unreadNotices: notices,
  };
}

/** The fields every view shows (the reporter's, a follower's and staff's views then adjust some). */
function basics(r: ReportRow) {
  return {
    id: r.id,
    code: r.code,
    category: r.category as ReportCategory,
    categoryLabel: categoryLabels[r.category as ReportCategory] ?? r.category,
    priority: r.priority,
    status: r.status,
    statusLabel: statusLabels[r.status],
    description: r.description,
    address: r.address,
    createdAt: r.createdAt,
    acknowledgeBy: r.acknowledgeBy,
    resolveBy: r.resolveBy,
    rating: r.rating,
    reopenCount: r.reopenCount,
  };
}

/** A report in the console's list. */
export async function staffSummary(db: Database, r: ReportRow, now: number): Promise<StaffReportSummary> {
  const [followers] = await db.select({ n: sql<number>`count(*)` }).from(reportFollowers).where(eq(reportFollowers.reportId, r.id));
  const [photos] = await db.select({ n: sql<number>`count(*)` }).from(reportPhotos).where(eq(reportPhotos.reportId, r.id));
  const open = openStatuses.includes(r.status);
  const overdue = !open ? null : r.acknowledgedAt === null && r.acknowledgeBy < now ? "acknowledge" : r.resolveBy < now ? "resolve" : null;
  return {
    ...basics(r),
    address: r.address ?? r.landmark,
    assignee: r.assignee,
    acknowledgedAt: r.acknowledgedAt,
    overdue,
    followers: followers?.n ?? 0,
    photoCount: photos?.n ?? 0,
  };
}

/** Console: everything about one report, history and contact data included. */
export async function staffDetail(db: Database, now: number, wardId: number, reportId: number): Promise<StaffReportDetail> {
  const report = await staffReport(db, wardId, reportId);
  const [user] = await db.select().from(miniappUsers).where(eq(miniappUsers.id, report.userId));
  const photos = await db.select().from(reportPhotos).where(eq(reportPhotos.reportId, report.id)).orderBy(asc(reportPhotos.id));
  const history = await db.select().from(reportHistory).where(eq(reportHistory.reportId, report.id)).orderBy(asc(reportHistory.id));
  return {
    ...(await staffSummary(db, report, now)),
    reporterName: user?.displayName ?? null,
    hideName: report.hideName,
    phone: report.phone,
    location: report.lat !== null && report.lng !== null ? { lat: report.lat, lng: report.lng } : null,
    landmark: report.landmark,
    declineReason: report.declineReason,
    mergedIntoId: report.mergedIntoId,
    ratingComment: report.ratingComment,
    photos: photos.map((p) => ({ id: p.id, kind: p.kind, contentType: p.contentType, bytes: p.bytes, createdAt: p.createdAt })),
    history: history.map((h) => ({ id: h.id, kind: h.kind, fromStatus: h.fromStatus, toStatus: h.toStatus, message: h.message, actor: h.actor, meta: h.meta ? JSON.parse(h.meta) : null, createdAt: h.createdAt })),
  };
}
