import { Hono } from "hono";
import { z } from "zod";
import type { Services } from "../services";
import { isProcedureVerified } from "../knowledge/procedure-facts";
import { rolesIn } from "./access";
import type { ConsoleContext, ConsoleEnv } from "./console-env";
import { periodOf } from "./period";
import { filterOf, PAGE_SIZE, uploadedFiles } from "./pages/report-pages";
import {
  askSchema,
  assignSchema,
  declineSchema,
  dismissSchema,
  sampleQuestionSchema,
  handoffListQuery,
  handoffNoteSchema,
  holidayDayParam,
  holidaySchema,
  handoffReplySchema,
  idParam,
  idParams,
  inboxListQuery,
  mergeSchema,
  prioritySchema,
  reportQuery,
  reportReplySchema,
  statusSchema,
  yearQuery,
} from "./schemas";
import { validate } from "./validation";
import { privacyApiRoutes } from "../privacy/privacy-routes";
import { registerScamWaveApi } from "../scam/scam-routes";

const versionParams = z.object({ vid: idParam });
const photoParams = idParams.extend({ photoId: idParam });

/**
 * /api/staff/… — the console's JSON API (same services, same schemas, same checks as the
 * pages). Sign-in, CSRF (header X-CSRF-Token) and the ward check run in consoleRoutes'
 * middleware.
 */
export function staffApiRoutes(services: Services) {
  const api = new Hono<ConsoleEnv>();
  const { handoffs, knowledge, insights, reports } = services.staff;
  const actor = (c: ConsoleContext) => c.get("session").actor;
  const wardId = (c: ConsoleContext) => c.get("ward").id;

  api.get("/me", (c) => {
    const { actor, csrfToken } = c.get("session");
    const wards = c.get("wardsOfActor").map((w) => ({ ...w, roles: [...rolesIn(actor, w.id)] }));
    return c.json({ id: actor.userId, email: actor.email, name: actor.name, isCityAdmin: actor.isCityAdmin, csrfToken, wards });
  });

  api.get("/wards/:slug/handoffs", validate("query", handoffListQuery), async (c) => {
    return c.json({ handoffs: await handoffs.list(actor(c), wardId(c), { status: c.req.valid("query").status }) });
  });
  /** The inbox as the console lists it: each resident's newest message, the last reply, waiting time, unread count. */
  api.get("/wards/:slug/inbox", validate("query", inboxListQuery), async (c) => c.json(await services.staff.inbox.list(actor(c), wardId(c), c.req.valid("query").filter)));
  api.get("/wards/:slug/handoffs/:id", validate("param", idParams), async (c) => c.json(await handoffs.detail(actor(c), wardId(c), c.req.valid("param").id)));
  api.post("/wards/:slug/handoffs/:id/claim", validate("param", idParams), async (c) => {
    await handoffs.claim(actor(c), wardId(c), c.req.valid("param").id);
    return c.json({ ok: true });
  });
  api.post("/wards/:slug/handoffs/:id/reply", validate("param", idParams), validate("json", handoffReplySchema), async (c) => {
    return c.json(await handoffs.reply(actor(c), wardId(c), c.req.valid("param").id, c.req.valid("json").text));
  });
  api.post("/wards/:slug/handoffs/:id/notes", validate("param", idParams), validate("json", handoffNoteSchema), async (c) => {
    await handoffs.addNote(actor(c), wardId(c), c.req.valid("param").id, c.req.valid("json").body);
    return c.json({ ok: true });
  });
  api.post("/wards/:slug/handoffs/:id/resolve", validate("param", idParams), async (c) => {
    return c.json({ ok: true, ...(await handoffs.resolve(actor(c), wardId(c), c.req.valid("param").id)) });
  });

  api.get("/wards/:slug/knowledge", async (c) => {
    const { entries, drafts, procedures } = await knowledge.list(actor(c), c.get("ward"));
    return c.json({
      entries: entries.map((e) => ({ id: e.id, title: e.title, category: e.category, status: e.status, verified: e.verified, unverified: e.unverified ?? null, wards: e.wards })),
      drafts: drafts.map(({ data: _d, ...d }) => d),
      procedures: procedures.map((p) => ({ id: p.id, name: p.name, code: p.code ?? null, verified: isProcedureVerified(p) })),
    });
  });
  api.get("/wards/:slug/knowledge/versions/:vid", validate("param", versionParams), async (c) => {
    const v = await knowledge.version(actor(c), c.get("ward"), c.req.valid("param").vid);
    return c.json({ ...v, data: JSON.parse(v.data) });
  });
  api.post("/wards/:slug/knowledge/versions/:vid/publish", validate("param", versionParams), async (c) => {
    await knowledge.publish(actor(c), c.get("ward"), c.req.valid("param").vid);
    return c.json({ ok: true });
  });
  api.post("/wards/:slug/ask", validate("json", askSchema), async (c) => {
    const ward = c.get("ward");
    const r = (await knowledge.assistantFor()).ask(c.req.valid("json").text, ward, services.deps.clock.now());
    return c.json({ kind: r.kind, reply: r.reply, entries: r.entries, explanation: r.explanation });
  });

  api.get("/wards/:slug/dashboard", async (c) => {
    const period = periodOf(c, services.deps.clock.now());
    const dashboard = await insights.dashboard(actor(c), c.get("ward"), period);
    return c.json({ ...dashboard, feedback: await reports.stats(actor(c), wardId(c), period) });
  });
  api.get("/wards/:slug/unanswered", async (c) => {
    return c.json({ groups: await services.staff.unanswered.groups(actor(c), c.get("ward"), periodOf(c, services.deps.clock.now())) });
  });
  api.post("/wards/:slug/unanswered/dismiss", validate("json", dismissSchema), async (c) => {
    await services.staff.unanswered.dismiss(actor(c), c.get("ward"), c.req.valid("json").question);
    return c.json({ ok: true });
  });
  api.post("/wards/:slug/unanswered/sample", validate("json", sampleQuestionSchema), async (c) => {
    const { question, entryId } = c.req.valid("json");
    return c.json({ versionId: await services.staff.unanswered.addSampleQuestion(actor(c), c.get("ward"), entryId, question) });
  });
  api.get("/wards/:slug/templates", async (c) => c.json({ templates: await handoffs.templates(actor(c), wardId(c)) }));

  // Residents' feedback reports (staff of the ward; StaffReportService checks the role)
  api.get("/wards/:slug/reports", validate("query", reportQuery), async (c) => {
    const query = c.req.valid("query");
    const rows = await reports.list(actor(c), wardId(c), filterOf(query));
    return c.json({ reports: rows.slice(0, PAGE_SIZE), page: query.page, more: rows.length > PAGE_SIZE });
  });
  // not /reports/assignees: a literal beside /reports/:id makes hono's RegExpRouter refuse the app's routes (tests/app-router.test.ts)
  api.get("/wards/:slug/report-assignees", async (c) => c.json({ assignees: await reports.assignees(actor(c), wardId(c)) }));
  api.get("/wards/:slug/reports/:id", validate("param", idParams), async (c) => c.json(await reports.detail(actor(c), wardId(c), c.req.valid("param").id)));
  api.get("/wards/:slug/reports/:id/photos/:photoId", validate("param", photoParams), async (c) => {
    const { id, photoId } = c.req.valid("param");
    const photo = await reports.photo(actor(c), wardId(c), id, photoId);
    return c.body(photo.bytes as Uint8Array<ArrayBuffer>, 200, { "Content-Type": photo.contentType, "X-Content-Type-Options": "nosniff" });
  });
  api.post("/wards/:slug/reports/:id/assign", validate("param", idParams), validate("json", assignSchema), async (c) =>
    c.json(await reports.assign(actor(c), wardId(c), c.req.valid("param").id, c.req.valid("json"))),
  );
  api.post("/wards/:slug/reports/:id/status", validate("param", idParams), validate("json", statusSchema), async (c) =>
    c.json(await reports.changeStatus(actor(c), wardId(c), c.req.valid("param").id, c.req.valid("json"))),
  );
  api.post("/wards/:slug/reports/:id/reply", validate("param", idParams), validate("json", reportReplySchema), async (c) =>
    c.json(await reports.reply(actor(c), wardId(c), c.req.valid("param").id, c.req.valid("json"))),
  );
  api.post("/wards/:slug/reports/:id/decline", validate("param", idParams), validate("json", declineSchema), async (c) =>
    c.json(await reports.decline(actor(c), wardId(c), c.req.valid("param").id, c.req.valid("json"))),
  );
  api.post("/wards/:slug/reports/:id/priority", validate("param", idParams), validate("json", prioritySchema), async (c) =>
    c.json(await reports.setPriority(actor(c), wardId(c), c.req.valid("param").id, c.req.valid("json"))),
  );
  api.post("/wards/:slug/reports/:id/merge", validate("param", idParams), validate("json", mergeSchema), async (c) =>
    c.json(await reports.merge(actor(c), wardId(c), c.req.valid("param").id, c.req.valid("json"))),
  );
  /** Result photos: multipart (field "photos", several allowed) or one image as the raw body. */
  api.post("/wards/:slug/reports/:id/photos", validate("param", idParams), async (c) => {
    const type = c.req.header("content-type") ?? "";
    const files = type.startsWith("multipart/form-data") ? await uploadedFiles(c) : [new Uint8Array(await c.req.arrayBuffer())].filter((b) => b.length);
    return c.json(await reports.attachResultPhotos(actor(c), wardId(c), c.req.valid("param").id, files), 201);
  });

  // City admin: the holiday calendar (HolidayService checks the city-admin role)
  api.get("/city/holidays", validate("query", yearQuery), async (c) => {
    const year = c.req.valid("query").year ?? new Date(services.deps.clock.now() + 7 * 3600_000).getUTCFullYear();
    return c.json({ year, days: await services.staff.holidays.year(actor(c), year) });
  });
  api.post("/city/holidays", validate("json", holidaySchema), async (c) => {
    await services.staff.holidays.set(actor(c), c.req.valid("json"));
    return c.json({ ok: true });
  });
  api.delete("/city/holidays/:day", validate("param", holidayDayParam), async (c) => {
    await services.staff.holidays.remove(actor(c), c.req.valid("param").day);
    return c.json({ ok: true });
  });

  // residents' personal data on their behalf, retention periods (issue 9)
  api.route("/", privacyApiRoutes(services));
  registerScamWaveApi(api, services);

  api.all("*", (c) => c.json({ error: "not_found", message: "Không tìm thấy." }, 404));
  return api;
}
