import { and, eq, gte, lt, lte, sql } from "drizzle-orm";
import { ValidationError } from "../lib/errors";
import { foldedText, isFunctionWord } from "../assistant/text-analysis";
import type { Database } from "../db/database";
import { askLog } from "../db/schema";
import { llmUsage } from "../db/schema-llm";
import type { Clock } from "../lib/clock";
import type { Ward } from "../wards/ward-profile";
import { requireRole, type Actor } from "./access";
import { dayStart, handoffRows, localDay, median, percentile, wardFigures } from "./ward-figures";
import type { WardAdminService } from "./ward-admin-service";

/** top score (×1000 in ask_log) under which an answer counts as a weak match */
export const WEAK_SCORE = 250;

export type Period = { from: number; to: number };

export { dayStart, localDay, median, percentile };

/** The longest period a dashboard, list of unanswered questions or export covers. */
export const MAX_PERIOD_DAYS = 400;

/** Refuses a period longer than MAX_PERIOD_DAYS (or reversed) with a 400, before any query runs. */
export function checkPeriod(period: Period): void {
  if (!(period.to > period.from) || period.to - period.from > MAX_PERIOD_DAYS * 86_400_000 + 3_600_000) {
    throw new ValidationError("period_too_long", `period ${period.from}..${period.to}`, `Khoảng thời gian cần hợp lệ và không quá ${MAX_PERIOD_DAYS} ngày.`);
  }
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

  /** The dashboard: every figure of ward-figures.ts for the period, and the language model's use. */
  async dashboard(actor: Actor, ward: Ward, period: Period) {
    requireRole(actor, ward.id, "staff", "communicator");
    checkPeriod(period);
    const settings = await this.wardAdmin.settings(ward.id);
    const { handoffs: _rows, ...f } = await wardFigures(this.db, ward, period, this.clock.now(), settings.handoff_reply_hours);

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

    const ms = (minutes: number | null) => (minutes === null ? null : minutes * 60_000);
    return {
      ...f,
      /** @deprecated names kept for API clients: answeredByBot, overdueNow, handoffReplyHours, staffReplyMinutes */
      answered: f.answeredByBot,
      overdue: f.overdueNow,
      overdueAfterHours: f.handoffReplyHours,
      medianReplyMs: ms(f.staffReplyMinutes.median),
      p90ReplyMs: ms(f.staffReplyMinutes.p90),
      languageModel: {
        calls: Number(model?.calls ?? 0),
        tokens: Number(model?.tokens ?? 0),
        fallbacks: Number(model?.fallbacks ?? 0),
        guardRejections: Number(model?.guardRejections ?? 0),
      },
    };
  }

  /** The period's handoffs with deadline and first reply (CSV, monthly report): same rows the dashboard counts. */
  async handoffRows(actor: Actor, ward: Ward, period: Period) {
    requireRole(actor, ward.id, "staff", "communicator");
    checkPeriod(period);
    const settings = await this.wardAdmin.settings(ward.id);
    return handoffRows(this.db, ward, period, this.clock.now(), settings.handoff_reply_hours);
  }

  /** Every figure for the period (the monthly report), handoff rows included. */
  async figures(actor: Actor, ward: Ward, period: Period) {
    requireRole(actor, ward.id, "staff", "communicator");
    checkPeriod(period);
    const settings = await this.wardAdmin.settings(ward.id);
    return wardFigures(this.db, ward, period, this.clock.now(), settings.handoff_reply_hours);
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
