import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/database";
import type { reports } from "../db/schema-feedback";
import type { BlobStore } from "../lib/blob-store";
import type { Clock } from "../lib/clock";
import type { Logger } from "../lib/logger";
import type { WardService } from "../wards/ward-service";
import type { OutboxService } from "../zalo/outbox-service";
import type { ReportCategory, ReportStatus } from "./feedback-categories";
import type { ReportBasics } from "./report-contract";

/** What every part of the feedback feature is built from (services know nothing of HTTP). */
export type FeedbackDeps = {
  db: Database;
  clock: Clock;
  wards: WardService;
  outbox: OutboxService;
  blobs: BlobStore;
  logger: Logger;
};

export type Batch = BatchItem<"sqlite">[];
export type ReportRow = typeof reports.$inferSelect;

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const VIETNAM_OFFSET_MS = 7 * HOUR;
export const MAX_PHOTOS_PER_REPORT = 5;
export const MAX_RESULT_PHOTOS_PER_REPORT = 10;
export const REOPEN_WINDOW_MS = 7 * 24 * HOUR;

/** iHanoi's rules: acknowledge within 8 working hours; urgent handled within 4. Normal: 5 working days (assumption, set per ward). */
export const defaultFeedbackSettings = { acknowledgeMinutes: 8 * 60, urgentResolveMinutes: 4 * 60, normalResolveMinutes: 40 * 60 };
export type FeedbackSettings = typeof defaultFeedbackSettings;

// The resident-facing shapes are the mini app's contract (one definition for server and app).
export type { ReportInput, ResidentReportView, TimelineItem } from "./report-contract";

export type StaffReportFilter = {
  status?: ReportStatus | ReportStatus[];
  category?: ReportCategory;
  priority?: "urgent" | "normal";
  assignee?: string;
  /** only open reports past their acknowledge or resolve deadline */
  overdue?: boolean;
  /** text in the code, description or address */
  q?: string;
  /** received at or after / before (ms): the console's period filter and CSV export */
  createdFrom?: number;
  createdTo?: number;
  limit?: number;
  offset?: number;
};

export type StaffReportSummary = ReportBasics & {
  assignee: string | null;
  acknowledgedAt: number | null;
  overdue: "acknowledge" | "resolve" | null;
  followers: number;
  photoCount: number;
};

export type StaffReportDetail = StaffReportSummary & {
  /** hidden ("Người dân (ẩn danh)") when the reporter asked to hide their name from anything public;
   *  staff still see it, but must not publish it */
  reporterName: string | null;
  hideName: boolean;
  phone: string | null;
  location: { lat: number; lng: number } | null;
  landmark: string | null;
  declineReason: string | null;
  mergedIntoId: number | null;
  ratingComment: string | null;
  photos: Array<{ id: number; kind: "resident" | "result"; contentType: string; bytes: number; createdAt: number }>;
  history: Array<{ id: number; kind: string; fromStatus: string | null; toStatus: string | null; message: string | null; actor: string; meta: unknown; createdAt: number }>;
};

/** The state of a report an audit row records before and after a staff action. */
export type ReportState = { status: ReportStatus; priority: "urgent" | "normal"; assignee: string | null; mergedIntoId: number | null; declineReason: string | null };

export function reportState(r: Pick<ReportRow, "status" | "priority" | "assignee" | "mergedIntoId" | "declineReason">): ReportState {
  return { status: r.status, priority: r.priority, assignee: r.assignee, mergedIntoId: r.mergedIntoId, declineReason: r.declineReason };
}

/**
 * Who does a staff action: the name written into the report's history and, from the console,
 * the audit row written in the same batch as the change (`audit` builds it from the states).
 */
export type StaffBy = {
  by: string;
  audit?: (change: { before: ReportState; after: ReportState }) => BatchItem<"sqlite">;
};
