import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { emptyMemory, type ConversationMemory } from "../assistant/ask-result";
import type { Database } from "../db/database";
import { hotShapes, hotStatement } from "../db/hot-statement";
import { conversationState } from "../db/schema-conversation";
import { extended } from "../lib/extended";

/** Who the conversation is with: a channel and the resident's id on it. */
export type ResidentKey = { kind: "zalo" | "miniapp"; id: string };

export type ConversationRow = typeof conversationState.$inferSelect;

/** Changes to one conversation row, written in the caller's batch. */
export type ConversationChange = {
  memory?: ConversationMemory;
  lastInAt?: number;
  /** the message needs a person: count it unread for staff */
  unread?: boolean;
  handoffAckAt?: number;
  botPausedUntil?: number;
  /** staff answered (from the console or Zalo's own tool): nothing unread */
  read?: boolean;
};

/**
 * The conversation_state table: reads are query builders the caller puts into its one batch
 * read, writes are batch items for its one batch write, so a message costs no extra round trip.
 */
export class ConversationStore {
  constructor(
    private readonly db: Database,
    /** memory counts only within this quiet period */
    readonly memoryMs: number,
  ) {}

  /** The row of one conversation (for a batch read). */
  select(wardId: number, key: ResidentKey) {
    return this.selectRow({ wardId, channel: key.kind, residentKey: key.id });
  }

  /** The query behind `select` (ConversationService reads it inside a message's one state statement). */
  rowQuery(v: { wardId: never; channel: never; residentKey: never }) {
    return this.db
      .select()
      .from(conversationState)
      .where(and(eq(conversationState.wardId, v.wardId), eq(conversationState.channel, v.channel), eq(conversationState.residentKey, v.residentKey)))
      .limit(1);
  }

  // read for every message: built once (server/db/hot-statement.ts)
  private readonly selectRow = hotStatement(["wardId", "channel", "residentKey"], (v) => this.rowQuery(v));

  /** What the assistant remembers at `now`: nothing after the quiet period, except a pending question. */
  memoryOf(row: ConversationRow | undefined, now: number): ConversationMemory {
    if (!row?.memory) return emptyMemory();
    let stored: ConversationMemory;
    try {
      stored = JSON.parse(row.memory) as ConversationMemory;
    } catch {
      return emptyMemory();
    }
    const fresh = row.memoryAt !== null && now - row.memoryAt <= this.memoryMs;
    if (fresh) return extended(emptyMemory(), stored);
    return stored.awaiting ? extended(emptyMemory(), { awaiting: stored.awaiting }) : emptyMemory();
  }

  /** The write for a change (insert or update of the row). */
  write(wardId: number, key: ResidentKey, residentId: number | null, change: ConversationChange, now: number): BatchItem<"sqlite"> {
    const memory = change.memory ? JSON.stringify(change.memory) : null;
    const shape = [
      residentId !== null ? "r" : "",
      change.memory ? "m" : "",
      change.lastInAt !== undefined ? "l" : "",
      change.handoffAckAt !== undefined ? "h" : "",
      change.botPausedUntil !== undefined ? "p" : "",
      change.read ? "R" : change.unread ? "u" : "",
    ].join("");
    return this.upsert(shape, {
      wardId,
      channel: key.kind,
      residentKey: key.id,
      residentId,
      memory,
      memoryAt: change.memory ? now : null,
      botPausedUntil: change.botPausedUntil ?? null,
      handoffAckAt: change.handoffAckAt ?? null,
      lastInAt: change.lastInAt ?? null,
      unreadCount: change.unread ? 1 : 0,
      staffReadAt: change.read ? now : null,
      updatedAt: now,
    });
  }

  /**
   * The conversation row's upsert, built once per shape (server/db/hot-statement.ts): which
   * columns a change updates (r resident, m memory, l last message in, h handoff
   * acknowledgement, p bot paused, R read by staff / u one more unread).
   */
  private readonly upsert = hotShapes(
    ["wardId", "channel", "residentKey", "residentId", "memory", "memoryAt", "botPausedUntil", "handoffAckAt", "lastInAt", "unreadCount", "staffReadAt", "updatedAt"],
    (shape, v) => {
      const c = conversationState;
      const set: Record<string, unknown> = { updatedAt: v.updatedAt };
      if (shape.includes("r")) set.residentId = v.residentId;
      if (shape.includes("m")) {
        set.memory = v.memory;
        set.memoryAt = v.memoryAt;
      }
      if (shape.includes("l")) set.lastInAt = sql`max(coalesce(${c.lastInAt}, 0), ${v.lastInAt})`;
      if (shape.includes("h")) set.handoffAckAt = v.handoffAckAt;
      if (shape.includes("p")) set.botPausedUntil = sql`max(coalesce(${c.botPausedUntil}, 0), ${v.botPausedUntil})`;
      if (shape.includes("R")) {
        set.unreadCount = 0;
        set.staffReadAt = v.staffReadAt;
      } else if (shape.includes("u")) set.unreadCount = sql`${c.unreadCount} + 1`;
      return this.db
        .insert(c)
        .values({
          wardId: v.wardId,
          channel: v.channel,
          residentKey: v.residentKey,
          residentId: v.residentId,
          memory: v.memory,
          memoryAt: v.memoryAt,
          botPausedUntil: v.botPausedUntil,
          handoffAckAt: v.handoffAckAt,
          lastInAt: v.lastInAt,
          unreadCount: v.unreadCount,
          staffReadAt: v.staffReadAt,
          updatedAt: v.updatedAt,
        })
        .onConflictDoUpdate({ target: [c.wardId, c.channel, c.residentKey], set });
    },
  );

  /** Staff read a conversation (the console calls this when a person opens or answers it). */
  async markRead(wardId: number, key: ResidentKey, now: number): Promise<void> {
    await this.db
      .update(conversationState)
      .set({ unreadCount: 0, staffReadAt: now, updatedAt: now })
      .where(and(eq(conversationState.wardId, wardId), eq(conversationState.channel, key.kind), eq(conversationState.residentKey, key.id)));
  }

  /**
   * Forgets memories past the quiet period (personal data kept no longer than needed); a
   * pending question (`awaiting`) stays until whoever set it clears it.
   */
  async forgetExpired(now: number): Promise<number> {
    const c = conversationState;
    const rows = await this.db
      .update(c)
      .set({
        memory: sql`case when json_valid(${c.memory}) and json_extract(${c.memory}, '$.awaiting') is not null
          then json_object('choices', json_array(), 'awaiting', json(json_extract(${c.memory}, '$.awaiting'))) else null end`,
        memoryAt: null,
      })
      .where(and(isNotNull(c.memoryAt), lt(c.memoryAt, now - this.memoryMs)))
      .returning({ id: c.id });
    return rows.length;
  }
}
