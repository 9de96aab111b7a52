import type { Child, FC, PropsWithChildren } from "hono/jsx";
import { raw } from "hono/html";
import { rolesIn, type Actor } from "../access";

export { fmtDate, fmtDay, fmtDuration, fmtRate, fmtTime } from "../format";

export type WardRef = { id: number; slug: string; name: string };
export type PageContext = { actor: Actor; csrf: string; ward?: WardRef; wards: WardRef[] };

export const CsrfField: FC<{ csrf: string }> = ({ csrf }) => <input type="hidden" name="_csrf" value={csrf} />;

/** A POST button in its own small form (every state change is a POST with the CSRF token). */
export const PostButton: FC<{ action: string; csrf: string; label: string; cls?: string; fields?: Record<string, string>; id?: string; shortcut?: string; autofocus?: boolean }> = (p) => (
  <form method="post" action={p.action} class="inline">
    <CsrfField csrf={p.csrf} />
    {Object.entries(p.fields ?? {}).map(([k, v]) => (
      <input type="hidden" name={k} value={v} />
    ))}
    <button type="submit" class={p.cls ?? ""} id={p.id} aria-keyshortcuts={p.shortcut} autofocus={p.autofocus}>
      {p.label}
    </button>
  </form>
);

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

/** Registers more fixed flash messages (pages of other features add their own codes). */
export function addFlashMessages(messages: Record<string, string>): void {
  Object.assign(flashMessages, messages);
}

export const Flash: FC<{ code: string | undefined }> = ({ code }) => {
  const text = code ? flashMessages[code] : undefined;
  return text ? (
    <div class="msg ok" role="status">
      {text}
    </div>
  ) : null;
};

type NavItem = { key: string; href: string; label: string; show: boolean };

function navItems(ctx: PageContext | undefined): NavItem[] {
  const ward = ctx?.ward;
  if (!ward || !ctx) return [];
  const held = rolesIn(ctx.actor, ward.id);
  const base = `/console/w/${ward.slug}`;
  return [
    { key: "dashboard", href: `${base}`, label: "Tổng quan", show: held.has("staff") || held.has("communicator") },
    { key: "handoffs", href: `${base}/handoffs`, label: "Hộp thư", show: held.has("staff") },
    { key: "reports", href: `${base}/reports`, label: "Phản ánh", show: held.has("staff") },
    { key: "templates", href: `${base}/templates`, label: "Mẫu trả lời", show: held.has("staff") },
    { key: "kb", href: `${base}/kb`, label: "Kiến thức", show: held.has("communicator") },
    { key: "try", href: `${base}/try`, label: "Thử trợ lý", show: held.has("communicator") || held.has("staff") },
    { key: "monthly", href: `${base}/monthly-report`, label: "Báo cáo tháng", show: held.has("staff") || held.has("communicator") },
    { key: "unanswered", href: `${base}/unanswered`, label: "Câu hỏi chưa trả lời được", show: held.has("communicator") || held.has("staff") },
    { key: "scam-waves", href: `${base}/scam-waves`, label: "Đợt lừa đảo", show: held.size > 0 },
    { key: "green-lane", href: `${base}/green-lane`, label: "Làn xanh", show: held.has("communicator") || held.has("admin") },
    { key: "facts", href: `${base}/facts`, label: "Xác nhận thông tin", show: held.has("communicator") || held.has("admin") },
    { key: "staff", href: `${base}/staff`, label: "Cán bộ", show: held.has("admin") },
    { key: "settings", href: `${base}/settings`, label: "Thông tin phường", show: held.has("admin") },
    { key: "audit", href: `${base}/audit`, label: "Nhật ký", show: held.has("admin") },
  ].filter((i) => i.show);
}

/** Every console page: header, the ward's menu (by role), the main content. */
export const Layout: FC<PropsWithChildren<{ ctx: PageContext | undefined; title: string; active?: string; script?: boolean }>> = ({ ctx, title, active, script, children }) => {
  const ward = ctx?.ward;
  const items = navItems(ctx);
  return (
    <>
      {raw("<!doctype html>")}
      <html lang="vi">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · Hỏi Phường`}</title>
          <link rel="stylesheet" href="/console/static/console.css" />
        </head>
        <body>
          <a class="skip" href="#main">
            Bỏ qua menu, tới nội dung chính
          </a>
          <header class="top">
            <a class="brand" href="/console">
              Hỏi Phường · Bàn làm việc cán bộ
            </a>
            {ward ? <span>{ward.name}</span> : null}
            {ctx ? (
              <div class="who">
                {ctx.wards.length > 1 ? (
                  <form method="get" action="/console/switch">
                    <label class="inline" for="ward-switch" style="display:inline;font-weight:400">
                      Phường:
                    </label>
                    <select id="ward-switch" name="ward">
                      {ctx.wards.map((w) => (
                        <option value={w.slug} selected={w.slug === ward?.slug}>
                          {w.name}
                        </option>
                      ))}
                    </select>
                    <button type="submit" class="secondary">
                      Chuyển
                    </button>
                  </form>
                ) : null}
                {ctx.actor.isCityAdmin ? <a href="/console/city">Quản trị thành phố</a> : null}
                <a href="/console/account">{ctx.actor.name}</a>
                <PostButton action="/console/logout" csrf={ctx.csrf} label="Đăng xuất" cls="secondary" />
              </div>
            ) : null}
          </header>
          {items.length ? (
            <nav class="ward" aria-label="Chức năng">
              {items.map((i) => (
                <a href={i.href} aria-current={i.key === active ? "page" : undefined}>
                  {i.label}
                </a>
              ))}
            </nav>
          ) : null}
          <main id="main" tabindex={-1}>
            <h1>{title}</h1>
            {children}
          </main>
          {script ? <script src="/console/static/console.js" defer></script> : null}
        </body>
      </html>
    </>
  );
};

export const ErrorPage: FC<{ ctx: PageContext | undefined; status: number; message: string }> = ({ ctx, status, message }) => {
  const title = status === 403 ? "Không có quyền truy cập" : status === 404 ? "Không tìm thấy" : status === 409 || status === 400 ? "Chưa thực hiện được" : "Có lỗi xảy ra";
  return (
    <Layout ctx={ctx} title={title}>
      <div class="msg err" role="alert">
        {message}
      </div>
      <p>
        <a href="/console">Về trang đầu</a>
      </p>
    </Layout>
  );
};

/** A list rendered as table rows, or a fallback paragraph when empty. */
export function orEmpty<T>(list: T[], render: (items: T[]) => Child, empty: string): Child {
  return list.length ? render(list) : <p class="muted">{empty}</p>;
}
