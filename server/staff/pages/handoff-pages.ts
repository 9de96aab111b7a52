import type { Hono } from "hono";
import { html, raw } from "hono/html";
import { z } from "zod";
import type { Services } from "../../services";
import { formBody, idParam, pageContext, parseInput, type ConsoleEnv } from "../console-env";
import type { WindowInfo } from "../handoff-service";
import { csrfField, flash, fmtDuration, fmtTime, layout, postButton } from "./layout";

const reasonLabels: Record<string, string> = {
  out_of_scope: "Trợ lý không trả lời được",
  asked_for_person: "Người dân muốn gặp cán bộ",
  not_helpful: "Người dân bấm “Chưa đúng”",
  unsupported_message: "Tin nhắn trợ lý không đọc được",
  empty: "Tin nhắn trống",
  scam_victim: "Người dân báo vừa bị lừa đảo (đã nhận hướng dẫn khẩn)",
};
const statusLabels: Record<string, string> = { open: "Chờ nhận", claimed: "Đang xử lý", resolved: "Đã giải quyết" };

export function windowBadge(w: WindowInfo) {
  if (w.state === "free") return html`<span class="badge green">Còn ${fmtDuration(w.freeLeftMs)} trả lời miễn phí</span>`;
  if (w.state === "limited")
    return html`<span class="badge amber">Đã quá 48 giờ miễn phí · còn ${fmtDuration(w.closesInMs)} trước khi Zalo khóa trả lời</span>`;
  return html`<span class="badge red">Quá 7 ngày: không thể trả lời qua Zalo</span>`;
}

const replySchema = z.object({ text: z.string().trim().min(1, "Vui lòng nhập nội dung trả lời.").max(6000, "Câu trả lời quá dài (tối đa 6.000 ký tự).") });
const noteSchema = z.object({ body: z.string().trim().min(1, "Vui lòng nhập ghi chú.").max(4000, "Ghi chú quá dài.") });
const templateSchema = z.object({
  title: z.string().trim().min(1, "Vui lòng nhập tên mẫu.").max(120, "Tên mẫu quá dài."),
  body: z.string().trim().min(1, "Vui lòng nhập nội dung mẫu.").max(4000, "Nội dung mẫu quá dài."),
});

export function registerHandoffPages(app: Hono<ConsoleEnv>, services: Services) {
  const { handoffs, knowledge } = services.staff;
  const base = (slug: string) => `/console/w/${slug}/handoffs`;

  app.get("/console/w/:slug/handoffs", async (c) => {
    const ward = c.get("ward");
    const status = parseInput(z.enum(["active", "open", "claimed", "resolved"]).default("active"), c.req.query("status") || undefined);
    const rows = await handoffs.list(c.get("session").actor, ward.id, { status });
    const tabs = [
      ["active", "Đang chờ"],
      ["open", "Chưa ai nhận"],
      ["claimed", "Đang xử lý"],
      ["resolved", "Đã giải quyết"],
    ] as const;
    return c.html(
      layout(
        pageContext(c),
        "Hỏi đáp chờ cán bộ",
        "handoffs",
        html`<p class="row">${tabs.map(([k, label]) => html`<a class="button ${k === status ? "" : "secondary"}" href="?status=${k}">${label}</a>`)}</p>
          ${rows.length
            ? html`<table>
                <caption class="muted" style="text-align:left">${rows.length} yêu cầu</caption>
                <thead><tr><th>Người dân</th><th>Câu hỏi</th><th>Lý do</th><th>Đã chờ</th><th>Thời hạn trả lời trên Zalo</th><th>Trạng thái</th></tr></thead>
                <tbody>${rows.map(
                  (r) => html`<tr class="${r.status !== "resolved" && !r.firstReplyAt && r.waitingMs > 8 * 3600_000 ? "overdue" : ""}">
                    <td>${r.residentName ?? "Người dân (chưa rõ tên)"}</td>
                    <td><a href="${base(ward.slug)}/${r.id}">${r.question.slice(0, 140)}</a></td>
                    <td>${reasonLabels[r.reason] ?? r.reason}</td>
                    <td>${fmtDuration(r.waitingMs)}<br><span class="muted">từ ${fmtTime(r.createdAt)}</span></td>
                    <td>${r.status === "resolved" ? "—" : r.miniappUserId !== null ? html`<span class="badge">Hỏi trong mini app</span>` : windowBadge(r.window)}</td>
                    <td>${statusLabels[r.status]}${r.claimedBy ? html`<br><span class="muted">${r.claimedBy}</span>` : ""}</td>
                  </tr>`,
                )}</tbody></table>`
            : html`<p>Không có yêu cầu nào.</p>`}`,
      ),
    );
  });

  app.get("/console/w/:slug/handoffs/:id", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const id = parseInput(idParam, c.req.param("id"));
    const d = await handoffs.detail(session.actor, ward.id, id);
    const templates = await handoffs.templates(session.actor, ward.id);
    const url = `${base(ward.slug)}/${id}`;
    const authorLabel: Record<string, string> = { resident: "Người dân", bot: "Trợ lý tự động", staff: "Cán bộ", oa_admin: "Quản trị OA (Zalo)" };
    // a mini-app question can always be answered in the app; the OA window only decides the extra Zalo message
    const closed = d.window.state === "closed" && d.channel !== "miniapp";
    return c.html(
      layout(
        pageContext(c),
        `Yêu cầu #${id}: ${d.resident?.displayName ?? "Người dân"}`,
        "handoffs",
        html`${flash(c.req.query("ok"))}
          <div class="card">
            <p><b>Câu hỏi:</b> ${d.handoff.question}</p>
            <p>${reasonLabels[d.handoff.reason] ?? d.handoff.reason} · Trạng thái: <b>${statusLabels[d.handoff.status]}</b>${d.claim ? html` (${d.claim.name})` : ""} · Đã chờ ${fmtDuration(d.waitingMs)}</p>
            <p>${windowBadge(d.window)} <span class="muted">Tin nhắn cuối của người dân: ${fmtTime(d.window.lastInteractionAt)}</span></p>
            <div class="row">
              ${d.handoff.status !== "resolved" && d.claim?.userId !== session.actor.userId ? postButton(`${url}/claim`, session.csrfToken, "Nhận xử lý") : ""}
              ${d.handoff.status !== "resolved" ? postButton(`${url}/resolve`, session.csrfToken, "Đánh dấu đã giải quyết", { cls: "secondary" }) : ""}
              ${d.replies.length ? postButton(`${url}/save-as-entry`, session.csrfToken, "Lưu thành mục kiến thức", { cls: "secondary" }) : ""}
            </div>
          </div>
          <div class="cols">
            <section aria-labelledby="transcript-h">
              <h2 id="transcript-h">Cuộc trò chuyện</h2>
              <div class="transcript">${d.transcript.map(
                (m) => html`<div class="bubble ${m.direction}"><span class="meta">${authorLabel[m.author] ?? m.author} · ${fmtTime(m.createdAt)}</span>${m.text ?? `[${m.kind}]`}</div>`,
              )}</div>
              <h2>Câu trả lời của cán bộ</h2>
              ${d.replies.length
                ? html`<ul>${d.replies.map(
                    (r) => html`<li>${fmtTime(r.createdAt)} · ${r.author}: ${r.text.slice(0, 200)}<br>${d.channel === "miniapp" ? html`<span class="badge green">Đã hiện trong mini app</span> ` : ""}${r.delivery.status === "in_app"
                      ? ""
                      : r.delivery.status === "sent"
                      ? html`<span class="badge green">Đã gửi tới Zalo</span>`
                      : r.delivery.status === "failed"
                        ? html`<span class="badge red">Gửi thất bại</span> <span>Lý do (mã ${r.delivery.errorCode ?? "?"}): ${r.delivery.errorMessage ?? "không rõ"}</span>`
                        : html`<span class="badge amber">Đang chờ gửi</span>${r.delivery.errorMessage ? html` <span class="muted">Lần trước lỗi (mã ${r.delivery.errorCode}): ${r.delivery.errorMessage}; hệ thống sẽ tự gửi lại.</span>` : ""}`}</li>`,
                  )}</ul>`
                : html`<p class="muted">Chưa có.</p>`}
            </section>
            <section aria-labelledby="reply-h">
              <h2 id="reply-h">${d.channel === "miniapp" ? "Trả lời người dân (hiện trong mini app)" : "Trả lời người dân qua Zalo"}</h2>
              ${closed
                ? html`<div class="msg err">Đã quá 7 ngày kể từ tin nhắn cuối của người dân: Zalo không cho phép Official Account trả lời nữa. Vui lòng liên hệ người dân bằng cách khác (điện thoại, hẹn gặp) và ghi chú lại.</div>`
                : html`<form method="post" action="${url}/reply">${csrfField(session.csrfToken)}
                    <label for="reply-text">${d.channel === "miniapp"
                      ? "Nội dung (hiện trong mục Hỏi đáp của mini app; gửi thêm qua tin nhắn Zalo nếu người dân vừa nhắn cho phường)"
                      : "Nội dung (người dân sẽ nhận trong Zalo)"}</label>
                    <textarea id="reply-text" name="text" rows="7" required maxlength="6000"></textarea>
                    <p><button type="submit">Gửi trả lời</button></p></form>
                  ${templates.length
                    ? html`<details><summary>Mẫu trả lời (${templates.length})</summary><ul>${templates.map(
                        (t) => html`<li><button type="button" class="secondary" data-template="${t.body}">Chèn</button> <b>${t.title}</b>: <span class="muted">${t.body.slice(0, 100)}</span></li>`,
                      )}</ul></details>`
                    : html`<p class="muted"><a href="/console/w/${ward.slug}/templates">Tạo mẫu trả lời</a> cho các câu hay gặp.</p>`}`}
              <h2>Ghi chú nội bộ</h2>
              <p class="muted">Chỉ cán bộ phường thấy; người dân không nhận được.</p>
              <ul>${d.notes.map((n) => html`<li>${fmtTime(n.createdAt)} · <b>${n.author}</b>: <span style="white-space:pre-wrap">${n.body}</span></li>`)}</ul>
              <form method="post" action="${url}/notes">${csrfField(session.csrfToken)}
                <label for="note">Ghi chú mới</label><textarea id="note" name="body" rows="3" required></textarea>
                <p><button type="submit" class="secondary">Thêm ghi chú</button></p></form>
            </section>
          </div>
          <script src="/console/static/console.js"></script>`,
      ),
    );
  });

  app.post("/console/w/:slug/handoffs/:id/claim", async (c) => {
    const ward = c.get("ward");
    const id = parseInput(idParam, c.req.param("id"));
    await handoffs.claim(c.get("session").actor, ward.id, id);
    return c.redirect(`${base(ward.slug)}/${id}?ok=claimed`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/reply", async (c) => {
    const ward = c.get("ward");
    const id = parseInput(idParam, c.req.param("id"));
    const { text } = parseInput(replySchema, await formBody(c));
    await handoffs.reply(c.get("session").actor, ward.id, id, text);
    return c.redirect(`${base(ward.slug)}/${id}?ok=sent`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/notes", async (c) => {
    const ward = c.get("ward");
    const id = parseInput(idParam, c.req.param("id"));
    const { body } = parseInput(noteSchema, await formBody(c));
    await handoffs.addNote(c.get("session").actor, ward.id, id, body);
    return c.redirect(`${base(ward.slug)}/${id}?ok=noted`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/resolve", async (c) => {
    const ward = c.get("ward");
    const id = parseInput(idParam, c.req.param("id"));
    await handoffs.resolve(c.get("session").actor, ward.id, id);
    return c.redirect(`${base(ward.slug)}/${id}?ok=resolved`, 303);
  });
  app.post("/console/w/:slug/handoffs/:id/save-as-entry", async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const id = parseInput(idParam, c.req.param("id"));
    const qa = await handoffs.questionAndAnswer(actor, ward.id, id);
    await knowledge.draftFromHandoff(actor, ward, id, qa);
    return c.redirect(`${base(ward.slug)}/${id}?ok=drafted`, 303);
  });

  app.get("/console/w/:slug/templates", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const list = await handoffs.templates(session.actor, ward.id);
    const url = `/console/w/${ward.slug}/templates`;
    return c.html(
      layout(
        pageContext(c),
        "Mẫu trả lời",
        "templates",
        html`${flash(c.req.query("ok"))}
          <table><thead><tr><th>Tên mẫu</th><th>Nội dung</th><th></th></tr></thead><tbody>
          ${list.map(
            (t) => html`<tr><td>${t.title}</td><td style="white-space:pre-wrap">${t.body}</td><td>${postButton(`${url}/${t.id}/delete`, session.csrfToken, "Xóa", { cls: "danger" })}</td></tr>`,
          )}</tbody></table>
          <h2>Thêm mẫu</h2>
          <form method="post" action="${url}" class="card">${csrfField(session.csrfToken)}
            <label for="t-title">Tên mẫu</label><input id="t-title" name="title" type="text" required maxlength="120">
            <label for="t-body">Nội dung</label><textarea id="t-body" name="body" required></textarea>
            <p><button type="submit">Lưu mẫu</button></p></form>${raw("")}`,
      ),
    );
  });
  app.post("/console/w/:slug/templates", async (c) => {
    const ward = c.get("ward");
    const input = parseInput(templateSchema, await formBody(c));
    await handoffs.saveTemplate(c.get("session").actor, ward.id, input);
    return c.redirect(`/console/w/${ward.slug}/templates?ok=saved`, 303);
  });
  app.post("/console/w/:slug/templates/:id/delete", async (c) => {
    const ward = c.get("ward");
    await handoffs.deleteTemplate(c.get("session").actor, ward.id, parseInput(idParam, c.req.param("id")));
    return c.redirect(`/console/w/${ward.slug}/templates?ok=deleted`, 303);
  });
}
