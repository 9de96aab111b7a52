/*
 * "Đã tiếp nhận" means staff took the report in hand, not that the server stored it. Until a
 * person acknowledges it (the console's "Tiếp nhận", or any first action on it), the resident
 * reads "Đã gửi, chờ phường tiếp nhận"; the acknowledgement is a line of the report's history,
 * so the timeline shows when the ward took it. A reopened report is acknowledged again.
 */
import { statusLabels, type ReportStatus } from "./feedback-categories";

export const WAITING_LABEL = "Đã gửi, chờ phường tiếp nhận";
export const SENT_LABEL = "Đã gửi tới phường";
export const ACKNOWLEDGED_LABEL = "Đã tiếp nhận";

/** The status as the resident reads it. */
export function residentStatusLabel(status: ReportStatus, acknowledgedAt: number | null): string {
  return status === "received" && acknowledgedAt === null ? WAITING_LABEL : statusLabels[status];
}

/** The heading of one history line in the resident's timeline. */
export function timelineLabel(kind: string, toStatus: string | null, meta: string | null): string | null {
  if (kind === "created") return SENT_LABEL;
  if (kind === "acknowledged") return ACKNOWLEDGED_LABEL;
  if (kind === "message") return "Phường trả lời";
  if (kind === "rated") return `Người dân đánh giá ${(JSON.parse(meta ?? "{}") as { rating?: number }).rating ?? ""}/5`;
  return toStatus ? statusLabels[toStatus as ReportStatus] : null;
}

