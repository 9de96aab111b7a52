import type { Hono } from "hono";
import type { FC } from "hono/jsx";
import type { Services } from "../../services";
import { renderPage, type ConsoleEnv } from "../console-env";
import type { WindowInfo } from "../handoff-service";
import { handoffListQuery, handoffNoteSchema, handoffReplySchema, idParams, templateSchema } from "../schemas";
import { validate } from "../validation";
import { addFlashMessages, CsrfField, Flash, fmtDuration, fmtTime, PostButton } from "./layout";

addFlashMessages({
  "resolved-survey": "Đã đánh dấu giải quyết xong và gửi người dân câu hỏi đánh giá mức độ hài lòng (1–5). Trợ lý tự động trả lời người dân từ tin nhắn tiếp theo.",
});

const reasonLabels: Record<string, string> = {
  out_of_scope: "Trợ lý không trả lời được",
  asked_for_person: "Người dân muốn gặp cán bộ",
  not_helpful: "Người dân bấm “Chưa đúng”",
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

export function registerHandoffPages(app: Hono<ConsoleEnv>, services: Services) {
  const { handoffs, knowledge } = services.staff;
  const base = (slug: string) => `/console/w/${slug}/handoffs`;

  app.get("/console/w/:slug/handoffs", validate("query", handoffListQuery), async (c) => {
    const ward = c.get("ward");
    const { status } = c.req.valid("query");
    const rows = await handoffs.list(c.get("session").actor, ward.id, { status });
    const tabs = [
      ["active", "Đang chờ"],
      ["open", "Chưa ai nhận"],
      ["claimed", "Đang xử lý"],
      ["resolved", "Đã giải quyết"],
    ] as const;
    return renderPage(
      c,
      { title: "Hỏi đáp chờ cán bộ", active: "handoffs" },
      <>
        <p class="row">
          {tabs.map(([k, label]) => (
            <a class={`button ${k === status ? "" : "secondary"}`} href={`?status=${k}`}>
              {label}
            </a>
          ))}
        </p>
        {rows.length ? (
          <table>
            <caption class="muted" style="text-align:left">
              {rows.length} yêu cầu
            </caption>
            <thead>
              <tr>
                <th>Người dân</th>
                <th>Câu hỏi</th>
                <th>Lý do</th>
                <th>Đã chờ</th>
                <th>Thời hạn trả lời trên Zalo</th>
                <th>Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr class={r.status !== "resolved" && !r.firstReplyAt && r.waitingMs > 8 * 3600_000 ? "overdue" : ""}>
                  <td>{r.residentName ?? "Người dân (chưa rõ tên)"}</td>
                  <td>
                    <a href={`${base(ward.slug)}/${r.id}`}>{r.question.slice(0, 140)}</a>
                  </td>
                  <td>{reasonLabels[r.reason] ?? r.reason}</td>
                  <td>
                    {fmtDuration(r.waitingMs)}
                    <br />
                    <span class="muted">từ {fmtTime(r.createdAt)}</span>
                  </td>
                  <td>{r.status === "resolved" ? "—" : <WindowBadge w={r.window} />}</td>
                  <td>
                    {statusLabels[r.status]}
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
        ) : (
          <p>Không có yêu cầu nào.</p>
        )}
      </>,
    );
  });

  app.get("/console/w/:slug/handoffs/:id", validate("param", idParams), async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const { id } = c.req.valid("param");
    const d = await handoffs.detail(session.actor, ward.id, id);
    const templates = await handoffs.templates(session.actor, ward.id);
    const url = `${base(ward.slug)}/${id}`;
    const closed = d.window.state === "closed";
    return renderPage(
      c,
      { title: `Yêu cầu #${id}: ${d.resident?.displayName ?? "Người dân"}`, active: "handoffs", script: true },
      <>
        <Flash code={c.req.query("ok")} />
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
            {d.handoff.status !== "resolved" && d.claim?.userId !== session.actor.userId ? <PostButton action={`${url}/claim`} csrf={session.csrfToken} label="Nhận xử lý" /> : null}
            {d.handoff.status !== "resolved" ? <PostButton action={`${url}/resolve`} csrf={session.csrfToken} label="Đánh dấu đã giải quyết" cls="secondary" /> : null}
            {d.replies.length ? <PostButton action={`${url}/save-as-entry`} csrf={session.csrfToken} label="Lưu thành mục kiến thức" cls="secondary" /> : null}
          </div>
        </div>
        <div class="cols">
          <section aria-labelledby="transcript-h">
            <h2 id="transcript-h">Cuộc trò chuyện</h2>
            <div class="transcript">
              {d.transcript.map((m) => (
                <div class={`bubble ${m.direction}`}>
                  <span class="meta">
                    {authorLabel[m.author] ?? m.author} · {fmtTime(m.createdAt)}
                  </span>
                  {m.text ?? `[${m.kind}]`}
                </div>
              ))}
            </div>
            <h2>Câu trả lời của cán bộ</h2>
            {d.replies.length ? (
              <ul>
                {d.replies.map((r) => (
                  <li>
                    {fmtTime(r.createdAt)} · {r.author}: {r.text.slice(0, 200)}
                    <br />
                    {r.delivery.status === "sent" ? (
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
            <h2 id="reply-h">Trả lời người dân qua Zalo</h2>
            {closed ? (
              <div class="msg err">
                Đã quá 7 ngày kể từ tin nhắn cuối của người dân: Zalo không cho phép Official Account trả lời nữa. Vui lòng liên hệ người dân bằng cách khác (điện thoại, hẹn gặp) và ghi chú lại.
              </div>
            ) : (
              <>
                <form method="post" action={`${url}/reply`}>
                  <CsrfField csrf={session.csrfToken} />
                  <label for="reply-text">Nội dung (người dân sẽ nhận trong Zalo)</label>
                  <textarea id="reply-text" name="text" rows={7} required maxlength={6000}></textarea>
                  <p>
                    <button type="submit">Gửi trả lời</button>
                  </p>
                </form>
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
              <textarea id="note" name="body" rows={3} required></textarea>
              <p>
                <button type="submit" class="secondary">
                  Thêm ghi chú
                </button>
              </p>
            </form>
          </section>
        </div>
      </>,
    );
  });

  app.post("/console/w/:slug/handoffs/:id/claim", validate("param", idParams), async (c) => {
    const ward = c.get("ward");
    const { id } = c.req.valid("param");
    await handoffs.claim(c.get("session").actor, ward.id, id);
    return c.redirect(`${base(ward.slug)}/${id}?ok=claimed`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/reply", validate("param", idParams), validate("form", handoffReplySchema), async (c) => {
    const ward = c.get("ward");
    const { id } = c.req.valid("param");
    await handoffs.reply(c.get("session").actor, ward.id, id, c.req.valid("form").text);
    return c.redirect(`${base(ward.slug)}/${id}?ok=sent`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/notes", validate("param", idParams), validate("form", handoffNoteSchema), async (c) => {
    const ward = c.get("ward");
    const { id } = c.req.valid("param");
    await handoffs.addNote(c.get("session").actor, ward.id, id, c.req.valid("form").body);
    return c.redirect(`${base(ward.slug)}/${id}?ok=noted`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/resolve", validate("param", idParams), async (c) => {
    const ward = c.get("ward");
    const { id } = c.req.valid("param");
    const { surveySent } = await handoffs.resolve(c.get("session").actor, ward.id, id);
    return c.redirect(`${base(ward.slug)}/${id}?ok=${surveySent ? "resolved-survey" : "resolved"}`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/save-as-entry", validate("param", idParams), async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const { id } = c.req.valid("param");
    const qa = await handoffs.questionAndAnswer(actor, ward.id, id);
    await knowledge.draftFromHandoff(actor, ward, id, qa);
    return c.redirect(`${base(ward.slug)}/${id}?ok=drafted`, 303);
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
