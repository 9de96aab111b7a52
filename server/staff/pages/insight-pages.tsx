import type { Hono } from "hono";
import type { FC } from "hono/jsx";
import type { StaffReportSummary } from "../../feedback/feedback-service";
import type { Services } from "../../services";
import { can } from "../access";
import { renderPage, type ConsoleEnv } from "../console-env";
import { toCsv } from "../insights-service";
import { periodOf } from "../period";
import type { StaffReportService } from "../report-service";
import { dismissSchema, sampleQuestionSchema } from "../schemas";
import { validate } from "../validation";
import { SetupChecklist } from "./fact-pages";
import { addFlashMessages, CsrfField, Flash, fmtDuration, fmtRate, fmtTime } from "./layout";

addFlashMessages({ dismissed: "Đã bỏ qua nhóm câu hỏi này; nhóm không hiện trong danh sách và báo cáo tháng nữa." });

export { periodOf };

const fmtMinutes = (m: number | null) => fmtDuration(m === null ? null : m * 60_000);

/** A satisfaction rate against the city's target, with the count it rests on. */
export const SatisfactionStat: FC<{ label: string; r: { rate: number | null; count: number; satisfied: number }; target: number; testid?: string }> = ({ label, r, target, testid }) => (
  <div class={`stat ${r.rate !== null && r.rate < target ? "alert" : ""}`} data-testid={testid}>
    {label}
    <b>{fmtRate(r.rate)}</b>
    <span class="muted">
      {r.count ? `${r.satisfied}/${r.count} đánh giá hài lòng (4–5 điểm)` : "chưa có đánh giá"} · mục tiêu ≥ {fmtRate(target, 0)}
    </span>
  </div>
);

export const timelinessLabels: Record<string, string> = { on_time: "đúng hạn", late: "trễ hạn", overdue: "quá hạn, chưa trả lời", waiting: "đang chờ, còn hạn", closed: "đã đóng, không cần trả lời" };

const kindLabels: Record<string, string> = { answer: "Trả lời", clarify: "Hỏi lại", handoff: "Chuyển cán bộ", smalltalk: "Chào hỏi", scam_warning: "Cảnh báo lừa đảo", scam_no_signs: "Kiểm tra tin nhắn", scam_victim: "Bị lừa: hướng dẫn khẩn (câu hỏi cũ)" };

const BarChart: FC<{ daily: Array<{ day: string; answered: number; questions: number; handoffs: number }> }> = ({ daily }) => {
  const max = Math.max(1, ...daily.map((d) => d.questions + d.handoffs));
  return (
    <figure class="card">
      <figcaption>Câu hỏi mỗi ngày</figcaption>
      <div class="bars" role="img" aria-label="Biểu đồ số câu hỏi mỗi ngày; số liệu chi tiết có trong bảng và tệp CSV">
        {daily.map((d) => (
          <div class="bar" title={`${d.day}: ${d.questions} câu hỏi, ${d.answered} trợ lý trả lời, ${d.handoffs} chuyển cán bộ`}>
            <span style={`height:${(d.answered / max) * 130}px;background:#0d47a1`}></span>
            <span style={`height:${(Math.max(0, d.questions - d.answered) / max) * 130}px;background:#90caf9`}></span>
            <span style={`height:${(d.handoffs / max) * 130}px;background:#f59e0b`}></span>
          </div>
        ))}
      </div>
      <p class="legend">
        <span>
          <i class="sw" style="background:#0d47a1"></i>Trợ lý trả lời
        </span>
        <span>
          <i class="sw" style="background:#90caf9"></i>Câu hỏi khác
        </span>
        <span>
          <i class="sw" style="background:#f59e0b"></i>Chuyển cán bộ
        </span>
      </p>
    </figure>
  );
};

type FeedbackStats = Awaited<ReturnType<StaffReportService["stats"]>>;

/** Horizontal bars with the numbers written out (the table is the chart: readable without colour). */
export const HBars: FC<{ caption: string; rows: Array<{ label: string; count: number; href?: string }>; empty?: string }> = ({ caption, rows, empty }) => {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <figure class="card" style="margin:0">
      <figcaption>
        <b>{caption}</b>
      </figcaption>
      {rows.length ? (
        rows.map((r) => (
          <div class="hbar">
            <span class="label">{r.href ? <a href={r.href}>{r.label}</a> : r.label}</span>
            <span class="fill" style={`width:${Math.round((r.count / max) * 300)}px`} aria-hidden="true"></span>
            <b>{r.count}</b>
          </div>
        ))
      ) : (
        <p class="muted">{empty ?? "Không có phản ánh nào trong kỳ."}</p>
      )}
    </figure>
  );
};

const FeedbackSection: FC<{ slug: string; f: FeedbackStats; q: string; isStaff: boolean }> = ({ slug, f, q, isStaff }) => {
  const list = `/console/w/${slug}/reports`;
  return (
    <>
      <h2>Phản ánh của người dân</h2>
      <div class="stat-grid" data-testid="feedback-stats">
        <div class="stat">
          Phản ánh nhận trong kỳ<b>{f.received}</b>
        </div>
        <div class="stat">
          Đang mở (hiện tại)<b>{f.open}</b>
        </div>
        <div class={`stat ${f.overdue ? "alert" : ""}`}>
          Quá hạn (hiện tại, theo giờ làm việc)<b>{f.overdue}</b>
          {f.overdue ? (
            <>
              <span>{f.overdueAcknowledge} quá hạn tiếp nhận</span>
              {isStaff ? (
                <>
                  <br />
                  <a href={`${list}?status=open&overdue=1`}>Xem phản ánh quá hạn</a>
                </>
              ) : null}
            </>
          ) : null}
        </div>
        <div class="stat">
          Đã xử lý xong trong kỳ<b>{f.resolvedInPeriod}</b>
        </div>
        <div class="stat">
          Điểm hài lòng trung bình<b>{f.meanRating === null ? "—" : `${f.meanRating.toFixed(1).replace(".", ",")}/5`}</b>
          <span class="muted">{f.ratedInPeriod} đánh giá của phản ánh xử lý xong trong kỳ</span>
        </div>
      </div>
      <div class="cols" style="margin-top:12px">
        <HBars caption="Theo loại (nhận trong kỳ)" rows={f.byCategory.map((r) => ({ label: r.label, count: r.count, href: isStaff ? `${list}?status=all&category=${r.category}` : undefined }))} />
        <HBars caption="Theo trạng thái hiện tại (nhận trong kỳ)" rows={f.byStatus.map((r) => ({ label: r.label, count: r.count, href: isStaff ? `${list}?status=${r.status}` : undefined }))} />
      </div>
      {isStaff ? (
        <p>
          <a href={`/console/w/${slug}/export/reports.csv${q}`}>Tải CSV phản ánh trong kỳ</a>
        </p>
      ) : null}
    </>
  );
};

const PeriodForm: FC<{ fromDay: string; toDay: string; csv?: string }> = ({ fromDay, toDay, csv }) => (
  <form method="get" class="row card">
    <div>
      <label for="from">Từ ngày</label>
      <input id="from" name="from" type="date" value={fromDay} />
    </div>
    <div>
      <label for="to">Đến ngày</label>
      <input id="to" name="to" type="date" value={toDay} />
    </div>
    <div>
      <button type="submit">Xem</button>
    </div>
    {csv ? (
      <div>
        <a href={csv}>Tải CSV</a>
      </div>
    ) : null}
  </form>
);

export function registerInsightPages(app: Hono<ConsoleEnv>, services: Services) {
  const { insights, wardAdmin, reports, unanswered } = services.staff;

  app.get("/console/w/:slug", async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    if (!can(actor, ward.id, "staff", "communicator")) return c.redirect(`/console/w/${ward.slug}/staff`);
    const period = periodOf(c, services.deps.clock.now());
    const d = await insights.dashboard(actor, ward, period);
    const f = await reports.stats(actor, ward.id, period);
    const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);
    const q = `?from=${period.fromDay}&to=${period.toDay}`;
    const exportBase = `/console/w/${ward.slug}/export`;
    // ward admins see what is left before the ward runs on its own facts (issue 14)
    const setup = can(actor, ward.id, "admin") ? (
      <SetupChecklist ward={ward} items={await services.staff.setup.checklist(actor, ward)} openFacts={(await services.staff.facts.list(actor, ward)).open} />
    ) : null;
    return renderPage(
      c,
      { title: `Tổng quan ${ward.name}`, active: "dashboard" },
      <>
        {setup}
        <PeriodForm fromDay={period.fromDay} toDay={period.toDay} />
        <div class="grid" data-testid="chat-stats">
          <div class="stat">
            Câu hỏi nhận được<b>{d.questions}</b>
          </div>
          <div class="stat">
            Trợ lý tự trả lời<b>{d.answeredByBot}</b>
            <span class="muted">không tính yêu cầu gặp cán bộ và câu đã chuyển cán bộ</span>
          </div>
          <div class="stat">
            Chuyển cán bộ<b>{d.handedOff}</b>
            <span class="muted">{d.requestsForPerson} người dân yêu cầu gặp cán bộ</span>
          </div>
          <div class="stat" data-testid="reply-median">
            Thời gian cán bộ trả lời (trung vị)<b>{fmtMinutes(d.staffReplyMinutes.median)}</b>
            <span class="muted">{d.replied} yêu cầu đã được trả lời</span>
          </div>
          <div class="stat" data-testid="reply-p90">
            90% được trả lời trong<b>{fmtMinutes(d.staffReplyMinutes.p90)}</b>
            <span class="muted">
              {d.repliedOnTime} đúng hạn · {d.repliedLate} trễ hạn
            </span>
          </div>
          <div class="stat">
            Tỷ lệ “Hữu ích”<b>{pct(d.helpfulRate)}</b>
            <span class="muted">
              {d.helpful} hữu ích / {d.notHelpful} chưa đúng
            </span>
          </div>
          <div class={`stat ${d.overdueNow ? "alert" : ""}`}>
            Đang quá hạn trả lời (trên {d.handoffReplyHours} giờ làm việc, chưa có cán bộ trả lời)<b>{d.overdueNow}</b>
            <a href={`/console/w/${ward.slug}/handoffs`}>Xem {d.activeHandoffs} yêu cầu đang chờ</a>
          </div>
        </div>
        <h2>Mức độ hài lòng của người dân</h2>
        <div class="grid" data-testid="satisfaction">
          <SatisfactionStat label="Sau khi cán bộ trả lời trên Zalo" r={d.satisfaction.chats} target={d.satisfaction.target} testid="satisfaction-chats" />
          <SatisfactionStat label="Sau khi xử lý phản ánh" r={d.satisfaction.reports} target={d.satisfaction.target} testid="satisfaction-reports" />
          <div class="stat">
            Phiếu hỏi ý kiến đã gửi<b>{d.satisfaction.surveysSent}</b>
            <span class="muted">{d.satisfaction.surveysSkipped} người dân bỏ qua</span>
          </div>
        </div>
        <BarChart daily={d.daily} />
        <h2>Theo loại trả lời</h2>
        <table>
          <thead>
            <tr>
              <th>Loại</th>
              <th>Số câu</th>
            </tr>
          </thead>
          <tbody>
            {d.byKind.map((k) => (
              <tr>
                <td>{kindLabels[k.kind] ?? k.kind}</td>
                <td>{k.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Số liệu theo ngày</h2>
        <p>
          <a href={`${exportBase}/daily.csv${q}`}>Tải CSV theo ngày</a> · <a href={`${exportBase}/handoffs.csv${q}`}>Tải CSV yêu cầu chờ cán bộ</a> ·{" "}
          <a href={`${exportBase}/unanswered.csv${q}`}>Tải CSV câu hỏi chưa trả lời được</a>
        </p>
        <table>
          <thead>
            <tr>
              <th>Ngày</th>
              <th>Câu hỏi</th>
              <th>Trợ lý trả lời</th>
              <th>Chuyển cán bộ</th>
            </tr>
          </thead>
          <tbody>
            {d.daily
              .filter((x) => x.questions || x.handoffs)
              .map((x) => (
                <tr>
                  <td>{x.day}</td>
                  <td>{x.questions}</td>
                  <td>{x.answered}</td>
                  <td>{x.handoffs}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <FeedbackSection slug={ward.slug} f={f} q={q} isStaff={can(actor, ward.id, "staff")} />
        {services.answers.modelConfigured || d.languageModel.calls ? (
          <>
            <h2>Mô hình ngôn ngữ (tùy chọn)</h2>
            <div class="grid" data-testid="model-stats">
              <div class="stat">
                Lượt gọi mô hình<b>{d.languageModel.calls}</b>
                <span class="muted">{d.languageModel.tokens} token</span>
              </div>
              <div class={`stat ${d.languageModel.fallbacks ? "alert" : ""}`}>
                Dùng câu trả lời gốc thay thế<b>{d.languageModel.fallbacks}</b>
                <span class="muted">mô hình lỗi, quá thời gian hoặc hết hạn mức</span>
              </div>
              <div class="stat">
                Câu trả lời bị bộ kiểm tra chặn<b>{d.languageModel.guardRejections}</b>
                <span class="muted">có số liệu không nằm trong mục kiến thức</span>
              </div>
            </div>
          </>
        ) : null}
      </>,
    );
  });

  app.get("/console/w/:slug/unanswered", async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const period = periodOf(c, services.deps.clock.now());
    const groups = await unanswered.groups(actor, ward, period);
    const mayEdit = can(actor, ward.id, "communicator");
    const entries = mayEdit ? (await services.staff.knowledge.list(actor, ward)).entries : [];
    const csrf = c.get("session").csrfToken;
    const base = `/console/w/${ward.slug}/unanswered`;
    return renderPage(
      c,
      { title: "Câu hỏi chưa trả lời được", active: "unanswered" },
      <>
        <Flash code={c.req.query("ok")} />
        <p>Câu hỏi trợ lý đã chuyển cán bộ, bị người dân bấm “Chưa đúng”, hoặc chỉ khớp yếu, gom theo từ ngữ giống nhau. Nhóm đông nhất nên được viết mục kiến thức trước.</p>
        <PeriodForm fromDay={period.fromDay} toDay={period.toDay} csv={`/console/w/${ward.slug}/export/unanswered.csv?from=${period.fromDay}&to=${period.toDay}`} />
        {mayEdit ? (
          <datalist id="entry-ids">
            {entries.map((e) => (
              <option value={e.id}>{e.title}</option>
            ))}
          </datalist>
        ) : null}
        {groups.length ? (
          <table data-testid="unanswered">
            <thead>
              <tr>
                <th>Câu hỏi tiêu biểu</th>
                <th>Số lần</th>
                <th>Chuyển cán bộ</th>
                <th>“Chưa đúng”</th>
                <th>Khớp yếu</th>
                <th>Cách hỏi khác</th>
                <th>Gần nhất</th>
                {mayEdit ? <th>Việc cần làm</th> : null}
              </tr>
            </thead>
            <tbody>
              {groups.map((g, i) => (
                <tr>
                  <td>{g.question}</td>
                  <td>
                    <b>{g.count}</b>
                  </td>
                  <td>{g.reasons.handoff}</td>
                  <td>{g.reasons.not_helpful}</td>
                  <td>{g.reasons.weak}</td>
                  <td>
                    {g.samples.slice(1).map((s) => (
                      <div class="muted">{s}</div>
                    ))}
                  </td>
                  <td>{fmtTime(g.lastAt)}</td>
                  {mayEdit ? (
                    <td class="actions">
                      <a class="button" href={`/console/w/${ward.slug}/kb/new?question=${encodeURIComponent(g.question)}`}>
                        Viết mục mới
                      </a>
                      <form method="post" action={`${base}/sample`} class="row" style="margin-top:6px">
                        <CsrfField csrf={csrf} />
                        <input type="hidden" name="question" value={g.question} />
                        <label for={`entry-${i}`} class="sr-only">
                          Mã mục kiến thức
                        </label>
                        <input id={`entry-${i}`} name="entryId" list="entry-ids" placeholder="mã mục, ví dụ cap-can-cuoc" required style="width:14em" />
                        <button type="submit" class="secondary">
                          Thêm làm câu hỏi mẫu
                        </button>
                      </form>
                      <form method="post" action={`${base}/dismiss`} style="margin-top:6px">
                        <CsrfField csrf={csrf} />
                        <input type="hidden" name="question" value={g.question} />
                        <button type="submit" class="secondary">
                          Bỏ qua nhóm này
                        </button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Không có câu hỏi nào trong khoảng thời gian này.</p>
        )}
      </>,
    );
  });
  app.post("/console/w/:slug/unanswered/dismiss", validate("form", dismissSchema), async (c) => {
    await unanswered.dismiss(c.get("session").actor, c.get("ward"), c.req.valid("form").question);
    return c.redirect(`/console/w/${c.get("ward").slug}/unanswered?ok=dismissed`, 303);
  });
  app.post("/console/w/:slug/unanswered/sample", validate("form", sampleQuestionSchema), async (c) => {
    const { question, entryId } = c.req.valid("form");
    const vid = await unanswered.addSampleQuestion(c.get("session").actor, c.get("ward"), entryId, question);
    return c.redirect(`/console/w/${c.get("ward").slug}/kb/v/${vid}?ok=saved`, 303);
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
      const rows = await insights.handoffRows(actor, ward, period);
      csv = toCsv(
        ["ma", "nguoi_dan", "cau_hoi", "ly_do", "trang_thai", "tao_luc", "han_tra_loi", "tra_loi_dau_tien", "so_phut_tra_loi", "dung_han", "giai_quyet_luc", "can_bo"],
        rows.map((r) => [r.id, r.residentName, r.question, r.reason, r.status, fmtTime(r.createdAt), fmtTime(r.deadline), r.firstReplyAt ? fmtTime(r.firstReplyAt) : "", r.replyMinutes === null ? "" : Math.round(r.replyMinutes), timelinessLabels[r.timeliness], fmtTime(r.resolvedAt), r.claimedBy]),
      );
    } else if (file === "unanswered.csv") {
      const groups = await unanswered.groups(actor, ward, period);
      csv = toCsv(
        ["cau_hoi", "so_lan", "chuyen_can_bo", "chua_dung", "khop_yeu", "cach_hoi_khac", "gan_nhat"],
        groups.map((g) => [g.question, g.count, g.reasons.handoff, g.reasons.not_helpful, g.reasons.weak, g.samples.slice(1).join(" | "), fmtTime(g.lastAt)]),
      );
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
