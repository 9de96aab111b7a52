import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { foldedText } from "../assistant/text-analysis";
import { reportCounters, reportHistory, reportPhotos, reports } from "../db/schema-feedback";
import { ValidationError } from "../lib/errors";
import { looksUrgent } from "./feedback-categories";
import type { FeedbackSettingsStore } from "./feedback-settings";
import { MAX_PHOTOS_PER_REPORT, VIETNAM_OFFSET_MS, type FeedbackDeps, type ReportInput, type ReportRow } from "./feedback-types";
import { LOCATION_REQUIRED } from "./report-contract";
import type { ResidentRateLimits } from "./resident-rate-limits";

/**
 * Creates a report from the mini app. Idempotent on clientRequestId (a resent form after a lost
 * response gets the same report). The code counter, the report, its first history line and the
 * photos' attachment are one batch: a failure leaves nothing half written.
 */
export async function createReport(
  deps: Pick<FeedbackDeps, "db" | "clock" | "logger">,
  parts: { settings: FeedbackSettingsStore; limits: ResidentRateLimits },
  wardId: number,
  userId: number,
  input: ReportInput,
): Promise<ReportRow> {
  const { db, clock } = deps;
  const existing = await byRequest(deps, wardId, userId, input.clientRequestId);
  if (existing) return existing;

  if (!input.location && !input.address?.trim() && !input.landmark?.trim()) {
    throw new ValidationError("location_required", "no location", LOCATION_REQUIRED);
  }
  if (input.photoIds.length > MAX_PHOTOS_PER_REPORT) throw new ValidationError("too_many_photos", "too many photos", "Mỗi phản ánh gửi tối đa 5 ảnh.");
  if (input.phone && !input.phoneConsent) {
    throw new ValidationError("phone_without_consent", "phone given without consent", "Vui lòng đánh dấu đồng ý chia sẻ số điện thoại, hoặc bỏ số điện thoại.");
  }
  const photoIds = [...new Set(input.photoIds)];
  const photos = photoIds.length
    ? await db
        .select({ id: reportPhotos.id })
        .from(reportPhotos)
        .where(and(eq(reportPhotos.wardId, wardId), eq(reportPhotos.uploaderUserId, userId), inArray(reportPhotos.id, photoIds), isNull(reportPhotos.reportId)))
    : [];
  if (photos.length !== photoIds.length) {
    throw new ValidationError("photo_unknown", "photo ids not uploaded by this user", "Một số ảnh chưa tải lên xong. Ông/bà vui lòng chọn lại ảnh.");
  }
  await parts.limits.consume(wardId, userId, "report");

  const now = clock.now();
  const priority = looksUrgent(foldedText(input.description)) ? "urgent" : "normal";
  const { acknowledgeBy, resolveBy } = await parts.settings.deadlines(wardId, priority, now);
  const year = new Date(now + VIETNAM_OFFSET_MS).getUTCFullYear();
  const last = sql`(select ${reportCounters.last} from ${reportCounters} where ${reportCounters.wardId} = ${wardId} and ${reportCounters.year} = ${year})`;
  const reportId = sql`(select ${reports.id} from ${reports} where ${reports.wardId} = ${wardId} and ${reports.userId} = ${userId} and ${reports.clientRequestId} = ${input.clientRequestId})`;
  try {
    await db.batch([
      db
        .insert(reportCounters)
        .values({ wardId, year, last: 1 })
        .onConflictDoUpdate({ target: [reportCounters.wardId, reportCounters.year], set: { last: sql`${reportCounters.last} + 1` } }),
      db.insert(reports).values({
        wardId,
        code: sql`${`PA-${year}-`} || printf('%06d', ${last})`,
        userId,
        clientRequestId: input.clientRequestId,
        category: input.category,
        priority,
        status: "received",
        description: input.description.trim(),
        lat: input.location?.lat ?? null,
        lng: input.location?.lng ?? null,
        address: input.address?.trim() || null,
        landmark: input.landmark?.trim() || null,
        phone: input.phoneConsent && input.phone ? input.phone : null,
        hideName: input.hideName,
        acknowledgeBy,
        resolveBy,
        deadlineFrom: now,
        createdAt: now,
        updatedAt: now,
      }),
      db.insert(reportHistory).values({ wardId, reportId, kind: "created", toStatus: "received", actor: "resident", meta: JSON.stringify({ priority }), createdAt: now }),
      ...(photoIds.length ? [db.update(reportPhotos).set({ reportId }).where(and(inArray(reportPhotos.id, photoIds), isNull(reportPhotos.reportId)))] : []),
    ]);
  } catch (err) {
    // the same form sent twice at once: the unique request id let one through
    const raced = await byRequest(deps, wardId, userId, input.clientRequestId);
    if (raced) return raced;
    throw err;
  }
  const report = (await byRequest(deps, wardId, userId, input.clientRequestId))!;
  deps.logger.info("feedback report created", { wardId, reportId: report.id, code: report.code, priority });
  return report;
}

async function byRequest(deps: Pick<FeedbackDeps, "db">, wardId: number, userId: number, clientRequestId: string) {
  const [row] = await deps.db
    .select()
    .from(reports)
    .where(and(eq(reports.wardId, wardId), eq(reports.userId, userId), eq(reports.clientRequestId, clientRequestId)));
  return row;
}
