import { and, asc, eq, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { askLog, handoffs, residents } from "../db/schema";
import { satisfactionSurveys } from "../db/schema-console";
import { reports } from "../db/schema-feedback";
import { staffUsers } from "../db/schema-staff";
import type { Ward } from "../wards/ward-profile";
import { addWorkingTime } from "../wards/working-hours";
import { VIETNAM_OFFSET_MS } from "./format";

/*
 * Every figure the console reports about a ward, defined once. The dashboard, the CSV files and
 * the monthly report all read them from here, so the same period gives the same numbers
 * everywhere. Definitions (a period is [from, to) in ms; "now" matters only for "overdue now"):
 *
 * - questions: messages the assistant answered or passed on in the period (ask_log rows).
 * - answeredByBot: questions the assistant answered from the knowledge base itself: kind
 *   "answer", not passed to a person (no handoff reason: neither a request for a person nor an
 *   entry that hands off) and not marked "Chưa đúng" by the resident (that also went to a person).
 * - handedOff: handoffs created in the period (any reason); requestsForPerson: those with reason
 *   "asked_for_person".
 * - a handoff's deadline: its creation time plus the ward's handoff_reply_hours of working time
 *   (weekly hours minus the city's holidays). It is overdue only while it has no staff reply and
 *   the deadline has passed: overdueNow counts open/claimed handoffs in that state today.
 *   For the period: repliedOnTime / repliedLate (first staff reply before / after the deadline),
 *   unrepliedPastDeadline (no reply yet, deadline passed).
 * - staffReplyMinutes: over handoffs created in the period that got a staff reply, the minutes
 *   (wall clock) from the handoff to the first staff reply: median (the middle value, or the mean
 *   of the two middle ones) and p90 (nearest rank). Null only when no handoff got a reply.
 * - helpful / notHelpful: residents' "Hữu ích" / "Chưa đúng" on answers asked in the period.
 * - satisfaction: share of answers 4 or 5 ("hài lòng") among ratings given in the period, for
 *   chats (the 1–5 survey after a resolved handoff) and for feedback reports (the rating in the
 *   mini app); rate is null when nobody answered. The city's target is 95%.
 */
export const SATISFACTION_TARGET = 0.95;

export type Period = { from: number; to: number };
export type Rate = { rate: number | null; count: number; satisfied: number };

export type HandoffFigureRow = {
  id: number;
  createdAt: number;
  reason: string;
  status: string;
  resolvedAt: number | null;
  residentName: string | null;
  question: string;
  claimedBy: string | null;
  firstReplyAt: number | null;
  deadline: number;
  /** "on_time" | "late" (replied after the deadline) | "overdue" (no reply, deadline passed) | "waiting" (no reply, still in time) | "closed" (resolved without a reply, in time) */
  timeliness: "on_time" | "late" | "overdue" | "waiting" | "closed";
  replyMinutes: number | null;
};

export type WardFigures = ReturnType<typeof summarize>;

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

/** Local (Vietnam) calendar day of a time, as YYYY-MM-DD. */
export function localDay(ms: number): string {
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Start of a local day given as YYYY-MM-DD. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS;
}

function rate(satisfied: number, count: number): Rate {
  return { rate: count ? satisfied / count : null, count, satisfied };
}

const localDaySql = (column: unknown) => sql<string>`strftime('%Y-%m-%d', (${column} + ${VIETNAM_OFFSET_MS}) / 1000, 'unixepoch')`;

/** A handoff's reply deadline: its creation plus the ward's reply hours of working time (holidays skipped). */
export function handoffDeadline(ward: Pick<Ward, "profile" | "calendar">, createdAt: number, replyHours: number): number {
  return addWorkingTime(ward.profile.working_hours, createdAt, replyHours * 3600_000, ward.calendar);
}

/** Handoffs of the period with their first staff reply and deadline (one row each). */
export async function handoffRows(db: Database, ward: Ward, period: Period, now: number, replyHours: number): Promise<HandoffFigureRow[]> {
  const rows = await db
    .select({
      id: handoffs.id,
      createdAt: handoffs.createdAt,
      reason: handoffs.reason,
      status: handoffs.status,
      resolvedAt: handoffs.resolvedAt,
      question: handoffs.question,
      residentName: residents.displayName,
      // written out with table names: drizzle leaves columns unqualified in a one-table
      // select, and an unqualified "id" inside the subquery would be the replies' own id
      firstReplyAt: sql<number | null>`(select min(r.created_at) from staff_handoff_replies r where r.handoff_id = "handoffs"."id")`,
      claimedBy: sql<string | null>`(select u.name from staff_handoff_claims c join staff_users u on u.id = c.user_id where c.handoff_id = "handoffs"."id")`,
    })
    .from(handoffs)
    .leftJoin(residents, eq(residents.id, handoffs.residentId))
    .where(and(eq(handoffs.wardId, ward.id), gte(handoffs.createdAt, period.from), lt(handoffs.createdAt, period.to)))
    .orderBy(asc(handoffs.createdAt), asc(handoffs.id));
  return rows.map((r) => {
    const firstReplyAt = r.firstReplyAt === null ? null : Number(r.firstReplyAt);
    const deadline = handoffDeadline(ward, r.createdAt, replyHours);
    const timeliness: HandoffFigureRow["timeliness"] =
      firstReplyAt !== null ? (firstReplyAt <= deadline ? "on_time" : "late") : deadline < now && r.status !== "resolved" ? "overdue" : r.status === "resolved" ? "closed" : "waiting";
    return { ...r, firstReplyAt, deadline, timeliness, replyMinutes: firstReplyAt === null ? null : (firstReplyAt - r.createdAt) / 60_000 };
  });
}

/** Every figure for a ward and a period (see the definitions above). */
export async function wardFigures(db: Database, ward: Ward, period: Period, now: number, replyHours: number) {
  const asks = await db
    .select({
      day: localDaySql(askLog.createdAt),
      kind: askLog.kind,
      passedOn: sql<number>`${askLog.handoffReason} is not null`,
      verdict: askLog.verdict,
      n: sql<number>`count(*)`,
    })
    .from(askLog)
    .where(and(eq(askLog.wardId, ward.id), gte(askLog.createdAt, period.from), lt(askLog.createdAt, period.to)))
    .groupBy(sql`1`, askLog.kind, sql`3`, askLog.verdict);
  const handed = await handoffRows(db, ward, period, now, replyHours);

  // "overdue now" looks at every open handoff, whenever it was created
  const active = await db
    .select({
      createdAt: handoffs.createdAt,
      firstReplyAt: sql<number | null>`(select min(r.created_at) from staff_handoff_replies r where r.handoff_id = "handoffs"."id")`,
    })
    .from(handoffs)
    .where(and(eq(handoffs.wardId, ward.id), inArray(handoffs.status, ["open", "claimed"])));
  const overdueNow = active.filter((h) => h.firstReplyAt === null && handoffDeadline(ward, h.createdAt, replyHours) < now).length;

  const chatRatings = await db
    .select({ staffUserId: satisfactionSurveys.staffUserId, staffName: staffUsers.name, rating: satisfactionSurveys.rating, n: sql<number>`count(*)` })
    .from(satisfactionSurveys)
    .leftJoin(staffUsers, eq(staffUsers.id, satisfactionSurveys.staffUserId))
    .where(and(eq(satisfactionSurveys.wardId, ward.id), eq(satisfactionSurveys.status, "answered"), gte(satisfactionSurveys.answeredAt, period.from), lt(satisfactionSurveys.answeredAt, period.to)))
    .groupBy(satisfactionSurveys.staffUserId, satisfactionSurveys.rating);
  const [surveysSent] = await db
    .select({ sent: sql<number>`count(*)`, skipped: sql<number>`coalesce(sum(case when ${satisfactionSurveys.status} = 'skipped' then 1 else 0 end), 0)` })
    .from(satisfactionSurveys)
    .where(and(eq(satisfactionSurveys.wardId, ward.id), gte(satisfactionSurveys.sentAt, period.from), lt(satisfactionSurveys.sentAt, period.to)));
  const reportRatings = await db
    .select({ rating: reports.rating, n: sql<number>`count(*)` })
    .from(reports)
    .where(and(eq(reports.wardId, ward.id), isNotNull(reports.rating), gte(reports.ratedAt, period.from), lt(reports.ratedAt, period.to)))
    .groupBy(reports.rating);

  return summarize(
    period,
    asks.map((a) => ({ ...a, passedOn: Boolean(Number(a.passedOn)), n: Number(a.n) })),
    handed,
    overdueNow,
    active.length,
    replyHours,
    chatRatings.map((r) => ({ ...r, n: Number(r.n) })),
    { sent: Number(surveysSent?.sent ?? 0), skipped: Number(surveysSent?.skipped ?? 0) },
    reportRatings.map((r) => ({ rating: Number(r.rating), n: Number(r.n) })),
  );
}

function summarize(
  period: Period,
  asks: Array<{ day: string; kind: string; passedOn: boolean; verdict: string | null; n: number }>,
  handed: HandoffFigureRow[],
  overdueNow: number,
  activeHandoffs: number,
  replyHours: number,
  chatRatings: Array<{ staffUserId: number | null; staffName: string | null; rating: number | null; n: number }>,
  surveys: { sent: number; skipped: number },
  reportRatings: Array<{ rating: number; n: number }>,
) {
  const sum = (list: Array<{ n: number }>) => list.reduce((t, a) => t + a.n, 0);
  const isBotAnswer = (a: { kind: string; passedOn: boolean; verdict: string | null }) => a.kind === "answer" && !a.passedOn && a.verdict !== "not_helpful";
  const replyMinutes = handed
    .map((h) => h.replyMinutes)
    .filter((m): m is number => m !== null)
    .sort((a, b) => a - b);

  const days = new Map<string, { day: string; questions: number; answered: number; handoffs: number }>();
  for (let t = dayStart(localDay(period.from)); t < period.to; t += 86_400_000) {
    const day = localDay(t);
    days.set(day, { day, questions: 0, answered: 0, handoffs: 0 });
  }
  for (const a of asks) {
    const d = days.get(a.day);
    if (!d) continue;
    d.questions += a.n;
    if (isBotAnswer(a)) d.answered += a.n;
  }
  for (const h of handed) {
    const d = days.get(localDay(h.createdAt));
    if (d) d.handoffs++;
  }
  const byKind = new Map<string, number>();
  for (const a of asks) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + a.n);

  const chatCount = sum(chatRatings.filter((r) => r.rating !== null));
  const chatSatisfied = sum(chatRatings.filter((r) => (r.rating ?? 0) >= 4));
  const byStaff = new Map<string, { staffUserId: number | null; name: string; count: number; satisfied: number; sum: number }>();
  for (const r of chatRatings) {
    const key = String(r.staffUserId);
    const s = byStaff.get(key) ?? { staffUserId: r.staffUserId, name: r.staffName ?? "(không rõ)", count: 0, satisfied: 0, sum: 0 };
    s.count += r.n;
    if ((r.rating ?? 0) >= 4) s.satisfied += r.n;
    s.sum += (r.rating ?? 0) * r.n;
    byStaff.set(key, s);
  }
  const reportCount = sum(reportRatings);
  const reportSatisfied = sum(reportRatings.filter((r) => r.rating >= 4));
  const helpful = sum(asks.filter((a) => a.verdict === "helpful"));
  const notHelpful = sum(asks.filter((a) => a.verdict === "not_helpful"));
  const count = (t: HandoffFigureRow["timeliness"]) => handed.filter((h) => h.timeliness === t).length;

  return {
    questions: sum(asks),
    answeredByBot: sum(asks.filter(isBotAnswer)),
    handedOff: handed.length,
    requestsForPerson: handed.filter((h) => h.reason === "asked_for_person").length,
    replied: replyMinutes.length,
    repliedOnTime: count("on_time"),
    repliedLate: count("late"),
    unrepliedPastDeadline: count("overdue"),
    staffReplyMinutes: { median: median(replyMinutes), p90: percentile(replyMinutes, 90) },
    overdueNow,
    activeHandoffs,
    handoffReplyHours: replyHours,
    helpful,
    notHelpful,
    helpfulRate: helpful + notHelpful ? helpful / (helpful + notHelpful) : null,
    satisfaction: {
      target: SATISFACTION_TARGET,
      chats: rate(chatSatisfied, chatCount),
      reports: rate(reportSatisfied, reportCount),
      surveysSent: surveys.sent,
      surveysSkipped: surveys.skipped,
      chatsByStaff: [...byStaff.values()]
        .map((s) => ({ ...rate(s.satisfied, s.count), staffUserId: s.staffUserId, name: s.name, mean: s.count ? s.sum / s.count : null }))
        .sort((a, b) => b.count - a.count),
      chatDistribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: sum(chatRatings.filter((r) => r.rating === rating)) })),
    },
    daily: [...days.values()],
    byKind: [...byKind.entries()].map(([kind, n]) => ({ kind, count: n })).sort((a, b) => b.count - a.count),
    handoffs: handed,
  };
}

/**
 * Feedback reports received in the period, by category, against the ward's deadlines: resolved
 * on time (resolved before the resolve deadline), resolved late, still open past a deadline
 * (acknowledge or resolve: the same rule as the reports list's "quá hạn"), still open in time,
 * declined, merged into another report.
 */
export async function feedbackDeadlineFigures(db: Database, wardId: number, period: Period, now: number) {
  const rows = await db
    .select({
      category: reports.category,
      received: sql<number>`count(*)`,
      resolved: sql<number>`sum(case when ${reports.status} = 'resolved' then 1 else 0 end)`,
      onTime: sql<number>`sum(case when ${reports.status} = 'resolved' and ${reports.resolvedAt} <= ${reports.resolveBy} then 1 else 0 end)`,
      openOverdue: sql<number>`sum(case when ${reports.status} in ('received','assigned','in_progress','reopened') and ((${reports.acknowledgedAt} is null and ${reports.acknowledgeBy} < ${now}) or ${reports.resolveBy} < ${now}) then 1 else 0 end)`,
      open: sql<number>`sum(case when ${reports.status} in ('received','assigned','in_progress','reopened') then 1 else 0 end)`,
      declined: sql<number>`sum(case when ${reports.status} = 'declined' then 1 else 0 end)`,
      merged: sql<number>`sum(case when ${reports.status} = 'merged' then 1 else 0 end)`,
    })
    .from(reports)
    .where(and(eq(reports.wardId, wardId), gte(reports.createdAt, period.from), lt(reports.createdAt, period.to)))
    .groupBy(reports.category);
  return rows.map((r) => {
    const n = (v: unknown) => Number(v ?? 0);
    return {
      category: r.category,
      received: n(r.received),
      resolved: n(r.resolved),
      resolvedOnTime: n(r.onTime),
      resolvedLate: n(r.resolved) - n(r.onTime),
      openOverdue: n(r.openOverdue),
      openInTime: n(r.open) - n(r.openOverdue),
      declined: n(r.declined),
      merged: n(r.merged),
    };
  });
}

/** Scam warnings the assistant gave in the period, per local day. */
export async function scamWarningsByDay(db: Database, wardId: number, period: Period) {
  const rows = await db
    .select({ day: localDaySql(askLog.createdAt), n: sql<number>`count(*)` })
    .from(askLog)
    .where(and(eq(askLog.wardId, wardId), eq(askLog.kind, "scam_warning"), gte(askLog.createdAt, period.from), lt(askLog.createdAt, period.to)))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return rows.map((r) => ({ day: r.day, count: Number(r.n) }));
}
