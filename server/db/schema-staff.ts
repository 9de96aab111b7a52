/*
 * Tables of the staff console: people, roles per ward, sessions, audit log, reply templates,
 * knowledge-entry versions. Every table holding ward data has ward_id. Times are integer ms.
 */
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { handoffs, wards } from "./schema";

export const staffUsers = sqliteTable("staff_users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** stored lowercased: the login key */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  /** "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>" */
  passwordHash: text("password_hash").notNull(),
  /** may create wards and acts as admin of every ward */
  isCityAdmin: integer("is_city_admin", { mode: "boolean" }).notNull().default(false),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  /** set when an admin reset the password: the user is asked to choose a new one */
  mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
  createdAt: integer("created_at").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

export const staffMemberships = sqliteTable(
  "staff_memberships",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => staffUsers.id),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    role: text("role", { enum: ["admin", "staff", "communicator"] }).notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.wardId, t.role] }), index("staff_memberships_ward").on(t.wardId)],
);

/** Only the SHA-256 of the session token is stored; the cookie holds the token itself. */
export const staffSessions = sqliteTable(
  "staff_sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull().unique(),
    userId: integer("user_id")
      .notNull()
      .references(() => staffUsers.id),
    /** per-session CSRF token, echoed in every form and in X-CSRF-Token */
    csrfToken: text("csrf_token").notNull(),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("staff_sessions_user").on(t.userId)],
);

/** Failed logins per email (known or not, so lockout does not reveal which accounts exist). */
export const staffLoginFailures = sqliteTable("staff_login_failures", {
  email: text("email").primaryKey(),
  failures: integer("failures").notNull().default(0),
  firstFailureAt: integer("first_failure_at").notNull(),
  lockedUntil: integer("locked_until"),
});

/** Who changed what, when, with the values before and after (JSON, secrets left out). */
export const staffAuditLog = sqliteTable(
  "staff_audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** null for city-level actions (creating a ward, a city admin) */
    wardId: integer("ward_id").references(() => wards.id),
    userId: integer("user_id").references(() => staffUsers.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    before: text("before"),
    after: text("after"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("staff_audit_ward_created").on(t.wardId, t.createdAt)],
);

export const replyTemplates = sqliteTable(
  "staff_reply_templates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdBy: integer("created_by").references(() => staffUsers.id),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("staff_reply_templates_ward").on(t.wardId)],
);

/** Who took a handoff (handoffs.status says claimed; this says by whom). */
export const handoffClaims = sqliteTable("staff_handoff_claims", {
  handoffId: integer("handoff_id")
    .primaryKey()
    .references(() => handoffs.id),
  wardId: integer("ward_id")
    .notNull()
    .references(() => wards.id),
  userId: integer("user_id")
    .notNull()
    .references(() => staffUsers.id),
  claimedAt: integer("claimed_at").notNull(),
});

export const handoffNotes = sqliteTable(
  "staff_handoff_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    handoffId: integer("handoff_id")
      .notNull()
      .references(() => handoffs.id),
    userId: integer("user_id")
      .notNull()
      .references(() => staffUsers.id),
    body: text("body").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("staff_handoff_notes_handoff").on(t.handoffId)],
);

/** A staff reply to a handoff; its outbox rows use dedupe key "staff:<id>:<part>". */
export const handoffReplies = sqliteTable(
  "staff_handoff_replies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    handoffId: integer("handoff_id")
      .notNull()
      .references(() => handoffs.id),
    residentId: integer("resident_id").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => staffUsers.id),
    text: text("text").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("staff_handoff_replies_handoff").on(t.handoffId), index("staff_handoff_replies_ward").on(t.wardId, t.createdAt)],
);

/**
 * Every version of a knowledge entry or procedure record written in the console. Drafts belong
 * to the ward they were written in (other wards never see them); published versions are kept
 * forever, and restoring publishes a copy of an old one.
 */
export const kbVersions = sqliteTable(
  "staff_kb_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: ["entry", "procedure"] }).notNull(),
    entityId: text("entity_id").notNull(),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    status: text("status", { enum: ["draft", "review", "published", "withdrawn"] }).notNull(),
    /** JSON of the KnowledgeEntry (with body) or Procedure */
    data: text("data").notNull(),
    note: text("note"),
    /** for "Lưu thành mục kiến thức": the handoff the draft came from */
    sourceHandoffId: integer("source_handoff_id"),
    restoredFrom: integer("restored_from"),
    createdBy: integer("created_by").references(() => staffUsers.id),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    publishedBy: integer("published_by").references(() => staffUsers.id),
    publishedAt: integer("published_at"),
  },
  (t) => [index("staff_kb_versions_entity").on(t.kind, t.entityId), index("staff_kb_versions_ward_status").on(t.wardId, t.status)],
);

/** Ward settings the console owns (deadlines); JSON validated by the console's schema. */
export const staffWardSettings = sqliteTable("staff_ward_settings", {
  wardId: integer("ward_id")
    .primaryKey()
    .references(() => wards.id),
  data: text("data").notNull(),
  updatedAt: integer("updated_at").notNull(),
});
