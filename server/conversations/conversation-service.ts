import { and, desc, eq, getTableColumns, gt, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { FEEDBACK_HELPFUL, FEEDBACK_NOT_HELPFUL } from "../assistant/assistant";
import { handoffOf, type AskResult, type ConversationMemory } from "../assistant/ask-result";
import { foldedText } from "../assistant/text-analysis";
import type { Database } from "../db/database";
import { hotShapes, hotStatement } from "../db/hot-statement";
import { waitingNoticeReads, waitingNoticeWritesFrom } from "../feedback/report-notices";
import type { KnowledgeRepository } from "../knowledge/knowledge-repository";
import { pendingSurveyQuery, surveyOutcome } from "./satisfaction-survey";
import { askLog, handoffs, messages, outbox, residents, webhookEvents } from "../db/schema";
import { miniappUsers, reportNotices } from "../db/schema-feedback";
import { satisfactionSurveys } from "../db/schema-console";
import { conversationState } from "../db/schema-conversation";
import { jsonRows, rowsOf, type JsonFields } from "./json-rows";
import type { Clock } from "../lib/clock";
import { ValidationError } from "../lib/errors";
import type { Logger } from "../lib/logger";
import type { Ward } from "../wards/ward-profile";
import type { WardService } from "../wards/ward-service";
import { describeNextStaffTime } from "../wards/working-hours";
import { parseEvent, readEnvelope, type UserMessageEvent } from "../zalo/webhook-events";
import { eventBodyOf } from "./event-body";
import { wardReplyMessages, type ReplyContent } from "../zalo/message-builder";
import { renderReplyText } from "../assistant/reply-text";
import { scamReportWrites } from "../scam/scam-reports";
import { OutboxService, replyWindow, type ClaimedOutboxRow, type ReplyRow } from "../zalo/outbox-service";
import type { ZaloOutgoingMessage } from "../zalo/zalo-api";
import { ConversationStore, type ConversationChange, type ConversationRow, type ResidentKey } from "./conversation-store";
import { locationOf, readableText, reportReply, silentKinds, unreadableReply } from "./non-text-messages";
import { extended } from "../lib/extended";

const PROCESS_LEASE_MS = 60_000;
const MAX_EVENT_ATTEMPTS = 5;
/** a handoff older than Zalo's reply window no longer keeps the bot quiet */
const HANDOFF_SILENCE_MS = 7 * 24 * 3600_000;
/** The resident's id by ward and Zalo user id, as a subquery (the resident may be upserted earlier in the same batch). */
const residentIdOf = (wardId: unknown, zaloUserId: unknown) => sql<number>`(select ${residents.id} from ${residents} where ${residents.wardId} = ${wardId} and ${residents.zaloUserId} = ${zaloUserId})`;

/** The fields of each read in a message's state statement (see messageStateRead), as drizzle selects them (jsonRows throws when the statement is built if a read selects otherwise). */
const messageStateFields = {
  conversation: getTableColumns(conversationState),
  openHandoff: { id: handoffs.id, createdAt: handoffs.createdAt },
  lastAnswer: { id: askLog.id, question: askLog.question },
  survey: getTableColumns(satisfactionSurveys),
  users: { id: miniappUsers.id, residentId: miniappUsers.residentId },
  notices: getTableColumns(reportNotices),
} satisfies Record<string, JsonFields>;

/** The message part of an event's state from the row of messageStateRead. */
function messageStateOf(row: Record<keyof typeof messageStateFields, string>): NonNullable<EventState["message"]> {
  const f = messageStateFields;
  return {
    conversation: rowsOf<ConversationRow>(row.conversation, f.conversation)[0],
    openHandoff: rowsOf<{ id: number; createdAt: number }>(row.openHandoff, f.openHandoff)[0],
    lastAnswer: rowsOf<{ id: number; question: string }>(row.lastAnswer, f.lastAnswer)[0],
    survey: rowsOf<NonNullable<Parameters<typeof surveyOutcome>[1]>>(row.survey, f.survey)[0],
    users: rowsOf<Parameters<typeof waitingNoticeWritesFrom>[3][number]>(row.users, f.users),
    // newest first, as the read orders them (JSON aggregation keeps that order; sorted to be sure)
    notices: rowsOf<Parameters<typeof waitingNoticeWritesFrom>[4][number]>(row.notices, f.notices).sort((a, b) => b.id - a.id),
  };
}

/** What decides replies: the assistant, wrapped by the language model when one is configured. */
export interface ConversationEngine {
  answer(text: string, ward: Ward, memory: ConversationMemory): Promise<AskResult>;
  /** the scam and emergency checks alone (they run even while a person handles the conversation) */
  safety(text: string, ward: Ward, memory: ConversationMemory): Promise<AskResult | undefined>;
}

export type ConversationSettings = { memoryMs: number; adminPauseMs: number; handoffAckIntervalMs: number };

/** The event as the intake stored it (see processEvent). */
export type AcceptedEvent = { wardId: number; rawBody: string; receivedAt: number };

/** A stored webhook event, as claimed. */
export type StoredEvent = typeof webhookEvents.$inferSelect;

/** What the event's batch read found (see stateReads). */
export type EventState = {
  ward: Ward;
  body: unknown;
  parsed: ReturnType<typeof parseEvent>;
  envelope: NonNullable<ReturnType<typeof readEnvelope>>;
  /** the resident as touched by this event (none for events about no resident) */
  resident: typeof residents.$inferSelect | undefined;
  /** for a resident's message */
  message:
    | {
        conversation: ConversationRow | undefined;
        openHandoff: { id: number; createdAt: number } | undefined;
        lastAnswer: { id: number; question: string } | undefined;
        survey: Parameters<typeof surveyOutcome>[1];
        users: Parameters<typeof waitingNoticeWritesFrom>[3];
        notices: Parameters<typeof waitingNoticeWritesFrom>[4];
      }
    | undefined;
};

/** The event's writes, and which of them insert reply parts (OutboxService.replyInsert: claimed for sending, or queued). */
type EventWrites = {
  writes: BatchItem<"sqlite">[];
  claimed: Array<{ at: number; dedupePrefix: string; messages: ZaloOutgoingMessage[] }>;
  queued: boolean;
  /** the event's message rows, in order: inserted by messageInserts with the other events' of a round (see there) */
  messages: MessageRow[];
};
/** A row of the messages table, as the processing path writes it. */
export type MessageRow = {
  wardId: number;
  residentId: number;
  direction: "in" | "out";
  author: "resident" | "bot" | "oa_admin";
  kind: string;
  text: string | null;
  meta: string | null;
  zaloMsgId: string | null;
  eventId: number;
  createdAt: number;
};
const MESSAGE_FIELDS = ["wardId", "residentId", "direction", "author", "kind", "text", "meta", "zaloMsgId", "eventId", "createdAt"] as const satisfies ReadonlyArray<keyof MessageRow>;
/**
 * Message rows per insert statement: a round's rows (two per answered event) are cut into chunks
 * of these sizes, largest first, so that a round of 64 answers inserts its 128 rows with 4
 * statements instead of 128, and only four statement texts are ever prepared.
 */
const MESSAGE_CHUNKS = [32, 8, 2, 1] as const;
/** A decided event: its writes (for one batch) and what to send after they commit. */
export type PlannedEvent = EventWrites & { resident: typeof residents.$inferSelect | undefined };
export type Sends = { resident: typeof residents.$inferSelect; claimed: ClaimedOutboxRow[]; queued: boolean };

/** Everything one message needs to know, read in one batch. */
type Context = {
  memory: ConversationMemory;
  openHandoff: { id: number; createdAt: number } | undefined;
  pausedUntil: number;
  handoffAckAt: number | null;
  lastAnswer: { id: number; question: string } | undefined;
};

/**
 * Turns stored webhook events into conversation records and replies. Each event is claimed with
 * a lease, so it is processed once even when the in-process queue and the sweeper (or two
 * processes) reach it together; what one message needs is read in one batch, and everything it
 * writes, replies and conversation memory included, lands in one batch.
 */
export class ConversationService {
  readonly store: ConversationStore;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly wards: WardService,
    private readonly engine: ConversationEngine,
    private readonly outbox: OutboxService,
    private readonly logger: Logger,
    private readonly settings: ConversationSettings,
    /** the knowledge version is read with each event's state (the assistant then reads nothing) */
    private readonly knowledge: Pick<KnowledgeRepository, "versionQuery" | "noteVersion">,
  ) {
    this.store = new ConversationStore(db, settings.memoryMs);
  }

  /** Ids of events waiting (or whose processing lease expired), oldest first. */
  async dueEvents(limit = 50): Promise<number[]> {
    const now = this.clock.now();
    const rows = await this.db
      .select({ id: webhookEvents.id })
      .from(webhookEvents)
      .where(or(eq(webhookEvents.status, "pending"), and(eq(webhookEvents.status, "processing"), lt(webhookEvents.lockUntil, now))))
      .orderBy(webhookEvents.id)
      .limit(limit);
    return rows.map((r) => r.id);
  }

  /**
   * Processes one stored event. `accepted` is the event as the intake just stored it (the same
   * isolate or process, right after the 200): with it, claiming the event and reading everything
   * it needs are one batch. Without it (sweeps, the processing thread) the claim comes first.
   */
  async processEvent(eventId: number, accepted?: AcceptedEvent): Promise<"processed" | "skipped"> {
    const claim = this.claimQuery([eventId]);
    let event: StoredEvent | undefined;
    let state: EventState | undefined;
    if (accepted) {
      const reads = this.stateReads(accepted.wardId, JSON.parse(accepted.rawBody) as unknown, accepted.receivedAt);
      const [claimed, ...rows] = await this.db.batch([claim, ...reads.queries] as unknown as [typeof claim]);
      event = claimed[0];
      // the stored event is what counts (a repeated delivery keeps the first one's body and time)
      if (event && event.wardId === accepted.wardId && event.rawBody === accepted.rawBody && event.receivedAt === accepted.receivedAt) state = reads.parse(rows);
    } else {
      [event] = await claim;
    }
    if (!event) return "skipped";
    return this.processClaimed(event, state);
  }

  /**
   * Claims stored events (pending, or whose processing lease expired) with a lease; returns the
   * ones this caller now holds. One statement for any number of events (the processing thread
   * claims a group at once).
   */
  claimQuery(eventIds: number[]) {
    const now = this.clock.now();
    return this.db
      .update(webhookEvents)
      .set({ status: "processing", lockUntil: now + PROCESS_LEASE_MS, attempts: sql`${webhookEvents.attempts} + 1` })
      .where(
        and(
          eventIds.length === 1 ? eq(webhookEvents.id, eventIds[0]!) : inArray(webhookEvents.id, eventIds),
          // `+status`: not the status index. With it SQLite answers the OR by walking every pending
          // event (MULTI-INDEX OR) instead of looking up the group's ids: a claim of 64 cost 10–16 ms
          // against 1.1 ms with a backlog of 50,000 (bench/README.md "Issue 15, session 6").
          or(eq(sql`+${webhookEvents.status}`, "pending"), and(eq(sql`+${webhookEvents.status}`, "processing"), lt(webhookEvents.lockUntil, now))),
        ),
      )
      .returning();
  }

  /**
   * Processes an event this caller has claimed, alone: its state read (unless given), its write
   * batch, its sends. A failure leaves it for a retry (or failed after the last attempt).
   */
  async processClaimed(event: StoredEvent, state?: EventState): Promise<"processed" | "skipped"> {
    let sends: Sends | undefined;
    try {
      if (!state) {
        const reads = this.eventReads(event);
        state = reads.parse(await this.db.batch(reads.queries as unknown as [BatchItem<"sqlite">]));
      }
      const planned = await this.plan(event, state);
      sends = this.sendsOf(planned, await this.db.batch(planned.writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]));
    } catch (err) {
      await this.failed(event, err);
      return "skipped";
    }
    if (sends) await this.deliver(sends);
    return "processed";
  }

  /**
   * The state reads of a claimed event (statements for a batch, and how to read their rows).
   * With `ward` (the ward as read by wardReads in the same batch: asked for once the batch ran)
   * the event reads no ward of its own.
   */
  eventReads(event: StoredEvent, ward?: () => Ward) {
    return this.stateReads(event.wardId, eventBodyOf(event), event.receivedAt, ward);
  }

  /** The ward, its working calendar and the knowledge version (noted for the assistant), for a batch read. */
  wardReads(wardId: number) {
    const ward = this.wards.byIdReads(wardId);
    const queries: BatchItem<"sqlite">[] = [ward.ward, ward.holidays, this.knowledge.versionQuery()];
    const parse = (rows: unknown[]): Ward => {
      const [wardRows, holidayRows, version] = rows as [Parameters<WardService["wardFrom"]>[1], Parameters<WardService["wardFrom"]>[2], Array<{ value: string }>];
      this.knowledge.noteVersion(version);
      return this.wards.wardFrom(wardId, wardRows, holidayRows);
    };
    return { queries, parse };
  }

  /**
   * Decides a claimed event: everything it writes, marking it done included, for one batch
   * (nothing is written here). `markDone: false`: the caller marks it done in the same batch
   * (EventGroups: one doneQuery for a round).
   */
  async plan(event: StoredEvent, state: EventState, options: { markDone?: boolean } = {}): Promise<PlannedEvent> {
    const out: EventWrites = { writes: [], claimed: [], queued: false, messages: [] };
    await this.handle(state, event.id, event.receivedAt, out);
    if (options.markDone !== false) {
      // alone: its message rows in its own batch (a round's go in one insert for the round: EventGroups)
      out.writes.push(...this.messageInserts(out.messages));
      out.messages = [];
      out.writes.push(this.markDone({ id: event.id, at: this.clock.now() }));
    }
    return extended(out, { resident: state.resident });
  }

  /**
   * The inserts of message rows (several events' in one statement, in their order, so the rows
   * get the ids they got one statement each). Nothing else in a write batch reads messages.
   */
  messageInserts(rows: MessageRow[]): BatchItem<"sqlite">[] {
    const out: BatchItem<"sqlite">[] = [];
    let at = 0;
    for (const size of MESSAGE_CHUNKS) {
      while (rows.length - at >= size) {
        const values: Record<string, unknown> = {};
        for (let i = 0; i < size; i++) {
          const row = rows[at + i]!;
          for (const f of MESSAGE_FIELDS) values[`${f}${i}`] = row[f];
        }
        out.push(this.insertMessages(String(size), values));
        at += size;
      }
    }
    return out;
  }

  /**
   * Marks decided events done: one statement for a group round's events, put LAST in the same
   * batch as their writes (see EventGroups.round for why exactly-once holds).
   */
  doneQuery(eventIds: number[]): BatchItem<"sqlite"> {
    return this.markRoundDone({ ids: JSON.stringify(eventIds), at: this.clock.now() });
  }

  /** What is to be sent once a planned event's writes committed (`results`: the batch's results for its writes, in order). */
  sendsOf(planned: PlannedEvent, results: unknown[]): Sends | undefined {
    if (!planned.resident) return undefined;
    // a reply written claimed is sent now; one written queued (or already there) goes through the outbox
    const written = planned.claimed.map((c) => OutboxService.withMessages((results[c.at] as ReplyRow[]).filter((r) => r.status === "sending"), c.dedupePrefix, c.messages));
    return { resident: planned.resident, claimed: written.flat(), queued: planned.queued || written.some((rows) => !rows.length) };
  }

  /** Sends a committed event's reply: the parts written claimed go out at once, anything queued behind older messages through the outbox. */
  async deliver(sends: Sends): Promise<void> {
    // the reply's parts were written already claimed: sending them and recording how it went is one round trip
    if (sends.claimed.length) await this.outbox.sendClaimed(sends.resident, sends.claimed);
    if (sends.queued) await this.outbox.deliverDue({ residentId: sends.resident.id });
  }

  /** Records a failed processing: back to pending for a retry, or failed after the last attempt. */
  async failed(event: StoredEvent, err: unknown): Promise<void> {
    const failed = event.attempts >= MAX_EVENT_ATTEMPTS;
    await this.db
      .update(webhookEvents)
      .set({ status: failed ? "failed" : "pending", lockUntil: null, lastError: (err as Error).message })
      .where(eq(webhookEvents.id, event.id));
    this.logger.error("webhook event processing failed", { eventId: event.id, error: err as Error, willRetry: !failed });
  }

  /**
   * Everything processing an event needs, as one batch of statements (after the claim, when
   * there is one): the ward and the working calendar, the knowledge version, the resident
   * (created or touched here: it is the same upsert the event would otherwise write first), and
   * for a resident's message the conversation row, an open handoff, the last unrated answer, a
   * waiting satisfaction survey and feedback notices waiting in the mini app. Reads that depend
   * on the resident name it by a subquery, so a new resident costs nothing more.
   */
  private stateReads(wardId: number, body: unknown, receivedAt: number, known?: () => Ward) {
    const parsed = parseEvent(body);
    const envelope = readEnvelope(body)!;
    const shared = known ? undefined : this.wardReads(wardId);
    const queries: BatchItem<"sqlite">[] = shared ? [...shared.queries] : [];
    // Zalo's `timestamp` may be old (retries) or skewed: the interaction is when it reached us.
    const at = receivedAt;
    let touch: Parameters<ConversationService["touchResident"]> | undefined;
    let message = false;
    switch (parsed.type) {
      case "user_message":
        touch = [wardId, envelope.userId!, at, undefined, envelope.appUserId];
        message = true;
        break;
      case "follow": {
        const following = parsed.event.event_name === "follow";
        touch = [wardId, envelope.userId!, following ? at : undefined, following, envelope.appUserId];
        break;
      }
      case "click_chatnow":
        if (envelope.userId) touch = [wardId, envelope.userId, at, undefined, envelope.appUserId];
        break;
      case "oa_send":
        if (parsed.event.sender.admin_id && envelope.userId) touch = [wardId, envelope.userId, undefined];
        break;
    }
    if (touch) queries.push(this.touchResident(...touch));
    if (message) {
      const resident = { wardId, zaloUserId: envelope.userId! };
      // the conversation, an open handoff, the last unrated answer, a waiting survey and the
      // mini app's waiting notices: one statement (server/conversations/json-rows.ts)
      queries.push(this.messageStateRead({ ...resident, since: this.clock.now() - HANDOFF_SILENCE_MS }));
    }
    const parse = (all: unknown[]): EventState => {
      const ward = known ? known() : shared!.parse(all);
      const rows = shared ? all.slice(shared.queries.length) : all;
      const [resident, state] = rows as [Array<typeof residents.$inferSelect>, Array<Record<keyof typeof messageStateFields, string>>];
      return {
        ward,
        body,
        parsed,
        envelope,
        resident: touch ? resident![0] : undefined,
        message: message ? messageStateOf(state![0]!) : undefined,
      };
    };
    return { queries, parse };
  }

  /**
   * The channel-independent entry point (contract C): one message from a resident on any
   * channel, answered with the conversation's memory, which is kept per resident, ward and
   * channel. The caller delivers the reply (the mini app shows it; Zalo goes through
   * processEvent, which uses the same memory).
   */
  async converse(input: {
    wardId: number;
    residentKey: ResidentKey;
    text: string;
    now?: number;
    /** how staff should read the question if this turn opens a handoff, when the text alone does not say it (a picked number) */
    handoffQuestion?: string;
    /** the caller's own rows for this turn (the mini app's messages), written in the same batch */
    writes?: (result: AskResult) => BatchItem<"sqlite">[];
  }): Promise<AskResult> {
    const text = input.text.normalize("NFC").trim();
    if (!text) throw new ValidationError("empty_text", "empty message", "Vui lòng nhập câu hỏi.");
    if (text.length > 2000) throw new ValidationError("text_too_long", "message over 2000 characters", "Câu hỏi quá dài (tối đa 2.000 ký tự).");
    const now = input.now ?? this.clock.now();
    const ward = await this.wards.byId(input.wardId);
    const key = input.residentKey;
    const [rows, linked, app] = await this.db.batch([
      this.store.select(ward.id, key),
      key.kind === "zalo"
        ? this.db.select({ id: residents.id }).from(residents).where(and(eq(residents.wardId, ward.id), eq(residents.zaloUserId, key.id))).limit(1)
        : this.db.select({ id: residents.id }).from(residents).where(and(eq(residents.wardId, ward.id), eq(residents.appUserId, key.id))).limit(1),
      // a mini-app resident's account: their handoff is answered in the app, their data found under it
      this.db.select({ id: miniappUsers.id, residentId: miniappUsers.residentId }).from(miniappUsers).where(and(eq(miniappUsers.wardId, ward.id), eq(miniappUsers.appUserId, key.kind === "miniapp" ? key.id : ""))).limit(1),
    ]);
    const user = key.kind === "miniapp" ? app[0] : undefined;
    const residentId = user?.residentId ?? linked[0]?.id ?? null;
    const result = await this.engine.answer(text, ward, this.store.memoryOf(rows[0], now));
    const writes: BatchItem<"sqlite">[] = [];
    const handedOff = this.recordTurn(writes, ward.id, residentId, key, text, result, now, true, { miniappUserId: user?.id, question: input.handoffQuestion });
    writes.push(this.store.write(ward.id, key, residentId, { memory: result.memory, lastInAt: now, unread: handedOff }, now));
    if (input.writes) writes.push(...input.writes(result));
    await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    return result;
  }

  /** Adds the event's writes to `out`. */
  private async handle(state: EventState, eventId: number, receivedAt: number, out: EventWrites): Promise<void> {
    const { ward, parsed, envelope, resident } = state;
    const writes = out.writes;
    const at = receivedAt;
    switch (parsed.type) {
      case "user_message": {
        await this.handleUserMessage(state, eventId, resident!.id, envelope.userId!, parsed.event, at, out);
        // The resident is back in Zalo's reply window: feedback notices that waited go out now.
        if (replyWindow(resident!.lastInteractionAt, this.clock.now()) === "free") {
          const notices = waitingNoticeWritesFrom({ db: this.db, outbox: this.outbox }, ward.id, resident!.id, state.message!.users, state.message!.notices);
          writes.push(...notices.writes);
          if (notices.notices) out.queued = true;
        }
        return;
      }
      case "follow": {
        if (parsed.event.event_name !== "follow") return;
        this.reply(out, ward, resident!.id, eventId, await this.engine.answer("xin chào", ward, { choices: [] }), "welcome");
        return;
      }
      case "click_chatnow": {
        if (!resident) return;
        this.reply(out, ward, resident.id, eventId, await this.engine.answer("xin chào", ward, { choices: [] }), "welcome");
        return;
      }
      case "oa_send": {
        // Echo of an OA message. Ours are already recorded; one typed by a person in Zalo's own
        // OA tool (admin_id) joins the conversation, and the bot stays quiet for that resident
        // for a while: a person is talking to them. Never answered.
        const adminId = parsed.event.sender.admin_id;
        if (adminId && envelope.userId && resident) {
          out.messages.push({
            wardId: ward.id,
            residentId: resident.id,
            direction: "out",
            author: "oa_admin",
            kind: parsed.event.event_name.replace("oa_send_", ""),
            text: parsed.event.message?.text ?? null,
            meta: JSON.stringify({ adminId }),
            zaloMsgId: parsed.event.message?.msg_id ?? null,
            eventId,
            createdAt: at,
          });
          writes.push(
            this.store.write(ward.id, { kind: "zalo", id: envelope.userId }, resident.id, { botPausedUntil: at + this.settings.adminPauseMs, read: true }, this.clock.now()),
          );
        }
        return;
      }
      case "delivery":
      case "unknown":
        return;
    }
  }

  // Statements of every event, built once (server/db/hot-statement.ts).
  private readonly markDone = hotStatement(["id", "at"], (v) =>
    this.db.update(webhookEvents).set({ status: "done", processedAt: v.at, lockUntil: null, lastError: null }).where(eq(webhookEvents.id, v.id)),
  );
  private readonly markRoundDone = hotStatement(["ids", "at"], (v) =>
    this.db
      .update(webhookEvents)
      .set({ status: "done", processedAt: v.at, lockUntil: null, lastError: null })
      // the ids as one JSON array: one statement (and one prepared text) for any number of events
      .where(inArray(webhookEvents.id, sql`(select value from json_each(${v.ids}))`)),
  );
  /**
   * A message's state besides the resident, as ONE statement of six JSON columns (each read as it
   * was a statement of its own; the reads of features live with them). Six statements cost the
   * embedded database's per-statement work six times (bench/README.md "Issue 15, session 10").
   */
  private readonly messageStateRead = hotStatement(["wardId", "zaloUserId", "since"], (v) => {
    const residentId = residentIdOf(v.wardId, v.zaloUserId);
    const notices = waitingNoticeReads(this.db, v.wardId, residentId);
    const f = messageStateFields;
    return this.db
      .select({
        conversation: jsonRows(this.store.rowQuery({ wardId: v.wardId, channel: "zalo" as never, residentKey: v.zaloUserId }), f.conversation),
        openHandoff: jsonRows(
          this.db
            .select(f.openHandoff)
            .from(handoffs)
            .where(and(eq(handoffs.residentId, residentId), inArray(handoffs.status, ["open", "claimed"]), gt(handoffs.createdAt, v.since)))
            .orderBy(desc(handoffs.id))
            .limit(1),
          f.openHandoff,
        ),
        lastAnswer: jsonRows(
          this.db
            .select(f.lastAnswer)
            .from(askLog)
            .where(and(eq(askLog.residentId, residentId), eq(askLog.kind, "answer"), isNull(askLog.verdict)))
            .orderBy(desc(askLog.id))
            .limit(1),
          f.lastAnswer,
        ),
        survey: jsonRows(pendingSurveyQuery(this.db, residentId), f.survey),
        users: jsonRows(notices.users, f.users),
        notices: jsonRows(notices.notices, f.notices),
      })
      .from(sql`(select 1)`);
  });

  /** Message rows (the resident's, the bot's reply, an OA admin's echo): one statement per chunk of MESSAGE_CHUNKS rows, built once per size. */
  private readonly insertMessages = hotShapes(
    Array.from({ length: MESSAGE_CHUNKS[0] }, (_, i) => MESSAGE_FIELDS.map((f) => `${f}${i}`)).flat(),
    (shape, v) =>
      this.db.insert(messages).values(
        Array.from({ length: Number(shape) }, (_, i) => ({
          wardId: v[`wardId${i}`]!,
          residentId: v[`residentId${i}`]!,
          direction: v[`direction${i}`]!,
          author: v[`author${i}`]!,
          kind: v[`kind${i}`]!,
          text: v[`text${i}`]!,
          meta: v[`meta${i}`]!,
          zaloMsgId: v[`zaloMsgId${i}`]!,
          eventId: v[`eventId${i}`]!,
          createdAt: v[`createdAt${i}`]!,
        })),
      ),
  );
  private readonly insertAsk = hotStatement(
    ["wardId", "residentId", "channel", "question", "kind", "topEntryId", "topScore", "handoffReason", "createdAt"],
    (v) =>
      this.db.insert(askLog).values({
        wardId: v.wardId,
        residentId: v.residentId,
        channel: v.channel,
        question: v.question,
        kind: v.kind,
        topEntryId: v.topEntryId,
        topScore: v.topScore,
        handoffReason: v.handoffReason,
        createdAt: v.createdAt,
      }),
  );
  /**
   * The resident's upsert; the shape says which columns a repeat updates: a = app user id,
   * i = interaction time, f = follower flag (none of them: the row is only returned).
   */
  private readonly upsertResident = hotShapes(["wardId", "zaloUserId", "appUserId", "interactionAt", "follower", "createdAt"], (shape, v) => {
    const set: Partial<typeof residents.$inferInsert> = {};
    if (shape.includes("a")) set.appUserId = v.appUserId;
    if (shape.includes("i")) set.lastInteractionAt = sql`max(coalesce(${residents.lastInteractionAt}, 0), ${v.interactionAt})` as unknown as number;
    if (shape.includes("f")) set.isFollower = v.follower;
    return this.db
      .insert(residents)
      .values({ wardId: v.wardId, zaloUserId: v.zaloUserId, appUserId: v.appUserId, lastInteractionAt: v.interactionAt, isFollower: v.follower, createdAt: v.createdAt })
      .onConflictDoUpdate({ target: [residents.wardId, residents.zaloUserId], set: Object.keys(set).length ? set : { zaloUserId: v.zaloUserId } })
      .returning();
  });

  private async handleUserMessage(state: EventState, eventId: number, residentId: number, zaloUserId: string, event: UserMessageEvent, at: number, out: EventWrites) {
    const { ward } = state;
    const writes = out.writes;
    const kind = event.event_name.replace("user_send_", "");
    const raw = (event.message.text ?? "").trim();
    const attachments = (event.message.attachments ?? []).map((a) => ({ type: a.type }));
    out.messages.push({
      wardId: ward.id,
      residentId,
      direction: "in",
      author: "resident",
      kind,
      text: raw || null,
      meta: attachments.length ? JSON.stringify({ attachments }) : null,
      zaloMsgId: event.message.msg_id ?? null,
      eventId,
      createdAt: at,
    });
    const now = this.clock.now();
    const key: ResidentKey = { kind: "zalo", id: zaloUserId };
    const change: ConversationChange = { lastInAt: at };
    const done = () => writes.push(this.store.write(ward.id, key, residentId, change, now));
    const text = readableText(event);

    if (silentKinds.has(kind)) return done(); // a sticker after an answer is a thank-you: nothing to read
    const read = state.message!;
    const ctx: Context = {
      memory: this.store.memoryOf(read.conversation, now),
      openHandoff: read.openHandoff,
      pausedUntil: read.conversation?.botPausedUntil ?? 0,
      handoffAckAt: read.conversation?.handoffAckAt ?? null,
      lastAnswer: read.lastAnswer,
    };

    if (kind === "text" && text) {
      const folded = foldedText(text);
      const feedback = feedbackFolded();
      if (folded === feedback.helpful || folded === feedback.notHelpful) {
        const helpful = folded === feedback.helpful;
        this.recordVerdict(ward, eventId, residentId, helpful, ctx.lastAnswer, out);
        if (!helpful) change.unread = true;
        return done();
      }
      // --- satisfaction survey (issue 12): the answer to a pending 1–5 survey is recorded, not answered
      const survey = surveyOutcome(this.db, read.survey, text, now);
      if (survey) writes.push(...survey.writes);
      if (survey?.consumed) {
        if (survey.reply) this.reply(out, ward, residentId, eventId, { body: survey.reply, links: [], choices: [] }, "survey");
        return done();
      }
      // ---
    }

    // A person handles this conversation (an open handoff, or an admin answering in Zalo's own
    // tool): the bot does not answer ordinary questions, but safety comes first, and the first
    // message after the handoff (then one every few hours) hears when staff will reply.
    const paused = ctx.pausedUntil > at;
    if (ctx.openHandoff || paused) {
      change.unread = true;
      const warning = text ? await this.engine.safety(text, ward, ctx.memory) : undefined;
      if (warning) {
        // a person already has the conversation: no second handoff and no question in the bot's
        // figures (the monthly report counts what the bot handled), only the warning and its wave
        writes.push(...scamReportWrites(this.db, { wardId: ward.id, residentKey: `zalo:${residentId}`, channel: "zalo", result: warning, now }));
        this.reply(out, ward, residentId, eventId, warning, warning.kind, { entries: warning.entries });
        return done();
      }
      const ackDue =
        ctx.openHandoff && !paused && (ctx.handoffAckAt === null || ctx.handoffAckAt < ctx.openHandoff.createdAt || now - ctx.handoffAckAt >= this.settings.handoffAckIntervalMs);
      if (ackDue) {
        this.reply(out, ward, residentId, eventId, { body: handoffAcknowledgement(ward, now), links: [], choices: [] }, "handoff_ack");
        change.handoffAckAt = now;
      }
      return done();
    }

    if (kind === "text" || kind === "link") {
      if (!text) return done();
      const result = await this.engine.answer(text, ward, ctx.memory);
      if (this.recordTurn(writes, ward.id, residentId, key, text, result, now, true)) change.unread = true;
      change.memory = result.memory;
      this.reply(out, ward, residentId, eventId, result, result.kind, { entries: result.entries });
      return done();
    }

    // photos, locations, files: a scam caption is warned about first
    const warning = text ? await this.engine.safety(text, ward, ctx.memory) : undefined;
    if (warning) {
      if (this.recordTurn(writes, ward.id, residentId, key, text, warning, now, true)) change.unread = true;
      this.reply(out, ward, residentId, eventId, warning, warning.kind, { entries: warning.entries });
      return done();
    }
    if (kind === "image" || kind === "location") {
      const place = locationOf(event);
      this.reply(out, ward, residentId, eventId, reportReply(ward, kind, { text: text || undefined, lat: place?.lat, lng: place?.lng }), "report_link");
    } else {
      this.reply(out, ward, residentId, eventId, unreadableReply(ward), "unsupported");
    }
    change.memory = { ...ctx.memory, entryId: undefined, shown: undefined, choices: [{ n: 0, label: "Gặp cán bộ", action: { do: "staff" } }] };
    return done();
  }

  private recordVerdict(ward: Ward, eventId: number, residentId: number, helpful: boolean, last: Context["lastAnswer"], out: EventWrites) {
    const writes = out.writes;
    if (last) writes.push(this.db.update(askLog).set({ verdict: helpful ? "helpful" : "not_helpful" }).where(eq(askLog.id, last.id)));
    if (helpful) {
      this.reply(out, ward, residentId, eventId, { body: "Dạ, cảm ơn ông/bà đã phản hồi! Ông/bà cần hỏi thêm gì cứ nhắn cho phường nhé.", links: [], choices: [] });
      return;
    }
    const now = this.clock.now();
    writes.push(
      this.db.insert(handoffs).values({ wardId: ward.id, residentId, question: last?.question ?? "(người dân bấm Chưa đúng)", reason: "not_helpful", createdAt: now }),
    );
    this.reply(out, ward, residentId, eventId, {
      body: `Dạ, xin lỗi ông/bà vì câu trả lời chưa đúng ý. Tôi đã chuyển câu hỏi tới cán bộ ${ward.name}; cán bộ sẽ trả lời ông/bà trong cuộc trò chuyện này, ${describeNextStaffTime(ward.profile.working_hours, now, ward.calendar)}.`,
      links: [],
      choices: [],
    });
  }

  /**
   * What a decided turn writes besides the reply: the ask log (the unanswered queue reads it), a
   * warned scam kept masked for the waves view (issue 11), and a handoff when the result passes
   * the conversation to a person. Returns whether it opened a handoff.
   */
  private recordTurn(
    writes: BatchItem<"sqlite">[],
    wardId: number,
    residentId: number | null,
    key: ResidentKey,
    text: string,
    result: AskResult,
    now: number,
    mayOpenHandoff: boolean,
    miniapp: { miniappUserId?: number; question?: string } = {},
  ): boolean {
    const reason = handoffOf(result)?.reason ?? null;
    writes.push(
      this.insertAsk({
        wardId,
        residentId,
        channel: key.kind,
        question: text.slice(0, 2000),
        kind: result.kind,
        topEntryId: result.entries[0]?.id ?? null,
        topScore: result.entries[0] ? Math.round(result.entries[0].score * 1000) : null,
        handoffReason: reason,
        createdAt: now,
      }),
    );
    // a mini-app user's forwarded scams are filed under their account (personal-data export and erasure look there)
    const scamKey = miniapp.miniappUserId !== undefined ? `miniapp:${miniapp.miniappUserId}` : `${key.kind}:${residentId ?? key.id}`;
    writes.push(...scamReportWrites(this.db, { wardId, residentKey: scamKey, channel: key.kind, result, now }));
    if (!reason || !mayOpenHandoff) return false;
    writes.push(
      this.db.insert(handoffs).values({ wardId, residentId, miniappUserId: miniapp.miniappUserId ?? null, question: (miniapp.question ?? text).slice(0, 2000), reason, createdAt: now }),
    );
    return true;
  }

  private reply(out: EventWrites, ward: Ward, residentId: number, eventId: number, content: ReplyContent, kind = "reply", meta?: unknown) {
    const now = this.clock.now();
    const text = renderReplyText(content);
    const parts = wardReplyMessages(ward, content, text);
    out.messages.push({
      wardId: ward.id,
      residentId,
      direction: "out",
      author: "bot",
      kind,
      text,
      meta: meta ? JSON.stringify(meta) : null,
      zaloMsgId: null,
      eventId,
      createdAt: now,
    });
    if (!parts.length) return;
    // one statement: written already claimed when nothing of the resident's waits before it (sent
    // right after the batch), queued behind what waits otherwise (OutboxService.replyInsert)
    const dedupePrefix = `event:${eventId}`;
    out.claimed.push({ at: out.writes.length, dedupePrefix, messages: parts });
    out.writes.push(this.outbox.replyInsert(ward.id, residentId, dedupePrefix, parts));
  }

  /** Creates or updates the resident (a statement for the event's batch read); `interactionAt` opens Zalo's reply window. */
  private touchResident(wardId: number, zaloUserId: string, interactionAt: number | undefined, follower?: boolean, appUserId?: string) {
    const shape = `${appUserId ? "a" : ""}${interactionAt !== undefined ? "i" : ""}${follower !== undefined ? "f" : ""}`;
    // the follower flag as the column stores it (a placeholder's value skips the column's encoder)
    return this.upsertResident(shape, { wardId, zaloUserId, appUserId: appUserId ?? null, interactionAt: interactionAt ?? null, follower: follower ? 1 : 0, createdAt: this.clock.now() });
  }
}

/**
 * The feedback buttons' texts as foldedText reads them, folded once: folding them per message
 * analysed two constants again whenever foldedText's small cache of recent texts had been cleared
 * (every few messages).
 */
let feedbackTexts: { helpful: string; notHelpful: string } | undefined;
function feedbackFolded(): { helpful: string; notHelpful: string } {
  return (feedbackTexts ??= { helpful: foldedText(FEEDBACK_HELPFUL), notHelpful: foldedText(FEEDBACK_NOT_HELPFUL) });
}

/** While a person handles the conversation: the resident hears that the message arrived and when. */
export function handoffAcknowledgement(ward: Ward, now: number): string {
  return `Dạ, cán bộ ${ward.name} đã nhận tin nhắn của ông/bà và sẽ trả lời trong cuộc trò chuyện này, ${describeNextStaffTime(ward.profile.working_hours, now, ward.calendar)}. Việc khẩn cấp xin gọi 113, 114, 115.`;
}
