import { Hono } from "hono";
import { z } from "zod";
import type { Services } from "../services";
import { isProcedureVerified } from "../knowledge/procedure-facts";
import { rolesIn } from "./access";
import { idParam, parseInput, type ConsoleContext, type ConsoleEnv } from "./console-env";
import { periodOf } from "./pages/insight-pages";
import { assignSchema, declineSchema, mergeSchema, PAGE_SIZE, prioritySchema, replySchema, reportFilter, statusSchema, uploadedFiles } from "./pages/report-pages";
import { staffReports } from "./report-service";
import { privacyApiRoutes } from "../privacy/privacy-routes";

async function json(c: { req: { json: () => Promise<unknown> } }): Promise<unknown> {
  return c.req.json().catch(() => ({}));
}

/**
 * /api/staff/… — the console's JSON API (same services, same checks as the pages). Sign-in,
 * CSRF (header X-CSRF-Token) and the ward check run in consoleRoutes' middleware.
 */
export function staffApiRoutes(services: Services) {
  const api = new Hono<ConsoleEnv>();
  const { handoffs, knowledge, insights } = services.staff;

  api.get("/me", (c) => {
    const { actor, csrfToken } = c.get("session");
    const wards = c.get("wardsOfActor").map((w) => ({ ...w, roles: [...rolesIn(actor, w.id)] }));
    return c.json({ id: actor.userId, email: actor.email, name: actor.name, isCityAdmin: actor.isCityAdmin, csrfToken, wards });
  });

  api.get("/wards/:slug/handoffs", async (c) => {
    const status = parseInput(z.enum(["active", "open", "claimed", "resolved"]).default("active"), c.req.query("status") || undefined);
    return c.json({ handoffs: await handoffs.list(c.get("session").actor, c.get("ward").id, { status }) });
  });
  api.get("/wards/:slug/handoffs/:id", async (c) => {
    return c.json(await handoffs.detail(c.get("session").actor, c.get("ward").id, parseInput(idParam, c.req.param("id"))));
  });
  api.post("/wards/:slug/handoffs/:id/claim", async (c) => {
    await handoffs.claim(c.get("session").actor, c.get("ward").id, parseInput(idParam, c.req.param("id")));
    return c.json({ ok: true });
  });
  api.post("/wards/:slug/handoffs/:id/reply", async (c) => {
    const { text } = parseInput(z.object({ text: z.string().trim().min(1, "Vui lòng nhập nội dung trả lời.").max(6000) }), await json(c));
    return c.json(await handoffs.reply(c.get("session").actor, c.get("ward").id, parseInput(idParam, c.req.param("id")), text));
  });
  api.post("/wards/:slug/handoffs/:id/notes", async (c) => {
    const { body } = parseInput(z.object({ body: z.string().trim().min(1, "Vui lòng nhập ghi chú.").max(4000) }), await json(c));
    await handoffs.addNote(c.get("session").actor, c.get("ward").id, parseInput(idParam, c.req.param("id")), body);
    return c.json({ ok: true });
  });
  api.post("/wards/:slug/handoffs/:id/resolve", async (c) => {
    await handoffs.resolve(c.get("session").actor, c.get("ward").id, parseInput(idParam, c.req.param("id")));
    return c.json({ ok: true });
  });

  api.get("/wards/:slug/knowledge", async (c) => {
    const { entries, drafts, procedures } = await knowledge.list(c.get("session").actor, c.get("ward"));
    return c.json({
      entries: entries.map((e) => ({ id: e.id, title: e.title, category: e.category, status: e.status, verified: e.verified, unverified: e.unverified ?? null, wards: e.wards })),
      drafts: drafts.map(({ data: _d, ...d }) => d),
      procedures: procedures.map((p) => ({ id: p.id, name: p.name, code: p.code ?? null, verified: isProcedureVerified(p) })),
    });
  });
  api.get("/wards/:slug/knowledge/versions/:vid", async (c) => {
    const v = await knowledge.version(c.get("session").actor, c.get("ward"), parseInput(idParam, c.req.param("vid")));
    return c.json({ ...v, data: JSON.parse(v.data) });
  });
  api.post("/wards/:slug/knowledge/versions/:vid/publish", async (c) => {
    await knowledge.publish(c.get("session").actor, c.get("ward"), parseInput(idParam, c.req.param("vid")));
    return c.json({ ok: true });
  });
  api.post("/wards/:slug/ask", async (c) => {
    const ward = c.get("ward");
    if (!rolesIn(c.get("session").actor, ward.id).size) return c.json({ error: "forbidden" }, 403);
    const { text } = parseInput(z.object({ text: z.string().trim().min(1, "Vui lòng nhập câu hỏi.").max(2000) }), await json(c));
    const r = (await knowledge.assistantFor()).ask(text, ward, services.deps.clock.now());
    return c.json({ kind: r.kind, reply: r.reply, entries: r.entries, explanation: r.explanation });
  });

  api.get("/wards/:slug/dashboard", async (c) => {
    const period = periodOf(c, services.deps.clock.now());
    const dashboard = await insights.dashboard(c.get("session").actor, c.get("ward"), period);
    return c.json({ ...dashboard, feedback: await staffReports(services).stats(c.get("session").actor, c.get("ward").id, period) });
  });
  api.get("/wards/:slug/unanswered", async (c) => {
    return c.json({ groups: await insights.unanswered(c.get("session").actor, c.get("ward"), periodOf(c, services.deps.clock.now())) });
  });
  api.get("/wards/:slug/templates", async (c) => c.json({ templates: await handoffs.templates(c.get("session").actor, c.get("ward").id) }));

  // Residents' feedback reports (staff of the ward; StaffReportService checks the role)
  const reports = staffReports(services);
  const actor = (c: ConsoleContext) => c.get("session").actor;
  const reportId = (c: ConsoleContext) => parseInput(idParam, c.req.param("id"));
  api.get("/wards/:slug/reports", async (c) => {
    const { query, filter } = reportFilter(c.req.query());
    const rows = await reports.list(actor(c), c.get("ward").id, filter);
    return c.json({ reports: rows.slice(0, PAGE_SIZE), page: query.page, more: rows.length > PAGE_SIZE });
  });
  api.get("/wards/:slug/reports/assignees", async (c) => c.json({ assignees: await reports.assignees(actor(c), c.get("ward").id) }));
  api.get("/wards/:slug/reports/:id", async (c) => c.json(await reports.detail(actor(c), c.get("ward").id, reportId(c))));
  api.get("/wards/:slug/reports/:id/photos/:photoId", async (c) => {
    const photo = await reports.photo(actor(c), c.get("ward").id, reportId(c), parseInput(idParam, c.req.param("photoId")));
    return c.body(photo.bytes as Uint8Array<ArrayBuffer>, 200, { "Content-Type": photo.contentType, "X-Content-Type-Options": "nosniff" });
  });
  api.post("/wards/:slug/reports/:id/assign", async (c) => c.json(await reports.assign(actor(c), c.get("ward").id, reportId(c), parseInput(assignSchema, await json(c)))));
  api.post("/wards/:slug/reports/:id/status", async (c) => c.json(await reports.changeStatus(actor(c), c.get("ward").id, reportId(c), parseInput(statusSchema, await json(c)))));
  api.post("/wards/:slug/reports/:id/reply", async (c) => c.json(await reports.reply(actor(c), c.get("ward").id, reportId(c), parseInput(replySchema, await json(c)))));
  api.post("/wards/:slug/reports/:id/decline", async (c) => c.json(await reports.decline(actor(c), c.get("ward").id, reportId(c), parseInput(declineSchema, await json(c)))));
  api.post("/wards/:slug/reports/:id/priority", async (c) => c.json(await reports.setPriority(actor(c), c.get("ward").id, reportId(c), parseInput(prioritySchema, await json(c)))));
  api.post("/wards/:slug/reports/:id/merge", async (c) => c.json(await reports.merge(actor(c), c.get("ward").id, reportId(c), parseInput(mergeSchema, await json(c)))));
  /** Result photos: multipart (field "photos", several allowed) or one image as the raw body. */
  api.post("/wards/:slug/reports/:id/photos", async (c) => {
    const type = c.req.header("content-type") ?? "";
    const files = type.startsWith("multipart/form-data") ? await uploadedFiles(c) : [new Uint8Array(await c.req.arrayBuffer())].filter((b) => b.length);
    return c.json(await reports.attachResultPhotos(actor(c), c.get("ward").id, reportId(c), files), 201);
  });

  // residents' personal data on their behalf, retention periods (issue 9)
  api.route("/", privacyApiRoutes(services));

  api.all("*", (c) => c.json({ error: "not_found", message: "Không tìm thấy." }, 404));
  return api;
}
