/*
 * Tables of the security measures (issue 9): staff invitations between wards, login and request
 * throttling shared by every process and isolate, and the staff's known devices (a device that
 * signed in before is not locked out by strangers' failed guesses).
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { wards } from "./schema";
import { staffUsers } from "./schema-staff";

/**
 * A ward admin's invitation to join the ward. Ward admins never set or reset credentials of an
 * account they do not own alone; the invited person accepts with their own password (or creates
 * the account). Only the SHA-256 of the link's token is stored.
 */
export const staffInvitations = sqliteTable(
  "staff_invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** JSON list of roles in the ward */
    roles: text("roles").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdBy: integer("created_by").references(() => staffUsers.id),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    acceptedAt: integer("accepted_at"),
    acceptedUserId: integer("accepted_user_id").references(() => staffUsers.id),
  },
  (t) => [uniqueIndex("staff_invitations_token").on(t.tokenHash), index("staff_invitations_ward").on(t.wardId, t.createdAt)],
);

/** Failure counters for sign-in, per account ("email:…") and per client address ("addr:…"). */
export const authThrottle = sqliteTable("auth_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: integer("window_start").notNull(),
  lockedUntil: integer("locked_until"),
});

/** Devices (browsers) that signed in to an account; only the SHA-256 of the cookie's token. */
export const staffDevices = sqliteTable(
  "staff_devices",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => staffUsers.id),
    createdAt: integer("created_at").notNull(),
    lastUsedAt: integer("last_used_at").notNull(),
  },
  (t) => [index("staff_devices_user").on(t.userId)],
);

/** Fixed-window request counters (e.g. "ask:<address>"), shared by Node threads and Worker isolates. */
export const requestCounters = sqliteTable(
  "request_counters",
  {
    key: text("key").notNull(),
    windowStart: integer("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("request_counters_window").on(t.windowStart)],
);
