import type { Hono } from "hono";
import { html, raw } from "hono/html";
import { z } from "zod";
import { categories, categoryLabels, procedureSchema, type KnowledgeEntry, type Procedure } from "../../knowledge/knowledge-schema";
import { isProcedureVerified, type FactKey, type TextFact } from "../../knowledge/procedure-facts";
import type { Services } from "../../services";
import type { Ward } from "../../wards/ward-profile";
import { can } from "../access";
import { formBody, idParam, lines, pageContext, parseInput, type ConsoleContext, type ConsoleEnv } from "../console-env";
import { greenLaneSchema } from "../ward-admin-service";
import { entryDraftSchema, type EntryDraft, type Preview } from "../knowledge-editor";
import { csrfField, flash, fmtTime, layout, postButton } from "./layout";

const versionStatus: Record<string, string> = { draft: "Bản nháp", review: "Chờ duyệt", published: "Đã xuất bản", withdrawn: "Đã hủy" };
const entityIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Mã không hợp lệ.");

function pairs(value: unknown, keys: [string, string]): Array<Record<string, string>> {
  return lines(value).map((l) => {
    const [a, ...rest] = l.split("|");
    return { [keys[0]]: (a ?? "").trim(), [keys[1]]: rest.join("|").trim() };
  });
}

/** The entry form → a draft (validated loosely; full rules apply on review and publish). */
function draftFromForm(form: Record<string, string | string[]>, ward: Ward, fixedId?: string): EntryDraft {
  const wardsField = typeof form.wards === "string" ? form.wards.trim() : "";
  const wards = wardsField === "all" ? "all" : wardsField ? wardsField.split(/[,\s]+/).filter(Boolean) : [ward.slug];
  return parseInput(entryDraftSchema, {
    id: fixedId ?? (typeof form.id === "string" ? form.id.trim() : ""),
    title: form.title,
    summary: typeof form.summary === "string" && form.summary.trim() ? form.summary.trim() : undefined,
    category: form.category,
    questions: lines(form.questions),
    keywords: typeof form.keywords === "string" ? form.keywords.split(",").map((k) => k.trim()).filter(Boolean) : [],
    procedures: typeof form.procedures === "string" ? form.procedures.split(/[,\s]+/).filter(Boolean) : [],
    action: form.action === "handoff" ? "handoff" : undefined,
    links: pairs(form.links, ["label", "url"]),
    sources: pairs(form.sources, ["title", "url"]),
    wards,
    last_reviewed: form.last_reviewed,
    verified: form.verified === "on",
    unverified: typeof form.unverified === "string" && form.unverified.trim() ? form.unverified.trim() : undefined,
    body: typeof form.body === "string" ? form.body.replace(/\r\n/g, "\n") : "",
  });
}

function entryForm(action: string, csrf: string, d: Partial<EntryDraft>, options: { newId?: boolean; submit: string }) {
  const text = (v: string[] | undefined) => (v ?? []).join("\n");
  return html`<form method="post" action="${action}" class="card">${csrfField(csrf)}
    ${options.newId ? html`<label for="f-id">Mã mục (chữ thường không dấu, nối bằng gạch ngang)</label><input id="f-id" name="id" type="text" required value="${d.id ?? ""}">` : html`<p>Mã mục: <code>${d.id}</code></p>`}
    <label for="f-title">Tiêu đề</label><input id="f-title" name="title" type="text" required value="${d.title ?? ""}">
    <label for="f-summary">Tóm tắt (tối đa 300 ký tự)</label><textarea id="f-summary" name="summary" rows="2" maxlength="300">${d.summary ?? ""}</textarea>
    <label for="f-category">Chủ đề</label><select id="f-category" name="category">${categories.map(
      (k) => html`<option value="${k}" ${k === d.category ? raw("selected") : ""}>${categoryLabels[k]}</option>`,
    )}</select>
    <label for="f-questions">Câu hỏi mẫu (mỗi dòng một câu, ít nhất 3)</label><textarea id="f-questions" name="questions" rows="4">${text(d.questions)}</textarea>
    <label for="f-body">Nội dung trả lời (được dùng {{ward.hotline}}, {{procedure.cap-can-cuoc.documents}}, {{green_lane.list}}…)</label>
    <textarea id="f-body" name="body" rows="12">${d.body ?? ""}</textarea>
    <label for="f-keywords">Từ khóa (cách nhau bởi dấu phẩy)</label><input id="f-keywords" name="keywords" type="text" value="${(d.keywords ?? []).join(", ")}">
    <label for="f-procedures">Mã thủ tục liên quan (cách nhau bởi dấu phẩy)</label><input id="f-procedures" name="procedures" type="text" value="${(d.procedures ?? []).join(", ")}">
    <label for="f-links">Đường dẫn cho người dân (mỗi dòng: Nhãn | https://…, tối đa 3)</label><textarea id="f-links" name="links" rows="2">${(d.links ?? []).map((l) => `${l.label} | ${l.url}`).join("\n")}</textarea>
    <label for="f-sources">Nguồn chính thức (mỗi dòng: Tên nguồn | https://…)</label><textarea id="f-sources" name="sources" rows="3">${(d.sources ?? []).map((s) => `${s.title} | ${s.url}`).join("\n")}</textarea>
    <label for="f-wards">Áp dụng cho phường (mã phường, cách nhau bởi dấu phẩy; "all" = mọi phường)</label><input id="f-wards" name="wards" type="text" value="${d.wards === "all" ? "all" : (d.wards ?? []).join(", ")}">
    <label for="f-reviewed">Ngày rà soát</label><input id="f-reviewed" name="last_reviewed" type="date" required value="${d.last_reviewed ?? ""}">
    <label><input type="checkbox" name="verified" ${d.verified ? raw("checked") : ""}> Đã xác minh với phường</label>
    <label for="f-unverified">Nếu chưa xác minh: điều gì đang chờ xác nhận</label><input id="f-unverified" name="unverified" type="text" value="${d.unverified ?? ""}">
    <label><input type="checkbox" name="action" value="handoff" ${d.action === "handoff" ? raw("checked") : ""}> Trả lời xong thì chuyển cán bộ</label>
    <p><button type="submit">${options.submit}</button></p>
  </form>`;
}

export function zaloPreview(p: Preview) {
  return html`<section aria-labelledby="preview-h"><h2 id="preview-h">Xem trước trên Zalo</h2>
    ${p.problems.length ? html`<div class="msg warn"><b>Cần xem lại:</b><ul>${p.problems.map((x) => html`<li>${x}</li>`)}</ul></div>` : ""}
    ${p.text
      ? html`<p class="muted">${p.length} ký tự · ${p.parts.length} tin nhắn (Zalo giới hạn 2.000 ký tự mỗi tin)</p>
          <div class="zalo" data-testid="zalo-preview">${p.parts.map((part, i) => html`<div class="part" aria-label="Tin nhắn ${i + 1}">${part}</div>`)}</div>`
      : html`<p class="muted">Chưa dựng được câu trả lời.</p>`}</section>`;
}

/** One fact of a procedure record: its text, whether an official source confirms it, the source, what to confirm. */
function factFields(key: FactKey, label: string, value: string, fact: Partial<TextFact> | undefined, multiline = false) {
  return html`<fieldset><legend>${label}</legend>
    ${multiline
      ? html`<textarea id="p-${key}" name="${key}" rows="3" aria-label="${label}">${value}</textarea>`
      : html`<input id="p-${key}" name="${key}" type="text" required value="${value}" aria-label="${label}">`}
    <label><input type="checkbox" name="${key}_verified" ${fact?.verified ? raw("checked") : ""}> Đã xác nhận theo nguồn chính thức</label>
    <label for="p-${key}-source">Nguồn (https://…)</label><input id="p-${key}-source" name="${key}_source" type="text" value="${fact?.source ?? ""}">
    <label for="p-${key}-note">Nếu chưa xác nhận: điều gì cần xác nhận</label><input id="p-${key}-note" name="${key}_note" type="text" value="${fact?.note ?? ""}">
  </fieldset>`;
}

function procedureForm(action: string, csrf: string, p: Partial<Procedure>, submit: string) {
  return html`<form method="post" action="${action}" class="card">${csrfField(csrf)}
    <p>Mã hồ sơ: <code>${p.id}</code></p><input type="hidden" name="id" value="${p.id ?? ""}">
    <label for="p-name">Tên thủ tục</label><input id="p-name" name="name" type="text" required value="${p.name ?? ""}">
    <label for="p-code">Mã thủ tục trên Cổng Dịch vụ công quốc gia (ví dụ 1.001193)</label><input id="p-code" name="code" type="text" value="${p.code ?? ""}">
    <label for="p-code-url">Trang của thủ tục trên Cổng Dịch vụ công quốc gia</label><input id="p-code-url" name="code_url" type="text" value="${p.code_url ?? ""}">
    <label for="p-summary">Tóm tắt (tối đa 300 ký tự)</label><textarea id="p-summary" name="summary" rows="2">${p.summary ?? ""}</textarea>
    <label for="p-body">Cơ quan giải quyết</label><input id="p-body" name="deciding_body" type="text" required value="${p.deciding_body ?? ""}">
    <label for="p-sub">Hình thức nộp</label><select id="p-sub" name="submission">${(["online_full", "online_partial", "in_person"] as const).map(
      (s) => html`<option value="${s}" ${s === p.submission ? raw("selected") : ""}>${{ online_full: "Trực tuyến toàn trình", online_partial: "Trực tuyến một phần", in_person: "Trực tiếp" }[s]}</option>`,
    )}</select>
    ${factFields("where", "Nơi nộp", p.where?.text ?? "", p.where)}
    <label for="p-docs">Giấy tờ (mỗi dòng một loại)</label><textarea id="p-docs" name="documents" rows="5">${(p.documents ?? []).join("\n")}</textarea>
    ${factFields("legal_time", "Thời hạn giải quyết theo quy định", p.legal_time?.text ?? "", p.legal_time)}
    ${factFields("fee", "Lệ phí", p.fee?.text ?? "", p.fee)}
    ${factFields("legal_basis", "Căn cứ pháp lý (mỗi dòng một văn bản)", (p.legal_basis?.items ?? []).join("\n"), p.legal_basis, true)}
    <label for="p-online">Làm trực tuyến</label><textarea id="p-online" name="online" rows="2">${p.online ?? ""}</textarea>
    <label for="p-special">Trường hợp đặc biệt</label><textarea id="p-special" name="special" rows="2">${p.special ?? ""}</textarea>
    <label for="p-dvc">Đường dẫn Dịch vụ công</label><input id="p-dvc" name="dvc_url" type="text" value="${p.dvc_url ?? ""}">
    <label for="p-sources">Nguồn (mỗi dòng: Tên | https://…)</label><textarea id="p-sources" name="sources" rows="3">${(p.sources ?? []).map((s) => `${s.title} | ${s.url}`).join("\n")}</textarea>
    <p><button type="submit">${submit}</button></p></form>`;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function factFromForm(form: Record<string, string | string[]>, key: FactKey) {
  return {
    ...(key === "legal_basis" ? { items: lines(form[key]) } : { text: typeof form[key] === "string" ? form[key].trim() : "" }),
    verified: form[`${key}_verified`] === "on",
    source: optionalText(form[`${key}_source`]),
    note: optionalText(form[`${key}_note`]),
  };
}

function procedureFromForm(form: Record<string, string | string[]>): Procedure {
  return parseInput(procedureSchema, {
    id: form.id,
    name: form.name,
    code: optionalText(form.code),
    code_url: optionalText(form.code_url),
    summary: optionalText(form.summary),
    deciding_body: form.deciding_body,
    submission: form.submission,
    where: factFromForm(form, "where"),
    documents: lines(form.documents),
    legal_time: factFromForm(form, "legal_time"),
    fee: factFromForm(form, "fee"),
    legal_basis: factFromForm(form, "legal_basis"),
    online: optionalText(form.online),
    special: optionalText(form.special),
    dvc_url: optionalText(form.dvc_url),
    sources: pairs(form.sources, ["title", "url"]),
  });
}

export function registerKnowledgePages(app: Hono<ConsoleEnv>, services: Services) {
  const editor = services.staff.knowledge;
  const kbBase = (c: ConsoleContext) => `/console/w/${c.get("ward").slug}/kb`;

  app.get("/console/w/:slug/kb", async (c) => {
    const ward = c.get("ward");
    const { entries, drafts, procedures } = await editor.list(c.get("session").actor, ward);
    const b = kbBase(c);
    return c.html(
      layout(
        pageContext(c),
        "Kiến thức của trợ lý",
        "kb",
        html`${flash(c.req.query("ok"))}<p><a class="button" href="${b}/new">Viết mục mới</a></p>
          <h2>Bản nháp và chờ duyệt của phường</h2>
          ${drafts.length
            ? html`<table><thead><tr><th>Mục</th><th>Loại</th><th>Trạng thái</th><th>Người soạn</th><th>Cập nhật</th></tr></thead><tbody>${drafts.map(
                (d) => html`<tr><td><a href="${b}/v/${d.id}">${d.title}</a></td><td>${d.kind === "entry" ? "Mục kiến thức" : "Thủ tục"}</td><td>${versionStatus[d.status]}</td><td>${d.author ?? ""}</td><td>${fmtTime(d.updatedAt)}</td></tr>`,
              )}</tbody></table>`
            : html`<p class="muted">Không có.</p>`}
          <h2>Các mục đang dùng (${entries.length})</h2>
          <table><thead><tr><th>Tiêu đề</th><th>Chủ đề</th><th>Trạng thái</th><th>Xác minh</th><th>Phạm vi</th></tr></thead><tbody>${entries.map(
            (e) => html`<tr><td><a href="${b}/e/${e.id}">${e.title}</a></td><td>${categoryLabels[e.category]}</td><td>${e.status === "published" ? "Đang dùng" : versionStatus[e.status]}</td>
              <td>${e.verified ? html`<span class="badge green">Đã xác minh</span>` : html`<span class="badge amber" title="${e.unverified ?? ""}">Chưa xác minh</span>`}</td>
              <td>${e.wards === "all" ? "Mọi phường" : e.wards.join(", ")}</td></tr>`,
          )}</tbody></table>
          <h2>Hồ sơ thủ tục (${procedures.length})</h2>
          <ul>${procedures.map((p) => html`<li><a href="${b}/p/${p.id}">${p.name}</a>${isProcedureVerified(p) ? "" : html` <span class="badge amber">Chưa xác minh</span>`}</li>`)}</ul>`,
      ),
    );
  });

  app.get("/console/w/:slug/kb/new", async (c) => {
    const ward = c.get("ward");
    const today = new Date(services.deps.clock.now()).toISOString().slice(0, 10);
    return c.html(
      layout(pageContext(c), "Viết mục kiến thức mới", "kb", entryForm(`${kbBase(c)}/new`, c.get("session").csrfToken, { wards: [ward.slug], last_reviewed: today, category: "phuong" }, { newId: true, submit: "Lưu bản nháp" })),
    );
  });
  app.post("/console/w/:slug/kb/new", async (c) => {
    const ward = c.get("ward");
    const draft = draftFromForm(await formBody(c), ward);
    const id = await editor.saveEntryDraft(c.get("session").actor, ward, draft, { isNew: true });
    return c.redirect(`${kbBase(c)}/v/${id}?ok=saved`, 303);
  });

  app.get("/console/w/:slug/kb/e/:id", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const id = parseInput(entityIdSchema, c.req.param("id"));
    const { live, versions } = await editor.entryHistory(session.actor, ward, "entry", id);
    const entry = live as KnowledgeEntry | undefined;
    const preview = entry ? await editor.previewEntry(ward, entry) : undefined;
    return c.html(
      layout(
        pageContext(c),
        entry?.title ?? id,
        "kb",
        html`${flash(c.req.query("ok"))}
          ${entry && !entry.verified ? html`<div class="msg warn">Mục này <b>chưa được xác minh</b>: ${entry.unverified ?? ""}. Người dân thấy “(chưa xác nhận)” ngay sau những thông tin chưa xác nhận; phường xác nhận ở trang Xác nhận thông tin.</div>` : ""}
          <div class="cols"><div>
            <h2>Sửa mục (tạo bản nháp mới)</h2>
            ${entry ? entryForm(`${kbBase(c)}/e/${id}/draft`, session.csrfToken, entry, { submit: "Lưu bản nháp" }) : html`<p>Mục này chưa được xuất bản.</p>`}
          </div><div>
            ${preview ? zaloPreview(preview) : ""}
            ${historyTable(kbBase(c), versions)}
          </div></div>`,
      ),
    );
  });
  app.post("/console/w/:slug/kb/e/:id/draft", async (c) => {
    const ward = c.get("ward");
    const id = parseInput(entityIdSchema, c.req.param("id"));
    const draft = draftFromForm(await formBody(c), ward, id);
    const vid = await editor.saveEntryDraft(c.get("session").actor, ward, draft);
    return c.redirect(`${kbBase(c)}/v/${vid}?ok=saved`, 303);
  });

  app.get("/console/w/:slug/kb/p/:id", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const id = parseInput(entityIdSchema, c.req.param("id"));
    const { live, versions } = await editor.entryHistory(session.actor, ward, "procedure", id);
    return c.html(
      layout(
        pageContext(c),
        (live as Procedure | undefined)?.name ?? id,
        "kb",
        html`${flash(c.req.query("ok"))}<p class="muted">Hồ sơ thủ tục dùng chung cho mọi phường: người biên tập soạn và gửi duyệt, quản trị cấp thành phố xuất bản.</p>
          <div class="cols"><div>${live ? procedureForm(`${kbBase(c)}/p/${id}/draft`, session.csrfToken, live as Procedure, "Lưu bản nháp") : ""}</div>
          <div>${historyTable(kbBase(c), versions)}</div></div>`,
      ),
    );
  });
  app.post("/console/w/:slug/kb/p/:id/draft", async (c) => {
    const ward = c.get("ward");
    const procedure = procedureFromForm(await formBody(c));
    const vid = await editor.saveProcedureDraft(c.get("session").actor, ward, procedure);
    return c.redirect(`${kbBase(c)}/v/${vid}?ok=saved`, 303);
  });

  app.get("/console/w/:slug/kb/v/:vid", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const v = await editor.version(session.actor, ward, parseInput(idParam, c.req.param("vid")));
    const data = JSON.parse(v.data);
    const b = kbBase(c);
    const own = v.wardId === ward.id;
    const url = `${b}/v/${v.id}`;
    const editable = own && v.status === "draft";
    const body =
      v.kind === "entry"
        ? html`<div class="cols"><div>
            ${editable ? entryForm(url, session.csrfToken, data as EntryDraft, { submit: "Lưu bản nháp" }) : html`<div class="card"><pre>${(data as EntryDraft).body}</pre></div>`}
          </div><div>${zaloPreview(await editor.previewEntry(ward, data as EntryDraft))}</div></div>`
        : editable
          ? procedureForm(url, session.csrfToken, data as Procedure, "Lưu bản nháp")
          : html`<div class="card"><pre>${JSON.stringify(data, null, 2)}</pre></div>`;
    const actions = html`<div class="row">
      ${own && v.status === "draft" ? postButton(`${url}/review`, session.csrfToken, "Gửi duyệt") : ""}
      ${own && v.status === "review" && can(session.actor, ward.id, "communicator") ? postButton(`${url}/publish`, session.csrfToken, "Duyệt và xuất bản") : ""}
      ${own && v.status === "review" ? postButton(`${url}/return`, session.csrfToken, "Trả về bản nháp", { cls: "secondary" }) : ""}
      ${own && (v.status === "draft" || v.status === "review") ? postButton(`${url}/withdraw`, session.csrfToken, "Hủy bản nháp", { cls: "danger" }) : ""}
      ${v.status === "published" ? postButton(`${url}/restore`, session.csrfToken, "Khôi phục phiên bản này") : ""}
      <a class="button secondary" href="${b}/${v.kind === "entry" ? "e" : "p"}/${v.entityId}">Xem mục và lịch sử</a>
    </div>`;
    return c.html(
      layout(
        pageContext(c),
        `${v.kind === "entry" ? "Mục kiến thức" : "Thủ tục"} ${v.entityId} · phiên bản #${v.id}`,
        "kb",
        html`${flash(c.req.query("ok"))}<p>Trạng thái: <b>${versionStatus[v.status]}</b>${v.note ? html` · ${v.note}` : ""}${v.publishedAt ? html` · xuất bản lúc ${fmtTime(v.publishedAt)}` : ""}</p>${actions}${body}`,
      ),
    );
  });
  app.post("/console/w/:slug/kb/v/:vid", async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const vid = parseInput(idParam, c.req.param("vid"));
    const v = await editor.version(actor, ward, vid);
    const form = await formBody(c);
    if (v.kind === "entry") await editor.saveEntryDraft(actor, ward, draftFromForm(form, ward, v.entityId), { versionId: vid });
    else await editor.saveProcedureDraft(actor, ward, procedureFromForm({ ...form, id: v.entityId }), { versionId: vid });
    return c.redirect(`${kbBase(c)}/v/${vid}?ok=saved`, 303);
  });
  const transition = (path: string, run: (vid: number, c: ConsoleContext) => Promise<unknown>, ok: string, after?: (c: ConsoleContext, vid: number) => Promise<string>) =>
    app.post(`/console/w/:slug/kb/v/:vid/${path}`, async (c) => {
      const vid = parseInput(idParam, c.req.param("vid"));
      await run(vid, c);
      const target = after ? await after(c, vid) : `${kbBase(c)}/v/${vid}`;
      return c.redirect(`${target}?ok=${ok}`, 303);
    });
  transition("review", (vid, c) => editor.submitForReview(c.get("session").actor, c.get("ward"), vid), "review");
  transition("return", (vid, c) => editor.returnOrWithdraw(c.get("session").actor, c.get("ward"), vid, "draft"), "returned");
  transition("withdraw", (vid, c) => editor.returnOrWithdraw(c.get("session").actor, c.get("ward"), vid, "withdrawn"), "withdrawn");
  transition("publish", (vid, c) => editor.publish(c.get("session").actor, c.get("ward"), vid), "published", async (c, vid) => {
    const v = await editor.version(c.get("session").actor, c.get("ward"), vid);
    return `${kbBase(c)}/${v.kind === "entry" ? "e" : "p"}/${v.entityId}`;
  });
  transition("restore", (vid, c) => editor.restore(c.get("session").actor, c.get("ward"), vid), "restored", async (c, vid) => {
    const v = await editor.version(c.get("session").actor, c.get("ward"), vid);
    return `${kbBase(c)}/${v.kind === "entry" ? "e" : "p"}/${v.entityId}`;
  });

  // "Thử trợ lý": ask as a resident of this ward would
  const tryPage = async (c: ConsoleContext, question?: string) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const assistant = question ? await editor.assistantFor() : undefined;
    const result = assistant && question ? assistant.ask(question, ward, services.deps.clock.now()) : undefined;
    const kinds: Record<string, string> = { answer: "Trả lời", clarify: "Hỏi lại cho rõ", handoff: "Chuyển cán bộ", smalltalk: "Chào hỏi", scam_warning: "Cảnh báo lừa đảo", scam_no_signs: "Kiểm tra tin nhắn: không thấy dấu hiệu rõ ràng", scam_victim: "Bị lừa: hướng dẫn khẩn và chuyển cán bộ" };
    return c.html(
      layout(
        pageContext(c),
        "Thử trợ lý",
        "try",
        html`<p>Đặt câu hỏi như người dân ${ward.name} hỏi trên Zalo. Câu hỏi thử không được ghi vào thống kê.</p>
          <form method="post" action="/console/w/${ward.slug}/try" class="card">${csrfField(session.csrfToken)}
            <label for="q">Câu hỏi</label><input id="q" name="text" type="text" required maxlength="2000" value="${question ?? ""}" autofocus>
            <p><button type="submit">Hỏi trợ lý</button></p></form>
          ${result
            ? html`<div class="cols"><div><h2>Trợ lý trả lời</h2><div class="zalo" data-testid="assistant-reply"><div class="part">${result.reply}</div>
                ${result.suggestions.length ? html`<p>${result.suggestions.map((s) => html`<span class="badge">${s.title}</span> `)}</p>` : ""}</div></div>
                <div><h2>Vì sao</h2><p>Quyết định: <b>${kinds[result.kind === "scam_warning" && result.scam?.outcome === "victim" ? "scam_victim" : result.kind] ?? result.kind}</b></p><p data-testid="assistant-explanation">${result.explanation}</p>
                <h2>Các mục đã xét</h2>${result.entries.length
                  ? html`<table><thead><tr><th>Mục</th><th>Điểm</th></tr></thead><tbody>${result.entries.map(
                      (e) => html`<tr><td><a href="${kbBase(c)}/e/${e.id}">${e.title}</a></td><td>${e.score}</td></tr>`,
                    )}</tbody></table>`
                  : html`<p class="muted">Không có mục nào.</p>`}</div></div>`
            : ""}`,
      ),
    );
  };
  app.get("/console/w/:slug/try", async (c) => {
    if (!can(c.get("session").actor, c.get("ward").id, "communicator", "staff")) return c.text("", 403);
    return tryPage(c);
  });
  app.post("/console/w/:slug/try", async (c) => {
    if (!can(c.get("session").actor, c.get("ward").id, "communicator", "staff")) return c.text("", 403);
    const { text } = parseInput(z.object({ text: z.string().trim().min(1, "Vui lòng nhập câu hỏi.").max(2000, "Câu hỏi quá dài.") }), await formBody(c));
    return tryPage(c, text);
  });

  // Green lane: part of the ward profile, kept by communicators and admins
  app.get("/console/w/:slug/green-lane", async (c) => {
    const ward = await services.wards.byId(c.get("ward").id);
    const session = c.get("session");
    if (!can(session.actor, ward.id, "communicator", "admin")) return c.text("", 403);
    const kb = await editor.knowledgeBase();
    const gl = ward.profile.green_lane;
    return c.html(
      layout(
        pageContext(c),
        "Danh mục thủ tục làn xanh",
        "green-lane",
        html`${flash(c.req.query("ok"))}<p>Trợ lý dùng danh mục này khi trả lời {{green_lane.list}} và cho từng thủ tục. Mỗi dòng: <code>mã thủ tục | thời gian giải quyết | ghi chú (nếu có)</code>.</p>
          <form method="post" action="/console/w/${ward.slug}/green-lane" class="card">${csrfField(session.csrfToken)}
            <label for="gl">Danh mục</label><textarea id="gl" name="items" rows="10">${gl.items.map((i) => `${i.procedure} | ${i.time}${i.note ? ` | ${i.note}` : ""}`).join("\n")}</textarea>
            <label><input type="checkbox" name="sample" ${gl.sample ? raw("checked") : ""}> Đây là danh mục mẫu, phường chưa xác nhận</label>
            <p><button type="submit">Lưu danh mục</button></p></form>
          <h2>Mã thủ tục có sẵn</h2><ul>${[...kb.procedures.values()].map((p) => html`<li><code>${p.id}</code>: ${p.name} (quy định: ${p.legal_time.text})</li>`)}</ul>`,
      ),
    );
  });
  app.post("/console/w/:slug/green-lane", async (c) => {
    const ward = await services.wards.byId(c.get("ward").id);
    const form = await formBody(c);
    const kb = await editor.knowledgeBase();
    const items = lines(form.items).map((l) => {
      const [procedure, time, ...note] = l.split("|").map((x) => x.trim());
      return { procedure: procedure ?? "", time: time ?? "", ...(note.join("|").trim() ? { note: note.join(" | ").trim() } : {}) };
    });
    const unknown = items.filter((i) => !kb.procedures.has(i.procedure)).map((i) => i.procedure);
    if (unknown.length) parseInput(z.never({ message: `Không có thủ tục mã: ${unknown.join(", ")}.` }), undefined);
    const greenLane = parseInput(greenLaneSchema.extend({}), { sample: form.sample === "on", items });
    await services.staff.wardAdmin.updateGreenLane(c.get("session").actor, ward, greenLane);
    return c.redirect(`/console/w/${ward.slug}/green-lane?ok=saved`, 303);
  });
}

function historyTable(base: string, versions: Array<{ id: number; status: string; author: string | null; updatedAt: number; publishedAt: number | null; note: string | null }>) {
  return html`<h2>Lịch sử phiên bản</h2>${versions.length
    ? html`<table><thead><tr><th>#</th><th>Trạng thái</th><th>Người soạn</th><th>Thời gian</th></tr></thead><tbody>${versions.map(
        (v) => html`<tr><td><a href="${base}/v/${v.id}">#${v.id}</a></td><td>${versionStatus[v.status]}${v.note ? html`<br><span class="muted">${v.note}</span>` : ""}</td><td>${v.author ?? ""}</td><td>${fmtTime(v.publishedAt ?? v.updatedAt)}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="muted">Chưa có phiên bản nào được sửa trong bàn làm việc (nội dung gốc lấy từ kho kiến thức).</p>`}`;
}
