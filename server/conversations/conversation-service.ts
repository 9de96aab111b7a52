import { and, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { ASK_FOR_STAFF, FEEDBACK_HELPFUL, FEEDBACK_NOT_HELPFUL, type AskResult } from "../assistant/assistant";
import { foldedText } from "../assistant/text-analysis";
import type { Database } from "../db/database";
import { waitingNoticeWrites } from "../feedback/report-notices";
import { answerPendingSurvey } from "./satisfaction-survey";
import { askLog, handoffs, messages, outbox, residents, webhookEvents } from "../db/schema";
import type { Clock } from "../lib/clock";
import type { Logger } from "../lib/logger";
import type { Ward } from "../wards/ward-profile";
import type { WardService } from "../wards/ward-service";
import { describeNextStaffTime } from "../wards/working-hours";
import { parseEvent, readEnvelope, type UserMessageEvent } from "../zalo/webhook-events";
import { buildReplyMessages } from "../zalo/message-builder";
import { scamReportWrites } from "../scam/scam-reports";
import type { OutboxService } from "../zalo/outbox-service";

const PROCESS_LEASE_MS = 60_000;
const MAX_EVENT_ATTEMPTS = 5;
const HANDOFF_SILENCE_MS = 7 * 24 * 3600_000;

type Reply = Pick<AskResult, "reply" | "suggestions" | "links">;

/**
 * Turns stored webhook events into conversation records and replies. Each event is claimed with
 * a lease, so it is processed once even when the in-process queue and the sweeper (or two
 * processes) reach it together; everything it writes, replies included, lands in one batch.
 */
export class ConversationService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly wards: WardService,
    /** the assistant's answer (retrieval, and the language model when configured) */
    private readonly answer: (text: string, ward: Ward) => Promise<AskResult>,
    private readonly outbox: OutboxService,
    private readonly logger: Logger,
  ) {}

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

  async processEvent(eventId: number): Promise<"processed" | "skipped"> {
    const now = this.clock.now();
    const [event] = await this.db
      .update(webhookEvents)
      .set({ status: "processing", lockUntil: now + PROCESS_LEASE_MS, attempts: sql`${webhookEvents.attempts} + 1` })
      .where(
        and(
          eq(webhookEvents.id, eventId),
          or(eq(webhookEvents.status, "pending"), and(eq(webhookEvents.status, "processing"), lt(webhookEvents.lockUntil, now))),
        ),
      )
      .returning();
    if (!event) return "skipped";

    let residentId: number | undefined;
    try {
      const ward = await this.wards.byId(event.wardId);
      const body = JSON.parse(event.rawBody) as unknown;
      const writes: BatchItem<"sqlite">[] = [];
      residentId = await this.handle(ward, event.id, body, writes);
      writes.push(
        this.db.update(webhookEvents).set({ status: "done", processedAt: this.clock.now(), lockUntil: null, lastError: null }).where(eq(webhookEvents.id, event.id)),
      );
      await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    } catch (err) {
      const failed = event.attempts >= MAX_EVENT_ATTEMPTS;
      await this.db
        .update(webhookEvents)
        .set({ status: failed ? "failed" : "pending", lockUntil: null, lastError: (err as Error).message })
        .where(eq(webhookEvents.id, event.id));
      this.logger.error("webhook event processing failed", { eventId, error: err as Error, willRetry: !failed });
      return "skipped";
    }
    if (residentId !== undefined) await this.outbox.deliverDue({ residentId });
    return "processed";
  }

  /** Adds the event's writes to `writes`; returns the resident to deliver replies to. */
  private async handle(ward: Ward, eventId: number, body: unknown, writes: BatchItem<"sqlite">[]): Promise<number | undefined> {
    const parsed = parseEvent(body);
    const envelope = readEnvelope(body)!;
    const at = eventTime(envelope.timestamp, this.clock.now());
    switch (parsed.type) {
      case "user_message": {
        const residentId = await this.touchResident(ward.id, envelope.userId!, at, undefined, envelope.appUserId);
        await this.handleUserMessage(ward, eventId, residentId, parsed.event, at, writes);
        // The resident is back in Zalo's reply window: feedback notices that waited go out now.
        writes.push(...(await waitingNoticeWrites({ db: this.db, clock: this.clock, outbox: this.outbox }, ward.id, residentId)));
        return residentId;
      }
      case "follow": {
        const following = parsed.event.event_name === "follow";
        const residentId = await this.touchResident(ward.id, envelope.userId!, following ? at : undefined, following, envelope.appUserId);
        if (!following) return undefined;
        this.reply(writes, ward, residentId, eventId, await this.answer("xin chào", ward), "welcome");
        return residentId;
      }
      case "click_chatnow": {
        if (!envelope.userId) return undefined;
        const residentId = await this.touchResident(ward.id, envelope.userId, at, undefined, envelope.appUserId);
        this.reply(writes, ward, residentId, eventId, await this.answer("xin chào", ward), "welcome");
        return residentId;
      }
      case "oa_send": {
        // Echo of an OA message. Ours are already recorded; one typed by a person in Zalo's own
        // OA tool (admin_id) joins the conversation. Never answered.
        const adminId = parsed.event.sender.admin_id;
        if (adminId && envelope.userId) {
          const residentId = await this.touchResident(ward.id, envelope.userId, undefined);
          writes.push(
            this.db.insert(messages).values({
              wardId: ward.id,
              residentId,
              direction: "out",
              author: "oa_admin",
              kind: parsed.event.event_name.replace("oa_send_", ""),
              text: parsed.event.message?.text ?? null,
              meta: JSON.stringify({ adminId }),
              zaloMsgId: parsed.event.message?.msg_id ?? null,
              eventId,
              createdAt: at,
            }),
          );
        }
        return undefined;
      }
      case "delivery":
      case "unknown":
        return undefined;
    }
  }

  private async handleUserMessage(ward: Ward, eventId: number, residentId: number, event: UserMessageEvent, at: number, writes: BatchItem<"sqlite">[]) {
    const text = (event.message.text ?? "").trim();
    const kind = event.event_name.replace("user_send_", "");
    const attachments = (event.message.attachments ?? []).map((a) => ({ type: a.type }));
    writes.push(
      this.db.insert(messages).values({
        wardId: ward.id,
        residentId,
        direction: "in",
        author: "resident",
        kind,
        text: text || null,
        meta: attachments.length ? JSON.stringify({ attachments }) : null,
        zaloMsgId: event.message.msg_id,
        eventId,
        createdAt: at,
      }),
    );
    const now = this.clock.now();

    if (kind !== "text") {
      if (kind === "sticker") return; // a sticker after an answer is a thank-you; no reply needed
      // Fixed (tests/webhook.test.ts): photos and files sent while a person handles the
      // conversation (often for that person) used to get the bot's "text only" reply.
      if (await this.hasOpenHandoff(residentId, now)) return;
      this.reply(writes, ward, residentId, eventId, {
        reply:
          "Dạ, trợ lý tự động hiện chỉ đọc được tin nhắn chữ. Ông/bà vui lòng gõ câu hỏi bằng chữ.\n" +
          'Muốn gửi phản ánh kèm ảnh và vị trí, ông/bà dùng mục "Gửi phản ánh" trong mini app của phường. Cần cán bộ xem giúp, ông/bà bấm "Gặp cán bộ".',
        suggestions: [{ title: ASK_FOR_STAFF, query: ASK_FOR_STAFF }],
        links: [],
      });
      return;
    }

    const folded = foldedText(text);
    if (folded === foldedText(FEEDBACK_HELPFUL) || folded === foldedText(FEEDBACK_NOT_HELPFUL)) {
      await this.recordVerdict(ward, eventId, residentId, folded === foldedText(FEEDBACK_HELPFUL), writes);
      return;
    }

    // --- satisfaction survey (issue 12): the answer to a pending 1–5 survey is recorded, not answered
    const survey = await answerPendingSurvey(this.db, residentId, text, now);
    if (survey) writes.push(...survey.writes);
    if (survey?.consumed) {
      if (survey.reply) this.reply(writes, ward, residentId, eventId, { reply: survey.reply, suggestions: [], links: [] }, "survey");
      return;
    }
    // ---

    if (await this.hasOpenHandoff(residentId, now)) return; // a person is handling this conversation: the bot stays quiet

    const result = await this.answer(text, ward);
    writes.push(
      this.db.insert(askLog).values({
        wardId: ward.id,
        residentId,
        channel: "zalo",
        question: text.slice(0, 2000),
        kind: result.kind,
        topEntryId: result.entries[0]?.id ?? null,
        topScore: result.entries[0] ? Math.round(result.entries[0].score * 1000) : null,
        handoffReason: result.handoff?.reason ?? null,
        createdAt: now,
      }),
    );
    if (result.handoff) {
      writes.push(this.db.insert(handoffs).values({ wardId: ward.id, residentId, question: text.slice(0, 2000), reason: result.handoff.reason, createdAt: now }));
    }
    // scam waves: a forwarded message the check warned about is kept, masked, for the city view
    writes.push(...scamReportWrites(this.db, { wardId: ward.id, residentKey: `zalo:${residentId}`, channel: "zalo", result, now }));
    this.reply(writes, ward, residentId, eventId, result, result.kind, { entries: result.entries });
  }

  private async hasOpenHandoff(residentId: number, now: number): Promise<boolean> {
    const [openHandoff] = await this.db
      .select({ id: handoffs.id })
      .from(handoffs)
      .where(and(eq(handoffs.residentId, residentId), inArray(handoffs.status, ["open", "claimed"]), gt(handoffs.createdAt, now - HANDOFF_SILENCE_MS)))
      .limit(1);
    return openHandoff !== undefined;
  }

  private async recordVerdict(ward: Ward, eventId: number, residentId: number, helpful: boolean, writes: BatchItem<"sqlite">[]) {
    const [last] = await this.db
      .select()
      .from(askLog)
      .where(and(eq(askLog.residentId, residentId), eq(askLog.kind, "answer"), isNull(askLog.verdict)))
      .orderBy(desc(askLog.id))
      .limit(1);
    if (last) writes.push(this.db.update(askLog).set({ verdict: helpful ? "helpful" : "not_helpful" }).where(eq(askLog.id, last.id)));
    if (helpful) {
      this.reply(writes, ward, residentId, eventId, { reply: "Dạ, cảm ơn ông/bà đã phản hồi! Ông/bà cần hỏi thêm gì cứ nhắn cho phường nhé.", suggestions: [], links: [] });
      return;
    }
    const now = this.clock.now();
    writes.push(
      this.db.insert(handoffs).values({ wardId: ward.id, residentId, question: last?.question ?? "(người dân bấm Chưa đúng)", reason: "not_helpful", createdAt: now }),
    );
    this.reply(writes, ward, residentId, eventId, {
      reply: `Dạ, xin lỗi ông/bà vì câu trả lời chưa đúng ý. Tôi đã chuyển câu hỏi tới cán bộ ${ward.name}; cán bộ sẽ trả lời ông/bà trong cuộc trò chuyện này, ${describeNextStaffTime(ward.profile.working_hours, now, ward.calendar)}.`,
      suggestions: [],
      links: [],
    });
  }

  private reply(writes: BatchItem<"sqlite">[], ward: Ward, residentId: number, eventId: number, result: Reply, kind = "reply", meta?: unknown) {
    const now = this.clock.now();
    const parts = buildReplyMessages(result);
    writes.push(
      this.db.insert(messages).values({
        wardId: ward.id,
        residentId,
        direction: "out",
        author: "bot",
        kind,
        text: result.reply,
        meta: meta ? JSON.stringify(meta) : null,
        eventId,
        createdAt: now,
      }),
    );
    const rows = this.outbox.rows(ward.id, residentId, `event:${eventId}`, parts);
    if (rows.length) writes.push(this.db.insert(outbox).values(rows).onConflictDoNothing());
  }

  /** Creates or updates the resident; `interactionAt` opens Zalo's reply window. */
  private async touchResident(wardId: number, zaloUserId: string, interactionAt: number | undefined, follower?: boolean, appUserId?: string): Promise<number> {
    const set: Partial<typeof residents.$inferInsert> = {};
    if (appUserId) set.appUserId = appUserId;
    if (interactionAt !== undefined) set.lastInteractionAt = sql`max(coalesce(${residents.lastInteractionAt}, 0), ${interactionAt})` as unknown as number;
    if (follower !== undefined) set.isFollower = follower;
    const [row] = await this.db
      .insert(residents)
      .values({ wardId, zaloUserId, appUserId: appUserId ?? null, lastInteractionAt: interactionAt ?? null, isFollower: follower ?? false, createdAt: this.clock.now() })
      .onConflictDoUpdate({ target: [residents.wardId, residents.zaloUserId], set: Object.keys(set).length ? set : { zaloUserId } })
      .returning({ id: residents.id });
    return row!.id;
  }
}

/** Zalo's timestamp (ms, as a string) when plausible, else the time we received it. */
function eventTime(timestamp: string | undefined, now: number): number {
  const n = Number(timestamp);
  return Number.isFinite(n) && n > 1_500_000_000_000 && n < now + 3600_000 ? n : now;
}
