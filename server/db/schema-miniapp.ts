import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { handoffs, wards } from "./schema";
import { miniappUsers } from "./schema-feedback";

/**
 * The mini app's "Hỏi đáp" conversation: each resident's questions, the assistant's answers
 * (with their numbered choices in `meta`) and staff replies to a question passed to a person
 * (`handoffId`). One row per message shown in the app.
 */
export const miniappChatMessages = sqliteTable(
  "miniapp_chat_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    wardId: integer("ward_id")
      .notNull()
      .references(() => wards.id),
    userId: integer("user_id")
      .notNull()
      .references(() => miniappUsers.id),
    author: text("author", { enum: ["resident", "bot", "staff"] }).notNull(),
    /** question | answer | clarify | handoff | smalltalk | scam_warning | staff_reply | note */
    kind: text("kind").notNull(),
    text: text("text").notNull(),
    /** JSON: choices, links, entry ids, the question an answer replied to */
    meta: text("meta"),
    handoffId: integer("handoff_id").references(() => handoffs.id),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("miniapp_chat_user").on(t.wardId, t.userId, t.id), index("miniapp_chat_handoff").on(t.handoffId)],
);
