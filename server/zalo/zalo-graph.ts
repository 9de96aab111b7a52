import { hmacSha256Hex } from "../lib/crypto";
import { UnauthorizedError, UpstreamError, ValidationError } from "../lib/errors";

/*
 * Zalo Graph API as the mini app needs it (docs/zalo-api-notes.md §5):
 *   GET /v2.0/me?fields=id,name,picture   headers access_token, appsecret_proof = hex(HMAC-SHA256(key=app secret, token))
 *       → flat {error:0, message, id, name, picture}; any non-zero error or missing id = not authenticated
 *   GET /v2.0/me/info                     headers access_token, code (phone/location token), secret_key (raw app secret)
 *       → {data:{number}} or {data:{latitude,longitude,provider,timestamp}} (values as strings)
 */

export type GraphIdentity = { id: string; name: string | null };

export interface ZaloGraph {
  /** Verifies a mini-app access token; throws UnauthorizedError when Zalo does not accept it. */
  me(accessToken: string, appSecret: string): Promise<GraphIdentity>;
  /** Exchanges a getPhoneNumber token (single-use, ~2 minutes) for the number (84… form). */
  phone(accessToken: string, code: string, appSecret: string): Promise<string>;
  /** Exchanges a getLocation token for coordinates. */
  location(accessToken: string, code: string, appSecret: string): Promise<{ lat: number; lng: number }>;
}

export function createZaloGraph(options: { baseUrl: string; timeoutMs: number; fetch?: typeof fetch }): ZaloGraph {
  const doFetch = options.fetch ?? fetch;

  async function get(path: string, headers: Record<string, string>): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await doFetch(`${options.baseUrl}${path}`, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (err) {
      throw new UpstreamError("graph_unreachable", `Zalo Graph unreachable: ${(err as Error).message}`, true);
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new UpstreamError("graph_bad_response", `Zalo Graph answered HTTP ${res.status} without JSON`, res.status >= 500);
    }
    if (!body || typeof body !== "object") throw new UpstreamError("graph_bad_response", "Zalo Graph answered a non-object", false);
    return body as Record<string, unknown>;
  }

  return {
    async me(accessToken, appSecret) {
      const proof = await hmacSha256Hex(appSecret, accessToken);
      const body = await get("/v2.0/me?fields=id,name,picture", { access_token: accessToken, appsecret_proof: proof });
      const error = Number(body.error ?? 0);
      if (error !== 0 || typeof body.id !== "string" || !body.id) {
        throw new UnauthorizedError(
          "zalo_token_rejected",
          `Zalo Graph refused the access token (error ${error}: ${String(body.message ?? "")})`,
          "Phiên đăng nhập Zalo đã hết hạn hoặc không hợp lệ. Ông/bà vui lòng đóng và mở lại ứng dụng.",
        );
      }
      return { id: body.id, name: typeof body.name === "string" ? body.name : null };
    },

    async phone(accessToken, code, appSecret) {
      const data = await info(accessToken, code, appSecret, "số điện thoại");
      const number = typeof data.number === "string" ? data.number : "";
      if (!/^\d{9,15}$/.test(number)) throw new UpstreamError("graph_bad_phone", "Zalo Graph returned no phone number", false);
      return number;
    },

    async location(accessToken, code, appSecret) {
      const data = await info(accessToken, code, appSecret, "vị trí");
      const lat = Number(data.latitude);
      const lng = Number(data.longitude);
      if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
        throw new UpstreamError("graph_bad_location", "Zalo Graph returned no usable location", false);
      }
      return { lat, lng };
    },
  };

  async function info(accessToken: string, code: string, appSecret: string, what: string): Promise<Record<string, unknown>> {
    const body = await get("/v2.0/me/info", { access_token: accessToken, code, secret_key: appSecret });
    const error = Number(body.error ?? 0);
    const data = body.data;
    if (error !== 0 || !data || typeof data !== "object") {
      throw new ValidationError(
        "zalo_info_token_rejected",
        `Zalo Graph refused the ${what} token (error ${error}: ${String(body.message ?? "")})`,
        `Không lấy được ${what} từ Zalo (mã đã hết hạn). Ông/bà vui lòng bấm lại để thử lần nữa.`,
      );
    }
    return data as Record<string, unknown>;
  }
}
