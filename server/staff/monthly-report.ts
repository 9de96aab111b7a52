import { categoryLabels, type ReportCategory } from "../feedback/feedback-categories";
import { ValidationError } from "../lib/errors";
import type { Ward } from "../wards/ward-profile";
import { requireCityAdmin, requireRole, type Actor } from "./access";
import { fmtDate, fmtDay, fmtNumber, fmtRate, fmtTime } from "./format";
import type { InsightsService } from "./insights-service";
import type { StaffReportService } from "./report-service";
import { dayStart, feedbackDeadlineFigures, scamWarningsByDay, SATISFACTION_TARGET, type Period, type WardFigures } from "./ward-figures";
import type { Database } from "../db/database";
import type { Clock } from "../lib/clock";

/*
 * The monthly report the city expects on the 20th: one ward (or every ward, for the city
 * admin), one reporting period, a few tables with Vietnamese column names and values and dates
 * as dd/mm/yyyy. The same tables become the .xlsx workbook (one sheet each) and the printable
 * page. Every number comes from ward-figures.ts, like the dashboard's.
 */

export type Cell = string | number | null;
export type ReportTable = {
  /** sheet name (≤ 31 characters, Excel's limit) */
  sheet: string;
  title: string;
  columns: Array<{ header: string; width?: number; kind?: "text" | "number" | "percent" }>;
  rows: Cell[][];
  /** a bar chart of one numeric column on the printable page */
  chart?: { label: number; value: number; caption: string };
  note?: string;
};
export type MonthlyReport = { title: string; subtitle: string; period: ReportPeriod; generatedAt: number; tables: ReportTable[] };

export type ReportPeriod = Period & { code: string; fromDay: string; toDay: string };

/** "2026-12" → 21/11/2026 to 20/12/2026 (local days, inclusive). */
export function reportPeriod(code: string): ReportPeriod {
  const m = /^(\d{4})-(\d{2})$/.exec(code);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new ValidationError("invalid_period", `bad period ${code}`, "Kỳ báo cáo không hợp lệ (dạng YYYY-MM, ví dụ 2026-12).");
  const year = Number(m[1]);
  const prev = month === 1 ? { y: year - 1, m: 12 } : { y: year, m: month - 1 };
  const p2 = (n: number) => String(n).padStart(2, "0");
  const fromDay = `${prev.y}-${p2(prev.m)}-21`;
  const toDay = `${year}-${p2(month)}-20`;
  return { code, fromDay, toDay, from: dayStart(fromDay), to: dayStart(toDay) + 86_400_000 };
}

/** The period a report made today is about: the one ending on this month's 20th, or next month's after it. */
export function currentReportCode(now: number): string {
  const d = new Date(now + 7 * 3600_000);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth() + 1;
  if (d.getUTCDate() > 20) {
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return `${y}-${String(m).padStart(2, "0")}`;
}

const kindLabels: Record<string, string> = {
  answer: "Trả lời bằng mục kiến thức (kể cả mục chuyển cán bộ)",
  clarify: "Trợ lý hỏi lại cho rõ",
  handoff: "Chuyển cán bộ (không có mục phù hợp)",
  smalltalk: "Chào hỏi, cảm ơn",
  scam_warning: "Cảnh báo lừa đảo",
};
const reasonLabels: Record<string, string> = {
  out_of_scope: "Trợ lý không trả lời được",
  asked_for_person: "Người dân muốn gặp cán bộ",
  not_helpful: "Người dân bấm “Chưa đúng”",
  scam_victim: "Người dân báo vừa bị lừa đảo (đã nhận hướng dẫn khẩn)",
  unsupported_message: "Tin nhắn trợ lý không đọc được",
  empty: "Tin nhắn trống",
};
const handoffStatus: Record<string, string> = { open: "Chờ nhận", claimed: "Đang xử lý", resolved: "Đã giải quyết" };
const timeliness: Record<string, string> = { on_time: "Đúng hạn", late: "Trễ hạn", overdue: "Quá hạn, chưa trả lời", waiting: "Đang chờ, còn hạn", closed: "Đã đóng, không cần trả lời" };
const yesNo = (b: boolean | null) => (b === null ? "—" : b ? "Đạt" : "Chưa đạt");
const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

type FeedbackStats = Awaited<ReturnType<StaffReportService["stats"]>>;
type Unanswered = Awaited<ReturnType<InsightsService["unanswered"]>>;

/** The tables of one ward's report. */
export function wardTables(f: WardFigures, feedback: FeedbackStats, deadlines: Awaited<ReturnType<typeof feedbackDeadlineFigures>>, scams: Array<{ day: string; count: number }>, unanswered: Unanswered): ReportTable[] {
  const share = (n: number) => (f.questions ? Math.round((n / f.questions) * 1000) / 10 : null);
  const handled = [
    ["Trợ lý tự trả lời (không chuyển cán bộ)", f.answeredByBot],
    ...f.byKind.map((k) => [kindLabels[k.kind] ?? k.kind, k.count] as [string, number]),
  ] as Array<[string, number]>;
  const reached = (r: { rate: number | null }) => (r.rate === null ? null : r.rate >= SATISFACTION_TARGET);
  return [
    {
      sheet: "Câu hỏi",
      title: "Câu hỏi của người dân và cách xử lý",
      columns: [{ header: "Cách xử lý", width: 44 }, { header: "Số câu", kind: "number" }, { header: "Tỷ lệ (%)", kind: "percent" }],
      rows: [["Tổng số câu hỏi", f.questions, f.questions ? 100 : null], ...handled.map(([label, n]) => [label, n, share(n)] as Cell[]), ["Người dân bấm “Hữu ích”", f.helpful, null], ["Người dân bấm “Chưa đúng”", f.notHelpful, null]],
      chart: { label: 0, value: 1, caption: "Số câu theo cách xử lý" },
    },
    {
      sheet: "Câu hỏi theo ngày",
      title: "Câu hỏi theo ngày",
      columns: [{ header: "Ngày", width: 14 }, { header: "Câu hỏi", kind: "number" }, { header: "Trợ lý tự trả lời", kind: "number" }, { header: "Chuyển cán bộ", kind: "number" }],
      rows: f.daily.map((d) => [fmtDay(d.day), d.questions, d.answered, d.handoffs]),
      chart: { label: 0, value: 1, caption: "Số câu hỏi mỗi ngày" },
    },
    {
      sheet: "Chuyển cán bộ",
      title: "Câu hỏi chuyển cán bộ và thời gian trả lời",
      note: `Hạn trả lời: ${f.handoffReplyHours} giờ làm việc (không tính ngày nghỉ lễ). Trung vị thời gian trả lời: ${fmtNumber(f.staffReplyMinutes.median)} phút; 90% được trả lời trong ${fmtNumber(f.staffReplyMinutes.p90)} phút. Đúng hạn ${f.repliedOnTime}, trễ hạn ${f.repliedLate}, quá hạn chưa trả lời ${f.unrepliedPastDeadline}.`,
      columns: [
        { header: "Mã", kind: "number" },
        { header: "Nhận lúc", width: 18 },
        { header: "Lý do", width: 30 },
        { header: "Trạng thái", width: 14 },
        { header: "Hạn trả lời", width: 18 },
        { header: "Cán bộ trả lời lúc", width: 18 },
        { header: "Số phút đến khi trả lời", kind: "number" },
        { header: "Đúng hạn", width: 22 },
        { header: "Cán bộ", width: 20 },
      ],
      rows: f.handoffs.map((h) => [h.id, fmtTime(h.createdAt), reasonLabels[h.reason] ?? h.reason, handoffStatus[h.status] ?? h.status, fmtTime(h.deadline), h.firstReplyAt ? fmtTime(h.firstReplyAt) : "", h.replyMinutes === null ? null : Math.round(h.replyMinutes), timeliness[h.timeliness]!, h.claimedBy ?? ""]),
    },
    {
      sheet: "Phản ánh",
      title: "Phản ánh nhận trong kỳ theo loại, trạng thái và thời hạn",
      note: `Nhận ${feedback.received}; đang mở ${feedback.open} (hiện tại); quá hạn ${feedback.overdue} (hiện tại); xử lý xong trong kỳ ${feedback.resolvedInPeriod}.`,
      columns: [
        { header: "Loại phản ánh", width: 30 },
        { header: "Nhận", kind: "number" },
        { header: "Xử lý xong đúng hạn", kind: "number" },
        { header: "Xử lý xong trễ hạn", kind: "number" },
        { header: "Đang mở, còn hạn", kind: "number" },
        { header: "Đang mở, quá hạn", kind: "number" },
        { header: "Không xử lý (có lý do)", kind: "number" },
        { header: "Gộp vào phản ánh khác", kind: "number" },
      ],
      rows: deadlines
        .sort((a, b) => b.received - a.received)
        .map((r) => [categoryLabels[r.category as ReportCategory] ?? r.category, r.received, r.resolvedOnTime, r.resolvedLate, r.openInTime, r.openOverdue, r.declined, r.merged]),
      chart: { label: 0, value: 1, caption: "Số phản ánh theo loại" },
    },
    {
      sheet: "Hài lòng",
      title: "Mức độ hài lòng của người dân (mục tiêu ≥ 95%)",
      note: `Hài lòng = đánh giá 4 hoặc 5 trên thang 1–5. Phiếu hỏi sau khi cán bộ trả lời trên Zalo: đã gửi ${f.satisfaction.surveysSent}, người dân bỏ qua ${f.satisfaction.surveysSkipped}.`,
      columns: [{ header: "Kênh / cán bộ", width: 36 }, { header: "Số đánh giá", kind: "number" }, { header: "Hài lòng (4–5)", kind: "number" }, { header: "Tỷ lệ hài lòng (%)", kind: "percent" }, { header: "So với mục tiêu 95%", width: 18 }],
      rows: [
        ["Hỏi đáp trên Zalo (sau khi cán bộ trả lời)", f.satisfaction.chats.count, f.satisfaction.chats.satisfied, pct(f.satisfaction.chats.rate), yesNo(reached(f.satisfaction.chats))],
        ["Phản ánh (sau khi xử lý xong)", f.satisfaction.reports.count, f.satisfaction.reports.satisfied, pct(f.satisfaction.reports.rate), yesNo(reached(f.satisfaction.reports))],
        ...f.satisfaction.chatsByStaff.map((s) => [`Cán bộ: ${s.name}`, s.count, s.satisfied, pct(s.rate), yesNo(reached(s))] as Cell[]),
      ],
    },
    {
      sheet: "Cảnh báo lừa đảo",
      title: "Cảnh báo lừa đảo trợ lý đã gửi",
      note: `Tổng số: ${scams.reduce((t, s) => t + s.count, 0)}.`,
      columns: [{ header: "Ngày", width: 14 }, { header: "Số cảnh báo", kind: "number" }],
      rows: scams.map((s) => [fmtDay(s.day), s.count]),
    },
    {
      sheet: "Câu hỏi chưa trả lời",
      title: "Câu hỏi trợ lý chưa trả lời được (nhiều nhất)",
      columns: [{ header: "Câu hỏi tiêu biểu", width: 60 }, { header: "Số lần", kind: "number" }, { header: "Chuyển cán bộ", kind: "number" }, { header: "“Chưa đúng”", kind: "number" }, { header: "Khớp yếu", kind: "number" }, { header: "Gần nhất", width: 14 }],
      rows: unanswered.slice(0, 20).map((g) => [g.question, g.count, g.reasons.handoff, g.reasons.not_helpful, g.reasons.weak, fmtDate(g.lastAt)]),
    },
  ];
}

/** Builds the monthly report of one ward, or the city's (one row per ward). */
export class MonthlyReportService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly insights: InsightsService,
    private readonly reports: StaffReportService,
    private readonly listWards: () => Promise<Ward[]>,
    /** unanswered groups without the dismissed ones (UnansweredActions.groups) */
    private readonly unanswered: (actor: Actor, ward: Ward, period: Period) => Promise<Unanswered>,
  ) {}

  async ward(actor: Actor, ward: Ward, code: string): Promise<MonthlyReport> {
    requireRole(actor, ward.id, "staff", "communicator");
    const period = reportPeriod(code);
    const now = this.clock.now();
    const f = await this.insights.figures(actor, ward, period);
    const tables = wardTables(
      f,
      await this.reports.stats(actor, ward.id, period),
      await feedbackDeadlineFigures(this.db, ward.id, period, now),
      await scamWarningsByDay(this.db, ward.id, period),
      await this.unanswered(actor, ward, period),
    );
    return { title: `Báo cáo tháng ${code.slice(5)}/${code.slice(0, 4)} — ${ward.name}`, subtitle: `Kỳ báo cáo từ ${fmtDay(period.fromDay)} đến ${fmtDay(period.toDay)}`, period, generatedAt: now, tables };
  }

  /** One row per ward, so the city can compare its wards side by side. */
  async city(actor: Actor, code: string): Promise<MonthlyReport> {
    requireCityAdmin(actor);
    const period = reportPeriod(code);
    const now = this.clock.now();
    const rows: Cell[][] = [];
    for (const ward of await this.listWards()) {
      const f = await this.insights.figures(actor, ward, period);
      const fb = await this.reports.stats(actor, ward.id, period);
      const deadlines = await feedbackDeadlineFigures(this.db, ward.id, period, now);
      const scams = await scamWarningsByDay(this.db, ward.id, period);
      const sum = (k: keyof (typeof deadlines)[number]) => deadlines.reduce((t, r) => t + Number(r[k]), 0);
      rows.push([
        ward.name,
        f.questions,
        f.answeredByBot,
        f.handedOff,
        f.staffReplyMinutes.median === null ? null : Math.round(f.staffReplyMinutes.median),
        f.staffReplyMinutes.p90 === null ? null : Math.round(f.staffReplyMinutes.p90),
        f.repliedLate + f.unrepliedPastDeadline,
        fb.received,
        sum("resolvedOnTime"),
        sum("resolvedLate") + sum("openOverdue"),
        f.satisfaction.chats.count,
        pct(f.satisfaction.chats.rate),
        f.satisfaction.reports.count,
        pct(f.satisfaction.reports.rate),
        scams.reduce((t, s) => t + s.count, 0),
      ]);
    }
    const table: ReportTable = {
      sheet: "Các phường",
      title: "Số liệu của các phường",
      note: "Mỗi dòng một phường. Thời gian trả lời tính bằng phút; hài lòng = đánh giá 4–5 trên thang 1–5 (mục tiêu ≥ 95%).",
      columns: [
        { header: "Phường", width: 28 },
        { header: "Câu hỏi", kind: "number" },
        { header: "Trợ lý tự trả lời", kind: "number" },
        { header: "Chuyển cán bộ", kind: "number" },
        { header: "Trả lời: trung vị (phút)", kind: "number" },
        { header: "Trả lời: 90% trong (phút)", kind: "number" },
        { header: "Trả lời trễ hoặc quá hạn", kind: "number" },
        { header: "Phản ánh nhận", kind: "number" },
        { header: "Phản ánh xong đúng hạn", kind: "number" },
        { header: "Phản ánh trễ hoặc quá hạn", kind: "number" },
        { header: "Đánh giá hỏi đáp", kind: "number" },
        { header: "Hài lòng hỏi đáp (%)", kind: "percent" },
        { header: "Đánh giá phản ánh", kind: "number" },
        { header: "Hài lòng phản ánh (%)", kind: "percent" },
        { header: "Cảnh báo lừa đảo", kind: "number" },
      ],
      rows,
      chart: { label: 0, value: 1, caption: "Số câu hỏi theo phường" },
    };
    return { title: `Báo cáo tháng ${code.slice(5)}/${code.slice(0, 4)} — các phường`, subtitle: `Kỳ báo cáo từ ${fmtDay(period.fromDay)} đến ${fmtDay(period.toDay)}`, period, generatedAt: now, tables: [table] };
  }
}

export { fmtRate };
