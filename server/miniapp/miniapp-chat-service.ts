import { and, desc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { FEEDBACK_HELPFUL, FEEDBACK_NOT_HELPFUL, type AskResult } from "../assistant/assistant";
import { handoffOf } from "../assistant/ask-result";
import type { Database } from "../db/database";
import { askLog, handoffs } from "../db/schema";
import { miniappChatMessages } from "../db/schema-miniapp";
import type { Clock } from "../lib/clock";
import type { Logger } from "../lib/logger";
import type { Ward } from "../wards/ward-profile";
import type { WardService } from "../wards/ward-service";
import { describeNextStaffTime } from "../wards/working-hours";
import type { ChatChoice, ChatHandoffView, ChatMessageView, ChatView } from "./chat-contract";
import { oaResident } from "../feedback/report-notices";

type Batch = BatchItem<"sqlite">[];
type MessageRow = typeof miniappChatMessages.$inferSelect;
type Meta = { choices?: ChatChoice[]; links?: Array<{ label: string; url: string }>; entries?: Array<{ id: string; title: string }>; canAskStaff?: boolean; question?: string };

const HISTORY = 60;
/** A question passed to staff keeps the bot quiet (messages go to the person) this long. */
const HANDOFF_ACTIVE_MS = 7 * 24 * 3600_000;
/** A short message this soon after an answer may continue its topic ("cần giấy tờ gì?"). */
const FOLLOW_UP_MS = 30 * 60_000;
const FOLLOW_UP_MAX_WORDS = 7;

/**
 * "Hỏi đáp" in the mini app: the resident's questions answered by the same engine as the chat
 * (short answer, numbered choices, follow-ups), and "Chưa đúng — hỏi cán bộ", which passes the
 * question to a person as a handoff. Staff answer it from the console (HandoffService.reply);
 * the reply is shown here, and sent through the OA as well when the resident is linked to the
 * OA and Zalo's reply window allows it. Each question and its answer are written in one batch.
 *
 * Until the conversation layer's channel-independent entry point lands (contract C), this
 * service calls the answer engine directly and keeps the little memory it needs (the last
 * answered entry, the last choices) in its own messages.
 */
export class MiniappChatService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly wards: WardService,
    private readonly answer: (text: string, ward: Ward) => Promise<AskResult>,
    private readonly logger: Logger,
  ) {}

  async view(wardId: number, userId: number): Promise<ChatView> {
    const rows = (
      await this.db
        .select()
        .from(miniappChatMessages)
        .where(and(eq(miniappChatMessages.wardId, wardId), eq(miniappChatMessages.userId, userId)))
        .orderBy(desc(miniappChatMessages.id))
        .limit(HISTORY)
    ).reverse();
    return { messages: rows.map(messageView), handoff: await this.latestHandoff(wardId, userId) };
  }

  /** A question (or a numbered choice, or "0" for a person) from the resident. */
  async ask(wardId: number, userId: number, input: string): Promise<ChatView> {
    const ward = await this.wards.byId(wardId);
    const now = this.clock.now();
    const text = input.normalize("NFC").trim();
    const lastBot = await this.lastBotMessage(wardId, userId);
    const lastMeta = parseMeta(lastBot?.meta);

    const picked = /^\s*(?:so|số)?\s*(\d{1,2})\s*\.?\s*$/i.exec(text);
    if (picked && Number(picked[1]) === 0) return this.askStaff(wardId, userId, undefined);
    const choice = picked ? lastMeta.choices?.find((c) => c.n === Number(picked[1])) : undefined;
    if (text === FEEDBACK_NOT_HELPFUL) return this.askStaff(wardId, userId, undefined);

    const open = await this.activeHandoff(wardId, userId, now);
    const shown = choice ? `${choice.n}. ${choice.label}` : text;
    const writes: Batch = [this.insertMessage(wardId, userId, "resident", "question", shown, null, open?.id ?? null, now)];
    if (open) {
      // a person is handling the question: the message goes to them, the bot stays quiet
      writes.push(
        this.insertMessage(wardId, userId, "bot", "note", "Dạ, tin nhắn này đã được chuyển thêm cho cán bộ đang xem câu hỏi của ông/bà. Câu trả lời sẽ hiện ngay tại đây.", null, open.id, now + 1),
      );
      await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
      return this.view(wardId, userId);
    }
    if (text === FEEDBACK_HELPFUL) {
      writes.push(...(await this.verdictWrites(wardId, userId, true)));
      writes.push(this.insertMessage(wardId, userId, "bot", "note", "Dạ, cảm ơn ông/bà đã phản hồi! Ông/bà cần hỏi thêm gì cứ gõ vào ô dưới.", null, null, now + 1));
      await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
      return this.view(wardId, userId);
    }

    const previous = lastBot && lastBot.kind === "answer" && now - lastBot.createdAt <= FOLLOW_UP_MS ? lastMeta.entries?.[0] : undefined;
    const question = choice?.query ?? text;
    const result = choice ? await this.answer(question, ward) : await this.answerWithContext(question, ward, previous);
    const { resident, link } = await oaResident(this.db, wardId, userId);
    if (link) writes.push(link);
    writes.push(
      this.db.insert(askLog).values({
        wardId,
        residentId: resident?.id ?? null,
        channel: "miniapp",
        question: question.slice(0, 2000),
        kind: result.kind,
        topEntryId: result.entries[0]?.id ?? null,
        topScore: result.entries[0] ? Math.round(result.entries[0].score * 1000) : null,
        createdAt: now,
      }),
    );
    const handoff = handoffOf(result);
    if (handoff) {
      writes.push(
        this.db.insert(handoffs).values({ wardId, residentId: resident?.id ?? null, miniappUserId: userId, question: question.slice(0, 2000), reason: handoff.reason, createdAt: now }),
      );
      writes.push(this.insertMessage(wardId, userId, "bot", "handoff", handoffText(ward, now, handoff.reason === "asked_for_person"), { question }, null, now + 1));
    } else {
      // the engine's numbered choices other than "0" (this page offers its own "hỏi cán bộ"), asked
      // again by their label here, since this page keeps no conversation memory of its own
      const choices: ChatChoice[] =
        result.kind === "clarify" || result.kind === "smalltalk" || result.kind === "scam_warning"
          ? result.choices.filter((c) => c.n > 0).slice(0, 5).map((c) => ({ n: c.n, label: c.label, query: c.label }))
          : [];
      const meta: Meta = {
        choices,
        links: result.links,
        entries: result.entries.slice(0, 1).map((e) => ({ id: e.id, title: e.title })),
        canAskStaff: result.kind === "answer" || result.kind === "clarify",
        question,
      };
      // the text without the engine's numbered block: this page shows choices as buttons
      const reply = choices.length && result.kind === "clarify" ? `${result.body}\n${choices.map((c) => `${c.n}. ${c.label}`).join("\n")}\n0. Hỏi cán bộ phường` : result.body;
      writes.push(this.insertMessage(wardId, userId, "bot", result.kind, reply, meta, null, now + 1));
    }
    await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    return this.view(wardId, userId);
  }

  /** "Chưa đúng — hỏi cán bộ": the question (the last one asked when none given) goes to a person. */
  async askStaff(wardId: number, userId: number, question: string | undefined): Promise<ChatView> {
    const ward = await this.wards.byId(wardId);
    const now = this.clock.now();
    const open = await this.activeHandoff(wardId, userId, now);
    if (open) {
      await this.db.insert(miniappChatMessages).values({
        wardId,
        userId,
        author: "bot",
        kind: "note",
        text: `Dạ, câu hỏi của ông/bà đã được chuyển tới cán bộ rồi, ông/bà không cần gửi lại. Cán bộ sẽ trả lời ngay tại đây, ${describeNextStaffTime(ward.profile.working_hours, now)}.`,
        handoffId: open.id,
        createdAt: now,
      });
      return this.view(wardId, userId);
    }
    const asked = question?.trim() || (await this.lastQuestion(wardId, userId)) || "(Người dân bấm “Hỏi cán bộ” trong mini app)";
    const { resident, link } = await oaResident(this.db, wardId, userId);
    const writes: Batch = [
      ...(link ? [link] : []),
      this.db.insert(handoffs).values({ wardId, residentId: resident?.id ?? null, miniappUserId: userId, question: asked.slice(0, 2000), reason: "not_helpful", createdAt: now }),
      this.insertMessage(wardId, userId, "resident", "question", "Chưa đúng — hỏi cán bộ", null, null, now),
      this.insertMessage(wardId, userId, "bot", "handoff", handoffText(ward, now, false), { question: asked }, null, now + 1),
      ...(await this.verdictWrites(wardId, userId, false)),
    ];
    await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    this.logger.info("mini-app question passed to staff", { wardId, userId });
    return this.view(wardId, userId);
  }

  /**
   * Interim follow-ups (until contract C): a short message right after an answer is also asked
   * together with that answer's topic; when that finds the same topic more surely than the
   * message alone finds anything, the resident was continuing the topic.
   */
  private async answerWithContext(text: string, ward: Ward, previous: { id: string; title: string } | undefined): Promise<AskResult> {
    const alone = await this.answer(text, ward);
    if (!previous || text.split(/\s+/).length > FOLLOW_UP_MAX_WORDS || alone.kind === "scam_warning" || alone.kind === "smalltalk") return alone;
    if (alone.kind === "answer" && alone.entries[0]?.id === previous.id) return alone;
    const together = await this.answer(`${previous.title} ${text}`, ward);
    const top = together.entries[0];
    if (together.kind === "answer" && top?.id === previous.id && top.score > (alone.entries[0]?.score ?? 0)) {
      return { ...together, explanation: `Câu hỏi tiếp theo về "${previous.title}". ${together.explanation}` };
    }
    return alone;
  }

  private async verdictWrites(wardId: number, userId: number, helpful: boolean): Promise<Batch> {
    const { resident } = await oaResident(this.db, wardId, userId);
    const lastQuestion = await this.lastQuestion(wardId, userId);
    if (!lastQuestion) return [];
    const [last] = await this.db
      .select({ id: askLog.id })
      .from(askLog)
      .where(
        and(
          eq(askLog.wardId, wardId),
          eq(askLog.channel, "miniapp"),
          eq(askLog.question, lastQuestion.slice(0, 2000)),
          resident ? eq(askLog.residentId, resident.id) : isNull(askLog.residentId),
          isNull(askLog.verdict),
        ),
      )
      .orderBy(desc(askLog.id))
      .limit(1);
    return last ? [this.db.update(askLog).set({ verdict: helpful ? "helpful" : "not_helpful" }).where(eq(askLog.id, last.id))] : [];
  }

  private insertMessage(wardId: number, userId: number, author: "resident" | "bot" | "staff", kind: string, text: string, meta: Meta | null, handoffId: number | null, at: number) {
    return this.db.insert(miniappChatMessages).values({ wardId, userId, author, kind, text, meta: meta ? JSON.stringify(meta) : null, handoffId, createdAt: at });
  }

  private async lastBotMessage(wardId: number, userId: number): Promise<MessageRow | undefined> {
    const [row] = await this.db
      .select()
      .from(miniappChatMessages)
      .where(and(eq(miniappChatMessages.wardId, wardId), eq(miniappChatMessages.userId, userId), eq(miniappChatMessages.author, "bot")))
      .orderBy(desc(miniappChatMessages.id))
      .limit(1);
    return row;
  }

  /** The question the latest answer replied to. */
  private async lastQuestion(wardId: number, userId: number): Promise<string | undefined> {
    const rows = await this.db
      .select()
      .from(miniappChatMessages)
      .where(and(eq(miniappChatMessages.wardId, wardId), eq(miniappChatMessages.userId, userId), eq(miniappChatMessages.author, "bot")))
      .orderBy(desc(miniappChatMessages.id))
      .limit(10);
    for (const r of rows) {
      const q = parseMeta(r.meta).question;
      if (q) return q;
    }
    return undefined;
  }

  private async activeHandoff(wardId: number, userId: number, now: number) {
    const [row] = await this.db
      .select()
      .from(handoffs)
      .where(and(eq(handoffs.wardId, wardId), eq(handoffs.miniappUserId, userId), inArray(handoffs.status, ["open", "claimed"]), gt(handoffs.createdAt, now - HANDOFF_ACTIVE_MS)))
      .orderBy(desc(handoffs.id))
      .limit(1);
    return row;
  }

  private async latestHandoff(wardId: number, userId: number): Promise<ChatHandoffView | null> {
    const [row] = await this.db
      .select()
      .from(handoffs)
      .where(and(eq(handoffs.wardId, wardId), eq(handoffs.miniappUserId, userId), gt(handoffs.createdAt, this.clock.now() - HANDOFF_ACTIVE_MS)))
      .orderBy(desc(handoffs.id))
      .limit(1);
    if (!row) return null;
    const [reply] = await this.db
      .select({ id: miniappChatMessages.id })
      .from(miniappChatMessages)
      .where(and(eq(miniappChatMessages.handoffId, row.id), eq(miniappChatMessages.author, "staff")))
      .limit(1);
    return { id: row.id, status: row.status, question: row.question, createdAt: row.createdAt, answered: reply !== undefined };
  }
}

/**
 * A staff reply to a mini-app question, as the message the resident sees in Hỏi đáp. Written by
 * HandoffService.reply in the same batch as the reply itself.
 */
export function staffReplyMessage(db: Database, o: { wardId: number; userId: number; handoffId: number; replyId: number; staffName: string | null; text: string; at: number }) {
  return db.insert(miniappChatMessages).values({
    wardId: o.wardId,
    userId: o.userId,
    author: "staff",
    kind: "staff_reply",
    text: o.text,
    meta: JSON.stringify({ replyId: o.replyId, staffName: o.staffName }),
    handoffId: o.handoffId,
    createdAt: o.at,
  });
}

function handoffText(ward: Ward, now: number, askedForPerson: boolean): string {
  const when = describeNextStaffTime(ward.profile.working_hours, now);
  const opening = askedForPerson
    ? `Dạ, tôi đã chuyển câu hỏi của ông/bà tới cán bộ ${ward.name}.`
    : `Dạ, câu hỏi này trợ lý tự động chưa trả lời được. Tôi đã chuyển câu hỏi của ông/bà tới cán bộ ${ward.name}.`;
  return (
    `${opening} Cán bộ sẽ trả lời ngay tại mục Hỏi đáp này, ${when}; ông/bà mở lại mục này để xem.\n` +
    `Giờ làm việc của Bộ phận Một cửa: ${ward.profile.office_hours}.\n` +
    "Việc khẩn cấp xin gọi 113 (công an), 114 (cứu hỏa, cứu nạn), 115 (cấp cứu)."
  );
}

function parseMeta(raw: string | null | undefined): Meta {
  if (!raw) return {};
  try {
    return JSON.parse(raw) as Meta;
  } catch {
    return {};
  }
}

function messageView(r: MessageRow): ChatMessageView {
  const meta = parseMeta(r.meta);
  return {
    id: r.id,
    author: r.author,
    kind: r.kind,
    text: r.text,
    at: r.createdAt,
    choices: meta.choices ?? [],
    links: meta.links ?? [],
    canAskStaff: Boolean(meta.canAskStaff),
  };
}

/** The mini-app conversation of a resident for the console, in the shape of an OA transcript. */
export async function miniappTranscript(db: Database, wardId: number, userId: number) {
  const rows = (
    await db
      .select()
      .from(miniappChatMessages)
      .where(and(eq(miniappChatMessages.wardId, wardId), eq(miniappChatMessages.userId, userId)))
      .orderBy(desc(miniappChatMessages.id))
      .limit(200)
  ).reverse();
  return rows.map((r) => ({ id: r.id, direction: r.author === "resident" ? ("in" as const) : ("out" as const), author: r.author, kind: r.kind, text: r.text as string | null, createdAt: r.createdAt }));
}
