import { Hono, type Context } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { getPath } from "hono/utils/url";
import { z } from "zod";
import { BODY_LIMITS, limitBody } from "./lib/body-limits";
import { declaredBodyLimit, declaresBodyWithin } from "./lib/declared-body-limit";
import { clientAddress } from "./lib/client-address";
import { preparedSecureHeaders } from "./lib/prepared-secure-headers";
import { requestHeader } from "./lib/request-header";
import { AppError, httpStatusOf, NotFoundError, RateLimitedError, ValidationError } from "./lib/errors";
import { miniappRoutes } from "./miniapp/miniapp-routes";
import type { Services } from "./services";
import type { IntakeResult } from "./webhooks/webhook-intake";
import { consoleRoutes } from "./staff/console-routes";

/** Processes a stored webhook event after the response: waitUntil on Workers, the processing
 *  thread (or an in-process queue) on Node. Losing it is safe: the sweeper finds the event. */
export type ProcessInBackground = (c: Context, eventId: number, accepted: IntakeResult["accepted"]) => void;

/** HSTS, nosniff, no framing; cross-origin loads stay allowed (the mini app: see below). */
const SECURE_HEADERS = { strictTransportSecurity: "max-age=31536000; includeSubDomains", crossOriginResourcePolicy: false, crossOriginOpenerPolicy: false, referrerPolicy: false } as const;

const WEBHOOK_PATH = "/webhooks/zalo";
/** Zalo events are a few kilobytes; anything bigger is refused before it is read or parsed. */
const WEBHOOK_MAX_BODY = 64 * 1024;

/** The webhook's two answers, serialised once: `{ ok: true, duplicate }`. */
const ACK_NEW = JSON.stringify({ ok: true, duplicate: false });
const ACK_DUPLICATE = JSON.stringify({ ok: true, duplicate: true });

const askSchema = z.object({
  text: z.string().trim().min(1, "Vui lòng nhập câu hỏi.").max(2000, "Câu hỏi quá dài (tối đa 2.000 ký tự)."),
  ward: z.string().regex(/^[a-z0-9-]+$/).optional(),
});

/** Builds the HTTP app from services; no globals, no environment reads. */
export function createApp(services: Services, processInBackground: ProcessInBackground) {
  const { logger } = services.deps;
  const app = new Hono();

  const handleError = (err: Error, c: Context) => {
    if (err instanceof AppError) {
      const status = httpStatusOf(err);
      if (status >= 500) logger.error("request failed", { path: c.req.path, code: err.code, error: err.message });
      return c.json({ error: err.code, message: err.publicMessage ?? err.message }, status);
    }
    logger.error("unexpected error", { path: c.req.path, error: err });
    return c.json({ error: "internal_error", message: "Hệ thống đang gặp sự cố, vui lòng thử lại sau." }, 500);
  };
  const notFound = (c: Context) => c.json({ error: "not_found", message: "Không tìm thấy trang này." }, 404);
  app.onError(handleError);
  app.notFound(notFound);

  // Zalo events are a few kilobytes; anything bigger is refused before it is read or parsed.
  const webhookBodyLimit = declaredBodyLimit({
    maxSize: WEBHOOK_MAX_BODY,
    onError: (c) => c.json({ error: "payload_too_large", message: "webhook body over 64 KiB" }, 413),
  });
  // The hottest route: the same secure headers, prepared once (server/lib/prepared-secure-headers.ts);
  // registered before the "*" middleware below, which it replaces for this route.
  const webhookHeaders = preparedSecureHeaders(SECURE_HEADERS);
  const acknowledge = async (c: Context) => {
    const raw = await c.req.text();
    const result = await services.intake.receive(raw, requestHeader(c, "x-zevent-signature"));
    if (result.pending) {
      processInBackground(c, result.eventId, result.accepted);
    }
    return webhookHeaders.respondJson(result.duplicate ? ACK_DUPLICATE : ACK_NEW);
  };
  app.post(WEBHOOK_PATH, webhookHeaders.middleware, webhookBodyLimit, acknowledge);
  // The same route in an app of its own, for calls whose declared length passes the limit (nearly
  // every call: Zalo sends Content-Length): there it is the only handler that matches, so hono
  // runs it without compose — no middleware chain, the "*" middleware below included — where
  // this app runs three handlers and the chain for every webhook (bench/README.md "Issue 15,
  // session 11, wave 2"). Same headers, same errors (preparedSecureHeaders.alone); calls declaring
  // more, chunked or without a length go through this app's route, its limits and 413s as before.
  const webhookApp = new Hono();
  webhookApp.onError(handleError);
  webhookApp.notFound(notFound);
  webhookApp.post(WEBHOOK_PATH, webhookHeaders.alone(acknowledge, handleError));

  // HSTS (browsers keep to HTTPS once they have seen it over TLS), nosniff on every response
  // (photos included), no framing. The mini app is served by Zalo from another origin and loads
  // our API with CORS, so resources stay loadable cross-origin.
  app.use("*", secureHeaders(SECURE_HEADERS));

  app.get("/healthz", async (c) => {
    const wards = await services.wards.count();
    return c.json({ ok: true, wards, knowledgeVersion: (await services.knowledge.version()) ?? null });
  });

  app.post("/api/ask", limitBody(BODY_LIMITS.ask), async (c) => {
    // per client address, counted in the database: every Node thread and Worker isolate shares it
    const { askRate, clientIpHeader } = services.deps.config;
    const address = clientAddress(c, clientIpHeader);
    if (!(await services.rateCounter.hit(`ask:m:${address}`, askRate.perMinute, 60_000)) || !(await services.rateCounter.hit(`ask:d:${address}`, askRate.perDay, 86_400_000))) {
      throw new RateLimitedError("rate_limited", `ask rate limit for ${address}`, "Ông/bà hỏi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít phút.");
    }
    const json = await c.req.json().catch(() => {
      throw new ValidationError("invalid_json", "body is not JSON", "Dữ liệu gửi lên không hợp lệ.");
    });
    const parsed = askSchema.safeParse(json);
    if (!parsed.success) {
      const message = parsed.error.issues.map((i) => i.message).join(" ");
      throw new ValidationError("invalid_input", message, message);
    }
    const ward = parsed.data.ward
      ? await services.wards.bySlug(parsed.data.ward)
      : await defaultWard(services);
    const result = await services.answers.answer(parsed.data.text, ward);
    return c.json({
      kind: result.kind,
      reply: result.reply,
      entries: result.entries,
      choices: result.choices,
      // the earlier shape: each choice as a quick reply whose text picks it
      suggestions: result.choices.map((ch) => ({ title: ch.label, query: `${ch.n}. ${ch.label}` })),
      links: result.links,
      explanation: result.explanation,
    });
  });

  app.route("/api/miniapp", miniappRoutes(services));
  app.route("/", consoleRoutes(services));

  const fetchHere = app.fetch;
  app.fetch = (request, env, executionCtx) =>
    request.method === "POST" && declaresBodyWithin(request, env, WEBHOOK_MAX_BODY) && getPath(request) === WEBHOOK_PATH
      ? webhookApp.fetch(request, env, executionCtx)
      : fetchHere(request, env, executionCtx);

  return app;
}

async function defaultWard(services: Services) {
  const slug = services.deps.config.defaultWard;
  if (slug) return services.wards.bySlug(slug);
  const [first] = await services.wards.list();
  if (!first) throw new NotFoundError("no_ward", "no ward configured", "Chưa có phường nào được cấu hình.");
  return first;
}
