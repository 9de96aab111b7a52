import { Hono } from "hono";
import { z } from "zod";
import type { Services } from "../services";
import { rolesIn } from "./access";
import { idParam, parseInput, type ConsoleEnv } from "./console-env";
import { periodOf } from "./pages/insight-pages";

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
      procedures: procedures.map((p) => ({ id: p.id, name: p.name, verified: p.verified })),
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
    return c.json(await insights.dashboard(c.get("session").actor, c.get("ward"), periodOf(c, services.deps.clock.now())));
  });
  api.get("/wards/:slug/unanswered", async (c) => {
    return c.json({ groups: await insights.unanswered(c.get("session").actor, c.get("ward"), periodOf(c, services.deps.clock.now())) });
  });
  api.get("/wards/:slug/templates", async (c) => c.json({ templates: await handoffs.templates(c.get("session").actor, c.get("ward").id) }));

  api.all("*", (c) => c.json({ error: "not_found", message: "Không tìm thấy." }, 404));
  return api;
}
