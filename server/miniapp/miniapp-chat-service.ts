import { and, desc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { FEEDBACK_HELPFUL, FEEDBACK_NOT_HELPFUL, type AskResult } from "../assistant/assistant";
import { emptyMemory, handoffOf, type ConversationMemory } from "../assistant/ask-result";
import type { ConversationService } from "../conversations/conversation-service";
import type { Database } from "../db/database";
import { askLog, handoffs } from "../db/schema";
import { miniappUsers } from "../db/schema-feedback";
import { miniappChatMessages } from "../db/schema-miniapp";
import type { Clock } from "../lib/clock";
import { NotFoundError } from "../lib/errors";
import type { Logger } from "../lib/logger";
import { scamReportWrites } from "../scam/scam-reports";
import type { Ward } from "../wards/ward-profile";
import type { WardService } from "../wards/ward-service";
import { describeNextStaffTime } from "../wards/working-hours";
import type { ChatChoice, ChatHandoffView, ChatMessageView, ChatView } from "./chat-contract";
import { oaResident } from "../feedback/report-notices";

type Batch = BatchItem<"sqlite">[];
type MessageRow = typeof miniappChatMessages.$inferSelect;
type Meta = {
  choices?: ChatChoice[];
  links?: Array<{ label: string; url: string }>;
  entries?: Array<{ id: string; title: string }>;
  canAskStaff?: boolean;
  /** the question as staff should read it (a picked number is written out with what it picked) */
  question?: string;
  /** when the question was asked: its ask-log line has this time (verdicts and erasure find it by it) */
  askedAt?: number;
};

const HISTORY = 60;
/** A question passed to staff keeps the bot quiet (messages go to the person) this long. */
const HANDOFF_ACTIVE_MS = 7 * 24 * 3600_000;
/** A typed choice: "2", "số 2", "2." */
const PICKED = /^\s*(?:so|số)?\s*(\d{1,2})\s*\.?\s*$/i;

/** What this page needs of the conversation layer (contract C) and of the safety checks. */
export type MiniappConversations = Pick<ConversationService, "converse"> & { store: { memoryMs: number } };
export type SafetyCheck = (text: string, ward: Ward, memory: ConversationMemory) => Promise<AskResult | undefined>;

/**
 * "Hỏi đáp" in the mini app: the same conversation as the Zalo chat (contract C,
 * ConversationService.converse with the resident's mini-app key), so its memory, numbered
 * choices picked by number, follow-ups and handoffs behave as they do there. This page keeps
 * the messages the resident sees, written in the same batch as the turn; the choices of the
 * last answer are buttons (tapping one sends its number). "Chưa đúng — hỏi cán bộ" passes the
 * question to a person as a handoff, as "Chưa đúng" does in the chat. Staff answer from the
 * console (HandoffService.reply); the reply is shown here, and sent through the OA as well when
 * the resident is linked to the OA and Zalo's reply window allows it.
 */
export class MiniappChatService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly wards: WardService,
    private readonly conversations: MiniappConversations,
    private readonly safety: SafetyCheck,
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
    // numbered choices are those of the newest reply, as long as the conversation remembers them
    const fresh = this.clock.now() - this.conversations.store.memoryMs;
    const newest = [...rows].reverse().find((r) => r.author !== "resident");
    return { messages: rows.map((r) => messageView(r, r === newest && r.createdAt >= fresh)), handoff: await this.latestHandoff(wardId, userId) };
  }

  /** A question (or a numbered choice, or "0" for a person) from the resident. */
  async ask(wardId: number, userId: number, input: string): Promise<ChatView> {
    const ward = await this.wards.byId(wardId);
    const now = this.clock.now();
    const text = input.normalize("NFC").trim();
    if (text === FEEDBACK_NOT_HELPFUL) return this.askStaff(wardId, userId, undefined);
    const lastBot = await this.lastBotMessage(wardId, userId);
    const lastMeta = parseMeta(lastBot?.meta);
    const picked = PICKED.exec(text);
    const choice = picked ? lastMeta.choices?.find((c) => c.n === Number(picked[1])) : undefined;
    // the resident's line reads as what was picked ("2. Lệ phí"); staff read the question it belongs to
    const shown = choice ? `${choice.n}. ${choice.label}` : text;
    const question = picked ? [lastMeta.question, choice ? shown : undefined].filter(Boolean).join(" → ") || text : text;

    const open = await this.activeHandoff(wardId, userId, now);
    if (open) return this.toStaff(ward, userId, open.id, shown, text, now);
    if (text === FEEDBACK_HELPFUL) {
      const writes: Batch = [
        this.insertMessage(wardId, userId, "resident", "question", shown, null, null, now),
        ...(await this.verdictWrites(wardId, userId, true)),
        this.insertMessage(wardId, userId, "bot", "note", "Dạ, cảm ơn ông/bà đã phản hồi! Ông/bà cần hỏi thêm gì cứ gõ vào ô dưới.", null, null, now + 1),
      ];
      await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
      return this.view(wardId, userId);
    }

    const user = await this.user(wardId, userId);
    const { link } = await oaResident(this.db, wardId, userId);
    await this.conversations.converse({
      wardId,
      residentKey: { kind: "miniapp", id: user.appUserId },
      text,
      now,
      handoffQuestion: question,
      // the page's rows land in the turn's own batch (ask log, memory, handoff)
      writes: (result) => [
        ...(link ? [link] : []),
        this.insertMessage(wardId, userId, "resident", "question", shown, null, null, now),
        this.botMessage(ward, userId, result, question, now),
      ],
    });
    return this.view(wardId, userId);
  }

  /** The assistant's reply as this page shows it: the text, the choices as buttons, links as buttons. */
  private botMessage(ward: Ward, userId: number, result: AskResult, question: string, now: number) {
    const handoff = handoffOf(result);
    if (result.kind === "handoff") {
      return this.insertMessage(ward.id, userId, "bot", "handoff", handoffText(ward, now, result.handoff.reason === "asked_for_person"), { question, askedAt: now }, null, now + 1);
    }
    // "0. Gặp cán bộ" is this page's own button ("Chưa đúng — hỏi cán bộ"); the other choices are tapped or typed
    const choices: ChatChoice[] = result.choices.filter((c) => c.n > 0).map((c) => ({ n: c.n, label: c.label, query: String(c.n) }));
    const meta: Meta = {
      choices,
      links: result.links,
      entries: result.entries.slice(0, 1).map((e) => ({ id: e.id, title: e.title })),
      canAskStaff: result.kind === "answer" || result.kind === "clarify",
      question,
      askedAt: now,
    };
    // a question back lists its choices in the text too (it is the question); "0" reaches a person, as in the chat
    let text = result.kind === "clarify" && choices.length ? `${result.body}\n${choices.map((c) => `${c.n}. ${c.label}`).join("\n")}\n0. Hỏi cán bộ phường` : result.body;
    // a victim's warning passes to a person too: the reply comes here (the chat's wording names Zalo)
    if (handoff) text = text.replace(/cuộc trò chuyện Zalo này/g, "mục Hỏi đáp này");
    return this.insertMessage(ward.id, userId, "bot", result.kind, text, meta, null, now + 1);
  }

  /**
   * While a person handles the question, what the resident writes goes to them and the bot stays
   * quiet, except for safety (a scam or an emergency is answered at once), as in the chat.
   */
  private async toStaff(ward: Ward, userId: number, handoffId: number, shown: string, text: string, now: number): Promise<ChatView> {
    const writes: Batch = [this.insertMessage(ward.id, userId, "resident", "question", shown, null, handoffId, now)];
    const warning = await this.safety(text, ward, emptyMemory());
    if (warning) {
      writes.push(...scamReportWrites(this.db, { wardId: ward.id, residentKey: `miniapp:${userId}`, channel: "miniapp", result: warning, now }));
      writes.push(this.insertMessage(ward.id, userId, "bot", warning.kind, warning.body, { links: warning.links }, handoffId, now + 1));
    } else {
      writes.push(
        this.insertMessage(ward.id, userId, "bot", "note", "Dạ, tin nhắn này đã được chuyển thêm cho cán bộ đang xem câu hỏi của ông/bà. Câu trả lời sẽ hiện ngay tại đây.", null, handoffId, now + 1),
      );
    }
    await this.db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    return this.view(ward.id, userId);
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
        text: `Dạ, câu hỏi của ông/bà đã được chuyển tới cán bộ rồi, ông/bà không cần gửi lại. Cán bộ sẽ trả lời ngay tại đây, ${describeNextStaffTime(ward.profile.working_hours, now, ward.calendar)}.`,
        handoffId: open.id,
        createdAt: now,
      });
      return this.view(wardId, userId);
    }
    const asked = question?.trim() || (await this.lastAsked(wardId, userId))?.question || "(Người dân bấm “Hỏi cán bộ” trong mini app)";
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

  /** The resident's verdict on the latest answer, on its ask-log line (found by the time it was asked). */
  private async verdictWrites(wardId: number, userId: number, helpful: boolean): Promise<Batch> {
    const last = await this.lastAsked(wardId, userId);
    if (last?.askedAt === undefined) return [];
    const [line] = await this.db
      .select({ id: askLog.id })
      .from(askLog)
      .where(and(eq(askLog.wardId, wardId), eq(askLog.channel, "miniapp"), eq(askLog.createdAt, last.askedAt), isNull(askLog.verdict)))
      .orderBy(desc(askLog.id))
      .limit(1);
    return line ? [this.db.update(askLog).set({ verdict: helpful ? "helpful" : "not_helpful" }).where(eq(askLog.id, line.id))] : [];
  }

  private insertMessage(wardId: number, userId: number, author: "resident" | "bot" | "staff", kind: string, text: string, meta: Meta | null, handoffId: number | null, at: number) {
    return this.db.insert(miniappChatMessages).values({ wardId, userId, author, kind, text, meta: meta ? JSON.stringify(meta) : null, handoffId, createdAt: at });
  }

  private async user(wardId: number, userId: number) {
    const [user] = await this.db
      .select({ appUserId: miniappUsers.appUserId })
      .from(miniappUsers)
      .where(and(eq(miniappUsers.id, userId), eq(miniappUsers.wardId, wardId)));
    if (!user) throw new NotFoundError("user_not_found", `mini-app user ${userId} not in ward ${wardId}`, "Không tìm thấy tài khoản của ông/bà; vui lòng mở lại mini app.");
    return user;
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

  /** The question the latest answer replied to, and when it was asked. */
  private async lastAsked(wardId: number, userId: number): Promise<Meta | undefined> {
    const rows = await this.db
      .select()
      .from(miniappChatMessages)
      .where(and(eq(miniappChatMessages.wardId, wardId), eq(miniappChatMessages.userId, userId), eq(miniappChatMessages.author, "bot")))
      .orderBy(desc(miniappChatMessages.id))
      .limit(10);
    for (const r of rows) {
      const meta = parseMeta(r.meta);
      if (meta.question) return meta;
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
  const when = describeNextStaffTime(ward.profile.working_hours, now, ward.calendar);
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

function messageView(r: MessageRow, choicesLive: boolean): ChatMessageView {
  const meta = parseMeta(r.meta);
  return {
    id: r.id,
    author: r.author,
    kind: r.kind,
    text: r.text,
    at: r.createdAt,
    choices: choicesLive ? (meta.choices ?? []) : [],
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
