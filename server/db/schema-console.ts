/*
 * Tables added for the staff console's inbox, figures and calendar (issue 12): the city's
 * holiday calendar, residents' Zalo profiles (avatar, when fetched), what each staff member
 * has read, satisfaction surveys after a chat handoff, and dismissed unanswered-question
 * groups. Every table holding ward data has ward_id; the calendar is city-wide. Times are ms.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { handoffs, residents, wards } from "./schema";
import { staffUsers } from "./schema-staff";

/** Days off (holidays, compensatory days) and official make-up working days, city-wide. */
export const holidays = sqliteTable("holidays", {
  /** local day, YYYY-MM-DD */
  day: text("day").primaryKey(),
  kind: text("kind", { enum: ["off", "workday"] }).notNull(),
  name: text("name").notNull(),
  /** where the day comes from: a law, a decision, a package; null when typed by the city admin */
  source: text("source"),
  /** false while the day follows the law's default and the year's official decision is awaited */
  confirmed: integer("confirmed", { mode: "boolean" }).notNull().default(true),
  updatedBy: integer("updated_by").references(() => staffUsers.id),
  updatedAt: integer("updated_at").notNull(),
});

/** The resident's Zalo profile as last fetched from /v3.0/oa/user/detail (the name is kept on residents). */
export const residentProfiles = sqliteTable("resident_profiles", {
  residentId: integer("resident_id")
    .primaryKey()
    .references(() => residents.id),
  wardId: integer("ward_id")
    .notNull()
    .references(() => wards.id),
  avatarUrl: text("avatar_url"),
  fetchedAt: integer("fetched_at"),
  /** last failed attempt (token, network, unknown user): retried later, not on every request */
  failedAt: integer("failed_at"),
});

/** The newest message of a conversation each staff member has seen: unread counts per person. */
export const conversationReads = sqliteTable(
  "conversation_reads",
  {
    residentId: integer("resident_id")
      .notNull()
      .references(() => residents.id),
    userId: integer("user_id")
      .notNull()
      .references(() => staffUsers.id),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    lastReadMessageId: integer("last_read_message_id").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.residentId, t.userId] })],
);

/** One question after a chat handoff is resolved: "1–5", answered, skipped or left unanswered. */
export const satisfactionSurveys = sqliteTable(
  "satisfaction_surveys",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    handoffId: integer("handoff_id")
      .notNull()
      .references(() => handoffs.id),
    residentId: integer("resident_id")
      .notNull()
      .references(() => residents.id),
    /** who resolved (or handled) the conversation: satisfaction per staff member */
    staffUserId: integer("staff_user_id").references(() => staffUsers.id),
    status: text("status", { enum: ["sent", "answered", "skipped", "expired"] }).notNull(),
    rating: integer("rating"),
    sentAt: integer("sent_at").notNull(),
    answeredAt: integer("answered_at"),
  },
  (t) => [uniqueIndex("satisfaction_surveys_handoff").on(t.handoffId), index("satisfaction_surveys_resident").on(t.residentId, t.status), index("satisfaction_surveys_ward_answered").on(t.wardId, t.answeredAt)],
);

/** Unanswered-question groups a communicator dismissed (by the group's representative question). */
export const unansweredDismissals = sqliteTable(
  "unanswered_dismissals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    questionKey: text("question_key").notNull(),
    dismissedBy: integer("dismissed_by").references(() => staffUsers.id),
    dismissedAt: integer("dismissed_at").notNull(),
  },
  (t) => [uniqueIndex("unanswered_dismissals_key").on(t.wardId, t.questionKey)],
);
