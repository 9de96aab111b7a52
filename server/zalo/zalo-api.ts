import { UpstreamError } from "../lib/errors";

/*
 * Zalo's HTTP APIs, as documented (docs/zalo-api-notes.md). Errors of the OA API arrive as
 * HTTP 200 with `error != 0`; this module classifies them so callers decide retry or not.
 */

export type ZaloButton =
  | { title: string; type: "oa.open.url"; payload: { url: string } }
  | { title: string; type: "oa.query.show" | "oa.query.hide"; payload: string }
  | { title: string; type: "oa.open.phone"; payload: { phone_code: string } };

export type ZaloOutgoingMessage = {
  text: string;
  attachment?: { type: "template"; payload: { buttons: ZaloButton[] } };
};

export type SendFailureCategory = "token" | "transient" | "permanent" | "invalid_request";

export type SendResult =
  | { ok: true; messageId: string }
  | { ok: false; category: SendFailureCategory; code: number; message: string };

/** -216 invalid / -220 expired access token; -32 rate limit; -213 not a follower;
 *  -230 / -232 outside the interaction window; -201 invalid parameter. */
export function classifyZaloError(code: number): SendFailureCategory {
  if (code === -216 || code === -220 || code === -124) return "token";
  if (code === -32 || code === -11 || code === -50) return "transient";
  if (code === -201 || code === -233) return "invalid_request";
  return "permanent";
}

export type TokenPair = { accessToken: string; refreshToken: string; expiresInSeconds: number };

export type UserDetailResult =
  | { ok: true; displayName: string | null; avatarUrl: string | null }
  | { ok: false; category: SendFailureCategory; code: number; message: string };

export interface ZaloApi {
  sendCsMessage(accessToken: string, userId: string, message: ZaloOutgoingMessage): Promise<SendResult>;
  /** The resident's OA profile: GET /v3.0/oa/user/detail?data={"user_id":…} (docs/zalo-api-notes.md §4). */
  getUserDetail(accessToken: string, userId: string): Promise<UserDetailResult>;
  refreshAccessToken(input: { appId: string; appSecret: string; refreshToken: string }): Promise<TokenPair>;
}

/** One HTTP exchange of this API. The default runs on the platform's fetch (Workers, tests);
 *  Node's composition gives a pooled keep-alive client (server/zalo/pooled-zalo-http.ts).
 *  Rejects when no response arrived (network, timeout): the caller cannot tell whether Zalo
 *  acted on a send, so it is retried later by the outbox, never at once. */
export type ZaloHttp = (request: { method: "GET" | "POST"; url: string; headers: Record<string, string>; body?: string; timeoutMs: number }) => Promise<{ status: number; text: string }>;

export function fetchZaloHttp(doFetch: typeof fetch = fetch): ZaloHttp {
  return async ({ method, url, headers, body, timeoutMs }) => {
    const response = await doFetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    // a body cut off is "no response": the outbox retries later
    return { status: response.status, text: await response.text() };
  };
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export function createZaloApi(options: { openApiBase: string; oauthBase: string; timeoutMs: number; fetch?: typeof fetch; http?: ZaloHttp }): ZaloApi {
  const http = options.http ?? fetchZaloHttp(options.fetch);
  const timeoutMs = options.timeoutMs;
  return {
    async sendCsMessage(accessToken, userId, message) {
      let response: { status: number; text: string };
      try {
        response = await http({
          method: "POST",
          url: `${options.openApiBase}/v3.0/oa/message/cs`,
          headers: { "content-type": "application/json", access_token: accessToken },
          body: JSON.stringify({ recipient: { user_id: userId }, message }),
          timeoutMs,
        });
      } catch (err) {
        return { ok: false, category: "transient", code: 0, message: `network: ${(err as Error).name}` };
      }
      if (response.status >= 500 || response.status === 429) {
        return { ok: false, category: "transient", code: response.status, message: `HTTP ${response.status}` };
      }
      const body = parseJson(response.text) as { error?: number; message?: string; data?: { message_id?: string } } | undefined;
      if (!body || typeof body !== "object") return { ok: false, category: "transient", code: response.status, message: "response is not JSON" };
      const ok = response.status >= 200 && response.status < 300;
      const code = Number(body.error ?? 0);
      if (ok && code === 0) return { ok: true, messageId: String(body.data?.message_id ?? "") };
      if (!ok && code === 0) return { ok: false, category: "permanent", code: response.status, message: `HTTP ${response.status}` };
      return { ok: false, category: classifyZaloError(code), code, message: String(body.message ?? "") };
    },

    async getUserDetail(accessToken, userId) {
      let response: { status: number; text: string };
      try {
        response = await http({
          method: "GET",
          url: `${options.openApiBase}/v3.0/oa/user/detail?data=${encodeURIComponent(JSON.stringify({ user_id: userId }))}`,
          headers: { access_token: accessToken },
          timeoutMs,
        });
      } catch (err) {
        return { ok: false, category: "transient", code: 0, message: `network: ${(err as Error).name}` };
      }
      if (response.status >= 500 || response.status === 429) return { ok: false, category: "transient", code: response.status, message: `HTTP ${response.status}` };
      const body = (parseJson(response.text) ?? {}) as { error?: number; message?: string; data?: { display_name?: unknown; avatar?: unknown; avatars?: Record<string, unknown> } };
      const code = Number(body.error ?? 0);
      const ok = response.status >= 200 && response.status < 300;
      if (!ok || code !== 0 || !body.data) return { ok: false, category: code ? classifyZaloError(code) : "permanent", code: code || response.status, message: String(body.message ?? "") };
      const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
      const https = (v: unknown) => (typeof v === "string" && /^https:\/\//.test(v) ? v : null);
      return { ok: true, displayName: text(body.data.display_name)?.slice(0, 100) ?? null, avatarUrl: https(body.data.avatars?.["240"]) ?? https(body.data.avatar) };
    },

    async refreshAccessToken({ appId, appSecret, refreshToken }) {
      let response: { status: number; text: string };
      try {
        response = await http({
          method: "POST",
          url: `${options.oauthBase}/v4/oa/access_token`,
          headers: { "content-type": "application/x-www-form-urlencoded", secret_key: appSecret },
          body: new URLSearchParams({ refresh_token: refreshToken, app_id: appId, grant_type: "refresh_token" }).toString(),
          timeoutMs,
        });
      } catch (err) {
        throw new UpstreamError("zalo_token_network", `token refresh failed: ${(err as Error).name}`, true);
      }
      if (response.status >= 500) throw new UpstreamError("zalo_token_http", `token refresh HTTP ${response.status}`, true);
      const body = (parseJson(response.text) ?? {}) as {
        access_token?: string;
        refresh_token?: string;
        expires_in?: string | number;
        error?: number;
        error_name?: string;
      };
      if (!body.access_token || !body.refresh_token) {
        throw new UpstreamError("zalo_token_rejected", `token refresh rejected: ${body.error ?? response.status} ${body.error_name ?? ""}`.trim(), false, Number(body.error ?? 0));
      }
      return { accessToken: body.access_token, refreshToken: body.refresh_token, expiresInSeconds: Number(body.expires_in ?? 90000) };
    },
  };
}
