import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { residents, wards } from "./schema";

/**
 * One row per conversation: a resident, a ward and a channel (Zalo OA chat, mini app chat).
 * `memory` is what the assistant remembers of the last turns (entry, part shown, choices
 * offered); it counts only while the conversation is active (a quiet period, default 30
 * minutes) and is cleared by the sweeper after that. The other columns keep the conversation
 * never silent and visible to staff: a pause after an OA admin answered in Zalo's own tool,
 * the last "staff will reply" acknowledgement, and the unread marker of the staff inbox.
 */
export const conversationState = sqliteTable(
  "conversation_state",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    channel: text("channel", { enum: ["zalo", "miniapp"] }).notNull(),
    /** the OA-scoped Zalo user id, or the mini app user's app-scoped id */
    residentKey: text("resident_key").notNull(),
    residentId: integer("resident_id").references(() => residents.id),
    /** JSON of ConversationMemory (server/assistant/ask-result.ts) */
    memory: text("memory"),
    memoryAt: integer("memory_at"),
    /** an OA admin answered from Zalo's own tool: the bot does not answer before this time */
    botPausedUntil: integer("bot_paused_until"),
    /** last acknowledgement sent while a handoff was open */
    handoffAckAt: integer("handoff_ack_at"),
    /** the resident's newest message */
    lastInAt: integer("last_in_at"),
    /** resident messages staff have not seen (a person must answer them) */
    unreadCount: integer("unread_count").notNull().default(0),
    staffReadAt: integer("staff_read_at"),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("conversation_state_key").on(t.wardId, t.channel, t.residentKey), index("conversation_state_ward_last_in").on(t.wardId, t.lastInAt)],
);
