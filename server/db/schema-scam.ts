/*
 * Scam waves: what residents forwarded and the scam check warned about, kept to spot the same
 * scam reaching many residents and wards. Every row has ward_id; the city view only aggregates.
 * The sample is the received text with personal data masked; the resident key only serves to
 * count each resident once, and rows are deleted after RETENTION_DAYS (server/scam/).
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { wards } from "./schema";

/** One forwarded message the check warned about. */
export const scamReports = sqliteTable(
  "scam_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    /** "zalo:<resident id>" or "miniapp:<user id>": counts a resident once, never shown */
    residentKey: text("resident_key").notNull(),
    channel: text("channel", { enum: ["zalo", "miniapp"] }).notNull(),
    /** the received text, personal data masked, at most 600 characters */
    sample: text("sample").notNull(),
    /** JSON: the check's signals and the brands the text named */
    signals: text("signals").notNull(),
    /** JSON array of "kind:value" (server/scam/indicators.ts): unofficial domain, phone or
     *  account number, script fingerprint; waves are reports sharing one within 24 hours */
    indicators: text("indicators").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("scam_reports_ward_time").on(t.wardId, t.createdAt), index("scam_reports_time").on(t.createdAt)],
);
