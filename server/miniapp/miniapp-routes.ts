import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { z } from "zod";
import { categoryLabels as kbCategoryLabels } from "../assistant/assistant";
import { categoryLabels, reportCategories } from "../feedback/feedback-categories";
import { MAX_PHOTO_BYTES } from "../feedback/image-sanitizer";
import {
  chatHandoffSchema,
  chatQuestionSchema,
  latLngSchema,
  rateSchema,
  reopenSchema,
  reportInputSchema,
  scamCheckSchema,
  similarQuerySchema,
  type MiniappConfig,
} from "../feedback/report-contract";
import { BODY_LIMITS, limitBody } from "../lib/body-limits";
import { NotFoundError, ValidationError } from "../lib/errors";
import type { Services } from "../services";
import { checkReceivedMessage } from "../assistant/scam/reply";
import { scamReportWrites } from "../scam/scam-reports";
import { runBatch } from "../staff/batch";
import type { MiniappPrincipal } from "./miniapp-session-service";

/*
 * /api/miniapp/… — the residents' mini app API. Every input is validated with zod and every
 * rejection carries a Vietnamese message the app shows as is. Authentication: a bearer session
 * token from POST /session (Zalo access token verified with Graph) or, in development only,
 * POST /session/dev.
 */

const wardSlug = z.string().regex(/^[a-z0-9-]+$/).max(60).optional();

// The report schemas are shared with the mini app (server/feedback/report-contract.ts).
const schemas = {
  session: z.object({ ward: wardSlug, accessToken: z.string().min(10, "Thiếu mã đăng nhập Zalo.").max(2000) }),
  devSession: z.object({ ward: wardSlug, userId: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/), name: z.string().max(100).optional() }),
  infoToken: z.object({ accessToken: z.string().min(10).max(2000), code: z.string().min(4, "Thiếu mã từ Zalo.").max(2000) }),
  similar: similarQuerySchema,
  report: reportInputSchema,
  rate: rateSchema,
  reopen: reopenSchema,
  near: z.object({ location: latLngSchema.optional(), address: z.string().max(300).optional() }),
  search: z.object({ q: z.string().trim().max(200, "Từ khóa quá dài (tối đa 200 ký tự).").default(""), category: z.string().max(40).optional() }),
  scam: scamCheckSchema,
  chat: chatQuestionSchema,
  chatHandoff: chatHandoffSchema,
  geocode: z.object({ lat: z.coerce.number(), lng: z.coerce.number() }).pipe(latLngSchema),
};

/** Where the map opens when nothing better is known: central Hanoi (Hoàn Kiếm). */
const HANOI_CENTER = { lat: 21.0285, lng: 105.8542 };

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const message = [...new Set(parsed.error.issues.map((i) => (/[À-ỹ]/.test(i.message) ? i.message : "Dữ liệu gửi lên không hợp lệ.")))].join(" ");
    throw new ValidationError("invalid_input", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "), message);
  }
  return parsed.data;
}

async function jsonBody(c: Context): Promise<unknown> {
  return c.req.json().catch(() => {
    throw new ValidationError("invalid_json", "body is not JSON", "Dữ liệu gửi lên không hợp lệ.");
  });
}

function idParam(c: Context, name: string): number {
  const n = Number(c.req.param(name));
  if (!Number.isInteger(n) || n <= 0) throw new NotFoundError("report_not_found", "bad id", "Không tìm thấy phản ánh.");
  return n;
}

type Env = { Variables: { principal: MiniappPrincipal } };

export function miniappRoutes(services: Services) {
  const { reports, sessions, graph, chat, geocoder } = services.feedback;
  const app = new Hono<Env>();

  // The mini app is served by Zalo from its own domain; auth is a bearer token (no cookies), so any origin may call.
  app.use("*", cors({ origin: "*", allowHeaders: ["authorization", "content-type"], allowMethods: ["GET", "POST", "OPTIONS"], maxAge: 600 }));
  // JSON bodies are small (a report form is a few KiB); photos have their own limit below
  const jsonLimit = limitBody(BODY_LIMITS.miniappJson);
  app.use("*", (c, next) => (c.req.method === "POST" && c.req.path.endsWith("/photos") ? next() : jsonLimit(c, next)));

  const wardOf = async (slug: string | undefined) => {
    if (slug) return services.wards.bySlug(slug);
    const configured = services.deps.config.defaultWard;
    if (configured) return services.wards.bySlug(configured);
    const [first] = await services.wards.list();
    if (!first) throw new NotFoundError("no_ward", "no ward configured", "Chưa có phường nào được cấu hình.");
    return first;
  };

  app.post("/session", async (c) => {
    const body = parse(schemas.session, await jsonBody(c));
    return c.json(await sessions.startWithZaloToken(await wardOf(body.ward), body.accessToken));
  });

  app.post("/session/dev", async (c) => {
    const body = parse(schemas.devSession, await jsonBody(c));
    return c.json(await sessions.startDev(await wardOf(body.ward), body.userId, body.name));
  });

  app.get("/categories", (c) => c.json({ categories: reportCategories.map((id) => ({ id, label: categoryLabels[id] })) }));

  // Public settings the app needs before login: categories, the map (tile URL is a deployment setting).
  app.get("/config", async (c) => {
    const ward = await wardOf(parse(z.object({ ward: wardSlug }), { ward: c.req.query("ward") }).ward).catch(() => undefined);
    const center = ward?.profile.map_center;
    const body: MiniappConfig = {
      categories: reportCategories.map((id) => ({ id, label: categoryLabels[id] })),
      map: { tileUrl: services.deps.config.map.tileUrl, attribution: services.deps.config.map.attribution, center: center ?? HANOI_CENTER, zoom: center ? 16 : 15 },
      geocoder: Boolean(geocoder),
    };
    return c.json(body);
  });

  // Everything below needs a session.
  const authed = new Hono<Env>();
  authed.use("*", async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    c.set("principal", await sessions.authenticate(header.startsWith("Bearer ") ? header.slice(7).trim() : undefined));
    await next();
  });

  authed.get("/me", async (c) => {
    const p = c.get("principal");
    const ward = await services.wards.byId(p.wardId);
    return c.json({ user: { name: p.displayName }, ward: { slug: ward.slug, name: ward.name, hotline: ward.profile.hotline }, notices: await reports.unreadNotices(p.wardId, p.userId) });
  });

  // Phone and location tokens from zmp-sdk are exchanged here, never in the app (they need the app secret).
  authed.post("/phone", async (c) => {
    const p = c.get("principal");
    const body = parse(schemas.infoToken, await jsonBody(c));
    await reports.consume(p.wardId, p.userId, "action");
    const secret = await sessions.appSecret(await services.wards.byId(p.wardId));
    const number = await graph.phone(body.accessToken, body.code, secret);
    return c.json({ phone: number.startsWith("84") ? `0${number.slice(2)}` : number });
  });

  authed.post("/location", async (c) => {
    const p = c.get("principal");
    const body = parse(schemas.infoToken, await jsonBody(c));
    await reports.consume(p.wardId, p.userId, "action");
    const secret = await sessions.appSecret(await services.wards.byId(p.wardId));
    return c.json(await graph.location(body.accessToken, body.code, secret));
  });

  authed.post(
    "/photos",
    bodyLimit({
      maxSize: MAX_PHOTO_BYTES,
      onError: () => {
        throw new ValidationError("photo_too_large", "photo over the size limit", "Ảnh quá lớn (tối đa 8 MB). Ông/bà vui lòng chọn ảnh khác hoặc chụp lại.");
      },
    }),
    async (c) => {
      const p = c.get("principal");
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (!bytes.length) throw new ValidationError("empty_upload", "empty body", "Chưa có ảnh nào được gửi lên.");
      return c.json(await reports.uploadPhoto(p.wardId, p.userId, bytes), 201);
    },
  );

  // Not under /reports/: a literal beside /reports/:id/… for the same method makes hono's
  // RegExpRouter refuse the whole route list, and SmartRouter then runs every request of the app
  // (the webhook's too) on the slower TrieRouter (tests/app-router.test.ts).
  const similar = async (c: Context<Env>) => {
    const p = c.get("principal");
    const body = parse(schemas.similar, await jsonBody(c));
    return c.json({ reports: await reports.similar(p.wardId, p.userId, body) });
  };
  authed.post("/similar-reports", similar);
  // The old path, for mini app builds still in residents' hands: as a parameter, which RegExpRouter accepts.
  authed.post("/reports/:id", (c) => (c.req.param("id") === "similar" ? similar(c) : c.notFound()));

  authed.post("/reports", async (c) => {
    const p = c.get("principal");
    const body = parse(schemas.report, await jsonBody(c));
    return c.json(await reports.create(p.wardId, p.userId, body), 201);
  });

  authed.get("/reports", async (c) => {
    const p = c.get("principal");
    return c.json({ reports: await reports.listForResident(p.wardId, p.userId) });
  });

  authed.get("/reports/:id", async (c) => {
    const p = c.get("principal");
    return c.json(await reports.getForResident(p.wardId, p.userId, idParam(c, "id")));
  });

  authed.get("/reports/:id/photos/:photoId", async (c) => {
    const p = c.get("principal");
    const photo = await reports.photoForResident(p.wardId, p.userId, idParam(c, "id"), idParam(c, "photoId"));
    return c.body(photo.bytes as Uint8Array<ArrayBuffer>, 200, { "content-type": photo.contentType, "cache-control": "private, max-age=3600" });
  });

  authed.post("/reports/:id/follow", async (c) => {
    const p = c.get("principal");
    const body = parse(schemas.near, await jsonBody(c));
    return c.json(await reports.follow(p.wardId, p.userId, idParam(c, "id"), body));
  });

  authed.post("/reports/:id/rate", async (c) => {
    const p = c.get("principal");
    const body = parse(schemas.rate, await jsonBody(c));
    await reports.consume(p.wardId, p.userId, "action");
    return c.json(await reports.rate(p.wardId, p.userId, idParam(c, "id"), body.rating, body.comment));
  });

  authed.post("/reports/:id/reopen", async (c) => {
    const p = c.get("principal");
    const body = parse(schemas.reopen, await jsonBody(c));
    await reports.consume(p.wardId, p.userId, "action");
    return c.json(await reports.reopen(p.wardId, p.userId, idParam(c, "id"), body.reason));
  });

  // The resident's own data (Law 91/2025/QH15): see it all, or delete it.
  authed.get("/my-data", async (c) => {
    const p = c.get("principal");
    return c.json(await services.privacy.personalData.export(p.wardId, p.userId));
  });
  authed.post("/my-data/delete", async (c) => {
    const p = c.get("principal");
    parse(z.object({ confirm: z.literal(true, { message: "Vui lòng xác nhận xóa dữ liệu." }) }), await jsonBody(c));
    const erased = await services.privacy.personalData.erase(p.wardId, p.userId, { staffUserId: null });
    return c.json({ ok: true, erased, message: "Phường đã xóa dữ liệu cá nhân của ông/bà (phản ánh được giữ lại ở dạng ẩn danh để thống kê)." });
  });

  // Hỏi đáp: the same engine as the chat.
  authed.get("/qa/categories", async (c) => {
    const p = c.get("principal");
    const ward = await services.wards.byId(p.wardId);
    const assistant = await services.knowledge.assistant();
    const entries = assistant.kb.entries.filter((e) => e.status === "published" && (e.wards === "all" || e.wards.includes(ward.slug)));
    const categories = Object.entries(kbCategoryLabels).map(([id, label]) => ({
      id,
      label,
      entries: entries.filter((e) => e.category === id).map((e) => ({ id: e.id, title: e.title })),
    }));
    return c.json({ categories: categories.filter((x) => x.entries.length) });
  });

  authed.get("/qa/search", async (c) => {
    const p = c.get("principal");
    const q = parse(schemas.search, { q: c.req.query("q") ?? "", category: c.req.query("category") });
    if (!q.q) return c.json({ results: [] });
    await reports.consume(p.wardId, p.userId, "search");
    const ward = await services.wards.byId(p.wardId);
    const assistant = await services.knowledge.assistant();
    const results = assistant.search(q.q, ward, 10).filter((r) => !q.category || r.category === q.category);
    return c.json({ results });
  });

  authed.get("/qa/entries/:id", async (c) => {
    const p = c.get("principal");
    const ward = await services.wards.byId(p.wardId);
    const assistant = await services.knowledge.assistant();
    const entry = assistant.entry(c.req.param("id"));
    if (!entry || !(entry.wards === "all" || entry.wards.includes(ward.slug))) throw new NotFoundError("entry_not_found", "no entry", "Không tìm thấy nội dung này.");
    return c.json({ id: entry.id, title: entry.title, category: entry.category, text: assistant.renderEntry(entry, ward), links: entry.links });
  });

  authed.post("/scam-check", async (c) => {
    const p = c.get("principal");
    const body = parse(schemas.scam, await jsonBody(c));
    await reports.consume(p.wardId, p.userId, "check");
    const ward = await services.wards.byId(p.wardId);
    const assistant = await services.knowledge.assistant();
    // what is pasted here was received: judged as a forwarded message even without "tin này…"
    const now = services.deps.clock.now();
    const result = checkReceivedMessage(body.text, { kb: assistant.kb, ward, now, related: (n) => assistant.search(body.text, ward, n).filter((e) => e.category === "lua-dao") });
    await runBatch(services.deps.db, scamReportWrites(services.deps.db, { wardId: ward.id, residentKey: `miniapp:${p.userId}`, channel: "miniapp", result, now }));
    return c.json({
      verdict: result.kind === "scam_warning" ? (result.scam?.outcome === "victim" ? "victim" : "scam") : "no_signs",
      reply: result.reply,
      signals: result.scam?.signals ?? [],
      domains: result.scam?.domains ?? [],
    });
  });

  // "Địa chỉ gần ghim": counted like a search (the app asks only when the pin rests).
  authed.get("/geocode", async (c) => {
    const p = c.get("principal");
    const q = parse(schemas.geocode, { lat: c.req.query("lat"), lng: c.req.query("lng") });
    if (!geocoder) return c.json({ address: null });
    await reports.consume(p.wardId, p.userId, "search");
    return c.json({ address: await geocoder.reverse(q.lat, q.lng) });
  });

  // Hỏi đáp as a conversation: the same engine as the chat; "hỏi cán bộ" passes the question to a person.
  authed.get("/chat", async (c) => {
    const p = c.get("principal");
    return c.json(await chat.view(p.wardId, p.userId));
  });

  authed.post("/chat", async (c) => {
    const p = c.get("principal");
    const body = parse(schemas.chat, await jsonBody(c));
    await reports.consume(p.wardId, p.userId, "search");
    return c.json(await chat.ask(p.wardId, p.userId, body.text));
  });

  authed.post("/chat/handoff", async (c) => {
    const p = c.get("principal");
    const body = parse(schemas.chatHandoff, await jsonBody(c));
    await reports.consume(p.wardId, p.userId, "action");
    return c.json(await chat.askStaff(p.wardId, p.userId, body.question));
  });

  app.route("/", authed);
  return app;
}
