import { and, asc, desc, eq, inArray, like, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/database";
import { handoffs, messages, outbox, residents } from "../db/schema";
import { miniappUsers } from "../db/schema-feedback";
import { satisfactionSurveys } from "../db/schema-console";
import { handoffClaims, handoffNotes, handoffReplies, replyTemplates, staffUsers } from "../db/schema-staff";
import { SURVEY_TEXT } from "../conversations/satisfaction-survey";
import type { Clock } from "../lib/clock";
import { ConflictError, NotFoundError, ValidationError } from "../lib/errors";
import { splitText } from "../zalo/message-builder";
import { FREE_REPLY_WINDOW_MS, MAX_REPLY_WINDOW_MS, replyWindow, type OutboxService, type ReplyWindow } from "../zalo/outbox-service";
import { oaResident } from "../feedback/report-notices";
import { miniappTranscript, staffReplyMessage } from "../miniapp/miniapp-chat-service";
import { requireRole, type Actor } from "./access";
import { auditInsert, lastInsertId } from "./audit";
import { runBatch } from "./batch";

export type HandoffStatus = "open" | "claimed" | "resolved";

export type WindowInfo = { state: ReplyWindow; lastInteractionAt: number | null; freeLeftMs: number; closesInMs: number };

export function windowInfo(lastInteractionAt: number | null, now: number): WindowInfo {
  const state = replyWindow(lastInteractionAt, now);
  const age = lastInteractionAt === null ? Infinity : now - lastInteractionAt;
  return { state, lastInteractionAt, freeLeftMs: Math.max(0, FREE_REPLY_WINDOW_MS - age), closesInMs: Math.max(0, MAX_REPLY_WINDOW_MS - age) };
}

/** Questions the bot passed to a person: inbox, claim, reply through the OA, notes, resolve. */
export class HandoffService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly outboxService: OutboxService,
  ) {}

  async list(actor: Actor, wardId: number, filter: { status?: HandoffStatus | "active" } = {}) {
    requireRole(actor, wardId, "staff");
    const now = this.clock.now();
    const status = filter.status ?? "active";
    const statuses: HandoffStatus[] = status === "active" ? ["open", "claimed"] : [status];
    const rows = await this.db
      .select({
        id: handoffs.id,
        question: handoffs.question,
        reason: handoffs.reason,
        status: handoffs.status,
        createdAt: handoffs.createdAt,
        resolvedAt: handoffs.resolvedAt,
        residentId: handoffs.residentId,
        residentName: sql<string | null>`coalesce(${residents.displayName}, ${miniappUsers.displayName})`,
        miniappUserId: handoffs.miniappUserId,
        lastInteractionAt: residents.lastInteractionAt,
        claimedBy: staffUsers.name,
        claimedByUserId: handoffClaims.userId,
        firstReplyAt: sql<number | null>`(select min(${handoffReplies.createdAt}) from ${handoffReplies} where ${handoffReplies.handoffId} = ${handoffs.id})`,
      })
      .from(handoffs)
      .leftJoin(residents, eq(residents.id, handoffs.residentId))
      .leftJoin(miniappUsers, eq(miniappUsers.id, handoffs.miniappUserId))
      .leftJoin(handoffClaims, eq(handoffClaims.handoffId, handoffs.id))
      .leftJoin(staffUsers, eq(staffUsers.id, handoffClaims.userId))
      .where(and(eq(handoffs.wardId, wardId), inArray(handoffs.status, statuses)))
      .orderBy(status === "resolved" ? desc(handoffs.id) : asc(handoffs.createdAt))
      .limit(300);
    return rows.map((r) => ({ ...r, waitingMs: (r.resolvedAt ?? now) - r.createdAt, window: windowInfo(r.lastInteractionAt, now) }));
  }

  /** One handoff of this ward; another ward's id is "not found", never its content. */
  private async row(wardId: number, handoffId: number) {
    const [row] = await this.db.select().from(handoffs).where(and(eq(handoffs.id, handoffId), eq(handoffs.wardId, wardId)));
    if (!row) throw new NotFoundError("handoff_not_found", `no handoff ${handoffId} in ward ${wardId}`, "Không tìm thấy yêu cầu này.");
    return row;
  }

  /** The handoff row (ward-checked), for the console's live updates. */
  async get(actor: Actor, wardId: number, handoffId: number) {
    requireRole(actor, wardId, "staff");
    return this.row(wardId, handoffId);
  }

  async detail(actor: Actor, wardId: number, handoffId: number) {
    requireRole(actor, wardId, "staff");
    const now = this.clock.now();
    const handoff = await this.row(wardId, handoffId);
    const [resident] = handoff.residentId ? await this.db.select().from(residents).where(eq(residents.id, handoff.residentId)) : [];
    const channel = handoff.miniappUserId !== null ? ("miniapp" as const) : ("zalo" as const);
    const transcript = channel === "miniapp"
      ? await miniappTranscript(this.db, wardId, handoff.miniappUserId!)
      : resident
      ? (
          await this.db
            .select()
            .from(messages)
            .where(and(eq(messages.wardId, wardId), eq(messages.residentId, resident.id)))
            .orderBy(desc(messages.createdAt), desc(messages.id))
            .limit(200)
        ).reverse()
      : [];
    const notes = await this.db
      .select({ id: handoffNotes.id, body: handoffNotes.body, createdAt: handoffNotes.createdAt, author: staffUsers.name })
      .from(handoffNotes)
      .innerJoin(staffUsers, eq(staffUsers.id, handoffNotes.userId))
      .where(and(eq(handoffNotes.handoffId, handoffId), eq(handoffNotes.wardId, wardId)))
      .orderBy(asc(handoffNotes.id));
    const replies = await this.db
      .select({ id: handoffReplies.id, text: handoffReplies.text, createdAt: handoffReplies.createdAt, author: staffUsers.name })
      .from(handoffReplies)
      .innerJoin(staffUsers, eq(staffUsers.id, handoffReplies.userId))
      .where(and(eq(handoffReplies.handoffId, handoffId), eq(handoffReplies.wardId, wardId)))
      .orderBy(asc(handoffReplies.id));
    const withDelivery = await Promise.all(replies.map(async (r) => ({ ...r, delivery: await this.delivery(wardId, r.id) })));
    const [claim] = await this.db
      .select({ userId: handoffClaims.userId, name: staffUsers.name, claimedAt: handoffClaims.claimedAt })
      .from(handoffClaims)
      .innerJoin(staffUsers, eq(staffUsers.id, handoffClaims.userId))
      .where(eq(handoffClaims.handoffId, handoffId));
    return {
      handoff,
      /** "miniapp": asked in the mini app's Hỏi đáp; replies are shown there (and sent by OA when possible) */
      channel,
      resident: resident ? { id: resident.id, displayName: resident.displayName, isFollower: resident.isFollower } : undefined,
      window: windowInfo(resident?.lastInteractionAt ?? null, now),
      waitingMs: (handoff.resolvedAt ?? now) - handoff.createdAt,
      transcript,
      notes,
      replies: withDelivery,
      claim,
    };
  }

  /** Delivery state of a staff reply: the worst of its outbox parts, with Zalo's reason on failure. */
  private async delivery(wardId: number, replyId: number) {
    const parts = await this.db
      .select({ status: outbox.status, errorCode: outbox.errorCode, errorMessage: outbox.errorMessage, attempts: outbox.attempts, sentAt: outbox.sentAt })
      .from(outbox)
      .where(and(eq(outbox.wardId, wardId), like(outbox.dedupeKey, `staff:${replyId}:%`)))
      .orderBy(asc(outbox.id));
    // no OA message: a mini-app reply shown in the app only
    if (!parts.length) return { status: "in_app" as const, errorCode: null, errorMessage: null };
    const failed = parts.find((p) => p.status === "failed");
    if (failed) return { status: "failed" as const, errorCode: failed.errorCode, errorMessage: failed.errorMessage };
    const pending = parts.find((p) => p.status !== "sent");
    if (pending) return { status: "pending" as const, errorCode: pending.errorCode, errorMessage: pending.errorMessage };
    return { status: "sent" as const, errorCode: null, errorMessage: null, sentAt: parts.at(-1)?.sentAt ?? null };
  }

  async claim(actor: Actor, wardId: number, handoffId: number): Promise<void> {
    requireRole(actor, wardId, "staff");
    const handoff = await this.row(wardId, handoffId);
    if (handoff.status === "resolved") throw new ConflictError("resolved", "handoff resolved", "Yêu cầu này đã được giải quyết.");
    const now = this.clock.now();
    const [previous] = await this.db.select().from(handoffClaims).where(eq(handoffClaims.handoffId, handoffId));
    await runBatch(this.db, [
      this.db.update(handoffs).set({ status: "claimed" }).where(eq(handoffs.id, handoffId)),
      this.db
        .insert(handoffClaims)
        .values({ handoffId, wardId, userId: actor.userId, claimedAt: now })
        .onConflictDoUpdate({ target: handoffClaims.handoffId, set: { userId: actor.userId, claimedAt: now } }),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "claim", entity: "handoff", entityId: handoffId, before: { status: handoff.status, claimedBy: previous?.userId ?? null }, after: { status: "claimed", claimedBy: actor.userId } }),
    ]);
  }

  /**
   * Queues the reply in the outbox (split at Zalo's 2,000 characters) and delivers it now; the
   * sweeper retries transient failures. Claims the handoff for the sender if nobody had.
   */
  async reply(actor: Actor, wardId: number, handoffId: number, text: string) {
    requireRole(actor, wardId, "staff");
    const handoff = await this.row(wardId, handoffId);
    if (handoff.miniappUserId !== null) return this.replyInMiniapp(actor, wardId, handoff, text);
    if (!handoff.residentId) throw new ValidationError("no_resident", "handoff without resident", "Yêu cầu này không gắn với người dân nào trên Zalo.");
    const [resident] = await this.db.select().from(residents).where(eq(residents.id, handoff.residentId));
    const now = this.clock.now();
    if (replyWindow(resident?.lastInteractionAt ?? null, now) === "closed") {
      throw new ValidationError("window_closed", "reply window closed", "Đã quá 7 ngày kể từ tin nhắn cuối của người dân: Zalo không cho phép trả lời nữa. Vui lòng liên hệ người dân bằng cách khác.");
    }
    const body = text.trim();
    const [reply] = await this.db.insert(handoffReplies).values({ wardId, handoffId, residentId: handoff.residentId, userId: actor.userId, text: body, createdAt: now }).returning();
    const writes: BatchItem<"sqlite">[] = [
      ...this.oaReplyWrites(wardId, handoff.residentId, handoffId, reply!.id, actor.userId, body, now),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "reply", entity: "handoff", entityId: handoffId, after: { replyId: reply!.id, text: body } }),
      ...this.claimOnReply(actor, wardId, handoff, now),
    ];
    return this.commitReply(wardId, reply!.id, writes, handoff.residentId);
  }

  /** Writes a reply's batch (the reply row goes if the batch fails), then delivers its OA messages, if any. */
  private async commitReply(wardId: number, replyId: number, writes: BatchItem<"sqlite">[], oaResidentId: number | undefined) {
    try {
      await runBatch(this.db, writes);
    } catch (err) {
      await this.db.delete(handoffReplies).where(eq(handoffReplies.id, replyId));
      throw err;
    }
    if (oaResidentId !== undefined) await this.outboxService.deliverDue({ residentId: oaResidentId });
    return { replyId, delivery: await this.delivery(wardId, replyId) };
  }

  /**
   * A question from the mini app's Hỏi đáp: the reply is shown there, always; it also goes
   * through the OA when the resident is linked to the OA and Zalo's reply window is not closed.
   */
  private async replyInMiniapp(actor: Actor, wardId: number, handoff: typeof handoffs.$inferSelect, text: string) {
    const now = this.clock.now();
    const body = text.trim();
    const { resident, link } = await oaResident(this.db, wardId, handoff.miniappUserId!);
    const viaOa = resident && replyWindow(resident.lastInteractionAt, now) !== "closed" ? resident.id : undefined;
    const [staff] = await this.db.select({ name: staffUsers.name }).from(staffUsers).where(eq(staffUsers.id, actor.userId));
    // resident_id 0: the question came from the mini app and its user is not (yet) an OA resident
    const [reply] = await this.db
      .insert(handoffReplies)
      .values({ wardId, handoffId: handoff.id, residentId: resident?.id ?? 0, userId: actor.userId, text: body, createdAt: now })
      .returning();
    const writes: BatchItem<"sqlite">[] = [
      ...(link ? [link] : []),
      staffReplyMessage(this.db, { wardId, userId: handoff.miniappUserId!, handoffId: handoff.id, replyId: reply!.id, staffName: staff?.name ?? null, text: body, at: now }),
      ...(viaOa ? this.oaReplyWrites(wardId, viaOa, handoff.id, reply!.id, actor.userId, body, now) : []),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "reply", entity: "handoff", entityId: handoff.id, after: { replyId: reply!.id, text: body, channel: viaOa ? "miniapp+oa" : "miniapp" } }),
      ...this.claimOnReply(actor, wardId, handoff, now),
    ];
    return this.commitReply(wardId, reply!.id, writes, viaOa);
  }

  private oaReplyWrites(wardId: number, residentId: number, handoffId: number, replyId: number, staffUserId: number, body: string, now: number): BatchItem<"sqlite">[] {
    return [
      this.db.insert(messages).values({ wardId, residentId, direction: "out", author: "staff", kind: "text", text: body, meta: JSON.stringify({ replyId, staffUserId, handoffId }), createdAt: now }),
      this.db.insert(outbox).values(this.outboxService.rows(wardId, residentId, `staff:${replyId}`, splitText(body).map((part) => ({ text: part })))),
    ];
  }

  /** Replying claims an unclaimed handoff for the sender. */
  private claimOnReply(actor: Actor, wardId: number, handoff: typeof handoffs.$inferSelect, now: number): BatchItem<"sqlite">[] {
    if (handoff.status !== "open") return [];
    return [
      this.db.update(handoffs).set({ status: "claimed" }).where(eq(handoffs.id, handoff.id)),
      this.db.insert(handoffClaims).values({ handoffId: handoff.id, wardId, userId: actor.userId, claimedAt: now }).onConflictDoNothing(),
    ];
  }

  async addNote(actor: Actor, wardId: number, handoffId: number, body: string): Promise<void> {
    requireRole(actor, wardId, "staff");
    await this.row(wardId, handoffId);
    const now = this.clock.now();
    await runBatch(this.db, [
      this.db.insert(handoffNotes).values({ wardId, handoffId, userId: actor.userId, body: body.trim(), createdAt: now }),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "add_note", entity: "handoff", entityId: handoffId, after: { note: body.trim() } }),
    ]);
  }

  /**
   * Closes the handoff: the bot answers this resident again from the next message. When staff
   * replied to the resident and Zalo still lets the OA write, the resident gets the one-question
   * satisfaction survey (1–5, text only) in the same batch; it is recorded for this handoff and
   * for the staff member who handled it (the claimer, else the one who resolves).
   */
  async resolve(actor: Actor, wardId: number, handoffId: number): Promise<{ surveySent: boolean }> {
    requireRole(actor, wardId, "staff");
    const handoff = await this.row(wardId, handoffId);
    if (handoff.status === "resolved") return { surveySent: false };
    const now = this.clock.now();
    const writes: BatchItem<"sqlite">[] = [
      this.db.update(handoffs).set({ status: "resolved", resolvedAt: now }).where(eq(handoffs.id, handoffId)),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "resolve", entity: "handoff", entityId: handoffId, before: { status: handoff.status }, after: { status: "resolved" } }),
    ];
    const residentId = handoff.residentId;
    let surveySent = false;
    if (residentId) {
      const [resident] = await this.db.select().from(residents).where(eq(residents.id, residentId));
      const [replied] = await this.db.select({ id: handoffReplies.id }).from(handoffReplies).where(eq(handoffReplies.handoffId, handoffId)).limit(1);
      const [claim] = await this.db.select({ userId: handoffClaims.userId }).from(handoffClaims).where(eq(handoffClaims.handoffId, handoffId));
      if (replied && replyWindow(resident?.lastInteractionAt ?? null, now) !== "closed") {
        surveySent = true;
        writes.push(
          // an older survey still waiting is superseded by this one
          this.db
            .update(satisfactionSurveys)
            .set({ status: "expired" })
            .where(and(eq(satisfactionSurveys.residentId, residentId), eq(satisfactionSurveys.status, "sent"))),
          this.db.insert(satisfactionSurveys).values({ wardId, handoffId, residentId, staffUserId: claim?.userId ?? actor.userId, status: "sent", sentAt: now }).onConflictDoNothing(),
          this.db.insert(messages).values({ wardId, residentId, direction: "out", author: "bot", kind: "survey", text: SURVEY_TEXT, meta: JSON.stringify({ handoffId }), createdAt: now }),
          this.db.insert(outbox).values(this.outboxService.rows(wardId, residentId, `survey:${handoffId}`, [{ text: SURVEY_TEXT }])).onConflictDoNothing(),
        );
      }
    }
    await runBatch(this.db, writes);
    if (surveySent && residentId) await this.outboxService.deliverDue({ residentId });
    return { surveySent };
  }

  /** The resident's question and the latest staff reply (for "Lưu thành mục kiến thức"). */
  async questionAndAnswer(actor: Actor, wardId: number, handoffId: number) {
    requireRole(actor, wardId, "staff");
    const handoff = await this.row(wardId, handoffId);
    const [last] = await this.db
      .select()
      .from(handoffReplies)
      .where(and(eq(handoffReplies.handoffId, handoffId), eq(handoffReplies.wardId, wardId)))
      .orderBy(desc(handoffReplies.id))
      .limit(1);
    if (!last) throw new ValidationError("no_reply", "no staff reply yet", "Chưa có câu trả lời của cán bộ để lưu thành mục kiến thức.");
    return { question: handoff.question, answer: last.text };
  }

  // Saved reply templates

  async templates(actor: Actor, wardId: number) {
    requireRole(actor, wardId, "staff");
    return this.db.select().from(replyTemplates).where(eq(replyTemplates.wardId, wardId)).orderBy(asc(replyTemplates.title));
  }

  async saveTemplate(actor: Actor, wardId: number, input: { id?: number; title: string; body: string }): Promise<number> {
    requireRole(actor, wardId, "staff");
    const now = this.clock.now();
    if (input.id) {
      const [before] = await this.db.select().from(replyTemplates).where(and(eq(replyTemplates.id, input.id), eq(replyTemplates.wardId, wardId)));
      if (!before) throw new NotFoundError("template_not_found", "no template", "Không tìm thấy mẫu trả lời này.");
      await runBatch(this.db, [
        this.db.update(replyTemplates).set({ title: input.title, body: input.body, updatedAt: now }).where(eq(replyTemplates.id, input.id)),
        auditInsert(this.db, now, { wardId, userId: actor.userId, action: "update", entity: "reply_template", entityId: input.id, before: { title: before.title, body: before.body }, after: { title: input.title, body: input.body } }),
      ]);
      return input.id;
    }
    const [[row]] = await this.db.batch([
      this.db.insert(replyTemplates).values({ wardId, title: input.title, body: input.body, createdBy: actor.userId, createdAt: now, updatedAt: now }).returning({ id: replyTemplates.id }),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "create", entity: "reply_template", entityId: lastInsertId, after: { title: input.title, body: input.body } }),
    ]);
    return row!.id;
  }

  async deleteTemplate(actor: Actor, wardId: number, id: number): Promise<void> {
    requireRole(actor, wardId, "staff");
    const [before] = await this.db.select().from(replyTemplates).where(and(eq(replyTemplates.id, id), eq(replyTemplates.wardId, wardId)));
    if (!before) throw new NotFoundError("template_not_found", "no template", "Không tìm thấy mẫu trả lời này.");
    const now = this.clock.now();
    await runBatch(this.db, [
      this.db.delete(replyTemplates).where(eq(replyTemplates.id, id)),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "delete", entity: "reply_template", entityId: id, before: { title: before.title, body: before.body } }),
    ]);
  }
}
