import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/database";
import type { Logger } from "../lib/logger";
import type { Ward } from "../wards/ward-profile";
import { readEnvelope } from "../zalo/webhook-events";
import { eventBodyOf } from "./event-body";
import type { OutboxService } from "../zalo/outbox-service";
import type { ConversationService, EventState, PlannedEvent, Sends, StoredEvent } from "./conversation-service";

/** Events per group at most (the processing thread's queue hands out this many at once). */
export const GROUP_MAX = 64;

/** How many replies go to Zalo at once by default (different residents; one resident's parts stay in order). */
export const SEND_CONCURRENCY = 16;
/** Rounds under way at once (most of them sending their replies while the next is read and written). */
const ROUNDS_SENDING = 4;
/**
 * How long a round's answers may hold the event loop before letting it turn (ms). The driver is
 * synchronous and a round's answers and writes are one stretch of JavaScript (~1 ms per answer),
 * while the replies of earlier rounds only move when the loop turns: a request is written, and
 * Zalo's answer read, in the loop's poll phase (server/zalo/pooled-zalo-http.ts). Without turns a
 * backlog ran every queued group's answers back to back while no reply moved, then sat idle
 * waiting for Zalo once ROUNDS_SENDING rounds had replies pending (bench/README.md, session 14).
 */
export const TURN_EVERY_MS = 2;

/**
 * Processes stored events in groups (the Node processing thread, embedded database): on one
 * file, one commit per event is the ceiling (each commit is a WAL append and its bookkeeping), so
 * a group of events shares its commits. For a group: one claim; then, round by round, one batch
 * reading every event's state (each ward once), the answers decided in memory, ONE write
 * transaction for all of them, the replies sent over HTTP with bounded concurrency, and one batch
 * recording the sends.
 *
 * Same outcome as processing the events one after another (ConversationService.processEvent):
 * - a resident's events are split over rounds (the k-th event of each resident in round k), so
 *   a round holds at most one event per resident and each round reads what the one before wrote
 *   (conversation memory, handoffs, surveys) and sends after it: per-resident order is kept;
 * - if a round's batch fails, its events are taken one by one, so one bad event cannot hold the
 *   others back (it alone goes back to pending, or failed after its last attempt).
 * A round's replies go out while the next rounds (and groups) are read and written: Zalo is
 * another machine, and waiting on it would idle the database. A round whose resident has a round
 * under way (its reply still on its way, or another caller's — the sweeper's — round) waits for
 * it first, so it reads what that one wrote and its reply follows.
 */
export class EventGroups {
  constructor(
    private readonly db: Database,
    private readonly conversations: ConversationService,
    private readonly outbox: OutboxService,
    private readonly logger: Logger,
    options: { sendConcurrency?: number; turnEveryMs?: number } = {},
  ) {
    this.sendSlots = new Slots(options.sendConcurrency ?? SEND_CONCURRENCY);
    this.turnEveryMs = options.turnEveryMs ?? TURN_EVERY_MS;
  }

  /** residents (residentKeyOf) with a round under way (read, written, or its reply on its way), and that round */
  private readonly busy = new Map<string, Promise<void>>();
  /** rounds under way */
  private readonly rounds = new Set<Promise<void>>();
  private readonly sendSlots: Slots;
  private readonly turnEveryMs: number;
  /** when this code last let the event loop turn (or began a stretch) */
  private turnedAt = 0;

  /**
   * Lets the event loop turn (its poll phase: earlier rounds' replies written, Zalo's answers
   * read and recorded) once the current stretch has held it for turnEveryMs. Called between two
   * answers of a round, whose residents are marked busy: nothing that runs in the turn can touch
   * their state, and no transaction is open.
   */
  private async turn(): Promise<void> {
    const now = performance.now();
    if (now - this.turnedAt < this.turnEveryMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.turnedAt = performance.now();
  }

  /**
   * Processes the events among `eventIds` that can be claimed. Resolves once they are written
   * (`processed`: how many); `sent` resolves once their replies went out and were recorded.
   */
  async process(eventIds: number[]): Promise<{ processed: number; sent: Promise<void> }> {
    if (!eventIds.length) return { processed: 0, sent: Promise.resolve() };
    const claimed = (await this.conversations.claimQuery(eventIds)).sort((a, b) => a.id - b.id);
    let processed = 0;
    const sent: Promise<void>[] = [];
    for (const round of rounds(claimed)) {
      const keys = round.map(residentKeyOf);
      // a resident's round in progress anywhere (this group's previous round, or another caller's:
      // the sweeper) goes first, reply included; and only so many rounds are under way at once
      for (;;) {
        const busy = keys.map((k) => this.busy.get(k)).filter((p) => p !== undefined);
        if (busy.length) await Promise.all(busy);
        else if (this.rounds.size >= ROUNDS_SENDING) await Promise.race(this.rounds);
        else break;
      }
      let finish!: () => void;
      const whole = new Promise<void>((resolve) => (finish = resolve));
      this.rounds.add(whole);
      for (const k of keys) this.busy.set(k, whole);
      void whole.then(() => {
        this.rounds.delete(whole);
        for (const k of keys) if (this.busy.get(k) === whole) this.busy.delete(k);
      });
      let r: Awaited<ReturnType<EventGroups["round"]>>;
      try {
        // (if this throws — the database gone — the later rounds' events keep their claim until
        // its lease ends, then the sweeper takes them, as after a crash)
        r = await this.round(round);
      } catch (err) {
        finish();
        throw err;
      }
      processed += r.processed;
      void r
        .send()
        .catch((err) => this.logger.error("sending a group's replies failed", { error: err as Error }))
        .finally(finish);
      sent.push(whole);
    }
    return { processed, sent: Promise.all(sent).then(() => undefined) };
  }

  /** Resolves when no round is under way, replies included (shutdown, tests). */
  async settled(): Promise<void> {
    while (this.rounds.size) await Promise.all(this.rounds);
  }

  /** Reads, decides and writes a round; `send` then sends its replies and records them. */
  private async round(events: StoredEvent[]): Promise<{ processed: number; send: () => Promise<void> }> {
    const nothing = async () => undefined;
    if (events.length === 1) {
      // alone: as processEvent does it (the reply is sent before this resolves)
      return { processed: (await this.conversations.processClaimed(events[0]!)) === "processed" ? 1 : 0, send: nothing };
    }

    // 1. every event's state in one batch; each ward (with its calendar and the knowledge version) read once
    const wards = new Map<number, { reads: ReturnType<ConversationService["wardReads"]>; at: number; ward?: Ward }>();
    const queries: BatchItem<"sqlite">[] = [];
    for (const event of events) {
      if (wards.has(event.wardId)) continue;
      const reads = this.conversations.wardReads(event.wardId);
      wards.set(event.wardId, { reads, at: queries.length });
      queries.push(...reads.queries);
    }
    let rows: unknown[] = [];
    const wardOf = (wardId: number) => () => {
      const w = wards.get(wardId)!;
      return (w.ward ??= w.reads.parse(rows.slice(w.at, w.at + w.reads.queries.length)));
    };
    const reads: Array<{ event: StoredEvent; reads: ReturnType<ConversationService["eventReads"]>; at: number }> = [];
    for (const event of events) {
      try {
        const r = this.conversations.eventReads(event, wardOf(event.wardId));
        reads.push({ event, reads: r, at: queries.length });
        queries.push(...r.queries);
      } catch (err) {
        await this.conversations.failed(event, err);
      }
    }
    try {
      rows = await this.db.batch(queries as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    } catch (err) {
      this.logger.warn("group state read failed; processing its events one by one", { events: reads.length, error: err as Error });
      return { processed: await this.oneByOne(reads.map((r) => ({ event: r.event }))), send: nothing };
    }

    // 2. the answers, in memory
    const planned: Array<{ event: StoredEvent; state: EventState; plan: PlannedEvent }> = [];
    for (const r of reads) {
      await this.turn();
      try {
        const state = r.reads.parse(rows.slice(r.at, r.at + r.reads.queries.length));
        planned.push({ event: r.event, state, plan: await this.conversations.plan(r.event, state, { markDone: false }) });
      } catch (err) {
        await this.conversations.failed(r.event, err);
      }
    }
    if (!planned.length) return { processed: 0, send: nothing };

    // 3. one write transaction for the round, marking its events done in ONE statement, the last.
    // Exactly-once holds as with one mark per event in the same batch: the batch is one
    // transaction, so a crash (or a failure of any statement, the mark included) before it commits
    // leaves nothing of the round written and its events 'processing' under their lease — taken
    // again by the fallback below, or by the sweeper once the lease ends, as never processed; once
    // it commits, every event is done together with its own writes (its reply parts in the outbox,
    // sent by the sweeper if we die before sending). No event is done without its writes, and
    // none has its writes without being done. (tests/event-groups.test.ts fails the mark.)
    const writes = planned.flatMap((p) => p.plan.writes);
    // every event's message rows in a few statements for the round (in event order: the ids they got one by one)
    writes.push(...this.conversations.messageInserts(planned.flatMap((p) => p.plan.messages)));
    writes.push(this.conversations.doneQuery(planned.map((p) => p.event.id)));
    let results: unknown[];
    try {
      results = await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    } catch (err) {
      this.logger.warn("group write failed; processing its events one by one", { events: planned.length, error: err as Error });
      return { processed: await this.oneByOne(planned), send: nothing };
    }
    const sends: Sends[] = [];
    let at = 0;
    for (const p of planned) {
      const s = this.conversations.sendsOf(p.plan, results.slice(at, at + p.plan.writes.length));
      at += p.plan.writes.length;
      if (s) sends.push(s);
    }

    // 4. (when the caller says) the replies, then one batch recording how every send went
    return { processed: planned.length, send: () => this.send(sends) };
  }

  /**
   * The fallback: each event alone with its own batches. A planned event keeps the state it was
   * decided from (the failed batch was rolled back, so it still holds) and is decided again; the
   * state of one whose read failed is read again.
   */
  private async oneByOne(items: Array<{ event: StoredEvent; state?: EventState }>): Promise<number> {
    let processed = 0;
    for (const item of items) if ((await this.conversations.processClaimed(item.event, item.state)) === "processed") processed++;
    return processed;
  }

  private async send(sends: Sends[]): Promise<void> {
    const outcomes = await Promise.all(sends.filter((s) => s.claimed.length).map((s) => this.sendSlots.run(() => this.outbox.attemptClaimed(s.resident, s.claimed))));
    // every part sent of the round recorded in one statement
    const sentRows = outcomes.flatMap((o) => o.sentRows);
    const all = [...outcomes.flatMap((o) => o.updates), ...(sentRows.length ? [this.outbox.recordSentRows(sentRows)] : [])];
    if (all.length) {
      try {
        await this.db.batch(all as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
      } catch (err) {
        // each resident's records alone: a failure leaves only those rows to the sweeper (sent again after the lease)
        this.logger.warn("group send bookkeeping failed; recording one by one", { error: err as Error });
        for (const o of outcomes) {
          const u = o.sentRows.length ? [...o.updates, this.outbox.recordSentRows(o.sentRows)] : o.updates;
          if (!u.length) continue;
          await this.db.batch(u as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]).catch((e) => this.logger.error("send bookkeeping failed", { error: e as Error }));
        }
      }
    }
    // replies that wait behind older messages of the resident (rare): through the outbox, one resident at a time
    for (const s of sends) if (s.queued) await this.outbox.deliverDue({ residentId: s.resident.id });
  }
}

/** At most `size` tasks at once, the others wait their turn in order. */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

/**
 * Splits claimed events (in id order) into rounds: round k holds the k-th event of each
 * resident, so a round never holds two events of one resident.
 */
export function rounds(events: StoredEvent[]): StoredEvent[][] {
  const out: StoredEvent[][] = [];
  const seen = new Map<string, number>();
  for (const event of events) {
    const key = residentKeyOf(event);
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    (out[k] ??= []).push(event);
  }
  return out;
}

/** The resident an event is about (ward and Zalo user id); an event about no one is its own key. (The parsed body is kept for the event's state reads.) */
function residentKeyOf(event: StoredEvent): string {
  try {
    const userId = readEnvelope(eventBodyOf(event))?.userId;
    if (userId) return `${event.wardId}:${userId}`;
  } catch {
    // unreadable: processed alone (its read will fail and be recorded)
  }
  return `event:${event.id}`;
}
