import type { Hono } from "hono";
import { html } from "hono/html";
import { z } from "zod";
import type { Services } from "../../services";
import type { Ward } from "../../wards/ward-profile";
import { formBody, pageContext, parseInput, type ConsoleEnv } from "../console-env";
import type { FactRow } from "../fact-confirmation-service";
import type { SetupItem } from "../ward-setup-service";
import { csrfField, fmtTime, layout, postButton } from "./layout";

const confirmSchema = z.object({
  kind: z.enum(["procedure", "entry"]),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Mã không hợp lệ."),
  fact: z.enum(["where", "legal_time", "fee", "legal_basis", "entry"], { message: "Thông tin không hợp lệ." }),
});
const confirmAllSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Mã không hợp lệ."),
  fact: z.enum(["where", "legal_time", "fee", "legal_basis"], { message: "Thông tin không hợp lệ." }),
  source: z.string().trim().url("Vui lòng nhập đường dẫn https:// tới trang chính thức.").startsWith("https://", "Đường dẫn phải bắt đầu bằng https://."),
});

const doneMessages: Record<string, string> = {
  confirmed: "Đã ghi nhận phường xác nhận. Người dân của phường sẽ không còn thấy “(chưa xác nhận)” ở thông tin này.",
  verified_all: "Đã xác nhận cho mọi phường: hồ sơ thủ tục được xuất bản lại với nguồn chính thức.",
};

function confirmedBadge(c: { by_name: string; at: number }) {
  return html`<span class="badge green">Phường đã xác nhận · ${c.by_name} · ${fmtTime(c.at)}</span>`;
}

/** The ward admin's first steps, shown on the home page: the green-lane list comes first. */
export function setupChecklist(ward: Ward, items: SetupItem[], openFacts: number | undefined) {
  const base = `/console/w/${ward.slug}`;
  const links: Record<SetupItem["key"], string | undefined> = {
    green_lane: `${base}/green-lane`,
    address: `${base}/settings`,
    office_hours: `${base}/settings`,
    hotline: `${base}/settings`,
    police: `${base}/settings`,
    oa: undefined,
  };
  const left = items.filter((i) => !i.done).length;
  return html`<section class="card" aria-labelledby="setup-h" data-testid="setup-checklist">
    <h2 id="setup-h">Việc cần làm để ${ward.name} dùng trợ lý với thông tin thật${left ? ` (còn ${left} việc)` : ""}</h2>
    <ol>${items.map(
      (item, i) => html`<li data-setup="${item.key}">
        ${item.done ? html`<span class="badge green">Xong</span>` : html`<span class="badge amber">Cần làm</span>`}
        ${links[item.key] && !item.done ? html`<a href="${links[item.key]}"><b>${i === 0 ? "Bước đầu tiên: " : ""}${item.label}</b></a>` : html`<b>${item.label}</b>`}
        <div class="muted">${item.detail}</div>
      </li>`,
    )}</ol>
    ${openFacts ? html`<p><a href="${base}/facts">Còn ${openFacts} thông tin chờ phường xác nhận</a> (lệ phí, thời hạn, nơi làm… trong câu trả lời hiện kèm “(chưa xác nhận)”).</p>` : ""}
  </section>`;
}

function factRow(ward: Ward, csrf: string, isCityAdmin: boolean, procedureId: string, f: FactRow) {
  const base = `/console/w/${ward.slug}/facts`;
  return html`<tr data-fact="${procedureId}.${f.key}">
    <th scope="row">${f.label}</th>
    <td>${f.value}<div class="muted">Cần xác nhận: ${f.note}${f.source ? html` · <a href="${f.source}" rel="noopener noreferrer" target="_blank">nguồn đã tìm</a>` : ""}</div></td>
    <td>${f.confirmed
      ? confirmedBadge(f.confirmed)
      : postButton(`${base}/confirm`, csrf, "Đã xác nhận", { fields: { kind: "procedure", id: procedureId, fact: f.key } })}
      ${isCityAdmin
        ? html`<form method="post" action="${base}/confirm-all" class="inline">${csrfField(csrf)}<input type="hidden" name="id" value="${procedureId}"><input type="hidden" name="fact" value="${f.key}">
            <label class="inline" style="display:inline;font-weight:400">Nguồn chính thức <input name="source" type="url" placeholder="https://…gov.vn/…" required></label>
            <button type="submit" class="secondary">Xác nhận cho mọi phường</button></form>`
        : ""}</td>
  </tr>`;
}

export function registerFactPages(app: Hono<ConsoleEnv>, services: Services) {
  const { facts } = services.staff;

  app.get("/console/w/:slug/facts", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const { entries, procedures, open } = await facts.list(session.actor, ward);
    const base = `/console/w/${ward.slug}/facts`;
    const done = doneMessages[c.req.query("ok") ?? ""];
    return c.html(
      layout(
        pageContext(c),
        "Thông tin chờ xác nhận",
        "facts",
        html`${done ? html`<div class="msg ok" role="status">${done}</div>` : ""}
          <p>Người dân thấy “(chưa xác nhận)” ngay sau những thông tin dưới đây. Khi phường đã đối chiếu (văn bản, bảng niêm yết tại Bộ phận Một cửa), bấm <b>Đã xác nhận</b>: chỉ người dân của ${ward.name} không còn thấy dấu này; hệ thống ghi lại ai xác nhận, lúc nào (xem Nhật ký). Nội dung sai thì sửa ở mục Kiến thức.</p>
          <p class="muted">Còn ${open} thông tin chưa xác nhận.</p>
          <h2>Hồ sơ thủ tục</h2>
          ${procedures.map(
            (p) => html`<section class="card" aria-label="${p.procedure.name}">
              <h3>${p.procedure.name}${p.procedure.code ? html` <span class="muted">· mã ${p.procedure.code_url ? html`<a href="${p.procedure.code_url}" rel="noopener noreferrer" target="_blank">${p.procedure.code}</a>` : p.procedure.code}</span>` : ""}</h3>
              <table><tbody>${p.facts.map((f) => factRow(ward, session.csrfToken, session.actor.isCityAdmin, p.procedure.id, f))}</tbody></table>
            </section>`,
          )}
          <h2>Mục kiến thức</h2>
          <table><thead><tr><th>Mục</th><th>Điều cần xác nhận</th><th></th></tr></thead><tbody>${entries.map(
            (e) => html`<tr data-entry="${e.entry.id}"><td><a href="/console/w/${ward.slug}/kb/e/${e.entry.id}">${e.entry.title}</a></td><td>${e.entry.unverified ?? ""}</td>
              <td>${e.confirmed ? confirmedBadge(e.confirmed) : postButton(`${base}/confirm`, session.csrfToken, "Đã xác nhận", { fields: { kind: "entry", id: e.entry.id, fact: "entry" } })}</td></tr>`,
          )}</tbody></table>`,
      ),
    );
  });

  app.post("/console/w/:slug/facts/confirm", async (c) => {
    const ward = c.get("ward");
    const input = parseInput(confirmSchema, await formBody(c));
    await facts.confirmForWard(c.get("session").actor, ward, input);
    return c.redirect(`/console/w/${ward.slug}/facts?ok=confirmed`, 303);
  });

  app.post("/console/w/:slug/facts/confirm-all", async (c) => {
    const ward = c.get("ward");
    const input = parseInput(confirmAllSchema, await formBody(c));
    await facts.confirmForAllWards(c.get("session").actor, ward, input);
    return c.redirect(`/console/w/${ward.slug}/facts?ok=verified_all`, 303);
  });
}
