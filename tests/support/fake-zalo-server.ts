/**
 * A small stand-in for Zalo's HTTP APIs, speaking the documented wire format
 * (docs/zalo-api-notes.md §2–§3, tests/fixtures/zalo-samples.ts):
 *
 *   POST /v3.0/oa/message/cs     header `access_token`, JSON {recipient:{user_id}, message}
 *        → HTTP 200 {data:{message_id,user_id,…}, error:0, message:"Success"}
 *        → HTTP 200 {error:<negative>, message} on failure (token, rate limit, window, …)
 *   POST /v4/oa/access_token     header `secret_key` (APP secret), form refresh_token/app_id/grant_type
 *        → {access_token, refresh_token, expires_in:"90000"}; refresh tokens are single-use:
 *          a used or unknown one gets the documented invalid-refresh error (HTTP 200).
 *
 * Access tokens are real state here: the fake knows which ones it issued, so a token Zalo
 * would reject (-216 invalid, -220 expired) is rejected without scripting. Other failures
 * (rate limit, window, 5xx, hangs) are scripted one request at a time with `scriptCs`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { apiErrors, csSuccessResponse, tokenInvalidRefreshResponse, userDetailResponse } from "../fixtures/zalo-samples";

export type CsBehaviour =
  /** answer HTTP 200 with this error envelope, e.g. apiErrors.rateLimitedApp */
  | { error: { error: number; message: string } }
  /** answer with this HTTP status and a non-envelope body */
  | { httpStatus: number; body?: string }
  /** never answer (until the fake closes): the caller's timeout must fire */
  | { hang: true };

export type CsRecord = {
  at: number;
  accessToken: string | undefined;
  /** the parsed JSON body, as sent */
  body: { recipient?: { user_id?: unknown }; message?: { text?: string; attachment?: unknown; [k: string]: unknown } } | undefined;
  /** what the fake answered: "sent" (error 0), an error code, an HTTP status, or "hang" */
  outcome: "sent" | "hang" | { error: number } | { httpStatus: number };
  messageId?: string;
};

export type TokenRecord = {
  at: number;
  secretKey: string | undefined;
  form: Record<string, string>;
  outcome: "issued" | { error: number };
  issued?: { accessToken: string; refreshToken: string };
};

type App = { appSecret: string };

export class FakeZalo {
  readonly csRequests: CsRecord[] = [];
  readonly tokenRequests: TokenRecord[] = [];
  /** when true, any cs message carrying an `attachment` (buttons) gets -201, as the docs warn it might */
  rejectAttachments = false;
  /** delay before answering a token call (widens race windows in concurrency tests) */
  oauthDelayMs = 0;

  private server: Server | undefined;
  private readonly hanging = new Set<ServerResponse>();
  private readonly csScript: CsBehaviour[] = [];
  private readonly apps = new Map<string, App>();
  private readonly accessTokens = new Map<string, { appId: string; state: "valid" | "revoked" | "expired" }>();
  private readonly refreshTokens = new Map<string, { appId: string; used: boolean }>();
  private counter = 0;
  private readonly profiles = new Map<string, { displayName: string; avatar?: string }>();
  /** user ids asked for at GET /v3.0/oa/user/detail, in order */
  readonly userDetailRequests: string[] = [];
  url = "";

  static async start(): Promise<FakeZalo> {
    const fake = new FakeZalo();
    fake.server = createServer((req, res) => {
      void fake.handle(req, res).catch((err) => {
        res.statusCode = 500;
        res.end(String(err));
      });
    });
    await new Promise<void>((resolve) => fake.server!.listen(0, "127.0.0.1", resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  /** Registers an app (its APP secret is checked on token calls). */
  registerApp(appId: string, appSecret: string): void {
    this.apps.set(appId, { appSecret });
  }

  /** Issues a token pair as the first OA authorisation would (registers the app if needed). */
  issueTokens(appId: string): { accessToken: string; refreshToken: string } {
    const n = ++this.counter;
    const accessToken = `fake-access-${appId}-${n}-${Math.random().toString(36).slice(2, 10)}`;
    const refreshToken = `fake-refresh-${appId}-${n}-${Math.random().toString(36).slice(2, 10)}`;
    this.accessTokens.set(accessToken, { appId, state: "valid" });
    this.refreshTokens.set(refreshToken, { appId, used: false });
    return { accessToken, refreshToken };
  }

  /** The profile GET /v3.0/oa/user/detail answers for a user (others get an error, as a non-follower would). */
  setProfile(userId: string, profile: { displayName: string; avatar?: string }): void {
    this.profiles.set(userId, profile);
  }

  /** Zalo now answers -216 ("Access token is invalid") for this token. */
  revokeAccessToken(token: string): void {
    const t = this.accessTokens.get(token);
    if (t) t.state = "revoked";
  }

  /** Zalo now answers -220 ("access_token is expired or removed") for this token. */
  expireAccessToken(token: string): void {
    const t = this.accessTokens.get(token);
    if (t) t.state = "expired";
  }

  isRefreshTokenValid(token: string): boolean {
    const t = this.refreshTokens.get(token);
    return !!t && !t.used;
  }

  /** Queues behaviours for the next cs requests, one each, in order; then requests succeed. */
  scriptCs(...behaviours: CsBehaviour[]): void {
    this.csScript.push(...behaviours);
  }

  /** Messages Zalo accepted (error 0), optionally for one user, in arrival order. */
  sent(userId?: string): Array<{ text?: string; attachment?: unknown; [k: string]: unknown }> {
    return this.csRequests
      .filter((r) => r.outcome === "sent" && (userId === undefined || r.body?.recipient?.user_id === userId))
      .map((r) => r.body!.message!);
  }

  /** Every cs request (accepted or not) addressed to a user. */
  requestsFor(userId: string): CsRecord[] {
    return this.csRequests.filter((r) => r.body?.recipient?.user_id === userId);
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "POST" && path === "/v3.0/oa/message/cs") return this.handleCs(req, res, raw);
    if (req.method === "POST" && path === "/v4/oa/access_token") return this.handleToken(req, res, raw);
    if (req.method === "GET" && path === "/v3.0/oa/user/detail") return this.handleUserDetail(req, res);
    res.statusCode = 404;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ error: -404, message: "Not found" }));
  }

  private handleCs(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const accessToken = header(req, "access_token");
    let body: CsRecord["body"];
    try {
      body = JSON.parse(raw) as CsRecord["body"];
    } catch {
      body = undefined;
    }
    const record: CsRecord = { at: Date.now(), accessToken, body, outcome: "sent" };
    this.csRequests.push(record);

    const fail = (envelope: { error: number; message: string }) => {
      record.outcome = { error: envelope.error };
      json(res, 200, envelope);
    };

    // Token first, as Zalo checks the caller before the request.
    const token = accessToken ? this.accessTokens.get(accessToken) : undefined;
    if (!token || token.state === "revoked") return fail(apiErrors.accessTokenInvalid);
    if (token.state === "expired") return fail(apiErrors.accessTokenExpired);

    const next = this.csScript.shift();
    if (next && "hang" in next) {
      record.outcome = "hang";
      this.hanging.add(res);
      res.on("close", () => this.hanging.delete(res));
      return;
    }
    if (next && "httpStatus" in next) {
      record.outcome = { httpStatus: next.httpStatus };
      res.statusCode = next.httpStatus;
      res.setHeader("content-type", "text/html");
      res.end(next.body ?? "<html><body>502 Bad Gateway</body></html>");
      return;
    }
    if (next && "error" in next) return fail(next.error);

    // Request validation per the documented shape (the fake's -201 texts follow "<field> is invalid!").
    if (!(req.headers["content-type"] ?? "").includes("application/json")) return fail({ error: -201, message: "content-type is invalid!" });
    const userId = body?.recipient?.user_id;
    if (typeof userId !== "string" || !/^\d+$/.test(userId)) return fail(apiErrors.invalidParam);
    const message = body?.message;
    if (!message || typeof message !== "object") return fail({ error: -201, message: "message is invalid!" });
    if (message.text !== undefined && (typeof message.text !== "string" || message.text.length > 2000)) {
      return fail({ error: -201, message: "text is invalid!" });
    }
    if (message.text === undefined && message.attachment === undefined) return fail({ error: -201, message: "message is invalid!" });
    if (message.attachment !== undefined && this.rejectAttachments) return fail({ error: -201, message: "attachment is invalid!" });

    const messageId = `fakemsg${(++this.counter).toString(16).padStart(12, "0")}`;
    record.messageId = messageId;
    json(res, 200, { ...csSuccessResponse, data: { ...csSuccessResponse.data, message_id: messageId, user_id: userId } });
  }

  /** GET /v3.0/oa/user/detail?data={"user_id":"…"} (tests/fixtures/zalo-samples.ts userDetailResponse). */
  private handleUserDetail(req: IncomingMessage, res: ServerResponse): void {
    const token = this.accessTokens.get(header(req, "access_token") ?? "");
    if (!token || token.state === "revoked") return json(res, 200, apiErrors.accessTokenInvalid);
    if (token.state === "expired") return json(res, 200, apiErrors.accessTokenExpired);
    let userId = "";
    try {
      userId = String((JSON.parse(new URL(req.url ?? "", "http://x").searchParams.get("data") ?? "{}") as { user_id?: unknown }).user_id ?? "");
    } catch {
      return json(res, 200, apiErrors.invalidParam);
    }
    this.userDetailRequests.push(userId);
    const profile = this.profiles.get(userId);
    // a user who does not follow the OA (or is unknown): -213 per the client constant tables
    if (!profile) return json(res, 200, { error: -213, message: "User has not followed OA" });
    const sample = userDetailResponse.data!;
    const avatar = profile.avatar ?? sample.avatars["240"];
    json(res, 200, { ...userDetailResponse, data: { ...sample, user_id: userId, display_name: profile.displayName, avatar, avatars: { "120": avatar, "240": avatar } } });
  }

  private async handleToken(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
    const form = Object.fromEntries(new URLSearchParams(raw));
    const secretKey = header(req, "secret_key");
    const record: TokenRecord = { at: Date.now(), secretKey, form, outcome: "issued" };
    this.tokenRequests.push(record);
    // Zalo acts on the request when it arrives; the delay is only the answer's latency.
    const respond = async (body: unknown) => {
      if (this.oauthDelayMs) await new Promise((r) => setTimeout(r, this.oauthDelayMs));
      json(res, 200, body);
    };

    const appId = form.app_id ?? "";
    const app = this.apps.get(appId);
    if (!app || secretKey !== app.appSecret || !(req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded")) {
      // -14002 "invalid appId / app not active" (client constant tables); the exact answer to a
      // wrong secret_key is not documented.
      record.outcome = { error: -14002 };
      return respond({ error: -14002, error_name: "Invalid appId", error_reason: "app id or secret key is invalid" });
    }
    const refresh = this.refreshTokens.get(form.refresh_token ?? "");
    if (form.grant_type !== "refresh_token" || !refresh || refresh.used || refresh.appId !== appId) {
      record.outcome = { error: tokenInvalidRefreshResponse.error };
      return respond(tokenInvalidRefreshResponse);
    }
    refresh.used = true; // single-use: the old refresh token dies now
    const issued = this.issueTokens(appId);
    record.issued = issued;
    return respond({ access_token: issued.accessToken, refresh_token: issued.refreshToken, expires_in: "90000" });
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
