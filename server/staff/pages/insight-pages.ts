import type { Hono } from "hono";
import { html, raw } from "hono/html";
import { z } from "zod";
import type { Services } from "../../services";
import { can } from "../access";
import { pageContext, parseInput, type ConsoleContext, type ConsoleEnv } from "../console-env";
import { checkPeriod, dayStart, localDay, toCsv, type Period } from "../insights-service";
import type { StaffReportSummary } from "../../feedback/feedback-service";
import { staffReports, type StaffReportService } from "../report-service";
import { fmtDuration, fmtTime, layout } from "./layout";
import { setupChecklist } from "./fact-pages";

const periodQuery = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày không hợp lệ.").optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày không hợp lệ.").optional(),
});

/** The period from ?from=&to= (local days, inclusive); default: the last 30 days. */
export function periodOf(c: ConsoleContext, now: number): Period & { fromDay: string; toDay: string } {
  const q = parseInput(periodQuery, c.req.query());
  const toDay = q.to ?? localDay(now);
  const fromDay = q.from ?? localDay(dayStart(toDay) - 29 * 86_400_000);
  const period = { from: dayStart(fromDay), to: dayStart(toDay) + 86_400_000, fromDay, toDay };
  checkPeriod(period); // at most 400 days: a 400 before any query
  return period;
}

const kindLabels: Record<string, string> = { answer: "Trả lời", clarify: "Hỏi lại", handoff: "Chuyển cán bộ", smalltalk: "Chào hỏi", scam_warning: "Cảnh báo lừa đảo", scam_no_signs: "Kiểm tra tin nhắn", scam_victim: "Bị lừa: hướng dẫn khẩn (câu hỏi cũ)" };

function barChart(daily: Array<{ day: string; answered: number; questions: number; handoffs: number }>) {
  const max = Math.max(1, ...daily.map((d) => d.questions + d.handoffs));
  return html`<figure class="card"><figcaption>Câu hỏi mỗi ngày</figcaption>
    <div class="bars" role="img" aria-label="Biểu đồ số câu hỏi mỗi ngày; số liệu chi tiết có trong bảng và tệp CSV">${daily.map(
      (d) => html`<div class="bar" title="${d.day}: ${d.questions} câu hỏi, ${d.answered} trợ lý trả lời, ${d.handoffs} chuyển cán bộ">
        <span style="height:${(d.answered / max) * 130}px;background:#0d47a1"></span>
        <span style="height:${(Math.max(0, d.questions - d.answered) / max) * 130}px;background:#90caf9"></span>
        <span style="height:${(d.handoffs / max) * 130}px;background:#f59e0b"></span></div>`,
    )}</div>
    <p class="legend"><span><i class="sw" style="background:#0d47a1"></i>Trợ lý trả lời</span><span><i class="sw" style="background:#90caf9"></i>Câu hỏi khác</span><span><i class="sw" style="background:#f59e0b"></i>Chuyển cán bộ</span></p></figure>`;
}

type FeedbackStats = Awaited<ReturnType<StaffReportService["stats"]>>;

/** Horizontal bars with the numbers written out (the table is the chart: readable without colour). */
function hbars(caption: string, rows: Array<{ label: string; count: number; href?: string }>) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return html`<figure class="card" style="margin:0"><figcaption><b>${caption}</b></figcaption>
    ${rows.length
      ? rows.map(
          (r) => html`<div class="hbar"><span class="label">${r.href ? html`<a href="${r.href}">${r.label}</a>` : r.label}</span><span class="fill" style="width:${Math.round((r.count / max) * 300)}px" aria-hidden="true"></span><b>${r.count}</b></div>`,
        )
      : html`<p class="muted">Không có phản ánh nào trong kỳ.</p>`}</figure>`;
}

function feedbackSection(slug: string, f: FeedbackStats, q: string, isStaff: boolean) {
  const list = `/console/w/${slug}/reports`;
  return html`<h2>Phản ánh của người dân</h2>
    <div class="stat-grid" data-testid="feedback-stats">
      <div class="stat">Phản ánh nhận trong kỳ<b>${f.received}</b></div>
      <div class="stat">Đang mở (hiện tại)<b>${f.open}</b></div>
      <div class="stat ${f.overdue ? "alert" : ""}">Quá hạn (hiện tại, theo giờ làm việc)<b>${f.overdue}</b>${f.overdue
        ? html`<span>${f.overdueAcknowledge} quá hạn tiếp nhận</span>${isStaff ? html`<br><a href="${list}?status=open&overdue=1">Xem phản ánh quá hạn</a>` : ""}`
        : ""}</div>
      <div class="stat">Đã xử lý xong trong kỳ<b>${f.resolvedInPeriod}</b></div>
      <div class="stat">Điểm hài lòng trung bình<b>${f.meanRating === null ? "—" : `${f.meanRating.toFixed(1).replace(".", ",")}/5`}</b><span class="muted">${f.ratedInPeriod} đánh giá của phản ánh xử lý xong trong kỳ</span></div>
    </div>
    <div class="cols" style="margin-top:12px">
      ${hbars("Theo loại (nhận trong kỳ)", f.byCategory.map((r) => ({ label: r.label, count: r.count, href: isStaff ? `${list}?status=all&category=${r.category}` : undefined })))}
      ${hbars("Theo trạng thái hiện tại (nhận trong kỳ)", f.byStatus.map((r) => ({ label: r.label, count: r.count, href: isStaff ? `${list}?status=${r.status}` : undefined })))}
    </div>
    ${isStaff ? html`<p><a href="/console/w/${slug}/export/reports.csv${q}">Tải CSV phản ánh trong kỳ</a></p>` : ""}`;
}

export function registerInsightPages(app: Hono<ConsoleEnv>, services: Services) {
  const { insights, handoffs, wardAdmin } = services.staff;
  const reports = staffReports(services);

  app.get("/console/w/:slug", async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    if (!can(actor, ward.id, "staff", "communicator")) return c.redirect(`/console/w/${ward.slug}/staff`);
    const period = periodOf(c, services.deps.clock.now());
    const d = await insights.dashboard(actor, ward, period);
    const f = await reports.stats(actor, ward.id, period);
    const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);
    const q = `?from=${period.fromDay}&to=${period.toDay}`;
    // ward admins see what is left before the ward runs on its own facts (issue 14)
    const setup = can(actor, ward.id, "admin") ? setupChecklist(ward, await services.staff.setup.checklist(actor, ward), (await services.staff.facts.list(actor, ward)).open) : "";
    return c.html(
      layout(
        pageContext(c),
        `Tổng quan ${ward.name}`,
        "dashboard",
        html`${setup}<form method="get" class="row card"><div><label for="from">Từ ngày</label><input id="from" name="from" type="date" value="${period.fromDay}"></div>
            <div><label for="to">Đến ngày</label><input id="to" name="to" type="date" value="${period.toDay}"></div><div><button type="submit">Xem</button></div></form>
          <div class="grid">
            <div class="stat">Câu hỏi nhận được<b>${d.questions}</b></div>
            <div class="stat">Trợ lý trả lời<b>${d.answered}</b></div>
            <div class="stat">Chuyển cán bộ<b>${d.handedOff}</b></div>
            <div class="stat">Thời gian cán bộ trả lời (trung vị)<b>${fmtDuration(d.medianReplyMs)}</b></div>
            <div class="stat">90% được trả lời trong<b>${fmtDuration(d.p90ReplyMs)}</b></div>
            <div class="stat">Tỷ lệ “Hữu ích”<b>${pct(d.helpfulRate)}</b><span class="muted">${d.helpful} hữu ích / ${d.notHelpful} chưa đúng</span></div>
            <div class="stat" ${d.overdue ? raw('style="border-color:#b42318"') : ""}>Quá hạn trả lời (trên ${d.overdueAfterHours} giờ làm việc)<b>${d.overdue}</b><a href="/console/w/${ward.slug}/handoffs">Xem ${d.activeHandoffs} yêu cầu đang chờ</a></div>
          </div>
          ${barChart(d.daily)}
          <h2>Theo loại trả lời</h2>
          <table><thead><tr><th>Loại</th><th>Số câu</th></tr></thead><tbody>${d.byKind.map((k) => html`<tr><td>${kindLabels[k.kind] ?? k.kind}</td><td>${k.count}</td></tr>`)}</tbody></table>
          <h2>Số liệu theo ngày</h2>
          <p><a href="/console/w/${ward.slug}/export/daily.csv${q}">Tải CSV theo ngày</a> · <a href="/console/w/${ward.slug}/export/handoffs.csv${q}">Tải CSV yêu cầu chờ cán bộ</a> · <a href="/console/w/${ward.slug}/export/unanswered.csv${q}">Tải CSV câu hỏi chưa trả lời được</a></p>
          <table><thead><tr><th>Ngày</th><th>Câu hỏi</th><th>Trợ lý trả lời</th><th>Chuyển cán bộ</th></tr></thead><tbody>${d.daily
            .filter((x) => x.questions || x.handoffs)
            .map((x) => html`<tr><td>${x.day}</td><td>${x.questions}</td><td>${x.answered}</td><td>${x.handoffs}</td></tr>`)}</tbody></table>
          ${feedbackSection(ward.slug, f, q, can(actor, ward.id, "staff"))}
          ${services.answers.modelConfigured || d.languageModel.calls
            ? html`<h2>Mô hình ngôn ngữ (tùy chọn)</h2>
                <div class="grid" data-testid="model-stats">
                  <div class="stat">Lượt gọi mô hình<b>${d.languageModel.calls}</b><span class="muted">${d.languageModel.tokens} token</span></div>
                  <div class="stat" ${d.languageModel.fallbacks ? raw('style="border-color:#b42318"') : ""}>Dùng câu trả lời gốc thay thế<b>${d.languageModel.fallbacks}</b><span class="muted">mô hình lỗi, quá thời gian hoặc hết hạn mức</span></div>
                  <div class="stat">Câu trả lời bị bộ kiểm tra chặn<b>${d.languageModel.guardRejections}</b><span class="muted">có số liệu không nằm trong mục kiến thức</span></div>
                </div>`
            : ""}`,
      ),
    );
  });

  app.get("/console/w/:slug/unanswered", async (c) => {
    const ward = c.get("ward");
    const period = periodOf(c, services.deps.clock.now());
    const groups = await insights.unanswered(c.get("session").actor, ward, period);
    return c.html(
      layout(
        pageContext(c),
        "Câu hỏi chưa trả lời được",
        "unanswered",
        html`<p>Câu hỏi trợ lý đã chuyển cán bộ, bị người dân bấm “Chưa đúng”, hoặc chỉ khớp yếu, gom theo từ ngữ giống nhau. Nhóm đông nhất nên được viết mục kiến thức trước.</p>
          <form method="get" class="row card"><div><label for="from">Từ ngày</label><input id="from" name="from" type="date" value="${period.fromDay}"></div>
            <div><label for="to">Đến ngày</label><input id="to" name="to" type="date" value="${period.toDay}"></div><div><button type="submit">Xem</button></div>
            <div><a href="/console/w/${ward.slug}/export/unanswered.csv?from=${period.fromDay}&to=${period.toDay}">Tải CSV</a></div></form>
          ${groups.length
            ? html`<table><thead><tr><th>Câu hỏi tiêu biểu</th><th>Số lần</th><th>Chuyển cán bộ</th><th>“Chưa đúng”</th><th>Khớp yếu</th><th>Cách hỏi khác</th><th>Gần nhất</th></tr></thead><tbody>${groups.map(
                (g) => html`<tr><td>${g.question}</td><td><b>${g.count}</b></td><td>${g.reasons.handoff}</td><td>${g.reasons.not_helpful}</td><td>${g.reasons.weak}</td>
                  <td>${g.samples.slice(1).map((s) => html`<div class="muted">${s}</div>`)}</td><td>${fmtTime(g.lastAt)}</td></tr>`,
              )}</tbody></table>`
            : html`<p>Không có câu hỏi nào trong khoảng thời gian này.</p>`}`,
      ),
    );
  });

  app.get("/console/w/:slug/export/:file", async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const period = periodOf(c, services.deps.clock.now());
    const file = c.req.param("file");
    let csv: string;
    if (file === "daily.csv") {
      const d = await insights.dashboard(actor, ward, period);
      csv = toCsv(["ngay", "cau_hoi", "tro_ly_tra_loi", "chuyen_can_bo"], d.daily.map((x) => [x.day, x.questions, x.answered, x.handoffs]));
    } else if (file === "handoffs.csv") {
      const rows = (await handoffs.list(actor, ward.id, { status: "active" })).concat(await handoffs.list(actor, ward.id, { status: "resolved" }));
      csv = toCsv(
        ["ma", "nguoi_dan", "cau_hoi", "ly_do", "trang_thai", "tao_luc", "tra_loi_dau_tien", "giai_quyet_luc", "can_bo"],
        rows
          .filter((r) => r.createdAt >= period.from && r.createdAt < period.to)
          .map((r) => [r.id, r.residentName, r.question, r.reason, r.status, fmtTime(r.createdAt), r.firstReplyAt ? fmtTime(Number(r.firstReplyAt)) : "", fmtTime(r.resolvedAt), r.claimedBy]),
      );
    } else if (file === "unanswered.csv") {
      const groups = await insights.unanswered(actor, ward, period);
      csv = toCsv(["cau_hoi", "so_lan", "chuyen_can_bo", "chua_dung", "khop_yeu", "cach_hoi_khac", "gan_nhat"], groups.map((g) => [g.question, g.count, g.reasons.handoff, g.reasons.not_helpful, g.reasons.weak, g.samples.slice(1).join(" | "), fmtTime(g.lastAt)]));
    } else if (file === "reports.csv") {
      // reporters' names and phone numbers stay out of the export (it goes to the city)
      const rows: StaffReportSummary[] = [];
      for (let offset = 0; ; offset += 200) {
        const page = await reports.list(actor, ward.id, { createdFrom: period.from, createdTo: period.to, limit: 200, offset });
        rows.push(...page);
        if (page.length < 200) break;
      }
      csv = toCsv(
        ["ma", "loai", "uu_tien", "trang_thai", "noi_dung", "dia_chi", "nhan_luc", "han_tiep_nhan", "tiep_nhan_luc", "han_xu_ly", "qua_han", "can_bo", "nguoi_theo_doi", "so_anh", "mo_lai", "danh_gia"],
        rows
          .reverse()
          .map((r) => [
            r.code,
            r.categoryLabel,
            r.priority === "urgent" ? "khẩn" : "thường",
            r.statusLabel,
            r.description,
            r.address,
            fmtTime(r.createdAt),
            fmtTime(r.acknowledgeBy),
            r.acknowledgedAt ? fmtTime(r.acknowledgedAt) : "",
            fmtTime(r.resolveBy),
            r.overdue === "acknowledge" ? "quá hạn tiếp nhận" : r.overdue === "resolve" ? "quá hạn xử lý" : "",
            r.assignee,
            r.followers,
            r.photoCount,
            r.reopenCount,
            r.rating,
          ]),
      );
    } else if (file === "audit.csv") {
      const rows = await wardAdmin.auditLog(actor, ward.id, period, 10_000);
      csv = toCsv(["thoi_gian", "nguoi", "email", "viec", "doi_tuong", "ma", "truoc", "sau"], rows.map((r) => [fmtTime(r.createdAt), r.user, r.email, r.action, r.entity, r.entityId, r.before, r.after]));
    } else {
      return c.html("Không có tệp này.", 404);
    }
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${ward.slug}-${file.replace(".csv", "")}-${period.fromDay}-${period.toDay}.csv"`);
    return c.body(csv);
  });
}
