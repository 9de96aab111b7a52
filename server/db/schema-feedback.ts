/*
 * Tables of residents' feedback reports (the mini app). Every table has ward_id.
 * Kept apart from schema.ts so the feature's tables live with the feature.
 * Times are integer ms since the epoch; Zalo ids are strings.
 */
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { residents, wards } from "./schema";

/**
 * A person using the mini app. Zalo's Graph API gives an app-scoped id (`user_id_by_app`),
 * not the OA-scoped id the OA chat uses, so this is separate from `residents`; `residentId`
 * links the OA resident once a webhook shows both ids (needed to message them through the OA).
 */
export const miniappUsers = sqliteTable(
  "miniapp_users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    /** Graph /v2.0/me `id`; development logins are prefixed "dev:" so they never meet a real id */
    appUserId: text("app_user_id").notNull(),
    displayName: text("display_name"),
    residentId: integer("resident_id").references(() => residents.id),
    createdAt: integer("created_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
  },
  (t) => [uniqueIndex("miniapp_users_ward_app_user").on(t.wardId, t.appUserId), index("miniapp_users_ward_resident").on(t.wardId, t.residentId)],
);

/** Mini-app sessions. Only the SHA-256 of the bearer token is stored. */
export const miniappSessions = sqliteTable(
  "miniapp_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    userId: integer("user_id")
      .notNull()
      .references(() => miniappUsers.id),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("miniapp_sessions_expires").on(t.expiresAt)],
);

/** Per-ward deadline rules, in working minutes; a ward without a row uses the defaults. */
export const feedbackSettings = sqliteTable("feedback_settings", {
  wardId: integer("ward_id")
    .primaryKey()
    .references(() => wards.id),
  acknowledgeMinutes: integer("acknowledge_minutes").notNull(),
  urgentResolveMinutes: integer("urgent_resolve_minutes").notNull(),
  normalResolveMinutes: integer("normal_resolve_minutes").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

/** Last report number used per ward and (Vietnam) year: codes PA-2026-000123. */
export const reportCounters = sqliteTable(
  "report_counters",
  {
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    year: integer("year").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [primaryKey({ columns: [t.wardId, t.year] })],
);

export const reports = sqliteTable(
  "reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    code: text("code").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => miniappUsers.id),
    /** makes a retried submission (lost response) idempotent */
    clientRequestId: text("client_request_id").notNull(),
    category: text("category").notNull(),
    priority: text("priority", { enum: ["urgent", "normal"] }).notNull(),
    status: text("status", { enum: ["received", "assigned", "in_progress", "resolved", "declined", "reopened", "merged"] }).notNull(),
    description: text("description").notNull(),
    lat: real("lat"),
    lng: real("lng"),
    address: text("address"),
    landmark: text("landmark"),
    /** only when the resident ticked the consent box */
    phone: text("phone"),
    hideName: integer("hide_name", { mode: "boolean" }).notNull().default(false),
    assignee: text("assignee"),
    declineReason: text("decline_reason"),
    mergedIntoId: integer("merged_into_id"),
    acknowledgeBy: integer("acknowledge_by").notNull(),
    /** where the deadlines are counted from: the arrival, or the last reopening (null: createdAt) */
    deadlineFrom: integer("deadline_from"),
    resolveBy: integer("resolve_by").notNull(),
    acknowledgedAt: integer("acknowledged_at"),
    resolvedAt: integer("resolved_at"),
    rating: integer("rating"),
    ratingComment: text("rating_comment"),
    ratedAt: integer("rated_at"),
    reopenCount: integer("reopen_count").notNull().default(0),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("reports_ward_code").on(t.wardId, t.code),
    uniqueIndex("reports_ward_user_request").on(t.wardId, t.userId, t.clientRequestId),
    index("reports_ward_status").on(t.wardId, t.status, t.createdAt),
    index("reports_user").on(t.userId, t.createdAt),
  ],
);

/**
 * Photos: uploaded first (reportId null), attached when the report is sent. `kind` resident =
 * the reporter's, result = staff's photo of the outcome. Metadata is stripped before storage.
 */
export const reportPhotos = sqliteTable(
  "report_photos",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    reportId: integer("report_id").references(() => reports.id),
    uploaderUserId: integer("uploader_user_id").references(() => miniappUsers.id),
    kind: text("kind", { enum: ["resident", "result"] }).notNull(),
    blobKey: text("blob_key").notNull(),
    contentType: text("content_type").notNull(),
    bytes: integer("bytes").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("report_photos_report").on(t.reportId), index("report_photos_uploader").on(t.uploaderUserId, t.createdAt), index("report_photos_orphans").on(t.reportId, t.createdAt)],
);

/** Everything that happened to a report, in order: status changes, staff messages, ratings. */
export const reportHistory = sqliteTable(
  "report_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id),
    /** created | assigned | status | message | declined | merged | priority | rated | reopened | result_photo */
    kind: text("kind").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    /** text shown to the resident (staff message, decline reason, reopen reason) */
    message: text("message"),
    /** "resident" or the staff member's name/id given by the console */
    actor: text("actor").notNull(),
    /** internal details (assignee, merged ids); not shown to the resident */
    meta: text("meta"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("report_history_report").on(t.reportId, t.id)],
);

/** "Theo dõi phản ánh này": residents following someone else's report instead of a duplicate. */
export const reportFollowers = sqliteTable(
  "report_followers",
  {
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id),
    userId: integer("user_id")
      .notNull()
      .references(() => miniappUsers.id),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.userId] }), index("report_followers_user").on(t.userId)],
);

/**
 * Notices to a resident about a report. `channel` oa = written to the outbox (inside Zalo's
 * interaction window); app = waits and is shown in the mini app. `seenAt` when the app showed it.
 */
export const reportNotices = sqliteTable(
  "report_notices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id),
    userId: integer("user_id")
      .notNull()
      .references(() => miniappUsers.id),
    historyId: integer("history_id").notNull(),
    text: text("text").notNull(),
    channel: text("channel", { enum: ["oa", "app"] }).notNull(),
    seenAt: integer("seen_at"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("report_notices_user").on(t.userId, t.seenAt)],
);

/** Actions counted for per-resident rate limits (reports, uploads, checks). */
export const miniappActions = sqliteTable(
  "miniapp_actions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    userId: integer("user_id").notNull(),
    action: text("action").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("miniapp_actions_user").on(t.userId, t.action, t.createdAt)],
);
