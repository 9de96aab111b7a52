import { sql } from "drizzle-orm";
import { customType, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/*
 * Times are stored as integer milliseconds since the epoch (UTC). Zalo's own ids and
 * timestamps are kept as the strings Zalo sent. Every table holding a ward's data has ward_id.
 */

const createdAt = () =>
  integer("created_at")
    .notNull()
    .default(sql`(unixepoch() * 1000)`);

export const wards = sqliteTable("wards", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  oaId: text("oa_id").unique(),
  appId: text("app_id"),
  /** JSON of WardProfile (address, hours, hotline, reception schedule, green lane, working hours) */
  profile: text("profile").notNull(),
  createdAt: createdAt(),
});

/** Secrets encrypted with AES-GCM under the deployment's SECRETS_KEY; never plaintext. */
export const wardSecrets = sqliteTable(
  "ward_secrets",
  {
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    name: text("name").notNull(), // oa_secret_key | app_secret
    ciphertext: text("ciphertext").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.wardId, t.name] })],
);

/**
 * OA access and refresh tokens (encrypted). `version` increases on every rotation; a refresh
 * takes a lease (lock_owner, lock_until) with a compare-and-swap so two refreshes never both
 * spend the single-use refresh token.
 */
export const zaloTokens = sqliteTable("zalo_tokens", {
  wardId: integer("ward_id")
    .primaryKey()
    .references(() => wards.id),
  accessTokenEnc: text("access_token_enc"),
  refreshTokenEnc: text("refresh_token_enc").notNull(),
  accessExpiresAt: integer("access_expires_at").notNull().default(0),
  version: integer("version").notNull().default(0),
  lockOwner: text("lock_owner"),
  lockUntil: integer("lock_until"),
  lastError: text("last_error"),
  updatedAt: integer("updated_at").notNull(),
});

export const webhookEvents = sqliteTable(
  "webhook_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    eventKey: text("event_key").notNull(),
    eventName: text("event_name").notNull(),
    rawBody: text("raw_body").notNull(),
    zaloTimestamp: text("zalo_timestamp"),
    status: text("status", { enum: ["pending", "processing", "done", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lockUntil: integer("lock_until"),
    lastError: text("last_error"),
    receivedAt: integer("received_at").notNull(),
    processedAt: integer("processed_at"),
    deliveries: integer("deliveries").notNull().default(1),
  },
  (t) => [
    uniqueIndex("webhook_events_ward_key").on(t.wardId, t.eventKey),
    index("webhook_events_status").on(t.status, t.receivedAt),
    // retention: raw bodies older than the ward's period are purged by the sweeper
    index("webhook_events_ward_received").on(t.wardId, t.receivedAt),
  ],
);

export const residents = sqliteTable(
  "residents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    zaloUserId: text("zalo_user_id").notNull(),
    displayName: text("display_name"),
    /** the same person's app-scoped id (Zalo's user_id_by_app): links the mini app's user to this OA resident */
    appUserId: text("app_user_id"),
    isFollower: integer("is_follower", { mode: "boolean" }).notNull().default(false),
    /** last time the resident wrote or acted in the chat: opens Zalo's reply window */
    lastInteractionAt: integer("last_interaction_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("residents_ward_user").on(t.wardId, t.zaloUserId), index("residents_ward_app_user").on(t.wardId, t.appUserId)],
);

export const messages = sqliteTable(
  "messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    residentId: integer("resident_id")
      .notNull()
      .references(() => residents.id),
    direction: text("direction", { enum: ["in", "out"] }).notNull(),
    author: text("author", { enum: ["resident", "bot", "staff", "oa_admin"] }).notNull(),
    kind: text("kind").notNull(), // text, image, answer, clarify, handoff, ...
    text: text("text"),
    /** JSON: entry ids and scores behind a bot answer, attachment metadata, ... */
    meta: text("meta"),
    zaloMsgId: text("zalo_msg_id"),
    eventId: integer("event_id"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("messages_resident").on(t.wardId, t.residentId, t.createdAt), index("messages_ward_created").on(t.wardId, t.createdAt)],
);

export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    residentId: integer("resident_id")
      .notNull()
      .references(() => residents.id),
    /** makes writing a reply idempotent: event id + part number */
    dedupeKey: text("dedupe_key").notNull(),
    /** JSON of the Zalo `message` object to send */
    payload: text("payload").notNull(),
    status: text("status", { enum: ["pending", "sending", "sent", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    lockUntil: integer("lock_until"),
    errorCode: integer("error_code"),
    errorMessage: text("error_message"),
    zaloMessageId: text("zalo_message_id"),
    createdAt: integer("created_at").notNull(),
    sentAt: integer("sent_at"),
  },
  (t) => [
    uniqueIndex("outbox_ward_dedupe").on(t.wardId, t.dedupeKey),
    index("outbox_status").on(t.status, t.nextAttemptAt),
    index("outbox_resident_status").on(t.residentId, t.status),
  ],
);

export const handoffs = sqliteTable(
  "handoffs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    residentId: integer("resident_id").references(() => residents.id),
    question: text("question").notNull(),
    reason: text("reason").notNull(), // out_of_scope | asked_for_person | not_helpful | unsupported_message
    status: text("status", { enum: ["open", "claimed", "resolved"] })
      .notNull()
      .default("open"),
    createdAt: integer("created_at").notNull(),
    resolvedAt: integer("resolved_at"),
    /** set for a question passed on from the mini app's Hỏi đáp (miniapp_users.id; no FK here: that table lives in schema-feedback) */
    miniappUserId: integer("miniapp_user_id"),
  },
  (t) => [index("handoffs_ward_status").on(t.wardId, t.status), index("handoffs_miniapp_user").on(t.miniappUserId), index("handoffs_resident_status").on(t.residentId, t.status)],
);

/** Every question the assistant answered, with what it decided: the base for statistics
 *  and for "unanswered questions" in the console. */
export const askLog = sqliteTable(
  "ask_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    residentId: integer("resident_id").references(() => residents.id),
    channel: text("channel").notNull(), // zalo | api
    question: text("question").notNull(),
    kind: text("kind").notNull(),
    topEntryId: text("top_entry_id"),
    topScore: integer("top_score"),
    verdict: text("verdict", { enum: ["helpful", "not_helpful"] }),
    /** set when the assistant passed this question to a person (the handoff's reason) */
    handoffReason: text("handoff_reason"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("ask_log_ward_created").on(t.wardId, t.createdAt), index("ask_log_resident").on(t.residentId)],
);

/** Knowledge entries as loaded from knowledge/ (the source of truth is the files in git;
 *  a later console edits these rows). `wards` is null for all wards or a JSON list of slugs. */
export const kbEntries = sqliteTable("kb_entries", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  category: text("category").notNull(),
  status: text("status").notNull(),
  data: text("data").notNull(), // JSON of the whole KnowledgeEntry
  updatedAt: integer("updated_at").notNull(),
});

export const kbProcedures = sqliteTable("kb_procedures", {
  id: text("id").primaryKey(),
  data: text("data").notNull(), // JSON of the Procedure record
  updatedAt: integer("updated_at").notNull(),
});

/** Binary data as a Uint8Array on every driver (libSQL hands back an ArrayBuffer; Buffer is Node's only). */
const bytes = customType<{ data: Uint8Array; driverData: ArrayBuffer | Uint8Array }>({
  dataType: () => "blob",
  fromDriver: (value) => (value instanceof Uint8Array ? value : new Uint8Array(value)),
});

export const kbMeta = sqliteTable("kb_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  /** binary values (the stored search index, migration 0012) */
  data: bytes("data"),
});
