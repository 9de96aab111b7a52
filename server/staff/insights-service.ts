import { and, eq, gte, inArray, lt, lte, sql } from "drizzle-orm";
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
    const now = this.clock.now();
    const asks = await this.db
      .select({ kind: askLog.kind, verdict: askLog.verdict, createdAt: askLog.createdAt })
      .from(askLog)
      .where(and(eq(askLog.wardId, ward.id), gte(askLog.createdAt, period.from), lt(askLog.createdAt, period.to)));
    const handed = await this.db
      .select({
        id: handoffs.id,
        createdAt: handoffs.createdAt,
        status: handoffs.status,
        firstReplyAt: sql<number | null>`(select min(${handoffReplies.createdAt}) from ${handoffReplies} where ${handoffReplies.handoffId} = ${handoffs.id})`,
      })
      .from(handoffs)
      .where(and(eq(handoffs.wardId, ward.id), gte(handoffs.createdAt, period.from), lt(handoffs.createdAt, period.to)));

    const settings = await this.wardAdmin.settings(ward.id);
    const active = await this.db
      .select({
        createdAt: handoffs.createdAt,
        firstReplyAt: sql<number | null>`(select min(${handoffReplies.createdAt}) from ${handoffReplies} where ${handoffReplies.handoffId} = ${handoffs.id})`,
      })
      .from(handoffs)
      .where(and(eq(handoffs.wardId, ward.id), inArray(handoffs.status, ["open", "claimed"])));
    const overdue = active.filter((h) => h.firstReplyAt === null && addWorkingTime(ward.profile.working_hours, h.createdAt, settings.handoff_reply_hours * 3600_000) < now).length;

    const replyTimes = handed
      .filter((h) => h.firstReplyAt !== null)
      .map((h) => Number(h.firstReplyAt) - h.createdAt)
      .sort((a, b) => a - b);
    const helpful = asks.filter((a) => a.verdict === "helpful").length;
    const notHelpful = asks.filter((a) => a.verdict === "not_helpful").length;

    const days = new Map<string, { day: string; questions: number; answered: number; handoffs: number }>();
    for (let t = dayStart(localDay(period.from)); t < period.to; t += 86_400_000) {
      const day = localDay(t);
      days.set(day, { day, questions: 0, answered: 0, handoffs: 0 });
    }
    for (const a of asks) {
      const d = days.get(localDay(a.createdAt));
      if (!d) continue;
      d.questions++;
      if (a.kind === "answer") d.answered++;
    }
    for (const h of handed) {
      const d = days.get(localDay(h.createdAt));
      if (d) d.handoffs++;
    }
    const byKind = new Map<string, number>();
    for (const a of asks) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);

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
      questions: asks.length,
      answered: asks.filter((a) => a.kind === "answer").length,
      handedOff: handed.length,
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
      byKind: [...byKind.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
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
