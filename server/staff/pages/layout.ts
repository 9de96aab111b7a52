import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { rolesIn, type Actor } from "../access";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;
export type WardRef = { id: number; slug: string; name: string };
export type PageContext = { actor: Actor; csrf: string; ward?: WardRef; wards: WardRef[] };

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** "14:05 23/11/2026" in Vietnam time. */
export function fmtTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** "2 giờ 15 phút", "3 ngày 4 giờ". */
export function fmtDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days) return `${days} ngày${hours ? ` ${hours} giờ` : ""}`;
  if (hours) return `${hours} giờ${mins ? ` ${mins} phút` : ""}`;
  return `${mins} phút`;
}

export function csrfField(csrf: string) {
  return html`<input type="hidden" name="_csrf" value="${csrf}">`;
}

/** A POST button in its own small form (every state change is a POST with the CSRF token). */
export function postButton(action: string, csrf: string, label: string, options: { cls?: string; fields?: Record<string, string> } = {}) {
  return html`<form method="post" action="${action}" class="inline">${csrfField(csrf)}${Object.entries(options.fields ?? {}).map(
    ([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`,
  )}<button type="submit" class="${options.cls ?? ""}">${label}</button></form>`;
}

/** Fixed success messages chosen by code: the query string never carries free text to the page. */
const flashMessages: Record<string, string> = {
  saved: "Đã lưu.",
  sent: "Đã gửi câu trả lời.",
  claimed: "Bạn đã nhận xử lý yêu cầu này.",
  resolved: "Đã đánh dấu giải quyết xong. Trợ lý tự động sẽ trả lời người dân từ tin nhắn tiếp theo.",
  noted: "Đã thêm ghi chú nội bộ.",
  drafted: "Đã tạo bản nháp kiến thức cho người biên tập.",
  review: "Đã gửi duyệt.",
  published: "Đã xuất bản. Trợ lý đã dùng nội dung mới.",
  restored: "Đã khôi phục phiên bản cũ và xuất bản lại.",
  returned: "Đã trả về bản nháp.",
  withdrawn: "Đã hủy bản nháp.",
  password: "Đã đổi mật khẩu.",
  reset: "Đã đặt lại mật khẩu. Hãy trao mật khẩu mới cho người dùng theo cách an toàn.",
  created: "Đã tạo.",
  deleted: "Đã xóa.",
};

export function flash(code: string | undefined) {
  const text = code ? flashMessages[code] : undefined;
  return text ? html`<div class="msg ok" role="status">${text}</div>` : "";
}

type NavItem = { key: string; href: string; label: string; show: boolean };

export function layout(ctx: PageContext | undefined, title: string, active: string, body: Html) {
  const ward = ctx?.ward;
  const held = ward && ctx ? rolesIn(ctx.actor, ward.id) : new Set();
  const base = ward ? `/console/w/${ward.slug}` : "";
  const items: NavItem[] = ward
    ? [
        { key: "dashboard", href: `${base}`, label: "Tổng quan", show: held.has("staff") || held.has("communicator") },
        { key: "handoffs", href: `${base}/handoffs`, label: "Hỏi đáp chờ cán bộ", show: held.has("staff") },
        { key: "reports", href: `${base}/reports`, label: "Phản ánh", show: held.has("staff") },
        { key: "templates", href: `${base}/templates`, label: "Mẫu trả lời", show: held.has("staff") },
        { key: "kb", href: `${base}/kb`, label: "Kiến thức", show: held.has("communicator") },
        { key: "try", href: `${base}/try`, label: "Thử trợ lý", show: held.has("communicator") || held.has("staff") },
        { key: "unanswered", href: `${base}/unanswered`, label: "Câu hỏi chưa trả lời được", show: held.has("communicator") || held.has("staff") },
        { key: "green-lane", href: `${base}/green-lane`, label: "Làn xanh", show: held.has("communicator") || held.has("admin") },
        { key: "facts", href: `${base}/facts`, label: "Xác nhận thông tin", show: held.has("communicator") || held.has("admin") },
        { key: "staff", href: `${base}/staff`, label: "Cán bộ", show: held.has("admin") },
        { key: "settings", href: `${base}/settings`, label: "Thông tin phường", show: held.has("admin") },
        { key: "audit", href: `${base}/audit`, label: "Nhật ký", show: held.has("admin") },
      ]
    : [];
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Hỏi Phường</title>
<link rel="stylesheet" href="/console/static/console.css">
</head>
<body>
<a class="skip" href="#main">Bỏ qua menu, tới nội dung chính</a>
<header class="top">
  <a class="brand" href="/console">Hỏi Phường · Bàn làm việc cán bộ</a>
  ${ward ? html`<span>${ward.name}</span>` : ""}
  ${ctx
    ? html`<div class="who">
        ${ctx.wards.length > 1
          ? html`<form method="get" action="/console/switch"><label class="inline" for="ward-switch" style="display:inline;font-weight:400">Phường:</label>
              <select id="ward-switch" name="ward">${ctx.wards.map((w) => html`<option value="${w.slug}" ${w.slug === ward?.slug ? raw("selected") : ""}>${w.name}</option>`)}</select>
              <button type="submit" class="secondary">Chuyển</button></form>`
          : ""}
        ${ctx.actor.isCityAdmin ? html`<a href="/console/city">Quản trị thành phố</a>` : ""}
        <a href="/console/account">${ctx.actor.name}</a>
        ${postButton("/console/logout", ctx.csrf, "Đăng xuất", { cls: "secondary" })}
      </div>`
    : ""}
</header>
${items.length
  ? html`<nav class="ward" aria-label="Chức năng">${items
      .filter((i) => i.show)
      .map((i) => html`<a href="${i.href}" ${i.key === active ? raw('aria-current="page"') : ""}>${i.label}</a>`)}</nav>`
  : ""}
<main id="main" tabindex="-1">
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}

export function errorPage(ctx: PageContext | undefined, status: number, message: string) {
  const title = status === 403 ? "Không có quyền truy cập" : status === 404 ? "Không tìm thấy" : status === 409 || status === 400 ? "Chưa thực hiện được" : "Có lỗi xảy ra";
  return layout(ctx, title, "", html`<div class="msg err" role="alert">${message}</div><p><a href="/console">Về trang đầu</a></p>`);
}
