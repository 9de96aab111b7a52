import { and, eq, gte, inArray, isNotNull, lt, lte, sql, type SQLWrapper } from "drizzle-orm";
import { ValidationError } from "../lib/errors";
import { foldedText, isFunctionWord } from "../assistant/text-analysis";
import type { Database } from "../db/database";
import { askLog, handoffs } from "../db/schema";
import { llmUsage } from "../db/schema-llm";
import { handoffReplies } from "../db/schema-staff";
import type { Clock } from "../lib/clock";
import type { Ward } from "../wards/ward-profile";
import { addWorkingTime } from "../wards/working-hours";
import { requireRole, type Actor } from "./access";
import type { WardAdminService } from "./ward-admin-service";

const VIETNAM_OFFSET_MS = 7 * 3600_000;
/** top score (×1000 in ask_log) under which an answer counts as a weak match */
export const WEAK_SCORE = 250;

export type Period = { from: number; to: number };

/** The longest period a dashboard, list of unanswered questions or export covers. */
export const MAX_PERIOD_DAYS = 400;

/** Refuses a period longer than MAX_PERIOD_DAYS (or reversed) with a 400, before any query runs. */
export function checkPeriod(period: Period): void {
  if (!(period.to > period.from) || period.to - period.from > MAX_PERIOD_DAYS * 86_400_000 + 3_600_000) {
    throw new ValidationError("period_too_long", `period ${period.from}..${period.to}`, `Khoảng thời gian cần hợp lệ và không quá ${MAX_PERIOD_DAYS} ngày.`);
  }
}

/** The local (Vietnam) day of a time column, in SQL. */
const sqlLocalDay = (column: SQLWrapper) => sql<string>`strftime('%Y-%m-%d', (${column} + ${VIETNAM_OFFSET_MS}) / 1000, 'unixepoch')`;

/** Local (Vietnam) calendar day of a time, as YYYY-MM-DD. */
export function localDay(ms: number): string {
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Start of a local day given as YYYY-MM-DD. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS;
}

export function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function median(sorted: number[]): number | null {
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function contentTokens(text: string): Set<string> {
  return new Set(
    foldedText(text)
      .split(" ")
      .filter((t) => t.length > 1 && !isFunctionWord(t)),
  );
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  // overlap against the shorter question: "làm sổ đỏ" and "làm sổ đỏ mất bao lâu" belong together
  return common / Math.min(a.size, b.size);
}

export type UnansweredGroup = {
  question: string;
  count: number;
  reasons: { handoff: number; not_helpful: number; weak: number };
  samples: string[];
  lastAt: number;
};

/** Dashboard figures, unanswered questions and CSV exports, always for one ward. */
export class InsightsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly wardAdmin: WardAdminService,
  ) {}

  async dashboard(actor: Actor, ward: Ward, period: Period) {
    requireRole(actor, ward.id, "staff", "communicator");
    checkPeriod(period);
    const now = this.clock.now();
    // aggregate queries: the database counts, whatever the number of rows in the period
    const inPeriod = and(eq(askLog.wardId, ward.id), gte(askLog.createdAt, period.from), lt(askLog.createdAt, period.to));
    const askDays = await this.db
      .select({ day: sqlLocalDay(askLog.createdAt), questions: sql<number>`count(*)`, answered: sql<number>`sum(case when ${askLog.kind} = 'answer' then 1 else 0 end)` })
      .from(askLog)
      .where(inPeriod)
      .groupBy(sqlLocalDay(askLog.createdAt));
    const kinds = await this.db.select({ kind: askLog.kind, count: sql<number>`count(*)` }).from(askLog).where(inPeriod).groupBy(askLog.kind);
    const [verdicts] = await this.db
      .select({
        helpful: sql<number>`coalesce(sum(case when ${askLog.verdict} = 'helpful' then 1 else 0 end), 0)`,
        notHelpful: sql<number>`coalesce(sum(case when ${askLog.verdict} = 'not_helpful' then 1 else 0 end), 0)`,
      })
      .from(askLog)
      .where(inPeriod);
    const firstReply = sql<number | null>`(select min(${handoffReplies.createdAt}) from ${handoffReplies} where ${handoffReplies.handoffId} = ${handoffs.id})`;
    const handedInPeriod = and(eq(handoffs.wardId, ward.id), gte(handoffs.createdAt, period.from), lt(handoffs.createdAt, period.to));
    const handoffDays = await this.db
      .select({ day: sqlLocalDay(handoffs.createdAt), count: sql<number>`count(*)` })
      .from(handoffs)
      .where(handedInPeriod)
      .groupBy(sqlLocalDay(handoffs.createdAt));
    const replyTimes = (
      await this.db
        .select({ ms: sql<number>`${firstReply} - ${handoffs.createdAt}` })
        .from(handoffs)
        .where(and(handedInPeriod, isNotNull(firstReply)))
        .orderBy(sql`1`)
    ).map((r) => Number(r.ms));

    const settings = await this.wardAdmin.settings(ward.id);
    const active = await this.db
      .select({ createdAt: handoffs.createdAt, firstReplyAt: firstReply })
      .from(handoffs)
      .where(and(eq(handoffs.wardId, ward.id), inArray(handoffs.status, ["open", "claimed"])));
    const overdue = active.filter((h) => h.firstReplyAt === null && addWorkingTime(ward.profile.working_hours, h.createdAt, settings.handoff_reply_hours * 3600_000) < now).length;

    const helpful = Number(verdicts?.helpful ?? 0);
    const notHelpful = Number(verdicts?.notHelpful ?? 0);
    const days = new Map<string, { day: string; questions: number; answered: number; handoffs: number }>();
    for (let t = dayStart(localDay(period.from)); t < period.to; t += 86_400_000) {
      const day = localDay(t);
      days.set(day, { day, questions: 0, answered: 0, handoffs: 0 });
    }
    for (const a of askDays) {
      const d = days.get(a.day);
      if (d) Object.assign(d, { questions: Number(a.questions), answered: Number(a.answered) });
    }
    for (const h of handoffDays) {
      const d = days.get(h.day);
      if (d) d.handoffs = Number(h.count);
    }
    const questions = askDays.reduce((n, a) => n + Number(a.questions), 0);
    const answered = askDays.reduce((n, a) => n + Number(a.answered), 0);
    const handedOff = handoffDays.reduce((n, h) => n + Number(h.count), 0);

    // The optional language model: calls, and how often residents got the retrieval answer
    // instead (model error, timeout, budget spent, or a reply the fact guard refused).
    const [model] = await this.db
      .select({
        calls: sql<number>`coalesce(sum(${llmUsage.calls}), 0)`,
        tokens: sql<number>`coalesce(sum(${llmUsage.tokens}), 0)`,
        fallbacks: sql<number>`coalesce(sum(${llmUsage.fallbacks}), 0)`,
        guardRejections: sql<number>`coalesce(sum(${llmUsage.guardRejections}), 0)`,
      })
      .from(llmUsage)
      .where(and(eq(llmUsage.wardId, ward.id), gte(llmUsage.day, localDay(period.from)), lte(llmUsage.day, localDay(period.to - 1))));

    return {
      questions,
      answered,
      handedOff,
      replied: replyTimes.length,
      medianReplyMs: median(replyTimes),
      p90ReplyMs: percentile(replyTimes, 90),
      helpful,
      notHelpful,
      helpfulRate: helpful + notHelpful ? helpful / (helpful + notHelpful) : null,
      overdue,
      activeHandoffs: active.length,
      overdueAfterHours: settings.handoff_reply_hours,
      daily: [...days.values()],
      byKind: kinds.map((k) => ({ kind: k.kind, count: Number(k.count) })).sort((a, b) => b.count - a.count),
      languageModel: {
        calls: Number(model?.calls ?? 0),
        tokens: Number(model?.tokens ?? 0),
        fallbacks: Number(model?.fallbacks ?? 0),
        guardRejections: Number(model?.guardRejections ?? 0),
      },
    };
  }

  /** Questions handed off, marked "Chưa đúng" or matched weakly, grouped by shared words. */
  async unanswered(actor: Actor, ward: Ward, period: Period): Promise<UnansweredGroup[]> {
    requireRole(actor, ward.id, "staff", "communicator");
    checkPeriod(period);
    const rows = await this.db
      .select({ question: askLog.question, kind: askLog.kind, verdict: askLog.verdict, topScore: askLog.topScore, createdAt: askLog.createdAt })
      .from(askLog)
      .where(and(eq(askLog.wardId, ward.id), gte(askLog.createdAt, period.from), lt(askLog.createdAt, period.to)));
    const groups: Array<UnansweredGroup & { tokens: Set<string>; texts: Map<string, number> }> = [];
    for (const r of rows) {
      const reason =
        r.verdict === "not_helpful" ? "not_helpful" : r.kind === "handoff" ? "handoff" : r.kind === "clarify" || (r.kind === "answer" && (r.topScore ?? 0) < WEAK_SCORE) ? "weak" : undefined;
      if (!reason) continue;
      const tokens = contentTokens(r.question);
      let group = groups.find((g) => similarity(g.tokens, tokens) >= 0.6);
      if (!group) {
        group = { question: r.question, count: 0, reasons: { handoff: 0, not_helpful: 0, weak: 0 }, samples: [], lastAt: 0, tokens, texts: new Map() };
        groups.push(group);
      }
      group.count++;
      group.reasons[reason]++;
      group.lastAt = Math.max(group.lastAt, r.createdAt);
      group.texts.set(r.question, (group.texts.get(r.question) ?? 0) + 1);
    }
    return groups
      .map(({ tokens: _t, texts, ...g }) => {
        const ordered = [...texts.entries()].sort((a, b) => b[1] - a[1]);
        return { ...g, question: ordered[0]![0], samples: ordered.slice(0, 5).map(([q]) => q) };
      })
      .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
  }
}

/** RFC 4180 CSV with a BOM so Excel on an office PC opens Vietnamese text correctly. */
export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? "" : String(v);
    // a leading = + - @ would be run as a formula by spreadsheet programs
    const safe = typeof v === "string" && /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return "\uFEFF" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
