import type { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import type { FC } from "hono/jsx";
import type { z } from "zod";
import { categoryLabels, openStatuses, reportCategories, statusLabels, type ReportStatus } from "../../feedback/feedback-categories";
import type { StaffReportDetail, StaffReportFilter, StaffReportSummary } from "../../feedback/feedback-service";
import { ConflictError, ValidationError } from "../../lib/errors";
import type { Services } from "../../services";
import { renderPage, type ConsoleContext, type ConsoleEnv } from "../console-env";
import { MAX_RESULT_PHOTOS_PER_UPLOAD } from "../report-service";
import { assignSchema, declineSchema, idParams, mergeSchema, prioritySchema, reportQuery, reportReplySchema, statusSchema, type ReportQuery } from "../schemas";
import { parseInput, validate } from "../validation";
import { CsrfField, fmtDuration, fmtTime } from "./layout";

const allStatuses = Object.keys(statusLabels) as ReportStatus[];

export const PAGE_SIZE = 50;

/** The query (already validated with reportQuery) as the service's filter. */
export function filterOf(query: ReportQuery): StaffReportFilter {
  const status = query.status === "open" ? openStatuses : query.status === "all" ? undefined : query.status;
  return { status, category: query.category, priority: query.priority, overdue: query.overdue || undefined, q: query.q || undefined, limit: PAGE_SIZE + 1, offset: (query.page - 1) * PAGE_SIZE };
}

/** The query string (empty values dropped) as the service's filter. */
export function reportFilter(raw: Record<string, string>): { query: ReportQuery; filter: StaffReportFilter } {
  const query = parseInput(reportQuery, raw);
  return { query, filter: filterOf(query) };
}

const historyLabels: Record<string, string> = {
  created: "Người dân gửi phản ánh",
  acknowledged: "Tiếp nhận",
  assigned: "Giao cán bộ xử lý",
  status: "Đổi trạng thái",
  message: "Nhắn người dân",
  declined: "Không xử lý",
  merged: "Gộp vào phản ánh khác",
  merged_in: "Nhận phản ánh trùng",
  priority: "Đổi mức ưu tiên",
  rated: "Người dân đánh giá",
  reopened: "Người dân mở lại",
  result_photo: "Thêm ảnh kết quả",
};

const priorityLabels = { urgent: "Khẩn", normal: "Thường" } as const;

export const PriorityBadge: FC<{ p: "urgent" | "normal" }> = ({ p }) => (p === "urgent" ? <span class="badge red">Khẩn</span> : <span class="badge">Thường</span>);

/** The deadline that matters now, with the missed one in words (never by colour alone). */
export const DeadlineCell: FC<{ r: StaffReportSummary; now: number }> = ({ r, now }) => {
  if (!openStatuses.includes(r.status)) return <span class="muted">—</span>;
  if (r.overdue === "acknowledge")
    return (
      <>
        <span class="badge red">Quá hạn tiếp nhận</span>
        <br />
        hạn {fmtTime(r.acknowledgeBy)} (trễ {fmtDuration(now - r.acknowledgeBy)})
      </>
    );
  if (r.overdue === "resolve")
    return (
      <>
        <span class="badge red">Quá hạn xử lý</span>
        <br />
        hạn {fmtTime(r.resolveBy)} (trễ {fmtDuration(now - r.resolveBy)})
      </>
    );
  if (r.acknowledgedAt === null)
    return (
      <>
        Tiếp nhận trước {fmtTime(r.acknowledgeBy)}
        <br />
        <span class="muted">còn {fmtDuration(r.acknowledgeBy - now)}</span>
      </>
    );
  return (
    <>
      Xử lý xong trước {fmtTime(r.resolveBy)}
      <br />
      <span class="muted">còn {fmtDuration(r.resolveBy - now)}</span>
    </>
  );
};

const osmLink = (loc: { lat: number; lng: number }) => `https://www.openstreetmap.org/?mlat=${loc.lat}&mlon=${loc.lng}#map=18/${loc.lat}/${loc.lng}`;

/** Fixed success messages for reports (the query string never carries free text). */
const reportFlash: Record<string, string> = {
  acknowledged: "Đã tiếp nhận phản ánh và báo người dân.",
  assigned: "Đã giao cán bộ xử lý và báo người dân.",
  status: "Đã đổi trạng thái và báo người dân.",
  resolved: "Đã ghi nhận xử lý xong và báo kết quả cho người dân.",
  replied: "Đã gửi tin nhắn cho người dân.",
  declined: "Đã ghi nhận không xử lý và báo lý do cho người dân.",
  priority: "Đã đổi mức ưu tiên; hạn xử lý được tính lại.",
  photos: "Đã thêm ảnh kết quả. Người dân xem được trong mini app.",
  merged: "Đã gộp phản ánh trùng vào phản ánh này; người gửi phản ánh trùng được theo dõi phản ánh này.",
};

type FormState = { error?: string; form?: string; values?: Record<string, string> };

const PhotoList: FC<{ url: string; list: StaffReportDetail["photos"]; label: string }> = ({ url, list, label }) => (
  <ul class="photos">
    {list.map((p, i) => (
      <li>
        <a href={`${url}/photos/${p.id}`} target="_blank" rel="noopener">
          <img src={`${url}/photos/${p.id}`} alt={`${label} ${i + 1} (mở ảnh lớn)`} loading="lazy" />
        </a>
        <br />
        <span class="muted">{fmtTime(p.createdAt)}</span>
      </li>
    ))}
  </ul>
);

function historyExtra(kind: string, meta: Record<string, unknown>): string {
  if (kind === "assigned" && meta.assignee) return `Giao cho ${meta.assignee}`;
  if (kind === "priority") return `${priorityLabels[meta.from as "urgent"] ?? meta.from} → ${priorityLabels[meta.to as "urgent"] ?? meta.to}`;
  if (kind === "merged" && meta.intoCode) return `Vào ${meta.intoCode}`;
  if (kind === "merged_in" && meta.duplicateCode) return `Từ ${meta.duplicateCode}`;
  if (kind === "rated" && meta.rating) return `${meta.rating}/5`;
  return "";
}

export function registerReportPages(app: Hono<ConsoleEnv>, services: Services) {
  const { reports } = services.staff;
  const base = (slug: string) => `/console/w/${slug}/reports`;
  const now = () => services.deps.clock.now();

  app.get("/console/w/:slug/reports", validate("query", reportQuery), async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const query = c.req.valid("query");
    const rows = await reports.list(actor, ward.id, filterOf(query));
    const more = rows.length > PAGE_SIZE;
    const shown = rows.slice(0, PAGE_SIZE);
    const overdueCount = (await reports.list(actor, ward.id, { overdue: true, limit: 200 })).length;
    const t = now();
    const qs = (extra: Record<string, string | number>) => {
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries({ status: query.status, category: query.category ?? "", priority: query.priority ?? "", overdue: query.overdue ? "1" : "", q: query.q ?? "", ...extra })) {
        if (v !== "" && v !== undefined) p.set(k, String(v));
      }
      return `?${p}`;
    };
    return renderPage(
      c,
      { title: "Phản ánh của người dân", active: "reports" },
      <>
        {overdueCount ? (
          <div class="msg err" role="status">
            <b>
              {overdueCount}
              {overdueCount >= 200 ? "+" : ""} phản ánh quá hạn
            </b>{" "}
            (tính theo giờ làm việc của phường). <a href={`${base(ward.slug)}?status=open&overdue=1`}>Xem các phản ánh quá hạn</a>
          </div>
        ) : null}
        <form method="get" class="row card" aria-label="Lọc phản ánh">
          <div>
            <label for="f-status">Trạng thái</label>
            <select id="f-status" name="status">
              <option value="open" selected={query.status === "open"}>
                Đang mở (chưa xong)
              </option>
              <option value="all" selected={query.status === "all"}>
                Tất cả
              </option>
              {allStatuses.map((s) => (
                <option value={s} selected={query.status === s}>
                  {statusLabels[s]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-category">Loại</label>
            <select id="f-category" name="category">
              <option value="">Tất cả loại</option>
              {reportCategories.map((k) => (
                <option value={k} selected={query.category === k}>
                  {categoryLabels[k]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-priority">Mức ưu tiên</label>
            <select id="f-priority" name="priority">
              <option value="">Tất cả</option>
              <option value="urgent" selected={query.priority === "urgent"}>
                Khẩn
              </option>
              <option value="normal" selected={query.priority === "normal"}>
                Thường
              </option>
            </select>
          </div>
          <div>
            <label for="f-q">Tìm (mã, nội dung, địa chỉ)</label>
            <input id="f-q" name="q" type="text" value={query.q ?? ""} maxlength={100} />
          </div>
          <div>
            <label style="font-weight:400">
              <input type="checkbox" name="overdue" value="1" checked={query.overdue} /> Chỉ phản ánh quá hạn
            </label>
          </div>
          <div>
            <button type="submit">Lọc</button>
          </div>
        </form>
        {shown.length ? (
          <>
            <table>
              <caption class="muted" style="text-align:left">
                {shown.length}
                {more ? "+" : ""} phản ánh · trang {query.page}
              </caption>
              <thead>
                <tr>
                  <th>Mã</th>
                  <th>Nội dung</th>
                  <th>Loại</th>
                  <th>Ưu tiên</th>
                  <th>Trạng thái</th>
                  <th>Cán bộ</th>
                  <th>Nhận lúc</th>
                  <th>Thời hạn</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr class={r.overdue ? "overdue" : ""} data-report={r.code}>
                    <td>
                      <a href={`${base(ward.slug)}/${r.id}`}>{r.code}</a>
                    </td>
                    <td>
                      {r.description.slice(0, 120)}
                      {r.description.length > 120 ? "…" : ""}
                      {r.address ? (
                        <>
                          <br />
                          <span class="muted">{r.address}</span>
                        </>
                      ) : null}
                      {r.followers ? (
                        <>
                          <br />
                          <span class="muted">{r.followers} người theo dõi</span>
                        </>
                      ) : null}
                    </td>
                    <td>{r.categoryLabel}</td>
                    <td>
                      <PriorityBadge p={r.priority} />
                    </td>
                    <td>
                      {r.statusLabel}
                      {r.rating ? (
                        <>
                          <br />
                          <span class="muted">Đánh giá {r.rating}/5</span>
                        </>
                      ) : null}
                    </td>
                    <td>{r.assignee ?? <span class="muted">Chưa giao</span>}</td>
                    <td>{fmtTime(r.createdAt)}</td>
                    <td>
                      <DeadlineCell r={r} now={t} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="row">
              {query.page > 1 ? (
                <a class="button secondary" href={qs({ page: query.page - 1 })}>
                  ← Trang trước
                </a>
              ) : null}
              {more ? (
                <a class="button secondary" href={qs({ page: query.page + 1 })}>
                  Trang sau →
                </a>
              ) : null}
            </p>
          </>
        ) : (
          <p>Không có phản ánh nào khớp bộ lọc.</p>
        )}
        <p>
          <a href={`/console/w/${ward.slug}/export/reports.csv`}>Tải CSV phản ánh (30 ngày gần nhất)</a> · <a href={`/console/w/${ward.slug}`}>Số liệu theo kỳ trên trang Tổng quan</a>
        </p>
      </>,
    );
  });

  async function renderDetail(c: ConsoleContext, id: number, state: FormState = {}, status: 200 | 400 | 404 | 409 = 200) {
    const ward = c.get("ward");
    const session = c.get("session");
    const d = await reports.detail(session.actor, ward.id, id);
    const people = await reports.assignees(session.actor, ward.id);
    const open = openStatuses.includes(d.status);
    const candidates = open
      ? (await reports.list(session.actor, ward.id, { status: openStatuses, limit: 200 }))
          .filter((r) => r.id !== d.id)
          .sort((a, b) => Number(b.category === d.category) - Number(a.category === d.category) || b.createdAt - a.createdAt)
      : [];
    const url = `${base(ward.slug)}/${id}`;
    const v = (form: string, key: string) => (state.form === form ? (state.values?.[key] ?? "") : "");
    const okCode = c.req.query("ok");
    const ok = okCode ? reportFlash[okCode] : undefined;
    const residentPhotos = d.photos.filter((p) => p.kind === "resident");
    const resultPhotos = d.photos.filter((p) => p.kind === "result");
    const csrf = <CsrfField csrf={session.csrfToken} />;
    const statusChoice = v("status", "status");
    const body = (
      <>
        {ok ? (
          <div class="msg ok" role="status">
            {ok}
          </div>
        ) : null}
        {state.error ? (
          <div class="msg err" role="alert" id="form-error">
            {state.error}
          </div>
        ) : null}
        <div class="card facts">
          <p class="row" style="align-items:center">
            <PriorityBadge p={d.priority} /> <b>{d.statusLabel}</b> · {d.categoryLabel} · nhận lúc {fmtTime(d.createdAt)}
            {d.overdue ? <span class="badge red">{d.overdue === "acknowledge" ? "Quá hạn tiếp nhận" : "Quá hạn xử lý"}</span> : null}
          </p>
          <p>
            Hạn tiếp nhận: <b>{fmtTime(d.acknowledgeBy)}</b>
            {d.acknowledgedAt ? <span class="muted"> (đã tiếp nhận {fmtTime(d.acknowledgedAt)})</span> : null} · Hạn xử lý xong: <b>{fmtTime(d.resolveBy)}</b>{" "}
            <span class="muted">(tính theo giờ làm việc của phường)</span>
          </p>
          <p>
            Cán bộ xử lý: <b>{d.assignee ?? "chưa giao"}</b>
            {d.followers ? ` · ${d.followers} người dân khác theo dõi` : ""}
            {d.reopenCount ? ` · đã mở lại ${d.reopenCount} lần` : ""}
          </p>
          {d.declineReason ? <p>Lý do không xử lý: {d.declineReason}</p> : null}
          {d.mergedIntoId ? (
            <p>
              Đã gộp vào <a href={`${base(ward.slug)}/${d.mergedIntoId}`}>phản ánh #{d.mergedIntoId}</a>.
            </p>
          ) : null}
          {d.rating ? (
            <p>
              Người dân đánh giá: <b>{d.rating}/5</b>
              {d.ratingComment ? ` — “${d.ratingComment}”` : ""}
            </p>
          ) : null}
        </div>
        <div class="cols">
          <section aria-labelledby="content-h">
            <h2 id="content-h">Nội dung phản ánh</h2>
            <div class="card">
              <p style="white-space:pre-wrap">{d.description}</p>
              <p>
                <b>Người gửi:</b> {d.reporterName ?? "Người dân (chưa rõ tên)"}
                {d.hideName ? (
                  <>
                    {" "}
                    <span class="badge amber">Người dân yêu cầu ẩn tên: không công khai tên</span>
                  </>
                ) : null}
                {d.phone ? (
                  <>
                    <br />
                    <b>Điện thoại</b> (người dân đồng ý cung cấp): {d.phone}
                  </>
                ) : null}
              </p>
              <p>
                <b>Vị trí:</b>{" "}
                {d.location ? (
                  <>
                    {d.location.lat.toFixed(6)}, {d.location.lng.toFixed(6)} ·{" "}
                    <a href={osmLink(d.location)} target="_blank" rel="noopener noreferrer">
                      Xem trên bản đồ (OpenStreetMap)
                    </a>
                  </>
                ) : (
                  <span class="muted">không gửi tọa độ</span>
                )}
                {d.address ? (
                  <>
                    <br />
                    <b>Địa chỉ:</b> {d.address}
                  </>
                ) : null}
                {d.landmark && d.landmark !== d.address ? (
                  <>
                    <br />
                    <b>Gần:</b> {d.landmark}
                  </>
                ) : null}
              </p>
            </div>
            <h2>Ảnh người dân gửi ({residentPhotos.length})</h2>
            {residentPhotos.length ? <PhotoList url={url} list={residentPhotos} label="Ảnh người dân gửi" /> : <p class="muted">Không có ảnh.</p>}
            <h2>Ảnh kết quả ({resultPhotos.length})</h2>
            {resultPhotos.length ? <PhotoList url={url} list={resultPhotos} label="Ảnh kết quả" /> : <p class="muted">Chưa có.</p>}
            <h2 id="history-h">Lịch sử xử lý</h2>
            <ol class="timeline" aria-labelledby="history-h">
              {d.history.map((h) => {
                const extra = historyExtra(h.kind, (h.meta ?? {}) as Record<string, unknown>);
                return (
                  <li>
                    <span class="meta">
                      {fmtTime(h.createdAt)} · {h.actor === "resident" ? "Người dân" : h.actor}
                    </span>
                    <b>{historyLabels[h.kind] ?? h.kind}</b>
                    {h.toStatus && h.toStatus !== h.fromStatus ? `: ${statusLabels[h.toStatus as ReportStatus] ?? h.toStatus}` : ""}
                    {extra ? ` · ${extra}` : ""}
                    {h.message ? <div class="said">{h.message}</div> : null}
                  </li>
                );
              })}
            </ol>
          </section>
          <section aria-labelledby="actions-h">
            <h2 id="actions-h">Xử lý</h2>
            {open && d.acknowledgedAt === null ? (
              <form method="post" action={`${url}/acknowledge`} class="card">
                {csrf}
                <p>Người dân đang thấy “Đã gửi, chờ phường tiếp nhận”. Bấm khi phường đã nhận việc này (giao việc hay đổi trạng thái cũng tính là tiếp nhận).</p>
                <p>
                  <button type="submit">Tiếp nhận</button>
                </p>
              </form>
            ) : null}
            {open ? (
              <>
                <form method="post" action={`${url}/assign`} class="card">
                  {csrf}
                  <label for="a-user">Giao cho cán bộ</label>
                  <select id="a-user" name="userId" required>
                    <option value="">— Chọn cán bộ —</option>
                    {people.map((p) => (
                      <option value={String(p.userId)} selected={v("assign", "userId") === String(p.userId) || (!state.form && d.assignee === p.name)}>
                        {p.name} ({p.email})
                      </option>
                    ))}
                  </select>
                  <label for="a-msg">Nhắn người dân (không bắt buộc)</label>
                  <textarea id="a-msg" name="message" rows={2} maxlength={2000}>
                    {v("assign", "message")}
                  </textarea>
                  <p>
                    <button type="submit">Giao xử lý</button>
                  </p>
                </form>
                <form method="post" action={`${url}/status`} class="card">
                  {csrf}
                  <label for="s-status">Trạng thái mới</label>
                  <select id="s-status" name="status" required>
                    <option value="in_progress" selected={statusChoice === "in_progress" || (!statusChoice && d.status !== "in_progress")}>
                      {statusLabels.in_progress}
                    </option>
                    <option value="resolved" selected={statusChoice === "resolved" || (!statusChoice && d.status === "in_progress")}>
                      {statusLabels.resolved}
                    </option>
                  </select>
                  <label for="s-msg">Tin nhắn cho người dân (bắt buộc khi xử lý xong: ghi rõ đã làm gì)</label>
                  <textarea id="s-msg" name="message" rows={3} maxlength={2000}>
                    {v("status", "message")}
                  </textarea>
                  <p>
                    <button type="submit">Đổi trạng thái và báo người dân</button>
                  </p>
                </form>
              </>
            ) : (
              <p class="muted">Phản ánh đã đóng ({d.statusLabel}). Vẫn có thể nhắn người dân và thêm ảnh kết quả.</p>
            )}
            <form method="post" action={`${url}/photos`} enctype="multipart/form-data" class="card">
              {csrf}
              <label for="p-files">Thêm ảnh kết quả (JPEG, PNG hoặc WebP, tối đa 8 MB mỗi ảnh, {MAX_RESULT_PHOTOS_PER_UPLOAD} ảnh mỗi lần)</label>
              <input id="p-files" name="photos" type="file" accept="image/jpeg,image/png,image/webp,image/heic,image/heif" multiple required />
              <p class="muted">Thông tin vị trí (GPS) trong ảnh được xóa trước khi lưu. Người gửi phản ánh xem được ảnh này.</p>
              <p>
                <button type="submit">Tải ảnh lên</button>
              </p>
            </form>
            <form method="post" action={`${url}/reply`} class="card">
              {csrf}
              <label for="r-msg">Nhắn người dân (không đổi trạng thái)</label>
              <textarea id="r-msg" name="message" rows={2} required maxlength={2000}>
                {v("reply", "message")}
              </textarea>
              <p>
                <button type="submit" class="secondary">
                  Gửi tin nhắn
                </button>
              </p>
            </form>
            {open ? (
              <>
                <form method="post" action={`${url}/priority`} class="card row">
                  {csrf}
                  <div>
                    <label for="pr">Mức ưu tiên</label>
                    <select id="pr" name="priority">
                      <option value="urgent" selected={d.priority === "urgent"}>
                        Khẩn (xử lý trong hạn khẩn)
                      </option>
                      <option value="normal" selected={d.priority === "normal"}>
                        Thường
                      </option>
                    </select>
                  </div>
                  <div>
                    <button type="submit" class="secondary">
                      Đổi mức ưu tiên
                    </button>
                  </div>
                </form>
                <details class="card" open={state.form === "merge"}>
                  <summary>Gộp vào phản ánh khác (trùng lặp)</summary>
                  {candidates.length ? (
                    <form method="post" action={`${url}/merge`}>
                      {csrf}
                      <label for="m-into">Phản ánh gốc (đang mở)</label>
                      <select id="m-into" name="intoId" required>
                        <option value="">— Chọn phản ánh —</option>
                        {candidates.map((r) => (
                          <option value={String(r.id)} selected={v("merge", "intoId") === String(r.id)}>
                            {r.code} · {r.categoryLabel} · {r.description.slice(0, 60)}
                          </option>
                        ))}
                      </select>
                      <p class="muted">Phản ánh này sẽ đóng là “{statusLabels.merged}”; người gửi được báo mã phản ánh gốc và theo dõi phản ánh gốc.</p>
                      <p>
                        <button type="submit" class="secondary">
                          Gộp
                        </button>
                      </p>
                    </form>
                  ) : (
                    <p class="muted">Không có phản ánh nào khác đang mở.</p>
                  )}
                </details>
                <details class="card" open={state.form === "decline"}>
                  <summary>Không xử lý (từ chối có lý do)</summary>
                  <form method="post" action={`${url}/decline`}>
                    {csrf}
                    <label for="d-reason">Lý do (người dân sẽ đọc được)</label>
                    <textarea id="d-reason" name="reason" rows={3} required maxlength={1000}>
                      {v("decline", "reason")}
                    </textarea>
                    <p>
                      <button type="submit" class="danger">
                        Không xử lý phản ánh này
                      </button>
                    </p>
                  </form>
                </details>
              </>
            ) : null}
          </section>
        </div>
      </>
    );
    return renderPage(c, { title: `Phản ánh ${d.code}`, active: "reports", status }, body);
  }

  app.get("/console/w/:slug/reports/:id", validate("param", idParams), (c) => renderDetail(c, c.req.valid("param").id));

  app.get("/console/w/:slug/reports/:id/photos/:photoId", async (c) => {
    const ward = c.get("ward");
    const ids = parseInput(idParams.extend({ photoId: idParams.shape.id }), c.req.param());
    const photo = await reports.photo(c.get("session").actor, ward.id, ids.id, ids.photoId);
    c.header("Content-Disposition", "inline");
    return c.body(photo.bytes as Uint8Array<ArrayBuffer>, 200, { "Content-Type": photo.contentType });
  });

  /**
   * Wraps a form action: on a Vietnamese validation or conflict message (from the validator or
   * the service) the detail page is shown again with the message and what was typed, so nothing
   * is lost. The error handler has already answered by then; this replaces its page.
   */
  const keepForm = (form: string) =>
    createMiddleware<ConsoleEnv>(async (c, next) => {
      await next();
      const err = c.error;
      if (!(err instanceof ValidationError || err instanceof ConflictError)) return;
      const id = Number(c.req.param("id"));
      if (!Number.isInteger(id) || id <= 0) return;
      const raw = await c.req.parseBody({ all: true });
      const values = Object.fromEntries(Object.entries(raw).map(([k, val]) => [k, typeof val === "string" ? val : Array.isArray(val) && typeof val[0] === "string" ? val[0] : ""]));
      delete values._csrf;
      c.res = undefined;
      c.res = await renderDetail(c, id, { error: err.publicMessage ?? err.message, form, values }, err instanceof ValidationError ? 400 : 409);
    });
  const actor = (c: ConsoleContext) => c.get("session").actor;
  const wardId = (c: ConsoleContext) => c.get("ward").id;
  const done = (c: ConsoleContext, id: number, ok: string) => c.redirect(`${base(c.get("ward").slug)}/${id}?ok=${ok}`, 303);
  const path = (action: string) => `/console/w/:slug/reports/:id/${action}`;
  const formOf = <S extends z.ZodType>(schema: S) => validate("form", schema);

  app.post(path("acknowledge"), keepForm("acknowledge"), validate("param", idParams), async (c) => {
    const { id } = c.req.valid("param");
    await reports.acknowledge(actor(c), wardId(c), id);
    return done(c, id, "acknowledged");
  });
  app.post(path("assign"), keepForm("assign"), validate("param", idParams), formOf(assignSchema), async (c) => {
    const { id } = c.req.valid("param");
    await reports.assign(actor(c), wardId(c), id, c.req.valid("form"));
    return done(c, id, "assigned");
  });
  app.post(path("status"), keepForm("status"), validate("param", idParams), formOf(statusSchema), async (c) => {
    const { id } = c.req.valid("param");
    const input = c.req.valid("form");
    await reports.changeStatus(actor(c), wardId(c), id, input);
    return done(c, id, input.status === "resolved" ? "resolved" : "status");
  });
  app.post(path("reply"), keepForm("reply"), validate("param", idParams), formOf(reportReplySchema), async (c) => {
    const { id } = c.req.valid("param");
    await reports.reply(actor(c), wardId(c), id, c.req.valid("form"));
    return done(c, id, "replied");
  });
  app.post(path("decline"), keepForm("decline"), validate("param", idParams), formOf(declineSchema), async (c) => {
    const { id } = c.req.valid("param");
    await reports.decline(actor(c), wardId(c), id, c.req.valid("form"));
    return done(c, id, "declined");
  });
  app.post(path("priority"), keepForm("priority"), validate("param", idParams), formOf(prioritySchema), async (c) => {
    const { id } = c.req.valid("param");
    await reports.setPriority(actor(c), wardId(c), id, c.req.valid("form"));
    return done(c, id, "priority");
  });
  app.post(path("merge"), keepForm("merge"), validate("param", idParams), formOf(mergeSchema), async (c) => {
    const { id } = c.req.valid("param");
    const target = await reports.merge(actor(c), wardId(c), id, c.req.valid("form"));
    // the duplicate is closed; staff continue on the report it joined
    return done(c, target.id, "merged");
  });
  app.post(path("photos"), keepForm("photos"), validate("param", idParams), async (c) => {
    const { id } = c.req.valid("param");
    await reports.attachResultPhotos(actor(c), wardId(c), id, await uploadedFiles(c));
    return done(c, id, "photos");
  });
}

/** Files of a multipart form (field "photos"; an empty file input sends an empty part, dropped). */
export async function uploadedFiles(c: ConsoleContext): Promise<Uint8Array[]> {
  const body = await c.req.parseBody({ all: true });
  const value = body.photos ?? body.photo ?? body.file;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const files = list.filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && (f as File).size > 0);
  return Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
}
