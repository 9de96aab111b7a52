import { Hono, type Context, type Next } from "hono";
import { getCookie, setCookie, deleteCookie } from "hono/cookie";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { AppError, ForbiddenError, httpStatusOf, RateLimitedError, UnauthorizedError, ValidationError } from "../lib/errors";
import { constantTimeEqual, randomId } from "../lib/crypto";
import type { Services } from "../services";
import { rolesIn } from "./access";
import { staffApiRoutes } from "./api-routes";
import { consoleCss } from "./console-css";
import { consoleJs } from "./console-js";
import { pageContext, renderPage, type ConsoleContext, type ConsoleEnv } from "./console-env";
import { CsrfField, ErrorPage, Layout } from "./pages/layout";
import { registerAdminPages } from "./pages/admin-pages";
import { registerCityPages } from "./pages/city-pages";
import { registerMonthlyReportPages } from "./pages/monthly-report-pages";
import { registerFactPages } from "./pages/fact-pages";
import { registerHandoffPages } from "./pages/handoff-pages";
import { registerInsightPages } from "./pages/insight-pages";
import { registerKnowledgePages } from "./pages/knowledge-pages";
import { registerReportPages } from "./pages/report-pages";
import { registerInvitePages } from "./pages/invite-pages";
import { clientAddress } from "../lib/client-address";
import { DEVICE_TTL_MS } from "./auth-service";
import { registerScamWavePages } from "../scam/scam-pages";
import { registerPrivacyPages } from "../privacy/privacy-pages";
import { MAX_RESULT_PHOTOS_PER_UPLOAD } from "./report-service";
import { MAX_PHOTO_BYTES } from "../feedback/image-sanitizer";
import { bodyLimit } from "hono/body-limit";
import { BODY_LIMITS, limitBody } from "../lib/body-limits";
import { loginSchema } from "./schemas";
import { parseInput } from "./validation";

export const SESSION_COOKIE = "hp_staff_session";
const LOGIN_CSRF_COOKIE = "hp_login_csrf";
/** remembers a browser that signed in to an account: strangers' failed guesses do not lock it out */
export const DEVICE_COOKIE = "hp_staff_device";

/*
 * Secure is set everywhere: browsers accept Secure cookies on http://localhost and 127.0.0.1,
 * so tests and local use still work. SameSite=Lax keeps links from e-mail or Zalo usable
 * while the per-session CSRF token protects every state change.
 */
const cookieOptions = { httpOnly: true, secure: true, sameSite: "Lax" as const, path: "/" };

/*
 * Headers from hono/secure-headers: no framing, no sniffing, same-origin referrers, and a
 * Content-Security-Policy that allows only our own script and stylesheet (inline style
 * attributes draw the charts' bars).
 */
const consoleSecureHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    // residents' Zalo avatars come from Zalo's image hosts
    imgSrc: ["'self'", "data:", "https://*.zadn.vn"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    scriptSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
  referrerPolicy: "same-origin",
});

/** Only paths inside the console are followed after login (no open redirect). */
function safeNext(next: string | undefined): string {
  return next && /^\/console(\/[A-Za-z0-9\-_/]*)?(\?[A-Za-z0-9=&\-_%.]*)?$/.test(next) ? next : "/console";
}

function loginPage(loginCsrf: string, options: { error?: string; email?: string; next?: string }) {
  return (
    <Layout ctx={undefined} title="Đăng nhập">
      <div class="login card">
        <p>Trang dành cho cán bộ phường. Vui lòng đăng nhập bằng email và mật khẩu được cấp.</p>
        {options.error ? (
          <div class="msg err" role="alert">
            {options.error}
          </div>
        ) : null}
        <form method="post" action="/console/login">
          <CsrfField csrf={loginCsrf} />
          <input type="hidden" name="next" value={options.next ?? ""} />
          <label for="email">Email</label>
          <input id="email" name="email" type="email" autocomplete="username" required autofocus value={options.email ?? ""} />
          <label for="password">Mật khẩu</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <p>
            <button type="submit">Đăng nhập</button>
          </p>
        </form>
        <p class="muted">Quên mật khẩu? Hãy nhờ quản trị phường đặt lại.</p>
      </div>
    </Layout>
  );
}

/** /console (pages) and /api/staff/… (JSON) — the ward staff console. */
export function consoleRoutes(services: Services) {
  const app = new Hono<ConsoleEnv>();
  const { auth } = services.staff;
  const { logger } = services.deps;

  app.onError((err, c) => {
    const isApi = c.req.path.startsWith("/api/");
    // a body the validator could not read (malformed JSON or form) is the caller's mistake
    const error = err instanceof HTTPException && err.status < 500 ? new ValidationError("invalid_body", err.message, "Dữ liệu gửi lên không đọc được.") : err;
    if (!(error instanceof AppError)) logger.error("console error", { path: c.req.path, error });
    const status = error instanceof AppError ? httpStatusOf(error) : 500;
    const message = error instanceof AppError ? (error.publicMessage ?? (status >= 500 ? "Hệ thống đang gặp sự cố, vui lòng thử lại sau." : error.message)) : "Hệ thống đang gặp sự cố, vui lòng thử lại sau.";
    if (isApi) return c.json({ error: error instanceof AppError ? error.code : "internal_error", message }, status);
    const session = c.get("session");
    const ctx = session ? pageContext(c as ConsoleContext) : undefined;
    return c.html(<ErrorPage ctx={ctx} status={status} message={message} />, status);
  });

  const noStore = async (c: Context, next: Next) => {
    await next();
    c.header("Cache-Control", "no-store");
  };
  app.use("/console/*", consoleSecureHeaders, noStore);
  app.use("/api/staff/*", consoleSecureHeaders, noStore);

  app.get("/console/static/console.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    return c.body(consoleCss);
  });
  app.get("/console/static/console.js", (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8");
    return c.body(consoleJs);
  });

  // Bodies: sign-in and invitation forms are tiny; other forms and JSON fit in 256 KiB; photo
  // uploads have their own limit (below). All answered 413 before the body is read.
  const loginLimit = limitBody(BODY_LIMITS.login);
  const consoleLimit = limitBody(BODY_LIMITS.console);
  const limits = (c: Context<ConsoleEnv>, next: Next) => {
    const path = c.req.path;
    if (path === "/console/login" || path.startsWith("/console/invite/")) return loginLimit(c, next);
    if (c.req.method === "POST" && /\/reports\/\d+\/photos$/.test(path)) return next();
    return consoleLimit(c, next);
  };
  app.use("/console/*", limits);
  app.use("/api/staff/*", limits);

  app.get("/console/login", async (c) => {
    if (await auth.session(getCookie(c, SESSION_COOKIE))) return c.redirect("/console");
    const loginCsrf = randomId(16);
    setCookie(c, LOGIN_CSRF_COOKIE, loginCsrf, { ...cookieOptions, maxAge: 3600 });
    return c.html(loginPage(loginCsrf, { next: c.req.query("next") }));
  });

  const clientOf = (c: Context<ConsoleEnv>) => ({ address: clientAddress(c, services.deps.config.clientIpHeader), deviceToken: getCookie(c, DEVICE_COOKIE) });
  const startSession = (c: Context<ConsoleEnv>, signedIn: { token: string; deviceToken: string; session: { expiresAt: number } }) => {
    setCookie(c, SESSION_COOKIE, signedIn.token, { ...cookieOptions, expires: new Date(signedIn.session.expiresAt) });
    setCookie(c, DEVICE_COOKIE, signedIn.deviceToken, { ...cookieOptions, path: "/console", maxAge: Math.floor(DEVICE_TTL_MS / 1000) });
    deleteCookie(c, LOGIN_CSRF_COOKIE, { path: "/", secure: true });
  };
  registerInvitePages(app, services, {
    freshCsrf: (c) => {
      const token = randomId(16);
      setCookie(c, LOGIN_CSRF_COOKIE, token, { ...cookieOptions, maxAge: 3600 });
      return token;
    },
    checkCsrf: (c, formToken) => {
      const cookieToken = getCookie(c, LOGIN_CSRF_COOKIE) ?? "";
      return !!cookieToken && constantTimeEqual(cookieToken, formToken);
    },
    clientOf,
    startSession,
  });

  app.post("/console/login", async (c) => {
    const body = await c.req.parseBody();
    const cookieToken = getCookie(c, LOGIN_CSRF_COOKIE) ?? "";
    const formToken = typeof body._csrf === "string" ? body._csrf : "";
    const fresh = randomId(16);
    setCookie(c, LOGIN_CSRF_COOKIE, fresh, { ...cookieOptions, maxAge: 3600 });
    // double-submit token: a cross-site form cannot read our cookie to copy it into the form
    if (!cookieToken || !constantTimeEqual(cookieToken, formToken)) {
      return c.html(loginPage(fresh, { error: "Phiên đăng nhập đã hết hạn, vui lòng thử lại." }), 403);
    }
    let input: ReturnType<typeof loginSchema.parse>;
    try {
      input = parseInput(loginSchema, body);
    } catch (err) {
      return c.html(loginPage(fresh, { error: (err as ValidationError).publicMessage }), 400);
    }
    try {
      const signedIn = await auth.login(input.email, input.password, clientOf(c));
      startSession(c, signedIn);
      const { session } = signedIn;
      return c.redirect(session.actor.mustChangePassword ? "/console/account?first=1" : safeNext(input.next), 303);
    } catch (err) {
      if (err instanceof UnauthorizedError || err instanceof RateLimitedError) {
        return c.html(loginPage(fresh, { error: err.publicMessage, email: input.email, next: input.next }), err instanceof RateLimitedError ? 429 : 401);
      }
      throw err;
    }
  });

  /*
   * Result-photo uploads are the only large bodies: refused by size before the session/CSRF
   * middleware reads the form (same 8 MB per photo as the mini app; a few photos per upload).
   */
  const uploadLimit = bodyLimit({
    maxSize: MAX_RESULT_PHOTOS_PER_UPLOAD * MAX_PHOTO_BYTES + 64 * 1024,
    onError: () => {
      throw new ValidationError("upload_too_large", "upload over the size limit", `Tệp tải lên quá lớn (tối đa 8 MB mỗi ảnh, ${MAX_RESULT_PHOTOS_PER_UPLOAD} ảnh mỗi lần).`);
    },
  });
  app.post("/console/w/:slug/reports/:id/photos", uploadLimit);
  app.post("/api/staff/wards/:slug/reports/:id/photos", uploadLimit);

  const passwordChangePaths = new Set(["/console/account", "/console/account/password", "/console/logout", "/api/staff/me"]);

  // Sign-in and CSRF for everything else under /console and /api/staff
  const requireSession = (kind: "page" | "api") => async (c: Context<ConsoleEnv>, next: Next) => {
    const session = await auth.session(getCookie(c, SESSION_COOKIE));
    if (!session) {
      if (kind === "api") return c.json({ error: "unauthorized", message: "Vui lòng đăng nhập." }, 401);
      const next = c.req.method === "GET" ? c.req.path + (new URL(c.req.url).search || "") : "/console";
      return c.redirect(`/console/login?next=${encodeURIComponent(next)}`, 303);
    }
    c.set("session", session);
    // a temporary password (set by an admin) opens nothing but the page to choose a new one
    if (session.actor.mustChangePassword && !passwordChangePaths.has(c.req.path)) {
      if (kind === "api") return c.json({ error: "must_change_password", message: "Vui lòng đặt mật khẩu mới của riêng bạn trước khi làm việc." }, 403);
      return c.redirect("/console/account?first=1", 303);
    }
    c.set("wardsOfActor", await auth.wardsOf(session.actor));
    if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) {
      const origin = c.req.header("origin");
      if (origin && origin !== new URL(c.req.url).origin) {
        throw new ForbiddenError("bad_origin", `cross-origin ${c.req.method} from ${origin}`, "Yêu cầu không hợp lệ (khác nguồn).");
      }
      let token = c.req.header("x-csrf-token") ?? "";
      if (!token && kind === "page") {
        const body = await c.req.parseBody({ all: true });
        token = typeof body._csrf === "string" ? body._csrf : "";
      }
      if (!token || !constantTimeEqual(token, session.csrfToken)) {
        throw new ForbiddenError("bad_csrf", "missing or wrong CSRF token", "Phiên làm việc không hợp lệ hoặc đã hết hạn. Vui lòng tải lại trang và thử lại.");
      }
    }
    await next();
  };
  app.use("/console", requireSession("page"));
  app.use("/console/*", requireSession("page"));
  app.use("/api/staff/*", requireSession("api"));

  // Ward context: the ward must exist and the signed-in person must hold a role there.
  const wardContext = async (c: Context<ConsoleEnv>, next: Next) => {
    const ward = await services.staff.wardAdmin.requireWard(c.req.param("slug") ?? "");
    const actor = c.get("session").actor;
    if (!rolesIn(actor, ward.id).size) {
      throw new ForbiddenError("forbidden", `user ${actor.userId} not in ward ${ward.id}`, "Bạn không thuộc phường này nên không xem được trang này.");
    }
    c.set("ward", ward);
    await next();
  };
  app.use("/console/w/:slug", wardContext);
  app.use("/console/w/:slug/*", wardContext);
  app.use("/api/staff/wards/:slug", wardContext);
  app.use("/api/staff/wards/:slug/*", wardContext);

  app.get("/console", (c) => {
    const wards = c.get("wardsOfActor");
    const session = c.get("session");
    if (session.actor.mustChangePassword) return c.redirect("/console/account?first=1");
    if (wards.length === 1) return c.redirect(`/console/w/${wards[0]!.slug}`);
    return renderPage(
      c,
      { title: "Chọn phường" },
      wards.length ? (
        <ul>
          {wards.map((w) => (
            <li>
              <a href={`/console/w/${w.slug}`}>{w.name}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>Tài khoản của bạn chưa được gán vào phường nào. Vui lòng liên hệ quản trị phường.</p>
      ),
    );
  });
  app.get("/console/switch", (c) => {
    const slug = c.req.query("ward") ?? "";
    return c.redirect(/^[a-z0-9-]+$/.test(slug) ? `/console/w/${slug}` : "/console");
  });

  app.post("/console/logout", async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await auth.logout(token);
    deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true });
    return c.redirect("/console/login", 303);
  });

  registerAdminPages(app, services);
  registerCityPages(app, services);
  registerMonthlyReportPages(app, services);
  registerHandoffPages(app, services);
  registerReportPages(app, services);
  registerKnowledgePages(app, services);
  registerInsightPages(app, services);
  registerScamWavePages(app, services);
  registerFactPages(app, services);
  registerPrivacyPages(app, services);
  app.route("/api/staff", staffApiRoutes(services));

  app.all("/console/*", (c) => c.html(<ErrorPage ctx={pageContext(c)} status={404} message="Không tìm thấy trang này." />, 404));
  return app;
}
