import type { Hono } from "hono";
import { html, raw } from "hono/html";
import { z } from "zod";
import { categoryLabels, openStatuses, reportCategories, statusLabels, type ReportStatus } from "../../feedback/feedback-categories";
import type { StaffReportDetail, StaffReportFilter, StaffReportSummary } from "../../feedback/feedback-service";
import { ConflictError, ValidationError } from "../../lib/errors";
import type { Services } from "../../services";
import { formBody, idParam, pageContext, parseInput, type ConsoleContext, type ConsoleEnv } from "../console-env";
import { MAX_RESULT_PHOTOS_PER_UPLOAD, staffReports } from "../report-service";
import { csrfField, fmtDuration, fmtTime, layout } from "./layout";

const allStatuses = Object.keys(statusLabels) as ReportStatus[];

/** ?status=&category=&priority=&overdue=&q= (the same for the page and the JSON API). */
export const reportQuery = z.object({
  status: z.enum(["open", "all", ...(allStatuses as [ReportStatus, ...ReportStatus[]])], { message: "Trạng thái không hợp lệ." }).default("open"),
  category: z.enum(reportCategories, { message: "Loại phản ánh không hợp lệ." }).optional(),
  priority: z.enum(["urgent", "normal"], { message: "Mức ưu tiên không hợp lệ." }).optional(),
  overdue: z
    .enum(["1", "true", "0", "false", "on"])
    .optional()
    .transform((v) => v === "1" || v === "true" || v === "on"),
  q: z.string().trim().max(100, "Từ khóa quá dài.").optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
export type ReportQuery = z.infer<typeof reportQuery>;

export const PAGE_SIZE = 50;

/** The query string (empty values dropped) as the service's filter. */
export function reportFilter(raw: Record<string, string>): { query: ReportQuery; filter: StaffReportFilter } {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ""));
  const query = parseInput(reportQuery, cleaned);
  const status = query.status === "open" ? openStatuses : query.status === "all" ? undefined : query.status;
  return {
    query,
    filter: { status, category: query.category, priority: query.priority, overdue: query.overdue || undefined, q: query.q || undefined, limit: PAGE_SIZE + 1, offset: (query.page - 1) * PAGE_SIZE },
  };
}

export const assignSchema = z.object({
  userId: z.coerce.number({ message: "Vui lòng chọn cán bộ được giao." }).int().positive("Vui lòng chọn cán bộ được giao."),
  message: z.string().trim().max(2000, "Tin nhắn quá dài (tối đa 2.000 ký tự).").optional(),
});
export const statusSchema = z.object({
  status: z.enum(["in_progress", "resolved"], { message: "Vui lòng chọn trạng thái mới." }),
  message: z.string().trim().max(2000, "Tin nhắn quá dài (tối đa 2.000 ký tự).").optional(),
});
export const replySchema = z.object({ message: z.string().trim().min(1, "Vui lòng nhập nội dung tin nhắn.").max(2000, "Tin nhắn quá dài (tối đa 2.000 ký tự).") });
export const declineSchema = z.object({ reason: z.string().trim().min(1, "Vui lòng ghi lý do không xử lý để báo người dân.").max(1000, "Lý do quá dài (tối đa 1.000 ký tự).") });
export const prioritySchema = z.object({ priority: z.enum(["urgent", "normal"], { message: "Vui lòng chọn mức ưu tiên." }) });
export const mergeSchema = z.object({ intoId: z.coerce.number({ message: "Vui lòng chọn phản ánh gốc." }).int().positive("Vui lòng chọn phản ánh gốc.") });

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

export function priorityBadge(p: "urgent" | "normal") {
  return p === "urgent" ? html`<span class="badge red">Khẩn</span>` : html`<span class="badge">Thường</span>`;
}

/** The deadline that matters now, with the missed one in words (never by colour alone). */
export function deadlineCell(r: StaffReportSummary, now: number) {
  const open = openStatuses.includes(r.status);
  if (!open) return html`<span class="muted">—</span>`;
  if (r.overdue === "acknowledge") return html`<span class="badge red">Quá hạn tiếp nhận</span><br>hạn ${fmtTime(r.acknowledgeBy)} (trễ ${fmtDuration(now - r.acknowledgeBy)})`;
  if (r.overdue === "resolve") return html`<span class="badge red">Quá hạn xử lý</span><br>hạn ${fmtTime(r.resolveBy)} (trễ ${fmtDuration(now - r.resolveBy)})`;
  if (r.acknowledgedAt === null) return html`Tiếp nhận trước ${fmtTime(r.acknowledgeBy)}<br><span class="muted">còn ${fmtDuration(r.acknowledgeBy - now)}</span>`;
  return html`Xử lý xong trước ${fmtTime(r.resolveBy)}<br><span class="muted">còn ${fmtDuration(r.resolveBy - now)}</span>`;
}

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

export function registerReportPages(app: Hono<ConsoleEnv>, services: Services) {
  const reports = staffReports(services);
  const base = (slug: string) => `/console/w/${slug}/reports`;
  const now = () => services.deps.clock.now();

  app.get("/console/w/:slug/reports", async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const { query, filter } = reportFilter(c.req.query());
    const rows = await reports.list(actor, ward.id, filter);
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
    const sel = (a: unknown, b: unknown) => (a === b ? raw("selected") : "");
    return c.html(
      layout(
        pageContext(c),
        "Phản ánh của người dân",
        "reports",
        html`${overdueCount
            ? html`<div class="msg err" role="status"><b>${overdueCount}${overdueCount >= 200 ? "+" : ""} phản ánh quá hạn</b> (tính theo giờ làm việc của phường). <a href="${base(ward.slug)}?status=open&overdue=1">Xem các phản ánh quá hạn</a></div>`
            : ""}
          <form method="get" class="row card" aria-label="Lọc phản ánh">
            <div><label for="f-status">Trạng thái</label><select id="f-status" name="status">
              <option value="open" ${sel(query.status, "open")}>Đang mở (chưa xong)</option>
              <option value="all" ${sel(query.status, "all")}>Tất cả</option>
              ${allStatuses.map((s) => html`<option value="${s}" ${sel(query.status, s)}>${statusLabels[s]}</option>`)}</select></div>
            <div><label for="f-category">Loại</label><select id="f-category" name="category"><option value="">Tất cả loại</option>
              ${reportCategories.map((k) => html`<option value="${k}" ${sel(query.category, k)}>${categoryLabels[k]}</option>`)}</select></div>
            <div><label for="f-priority">Mức ưu tiên</label><select id="f-priority" name="priority"><option value="">Tất cả</option>
              <option value="urgent" ${sel(query.priority, "urgent")}>Khẩn</option><option value="normal" ${sel(query.priority, "normal")}>Thường</option></select></div>
            <div><label for="f-q">Tìm (mã, nội dung, địa chỉ)</label><input id="f-q" name="q" type="text" value="${query.q ?? ""}" maxlength="100"></div>
            <div><label style="font-weight:400"><input type="checkbox" name="overdue" value="1" ${query.overdue ? raw("checked") : ""}> Chỉ phản ánh quá hạn</label></div>
            <div><button type="submit">Lọc</button></div>
          </form>
          ${shown.length
            ? html`<table>
                <caption class="muted" style="text-align:left">${shown.length}${more ? "+" : ""} phản ánh · trang ${query.page}</caption>
                <thead><tr><th>Mã</th><th>Nội dung</th><th>Loại</th><th>Ưu tiên</th><th>Trạng thái</th><th>Cán bộ</th><th>Nhận lúc</th><th>Thời hạn</th></tr></thead>
                <tbody>${shown.map(
                  (r) => html`<tr class="${r.overdue ? "overdue" : ""}" data-report="${r.code}">
                    <td><a href="${base(ward.slug)}/${r.id}">${r.code}</a></td>
                    <td>${r.description.slice(0, 120)}${r.description.length > 120 ? "…" : ""}${r.address ? html`<br><span class="muted">${r.address}</span>` : ""}${r.followers ? html`<br><span class="muted">${r.followers} người theo dõi</span>` : ""}</td>
                    <td>${r.categoryLabel}</td>
                    <td>${priorityBadge(r.priority)}</td>
                    <td>${r.statusLabel}${r.rating ? html`<br><span class="muted">Đánh giá ${r.rating}/5</span>` : ""}</td>
                    <td>${r.assignee ?? html`<span class="muted">Chưa giao</span>`}</td>
                    <td>${fmtTime(r.createdAt)}</td>
                    <td>${deadlineCell(r, t)}</td>
                  </tr>`,
                )}</tbody></table>
              <p class="row">${query.page > 1 ? html`<a class="button secondary" href="${qs({ page: query.page - 1 })}">← Trang trước</a>` : ""}${more ? html`<a class="button secondary" href="${qs({ page: query.page + 1 })}">Trang sau →</a>` : ""}</p>`
            : html`<p>Không có phản ánh nào khớp bộ lọc.</p>`}
          <p><a href="/console/w/${ward.slug}/export/reports.csv">Tải CSV phản ánh (30 ngày gần nhất)</a> · <a href="/console/w/${ward.slug}">Số liệu theo kỳ trên trang Tổng quan</a></p>`,
      ),
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
    const t = now();
    const photoList = (list: StaffReportDetail["photos"], label: string) =>
      html`<ul class="photos">${list.map(
        (p, i) => html`<li><a href="${url}/photos/${p.id}" target="_blank" rel="noopener"><img src="${url}/photos/${p.id}" alt="${label} ${i + 1} (mở ảnh lớn)" loading="lazy"></a><br><span class="muted">${fmtTime(p.createdAt)}</span></li>`,
      )}</ul>`;
    const body = html`${ok ? html`<div class="msg ok" role="status">${ok}</div>` : ""}
      ${state.error ? html`<div class="msg err" role="alert" id="form-error">${state.error}</div>` : ""}
      <div class="card facts">
        <p class="row" style="align-items:center">${priorityBadge(d.priority)} <b>${d.statusLabel}</b> · ${d.categoryLabel} · nhận lúc ${fmtTime(d.createdAt)}
          ${d.overdue ? html`<span class="badge red">${d.overdue === "acknowledge" ? "Quá hạn tiếp nhận" : "Quá hạn xử lý"}</span>` : ""}</p>
        <p>Hạn tiếp nhận: <b>${fmtTime(d.acknowledgeBy)}</b>${d.acknowledgedAt ? html` <span class="muted">(đã tiếp nhận ${fmtTime(d.acknowledgedAt)})</span>` : ""} ·
          Hạn xử lý xong: <b>${fmtTime(d.resolveBy)}</b> <span class="muted">(tính theo giờ làm việc của phường)</span></p>
        <p>Cán bộ xử lý: <b>${d.assignee ?? "chưa giao"}</b>${d.followers ? html` · ${d.followers} người dân khác theo dõi` : ""}${d.reopenCount ? html` · đã mở lại ${d.reopenCount} lần` : ""}</p>
        ${d.declineReason ? html`<p>Lý do không xử lý: ${d.declineReason}</p>` : ""}
        ${d.mergedIntoId ? html`<p>Đã gộp vào <a href="${base(ward.slug)}/${d.mergedIntoId}">phản ánh #${d.mergedIntoId}</a>.</p>` : ""}
        ${d.rating ? html`<p>Người dân đánh giá: <b>${d.rating}/5</b>${d.ratingComment ? html` — “${d.ratingComment}”` : ""}</p>` : ""}
      </div>
      <div class="cols">
        <section aria-labelledby="content-h">
          <h2 id="content-h">Nội dung phản ánh</h2>
          <div class="card">
            <p style="white-space:pre-wrap">${d.description}</p>
            <p><b>Người gửi:</b> ${d.reporterName ?? "Người dân (chưa rõ tên)"}${d.hideName ? html` <span class="badge amber">Người dân yêu cầu ẩn tên: không công khai tên</span>` : ""}
              ${d.phone ? html`<br><b>Điện thoại</b> (người dân đồng ý cung cấp): ${d.phone}` : ""}</p>
            <p><b>Vị trí:</b> ${d.location
              ? html`${d.location.lat.toFixed(6)}, ${d.location.lng.toFixed(6)} · <a href="${osmLink(d.location)}" target="_blank" rel="noopener noreferrer">Xem trên bản đồ (OpenStreetMap)</a>`
              : html`<span class="muted">không gửi tọa độ</span>`}
              ${d.address ? html`<br><b>Địa chỉ:</b> ${d.address}` : ""}${d.landmark && d.landmark !== d.address ? html`<br><b>Gần:</b> ${d.landmark}` : ""}</p>
          </div>
          <h2>Ảnh người dân gửi (${residentPhotos.length})</h2>
          ${residentPhotos.length ? photoList(residentPhotos, "Ảnh người dân gửi") : html`<p class="muted">Không có ảnh.</p>`}
          <h2>Ảnh kết quả (${resultPhotos.length})</h2>
          ${resultPhotos.length ? photoList(resultPhotos, "Ảnh kết quả") : html`<p class="muted">Chưa có.</p>`}
          <h2 id="history-h">Lịch sử xử lý</h2>
          <ol class="timeline" aria-labelledby="history-h">${d.history.map((h) => {
            const meta = (h.meta ?? {}) as Record<string, unknown>;
            const extra =
              h.kind === "assigned" && meta.assignee
                ? `Giao cho ${meta.assignee}`
                : h.kind === "priority"
                  ? `${priorityLabels[meta.from as "urgent"] ?? meta.from} → ${priorityLabels[meta.to as "urgent"] ?? meta.to}`
                  : h.kind === "merged" && meta.intoCode
                    ? `Vào ${meta.intoCode}`
                    : h.kind === "merged_in" && meta.duplicateCode
                      ? `Từ ${meta.duplicateCode}`
                      : h.kind === "rated" && meta.rating
                        ? `${meta.rating}/5`
                        : "";
            return html`<li><span class="meta">${fmtTime(h.createdAt)} · ${h.actor === "resident" ? "Người dân" : h.actor}</span>
              <b>${historyLabels[h.kind] ?? h.kind}</b>${h.toStatus && h.toStatus !== h.fromStatus ? html`: ${statusLabels[h.toStatus as ReportStatus] ?? h.toStatus}` : ""}${extra ? html` · ${extra}` : ""}
              ${h.message ? html`<div class="said">${h.message}</div>` : ""}</li>`;
          })}</ol>
        </section>
        <section aria-labelledby="actions-h">
          <h2 id="actions-h">Xử lý</h2>
          ${open && d.acknowledgedAt === null
            ? html`<form method="post" action="${url}/acknowledge" class="card">${csrfField(session.csrfToken)}
                <p>Người dân đang thấy "Đã gửi, chờ phường tiếp nhận". Bấm khi phường đã nhận việc này (giao việc hay đổi trạng thái cũng tính là tiếp nhận).</p>
                <p><button type="submit">Tiếp nhận</button></p></form>`
            : ""}
          ${open
            ? html`<form method="post" action="${url}/assign" class="card">${csrfField(session.csrfToken)}
                <label for="a-user">Giao cho cán bộ</label>
                <select id="a-user" name="userId" required><option value="">— Chọn cán bộ —</option>${people.map(
                  (p) => html`<option value="${p.userId}" ${v("assign", "userId") === String(p.userId) || (!state.form && d.assignee === p.name) ? raw("selected") : ""}>${p.name} (${p.email})</option>`,
                )}</select>
                <label for="a-msg">Nhắn người dân (không bắt buộc)</label>
                <textarea id="a-msg" name="message" rows="2" maxlength="2000">${v("assign", "message")}</textarea>
                <p><button type="submit">Giao xử lý</button></p></form>
              <form method="post" action="${url}/status" class="card">${csrfField(session.csrfToken)}
                <label for="s-status">Trạng thái mới</label>
                <select id="s-status" name="status" required>
                  <option value="in_progress" ${v("status", "status") === "in_progress" || (!v("status", "status") && d.status !== "in_progress") ? raw("selected") : ""}>${statusLabels.in_progress}</option>
                  <option value="resolved" ${v("status", "status") === "resolved" || (!v("status", "status") && d.status === "in_progress") ? raw("selected") : ""}>${statusLabels.resolved}</option></select>
                <label for="s-msg">Tin nhắn cho người dân (bắt buộc khi xử lý xong: ghi rõ đã làm gì)</label>
                <textarea id="s-msg" name="message" rows="3" maxlength="2000">${v("status", "message")}</textarea>
                <p><button type="submit">Đổi trạng thái và báo người dân</button></p></form>`
            : html`<p class="muted">Phản ánh đã đóng (${d.statusLabel}). Vẫn có thể nhắn người dân và thêm ảnh kết quả.</p>`}
          <form method="post" action="${url}/photos" enctype="multipart/form-data" class="card">${csrfField(session.csrfToken)}
            <label for="p-files">Thêm ảnh kết quả (JPEG, PNG hoặc WebP, tối đa 8 MB mỗi ảnh, ${MAX_RESULT_PHOTOS_PER_UPLOAD} ảnh mỗi lần)</label>
            <input id="p-files" name="photos" type="file" accept="image/jpeg,image/png,image/webp,image/heic,image/heif" multiple required>
            <p class="muted">Thông tin vị trí (GPS) trong ảnh được xóa trước khi lưu. Người gửi phản ánh xem được ảnh này.</p>
            <p><button type="submit">Tải ảnh lên</button></p></form>
          <form method="post" action="${url}/reply" class="card">${csrfField(session.csrfToken)}
            <label for="r-msg">Nhắn người dân (không đổi trạng thái)</label>
            <textarea id="r-msg" name="message" rows="2" required maxlength="2000">${v("reply", "message")}</textarea>
            <p><button type="submit" class="secondary">Gửi tin nhắn</button></p></form>
          ${open
            ? html`<form method="post" action="${url}/priority" class="card row">${csrfField(session.csrfToken)}
                <div><label for="pr">Mức ưu tiên</label><select id="pr" name="priority">
                  <option value="urgent" ${d.priority === "urgent" ? raw("selected") : ""}>Khẩn (xử lý trong hạn khẩn)</option>
                  <option value="normal" ${d.priority === "normal" ? raw("selected") : ""}>Thường</option></select></div>
                <div><button type="submit" class="secondary">Đổi mức ưu tiên</button></div></form>
              <details class="card" ${state.form === "merge" ? raw("open") : ""}><summary>Gộp vào phản ánh khác (trùng lặp)</summary>
                ${candidates.length
                  ? html`<form method="post" action="${url}/merge">${csrfField(session.csrfToken)}
                      <label for="m-into">Phản ánh gốc (đang mở)</label>
                      <select id="m-into" name="intoId" required><option value="">— Chọn phản ánh —</option>${candidates.map(
                        (r) => html`<option value="${r.id}" ${v("merge", "intoId") === String(r.id) ? raw("selected") : ""}>${r.code} · ${r.categoryLabel} · ${r.description.slice(0, 60)}</option>`,
                      )}</select>
                      <p class="muted">Phản ánh này sẽ đóng là “${statusLabels.merged}”; người gửi được báo mã phản ánh gốc và theo dõi phản ánh gốc.</p>
                      <p><button type="submit" class="secondary">Gộp</button></p></form>`
                  : html`<p class="muted">Không có phản ánh nào khác đang mở.</p>`}</details>
              <details class="card" ${state.form === "decline" ? raw("open") : ""}><summary>Không xử lý (từ chối có lý do)</summary>
                <form method="post" action="${url}/decline">${csrfField(session.csrfToken)}
                  <label for="d-reason">Lý do (người dân sẽ đọc được)</label>
                  <textarea id="d-reason" name="reason" rows="3" required maxlength="1000">${v("decline", "reason")}</textarea>
                  <p><button type="submit" class="danger">Không xử lý phản ánh này</button></p></form></details>`
            : ""}
        </section>
      </div>`;
    return c.html(layout(pageContext(c), `Phản ánh ${d.code}`, "reports", body), status);
  }

  app.get("/console/w/:slug/reports/:id", (c) => renderDetail(c, parseInput(idParam, c.req.param("id"))));

  app.get("/console/w/:slug/reports/:id/photos/:photoId", async (c) => {
    const ward = c.get("ward");
    const photo = await reports.photo(c.get("session").actor, ward.id, parseInput(idParam, c.req.param("id")), parseInput(idParam, c.req.param("photoId")));
    c.header("Content-Disposition", "inline");
    return c.body(photo.bytes as Uint8Array<ArrayBuffer>, 200, { "Content-Type": photo.contentType });
  });

  /**
   * A form action: on a Vietnamese validation or conflict message the detail page is shown
   * again with the message and what was typed, so nothing is lost; otherwise redirect (303).
   */
  const action = (form: string, run: (c: ConsoleContext, id: number, values: Record<string, string>) => Promise<string | { ok: string; id: number }>) => async (c: ConsoleContext) => {
    const id = parseInput(idParam, c.req.param("id"));
    const raw = await formBody(c);
    const values = Object.fromEntries(Object.entries(raw).map(([k, val]) => [k, Array.isArray(val) ? (val[0] ?? "") : val]));
    delete values._csrf;
    try {
      const done = await run(c, id, values);
      const to = typeof done === "string" ? { ok: done, id } : done;
      return c.redirect(`${base(c.get("ward").slug)}/${to.id}?ok=${to.ok}`, 303);
    } catch (err) {
      if (err instanceof ValidationError || err instanceof ConflictError) {
        return renderDetail(c, id, { error: err.publicMessage ?? err.message, form, values }, err instanceof ValidationError ? 400 : 409);
      }
      throw err;
    }
  };
  const actor = (c: ConsoleContext) => c.get("session").actor;
  const wardId = (c: ConsoleContext) => c.get("ward").id;

  app.post(
    "/console/w/:slug/reports/:id/acknowledge",
    action("acknowledge", async (c, id) => {
      await reports.acknowledge(actor(c), wardId(c), id);
      return "acknowledged";
    }),
  );
  app.post(
    "/console/w/:slug/reports/:id/assign",
    action("assign", async (c, id, values) => {
      await reports.assign(actor(c), wardId(c), id, parseInput(assignSchema, values));
      return "assigned";
    }),
  );
  app.post(
    "/console/w/:slug/reports/:id/status",
    action("status", async (c, id, values) => {
      const input = parseInput(statusSchema, values);
      await reports.changeStatus(actor(c), wardId(c), id, input);
      return input.status === "resolved" ? "resolved" : "status";
    }),
  );
  app.post(
    "/console/w/:slug/reports/:id/reply",
    action("reply", async (c, id, values) => {
      await reports.reply(actor(c), wardId(c), id, parseInput(replySchema, values));
      return "replied";
    }),
  );
  app.post(
    "/console/w/:slug/reports/:id/decline",
    action("decline", async (c, id, values) => {
      await reports.decline(actor(c), wardId(c), id, parseInput(declineSchema, values));
      return "declined";
    }),
  );
  app.post(
    "/console/w/:slug/reports/:id/priority",
    action("priority", async (c, id, values) => {
      await reports.setPriority(actor(c), wardId(c), id, parseInput(prioritySchema, values));
      return "priority";
    }),
  );
  app.post(
    "/console/w/:slug/reports/:id/merge",
    action("merge", async (c, id, values) => {
      const { intoId } = parseInput(mergeSchema, values);
      const target = await reports.merge(actor(c), wardId(c), id, { intoId });
      // the duplicate is closed; staff continue on the report it joined
      return { ok: "merged", id: target.id };
    }),
  );
  app.post(
    "/console/w/:slug/reports/:id/photos",
    action("photos", async (c, id) => {
      const files = await uploadedFiles(c);
      await reports.attachResultPhotos(actor(c), wardId(c), id, files);
      return "photos";
    }),
  );
}

/** Files of a multipart form (field "photos"; an empty file input sends an empty part, dropped). */
export async function uploadedFiles(c: ConsoleContext): Promise<Uint8Array[]> {
  const body = await c.req.parseBody({ all: true });
  const value = body.photos ?? body.photo ?? body.file;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const files = list.filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && (f as File).size > 0);
  return Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
}
