import type { Hono } from "hono";
import { raw } from "hono/html";
import type { FC } from "hono/jsx";
import { z } from "zod";
import type { messages } from "../../db/schema";
import type { Services } from "../../services";
import { renderPage, type ConsoleContext, type ConsoleEnv } from "../console-env";
import type { HandoffService, WindowInfo } from "../handoff-service";
import type { InboxFilter, InboxItem } from "../inbox-service";
import { handoffDeadline } from "../ward-figures";
import { handoffNoteSchema, handoffReplySchema, idParams, templateSchema } from "../schemas";
import { validate } from "../validation";
import { addFlashMessages, CsrfField, Flash, fmtDuration, fmtTime, PostButton } from "./layout";

addFlashMessages({
  "resolved-survey": "Đã đánh dấu giải quyết xong và gửi người dân câu hỏi đánh giá mức độ hài lòng (1–5). Trợ lý tự động trả lời người dân từ tin nhắn tiếp theo.",
});

const reasonLabels: Record<string, string> = {
  out_of_scope: "Trợ lý không trả lời được",
  asked_for_person: "Người dân muốn gặp cán bộ",
  not_helpful: "Người dân bấm “Chưa đúng”",
  scam_victim: "Người dân báo vừa bị lừa đảo (đã nhận hướng dẫn khẩn)",
  unsupported_message: "Tin nhắn trợ lý không đọc được",
  empty: "Tin nhắn trống",
};
const statusLabels: Record<string, string> = { open: "Chờ nhận", claimed: "Đang xử lý", resolved: "Đã giải quyết" };

export const WindowBadge: FC<{ w: WindowInfo }> = ({ w }) => {
  if (w.state === "free") return <span class="badge green">Còn {fmtDuration(w.freeLeftMs)} trả lời miễn phí</span>;
  if (w.state === "limited") return <span class="badge amber">Đã quá 48 giờ miễn phí · còn {fmtDuration(w.closesInMs)} trước khi Zalo khóa trả lời</span>;
  return <span class="badge red">Quá 7 ngày: không thể trả lời qua Zalo</span>;
};

const authorLabel: Record<string, string> = { resident: "Người dân", bot: "Trợ lý tự động", staff: "Cán bộ", oa_admin: "Quản trị OA (Zalo)" };

/** Controls a page may put the keyboard focus back on after an action (?focus=…). */
const focusTargets = ["reply-text", "note", "claim", "resolve", "save-entry", "back-to-inbox", "next-conversation"] as const;

/** What a bubble shows: an OA message, or a message of the mini app's Hỏi đáp. */
type Message = Pick<typeof messages.$inferSelect, "id" | "direction" | "author" | "kind" | "text" | "createdAt">;

/** Messages as bubbles; those after `lastRead` are marked new, with a divider before the first. */
const Bubbles: FC<{ list: Message[]; lastRead: number; live?: boolean }> = ({ list, lastRead, live }) => {
  const firstNew = live ? undefined : list.find((m) => m.id > lastRead && m.direction === "in" && lastRead > 0)?.id;
  return (
    <>
      {list.map((m) => (
        <>
          {m.id === firstNew ? (
            <p class="new-divider" id="first-new">
              Tin nhắn mới
            </p>
          ) : null}
          <div class={`bubble ${m.direction}${live || (firstNew !== undefined && m.id >= firstNew) ? " new" : ""}`} id={`m-${m.id}`} data-id={String(m.id)}>
            <span class="meta">
              {authorLabel[m.author] ?? m.author} · {fmtTime(m.createdAt)}
              {live || (firstNew !== undefined && m.id >= firstNew) ? <span class="badge amber">mới</span> : null}
            </span>
            {m.text ?? `[${m.kind}]`}
          </div>
        </>
      ))}
    </>
  );
};

/** The keyboard shortcuts, listed where they work. */
const ShortcutHelp: FC<{ page: "inbox" | "conversation" }> = ({ page }) => (
  <details class="shortcuts" id="shortcut-help">
    <summary>Phím tắt</summary>
    <ul>
      {page === "inbox" ? (
        <>
          <li>
            <kbd>j</kbd> / <kbd>k</kbd>: cuộc trò chuyện sau / trước trong danh sách
          </li>
          <li>
            <kbd>Enter</kbd>: mở cuộc trò chuyện đang chọn
          </li>
        </>
      ) : (
        <>
          <li>
            <kbd>j</kbd> / <kbd>k</kbd>: cuộc trò chuyện sau / trước
          </li>
          <li>
            <kbd>r</kbd>: trả lời (đưa con trỏ vào ô trả lời)
          </li>
          <li>
            <kbd>/</kbd> trong ô trả lời: chèn mẫu trả lời; <kbd>Ctrl</kbd>+<kbd>Enter</kbd>: gửi
          </li>
          <li>
            <kbd>c</kbd>: nhận xử lý · <kbd>e</kbd>: đánh dấu đã giải quyết
          </li>
          <li>
            <kbd>Esc</kbd>: rời ô đang gõ · <kbd>u</kbd>: về hộp thư
          </li>
        </>
      )}
    </ul>
  </details>
);

const filterTabs: Array<[InboxFilter | "resolved", string]> = [
  ["mine", "Của tôi"],
  ["unclaimed", "Chưa nhận"],
  ["all", "Tất cả"],
  ["resolved", "Đã giải quyết"],
];
const previewAuthor: Record<string, string> = { resident: "", bot: "Trợ lý: ", staff: "Cán bộ: ", oa_admin: "OA: " };

const Avatar: FC<{ item: InboxItem }> = ({ item }) => {
  const initials = (item.name ?? "?")
    .split(/\s+/)
    .slice(-2)
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
  // console.js puts the initials back when Zalo's image host cannot be reached
  return item.avatarUrl ? <img class="avatar" src={item.avatarUrl} alt="" width={36} height={36} data-initials={initials} /> : <span class="avatar initials" aria-hidden="true">{initials}</span>;
};

/** The inbox: filters with counts, one row per resident waiting, newest activity first. */
/** Questions passed to staff from the mini app's Hỏi đáp (answered there, not in Zalo). */
const MiniappQuestions: FC<{ slug: string; list: Awaited<ReturnType<HandoffService["list"]>>; now: number }> = ({ slug, list, now }) => (
  <section aria-labelledby="miniapp-questions-h">
    <h2 id="miniapp-questions-h">Câu hỏi từ mini app ({list.length})</h2>
    <table>
      <thead>
        <tr>
          <th>Người dân</th>
          <th>Câu hỏi</th>
          <th>Đã chờ</th>
          <th>Trạng thái</th>
        </tr>
      </thead>
      <tbody>
        {list.map((r) => (
          <tr>
            <td>{r.residentName ?? "Người dân (chưa rõ tên)"}</td>
            <td>
              <a href={`/console/w/${slug}/handoffs/${r.id}`}>{r.question.slice(0, 140)}</a>
            </td>
            <td>{r.firstReplyAt ? <span class="muted">cán bộ đã trả lời</span> : fmtDuration(now - r.createdAt)}</td>
            <td>
              <span class="badge">Hỏi trong mini app</span>
              {r.claimedBy ? (
                <>
                  <br />
                  <span class="muted">{r.claimedBy}</span>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </section>
);

const InboxView: FC<{ slug: string; filter: InboxFilter | "resolved"; items: InboxItem[]; counts: Record<InboxFilter, number>; resolved: Awaited<ReturnType<HandoffService["list"]>>; now: number; overdue: Set<number> }> = ({
  slug,
  filter,
  items,
  counts,
  resolved,
  now,
  overdue,
}) => (
  <section id="inbox" data-live={`/console/w/${slug}/handoffs-live?filter=${filter}`} aria-label="Hộp thư">
    <nav class="row tabs" aria-label="Lọc hộp thư">
      {filterTabs.map(([k, label]) => (
        <a class={`button ${k === filter ? "" : "secondary"}`} href={`?filter=${k}`} aria-current={k === filter ? "page" : undefined} data-count={k === "resolved" ? undefined : String(counts[k])}>
          {label}
          {k === "resolved" ? "" : ` (${counts[k]})`}
        </a>
      ))}
    </nav>
    {filter === "resolved" ? (
      resolved.length ? (
        <table>
          <thead>
            <tr>
              <th>Người dân</th>
              <th>Câu hỏi</th>
              <th>Giải quyết lúc</th>
              <th>Cán bộ</th>
            </tr>
          </thead>
          <tbody>
            {resolved.map((r) => (
              <tr>
                <td>{r.residentName ?? "Người dân (chưa rõ tên)"}</td>
                <td>
                  <a href={`/console/w/${slug}/handoffs/${r.id}`}>{r.question.slice(0, 140)}</a>
                </td>
                <td>{fmtTime(r.resolvedAt)}</td>
                <td>{r.claimedBy ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Không có yêu cầu nào.</p>
      )
    ) : items.length ? (
      <table class="inbox">
        <caption class="muted" style="text-align:left">
          {items.length} cuộc trò chuyện đang chờ
        </caption>
        <thead>
          <tr>
            <th>Người dân</th>
            <th>Tin nhắn mới nhất của người dân</th>
            <th>Đã chờ</th>
            <th>Chưa đọc</th>
            <th>Người nhận</th>
            <th>Thời hạn trả lời trên Zalo</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr class={`${r.unread ? "unread" : ""} ${overdue.has(r.handoffId) ? "overdue" : ""}`} data-handoff={String(r.handoffId)}>
              <td class="who-cell">
                <Avatar item={r} />
                <a href={`/console/w/${slug}/handoffs/${r.handoffId}#newest`} class="open-conversation">
                  {r.name ?? "Người dân (chưa rõ tên)"}
                </a>
              </td>
              <td class="preview">
                {r.preview ? (
                  <>
                    <span data-testid="newest-message">
                      {r.preview.text.slice(0, 120)}
                      {r.preview.text.length > 120 ? "…" : ""}
                    </span>{" "}
                    <span class="muted">{fmtTime(r.preview.at)}</span>
                  </>
                ) : (
                  r.question.slice(0, 120)
                )}
                {r.reply ? (
                  <span class="muted last-reply" data-testid="last-reply">
                    <br />
                    {previewAuthor[r.reply.author] ?? ""}
                    {r.reply.text.slice(0, 90)}
                    {r.reply.text.length > 90 ? "…" : ""}
                  </span>
                ) : null}
              </td>
              <td>
                {r.waitingSince === null ? <span class="muted">cán bộ đã trả lời</span> : fmtDuration(now - r.waitingSince)}
                {overdue.has(r.handoffId) ? (
                  <>
                    <br />
                    <span class="badge red">Quá hạn trả lời</span>
                  </>
                ) : null}
              </td>
              <td>{r.unread ? <span class="badge red" aria-label={`${r.unread} tin chưa đọc`}>{r.unread}</span> : <span class="muted">0</span>}</td>
              <td>{r.assignee ? r.assignee.name : <span class="muted">Chưa nhận</span>}</td>
              <td>
                <WindowBadge w={r.window} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    ) : (
      <p>Không có cuộc trò chuyện nào đang chờ.</p>
    )}
  </section>
);

export function registerHandoffPages(app: Hono<ConsoleEnv>, services: Services) {
  const { handoffs, knowledge, inbox } = services.staff;
  const base = (slug: string) => `/console/w/${slug}/handoffs`;

  const inboxQuery = z.object({ filter: z.enum(["mine", "unclaimed", "all", "resolved"], { message: "Bộ lọc không hợp lệ." }).default("all") });

  /** The inbox section (tabs with counts and the conversations); the page and its live refresh render the same. */
  const inboxSection = async (c: ConsoleContext, filter: z.infer<typeof inboxQuery>["filter"]) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const now = services.deps.clock.now();
    if (filter !== "resolved") {
      // names and avatars of residents never looked up: fetched now (a few), the rest later
      await inbox.refreshProfiles(ward.id, { limit: 5 }).catch(() => 0);
      void inbox.refreshProfiles(ward.id, { stale: true, limit: 5 }).catch(() => 0);
    }
    const { items, counts } = await inbox.list(actor, ward.id, filter === "resolved" ? "all" : filter);
    // overdue by the figures' definition: no staff reply and the working-hours deadline passed
    const { handoff_reply_hours } = await services.staff.wardAdmin.settings(ward.id);
    const overdue = new Set(items.filter((i) => !i.staffReplied && handoffDeadline(ward, i.createdAt, handoff_reply_hours) < now).map((i) => i.handoffId));
    const resolved = filter === "resolved" ? await handoffs.list(actor, ward.id, { status: "resolved" }) : [];
    // questions asked in the mini app by residents not linked to the OA (the OA inbox above lists the linked ones)
    const fromApp = filter === "resolved" ? [] : (await handoffs.list(actor, ward.id, { status: "active" })).filter((h) => h.miniappUserId !== null && h.residentId === null);
    return (
      <>
        <InboxView slug={ward.slug} filter={filter} items={items} counts={counts} resolved={resolved} now={now} overdue={overdue} />
        {fromApp.length ? <MiniappQuestions slug={ward.slug} list={fromApp} now={now} /> : null}
      </>
    );
  };

  app.get("/console/w/:slug/handoffs", validate("query", inboxQuery), async (c) => {
    const { filter } = c.req.valid("query");
    return renderPage(
      c,
      { title: "Hộp thư", active: "handoffs", script: true },
      <>
        <p class="muted">
          Người dân đang chờ cán bộ trả lời trên Zalo. Danh sách tự cập nhật khi có tin nhắn mới (không cần tải lại trang). <ShortcutHelp page="inbox" />
        </p>
        {await inboxSection(c, filter)}
      </>,
    );
  });
  /** Live refresh of the inbox (polled by console.js): the same section as HTML. Not under
   *  /handoffs/: a literal beside /handoffs/:id makes hono's RegExpRouter refuse the app's routes
   *  (tests/app-router.test.ts). */
  app.get("/console/w/:slug/handoffs-live", validate("query", inboxQuery), async (c) => c.html(await inboxSection(c, c.req.valid("query").filter)));
  /** The live refresh's old address (/handoffs/live): console tabs opened before the rename still
   *  poll it until reloaded. Same pattern as the detail route below (a literal would break the
   *  RegExpRouter), same console auth, role and ward checks (they run before every console route);
   *  any other id goes on to the detail page. */
  app.get("/console/w/:slug/handoffs/:id", async (c, next) => {
    if (c.req.param("id") !== "live") return next();
    const query = inboxQuery.safeParse({ filter: c.req.query("filter") });
    return c.html(await inboxSection(c, query.success ? query.data.filter : "all"));
  });

  const detailQuery = z.object({ focus: z.enum(focusTargets).optional(), ok: z.string().max(40).optional() });

  app.get("/console/w/:slug/handoffs/:id", validate("param", idParams), validate("query", detailQuery), async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const { id } = c.req.valid("param");
    const { focus, ok } = c.req.valid("query");
    const d = await handoffs.detail(session.actor, ward.id, id);
    const templates = await handoffs.templates(session.actor, ward.id);
    const url = `${base(ward.slug)}/${id}`;
    // a mini-app question can always be answered in the app; the OA window only decides the extra Zalo message
    const inApp = d.channel === "miniapp";
    const closed = d.window.state === "closed" && !inApp;
    // what this person had not seen yet is marked "mới"; opening the conversation reads it (OA conversations)
    const lastRead = d.resident && !inApp ? await inbox.lastRead(session.actor, d.resident.id) : 0;
    const newestId = d.transcript.at(-1)?.id ?? 0;
    if (d.resident && !inApp && newestId > lastRead) await inbox.markRead(session.actor, ward.id, d.resident.id, newestId);
    const { previous, next } = await inbox.neighbours(session.actor, ward.id, id);
    const open = d.handoff.status !== "resolved";
    const mayClaim = open && d.claim?.userId !== session.actor.userId;
    const auto = (target: (typeof focusTargets)[number]) => focus === target;
    return renderPage(
      c,
      { title: `${d.resident?.displayName ?? "Người dân"} · yêu cầu #${id}`, active: "handoffs", script: true },
      <div
        id="conversation"
        data-live={inApp ? undefined : `${url}/messages?after=${newestId}`}
        data-prev={previous ? `${base(ward.slug)}/${previous}#newest` : undefined}
        data-next={next ? `${base(ward.slug)}/${next}#newest` : undefined}
      >
        <Flash code={ok} />
        <div class="card">
          <p>
            <b>Câu hỏi:</b> {d.handoff.question}
          </p>
          <p>
            {reasonLabels[d.handoff.reason] ?? d.handoff.reason} · Trạng thái: <b>{statusLabels[d.handoff.status]}</b>
            {d.claim ? ` (${d.claim.name})` : ""} · Đã chờ {fmtDuration(d.waitingMs)}
          </p>
          <p>
            <WindowBadge w={d.window} /> <span class="muted">Tin nhắn cuối của người dân: {fmtTime(d.window.lastInteractionAt)}</span>
          </p>
          <div class="row">
            {mayClaim ? <PostButton action={`${url}/claim`} csrf={session.csrfToken} label="Nhận xử lý" id="claim" shortcut="c" autofocus={auto("claim")} /> : null}
            {open ? <PostButton action={`${url}/resolve`} csrf={session.csrfToken} label="Đánh dấu đã giải quyết" cls="secondary" id="resolve" shortcut="e" autofocus={auto("resolve")} /> : null}
            {d.replies.length ? <PostButton action={`${url}/save-as-entry`} csrf={session.csrfToken} label="Lưu thành mục kiến thức" cls="secondary" id="save-entry" autofocus={auto("save-entry")} /> : null}
            <a class="button secondary" href={`${base(ward.slug)}`} id="back-to-inbox" autofocus={auto("back-to-inbox")}>
              Về hộp thư
            </a>
            {next ? (
              <a class="button secondary" href={`${base(ward.slug)}/${next}#newest`} id="next-conversation" aria-keyshortcuts="j" autofocus={auto("next-conversation")}>
                Cuộc trò chuyện tiếp theo
              </a>
            ) : null}
          </div>
        </div>
        <div class="cols">
          <section aria-labelledby="transcript-h">
            <h2 id="transcript-h">Cuộc trò chuyện</h2>
            <div class="transcript" id="transcript" tabindex={0} aria-live="polite" aria-label="Cuộc trò chuyện, tin mới nhất ở cuối">
              <Bubbles list={d.transcript} lastRead={lastRead} />
              <span id="newest"></span>
            </div>
            <p class="muted" id="new-below" hidden>
              <a href="#newest">Có tin nhắn mới ↓</a>
            </p>
            <h2>Câu trả lời của cán bộ</h2>
            {d.replies.length ? (
              <ul>
                {d.replies.map((r) => (
                  <li>
                    {fmtTime(r.createdAt)} · {r.author}: {r.text.slice(0, 200)}
                    <br />
                    {inApp ? <span class="badge green">Đã hiện trong mini app</span> : null}{" "}
                    {r.delivery.status === "in_app" ? null : r.delivery.status === "sent" ? (
                      <span class="badge green">Đã gửi tới Zalo</span>
                    ) : r.delivery.status === "failed" ? (
                      <>
                        <span class="badge red">Gửi thất bại</span>{" "}
                        <span>
                          Lý do (mã {r.delivery.errorCode ?? "?"}): {r.delivery.errorMessage ?? "không rõ"}
                        </span>
                      </>
                    ) : (
                      <>
                        <span class="badge amber">Đang chờ gửi</span>
                        {r.delivery.errorMessage ? (
                          <span class="muted">
                            {" "}
                            Lần trước lỗi (mã {r.delivery.errorCode}): {r.delivery.errorMessage}; hệ thống sẽ tự gửi lại.
                          </span>
                        ) : null}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">Chưa có.</p>
            )}
          </section>
          <section aria-labelledby="reply-h">
            <h2 id="reply-h">{inApp ? "Trả lời người dân (hiện trong mini app)" : "Trả lời người dân qua Zalo"}</h2>
            {closed ? (
              <div class="msg err">
                Đã quá 7 ngày kể từ tin nhắn cuối của người dân: Zalo không cho phép Official Account trả lời nữa. Vui lòng liên hệ người dân bằng cách khác (điện thoại, hẹn gặp) và ghi chú lại.
              </div>
            ) : (
              <>
                <form method="post" action={`${url}/reply`} id="reply-form">
                  <CsrfField csrf={session.csrfToken} />
                  <label for="reply-text">
                    {inApp
                      ? "Nội dung (hiện trong mục Hỏi đáp của mini app; gửi thêm qua tin nhắn Zalo nếu người dân vừa nhắn cho phường)"
                      : "Nội dung (người dân sẽ nhận trong Zalo)"}
                  </label>
                  <textarea
                    id="reply-text"
                    name="text"
                    rows={7}
                    required
                    maxlength={6000}
                    aria-describedby="reply-help"
                    aria-keyshortcuts="r"
                    autofocus={auto("reply-text")}
                    aria-autocomplete="list"
                    aria-controls="template-suggestions"
                  ></textarea>
                  <ul id="template-suggestions" role="listbox" aria-label="Mẫu trả lời" hidden></ul>
                  <p id="reply-help" class="muted">
                    Gõ “/” và tên mẫu để chèn mẫu trả lời (↑ ↓ để chọn, Enter để chèn). Ctrl+Enter để gửi.
                  </p>
                  <p>
                    <button type="submit" id="send-reply">
                      Gửi trả lời
                    </button>
                  </p>
                </form>
                <script type="application/json" id="reply-templates">
                  {raw(JSON.stringify(templates.map((t) => ({ title: t.title, body: t.body }))).replace(/</g, "\\u003c"))}
                </script>
                {templates.length ? (
                  <details>
                    <summary>Mẫu trả lời ({templates.length})</summary>
                    <ul>
                      {templates.map((t) => (
                        <li>
                          <button type="button" class="secondary" data-template={t.body}>
                            Chèn
                          </button>{" "}
                          <b>{t.title}</b>: <span class="muted">{t.body.slice(0, 100)}</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  <p class="muted">
                    <a href={`/console/w/${ward.slug}/templates`}>Tạo mẫu trả lời</a> cho các câu hay gặp.
                  </p>
                )}
              </>
            )}
            <h2>Ghi chú nội bộ</h2>
            <p class="muted">Chỉ cán bộ phường thấy; người dân không nhận được.</p>
            <ul>
              {d.notes.map((n) => (
                <li>
                  {fmtTime(n.createdAt)} · <b>{n.author}</b>: <span style="white-space:pre-wrap">{n.body}</span>
                </li>
              ))}
            </ul>
            <form method="post" action={`${url}/notes`}>
              <CsrfField csrf={session.csrfToken} />
              <label for="note">Ghi chú mới</label>
              <textarea id="note" name="body" rows={3} required autofocus={auto("note")}></textarea>
              <p>
                <button type="submit" class="secondary">
                  Thêm ghi chú
                </button>
              </p>
            </form>
            <ShortcutHelp page="conversation" />
          </section>
        </div>
      </div>,
    );
  });

  /** New messages of an open conversation (polled by console.js); opening them marks them read. */
  app.get("/console/w/:slug/handoffs/:id/messages", validate("param", idParams), validate("query", z.object({ after: z.coerce.number().int().min(0).default(0) })), async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const d = await handoffs.get(actor, ward.id, c.req.valid("param").id);
    if (!d.residentId || d.miniappUserId !== null) return c.html(""); // a mini-app question has no OA messages to follow
    const list = await inbox.messagesAfter(actor, ward.id, d.residentId, c.req.valid("query").after);
    if (list.length) await inbox.markRead(actor, ward.id, d.residentId, list.at(-1)!.id);
    c.header("X-Last-Message-Id", String(list.at(-1)?.id ?? c.req.valid("query").after));
    return c.html(<Bubbles list={list} lastRead={0} live />);
  });

  app.post("/console/w/:slug/handoffs/:id/claim", validate("param", idParams), async (c) => {
    const ward = c.get("ward");
    const { id } = c.req.valid("param");
    await handoffs.claim(c.get("session").actor, ward.id, id);
    return c.redirect(`${base(ward.slug)}/${id}?ok=claimed&focus=reply-text`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/reply", validate("param", idParams), validate("form", handoffReplySchema), async (c) => {
    const ward = c.get("ward");
    const { id } = c.req.valid("param");
    await handoffs.reply(c.get("session").actor, ward.id, id, c.req.valid("form").text);
    return c.redirect(`${base(ward.slug)}/${id}?ok=sent&focus=reply-text`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/notes", validate("param", idParams), validate("form", handoffNoteSchema), async (c) => {
    const ward = c.get("ward");
    const { id } = c.req.valid("param");
    await handoffs.addNote(c.get("session").actor, ward.id, id, c.req.valid("form").body);
    return c.redirect(`${base(ward.slug)}/${id}?ok=noted&focus=note`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/resolve", validate("param", idParams), async (c) => {
    const ward = c.get("ward");
    const { id } = c.req.valid("param");
    const { surveySent } = await handoffs.resolve(c.get("session").actor, ward.id, id);
    const { next } = await inbox.neighbours(c.get("session").actor, ward.id, id);
    return c.redirect(`${base(ward.slug)}/${id}?ok=${surveySent ? "resolved-survey" : "resolved"}&focus=${next ? "next-conversation" : "back-to-inbox"}`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/save-as-entry", validate("param", idParams), async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const { id } = c.req.valid("param");
    const qa = await handoffs.questionAndAnswer(actor, ward.id, id);
    await knowledge.draftFromHandoff(actor, ward, id, qa);
    return c.redirect(`${base(ward.slug)}/${id}?ok=drafted&focus=save-entry`, 303);
  });

  app.get("/console/w/:slug/templates", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const list = await handoffs.templates(session.actor, ward.id);
    const url = `/console/w/${ward.slug}/templates`;
    return renderPage(
      c,
      { title: "Mẫu trả lời", active: "templates" },
      <>
        <Flash code={c.req.query("ok")} />
        <table>
          <thead>
            <tr>
              <th>Tên mẫu</th>
              <th>Nội dung</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {list.map((t) => (
              <tr>
                <td>{t.title}</td>
                <td style="white-space:pre-wrap">{t.body}</td>
                <td>
                  <PostButton action={`${url}/${t.id}/delete`} csrf={session.csrfToken} label="Xóa" cls="danger" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Thêm mẫu</h2>
        <form method="post" action={url} class="card">
          <CsrfField csrf={session.csrfToken} />
          <label for="t-title">Tên mẫu</label>
          <input id="t-title" name="title" type="text" required maxlength={120} />
          <label for="t-body">Nội dung</label>
          <textarea id="t-body" name="body" required></textarea>
          <p>
            <button type="submit">Lưu mẫu</button>
          </p>
        </form>
      </>,
    );
  });
  app.post("/console/w/:slug/templates", validate("form", templateSchema), async (c) => {
    const ward = c.get("ward");
    await handoffs.saveTemplate(c.get("session").actor, ward.id, c.req.valid("form"));
    return c.redirect(`/console/w/${ward.slug}/templates?ok=saved`, 303);
  });
  app.post("/console/w/:slug/templates/:id/delete", validate("param", idParams), async (c) => {
    const ward = c.get("ward");
    await handoffs.deleteTemplate(c.get("session").actor, ward.id, c.req.valid("param").id);
    return c.redirect(`/console/w/${ward.slug}/templates?ok=deleted`, 303);
  });
}
