import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { handoffs, wards } from "./schema";

/**
 * The optional language model's bookkeeping: tokens spent per ward per day (the daily budget is
 * enforced from this, across processes) and how often the assistant fell back to the retrieval
 * answer (shown to staff).
 */
export const llmUsage = sqliteTable(
  "llm_usage",
  {
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    /** Hanoi calendar day, YYYY-MM-DD */
    day: text("day").notNull(),
    calls: integer("calls").notNull().default(0),
    tokens: integer("tokens").notNull().default(0),
    fallbacks: integer("fallbacks").notNull().default(0),
    guardRejections: integer("guard_rejections").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.wardId, t.day] })],
);

/** A model-written summary of the conversation behind a handoff, for the staff inbox. */
export const handoffSummaries = sqliteTable(
  "handoff_summaries",
  {
    handoffId: integer("handoff_id")
      .primaryKey()
      .references(() => handoffs.id),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    summary: text("summary").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("handoff_summaries_ward").on(t.wardId)],
);
