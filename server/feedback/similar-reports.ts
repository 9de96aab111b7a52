import { and, desc, eq, gt, inArray } from "drizzle-orm";
import { foldedText } from "../assistant/text-analysis";
import { reportFollowers, reports } from "../db/schema-feedback";
import { categoryLabels, openStatuses, type ReportCategory } from "./feedback-categories";
import { residentStatusLabel } from "./report-acknowledgement";
import type { SimilarReport } from "./report-contract";
import { haversineM } from "./feedback-text";
import { HOUR, type FeedbackDeps } from "./feedback-types";
import { coarsePlace } from "./report-views";

/** Similar reports: same category, still open, this recent and this close. */
const SIMILAR_MAX_AGE_MS = 30 * 24 * HOUR;
export const SIMILAR_RADIUS_M = 300;
/** Distances are told in bands this wide (100, 200, 300 m): probing from a few points cannot locate the reporter. */
export const DISTANCE_BAND_M = 100;

export type SimilarQuery = { category: ReportCategory; location?: { lat: number; lng: number }; address?: string };

/** Whether a report is near the given place (by position when both have one, else by shared address words). */
export function isNear(q: Omit<SimilarQuery, "category">, r: { lat: number | null; lng: number | null; address: string | null }): { near: boolean; distanceM: number | null } {
  if (q.location && r.lat !== null && r.lng !== null) {
    const distanceM = haversineM(q.location, { lat: r.lat, lng: r.lng });
    return { near: distanceM <= SIMILAR_RADIUS_M, distanceM };
  }
  const addressWords = new Set(foldedText(q.address ?? "").split(" ").filter((w) => w.length > 1));
  if (addressWords.size && r.address) {
    const words = foldedText(r.address).split(" ").filter((w) => w.length > 1);
    const shared = words.filter((w) => addressWords.has(w)).length;
    return { near: shared >= Math.max(2, Math.ceil(Math.min(words.length, addressWords.size) * 0.6)), distanceM: null };
  }
  return { near: false, distanceM: null };
}

/** Open reports of the same category near the given place (offered as "theo dõi phản ánh này"). */
export async function similarReports(deps: Pick<FeedbackDeps, "db" | "clock">, wardId: number, userId: number, q: SimilarQuery) {
  const { db, clock } = deps;
  const now = clock.now();
  const rows = await db
    .select()
    .from(reports)
    .where(and(eq(reports.wardId, wardId), eq(reports.category, q.category), inArray(reports.status, openStatuses), gt(reports.createdAt, now - SIMILAR_MAX_AGE_MS)))
    .orderBy(desc(reports.createdAt))
    .limit(200);
  const followed = new Set((await db.select({ id: reportFollowers.reportId }).from(reportFollowers).where(eq(reportFollowers.userId, userId))).map((r) => r.id));
  const out: SimilarReport[] = [];
  for (const r of rows) {
    const { near, distanceM } = isNear(q, r);
    if (!near) continue;
    out.push({
      id: r.id,
      // what anyone nearby may see (issue 9 §4): never the reporter's words, address, landmark, phone, photos or code
      category: r.category as ReportCategory,
      categoryLabel: categoryLabels[r.category as ReportCategory] ?? r.category,
      statusLabel: residentStatusLabel(r.status, r.acknowledgedAt),
      place: coarsePlace(r.address),
      ageLabel: ageLabel(now - r.createdAt),
      distanceM: distanceM === null ? null : Math.max(DISTANCE_BAND_M, Math.ceil(distanceM / DISTANCE_BAND_M) * DISTANCE_BAND_M),
      following: followed.has(r.id),
      mine: r.userId === userId,
    });
    if (out.length >= 5) break;
  }
  return out;
}

/** "Trong 24 giờ qua", "3 ngày trước": whole days only, so the age does not pin down when someone passed by. */
export function ageLabel(ms: number): string {
  const days = Math.floor(Math.max(0, ms) / (24 * HOUR));
  return days < 1 ? "Trong 24 giờ qua" : `${days} ngày trước`;
}
