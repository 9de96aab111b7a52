import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { emptyMemory, type ConversationMemory } from "../assistant/ask-result";
import type { Database } from "../db/database";
import { hotStatement } from "../db/hot-statement";
import { conversationState } from "../db/schema-conversation";

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

  // read for every message: built once (server/db/hot-statement.ts)
  private readonly selectRow = hotStatement(["wardId", "channel", "residentKey"], (v) =>
    this.db
      .select()
      .from(conversationState)
      .where(and(eq(conversationState.wardId, v.wardId), eq(conversationState.channel, v.channel), eq(conversationState.residentKey, v.residentKey)))
      .limit(1),
  );

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
    if (fresh) return { ...emptyMemory(), ...stored };
    return stored.awaiting ? { ...emptyMemory(), awaiting: stored.awaiting } : emptyMemory();
  }

  /** The write for a change (insert or update of the row). */
  write(wardId: number, key: ResidentKey, residentId: number | null, change: ConversationChange, now: number): BatchItem<"sqlite"> {
    const c = conversationState;
    const insert = {
      wardId,
      channel: key.kind,
      residentKey: key.id,
      residentId,
      memory: change.memory ? JSON.stringify(change.memory) : null,
      memoryAt: change.memory ? now : null,
      botPausedUntil: change.botPausedUntil ?? null,
      handoffAckAt: change.handoffAckAt ?? null,
      lastInAt: change.lastInAt ?? null,
      unreadCount: change.unread ? 1 : 0,
      staffReadAt: change.read ? now : null,
      updatedAt: now,
    };
    const set: Record<string, unknown> = { updatedAt: now };
    if (residentId !== null) set.residentId = residentId;
    if (change.memory) {
      set.memory = insert.memory;
      set.memoryAt = now;
    }
    if (change.lastInAt !== undefined) set.lastInAt = sql`max(coalesce(${c.lastInAt}, 0), ${change.lastInAt})`;
    if (change.handoffAckAt !== undefined) set.handoffAckAt = change.handoffAckAt;
    if (change.botPausedUntil !== undefined) set.botPausedUntil = sql`max(coalesce(${c.botPausedUntil}, 0), ${change.botPausedUntil})`;
    if (change.read) {
      set.unreadCount = 0;
      set.staffReadAt = now;
    } else if (change.unread) set.unreadCount = sql`${c.unreadCount} + 1`;
    return this.db
      .insert(c)
      .values(insert)
      .onConflictDoUpdate({ target: [c.wardId, c.channel, c.residentKey], set });
  }

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
