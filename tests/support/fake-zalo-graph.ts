/**
 * A stand-in for Zalo's Graph API (docs/zalo-api-notes.md §5, tests/fixtures/zalo-samples.ts §5):
 *   GET /v2.0/me?fields=id,name,picture  headers access_token, appsecret_proof
 *       → flat {error:0, message:"Success", id, name, picture}; a token it did not issue, an
 *         expired one, or a wrong proof → {error:<≠0>, message} (HTTP 200, as Zalo answers).
 *   GET /v2.0/me/info                    headers access_token, code, secret_key
 *       → {data:{number}} / {data:{latitude,longitude,…}}; codes are single-use.
 * The proof is checked for real: HMAC-SHA256 keyed by the registered app secret over the token.
 */
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { apiErrors, graphInfoErrorResponse, graphLocationResponse, graphMeErrorResponse, graphMeResponse, graphPhoneResponse } from "../fixtures/zalo-samples";

type UserToken = { appSecret: string; userId: string; name: string; expired: boolean };

export class FakeZaloGraph {
  readonly requests: Array<{ path: string; headers: Record<string, string | undefined> }> = [];
  private server: Server | undefined;
  private readonly tokens = new Map<string, UserToken>();
  private readonly codes = new Map<string, { kind: "phone" | "location"; used: boolean; value: unknown }>();
  private counter = 0;
  url = "";

  static async start(): Promise<FakeZaloGraph> {
    const fake = new FakeZaloGraph();
    fake.server = createServer((req, res) => fake.handle(req, res));
    await new Promise<void>((resolve) => fake.server!.listen(0, "127.0.0.1", resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  /** What zmp-sdk getAccessToken() would return for this user of the app. */
  issueUserToken(appSecret: string, user: { id: string; name: string }): string {
    const token = `graph-user-token-${++this.counter}-${Math.random().toString(36).slice(2)}`;
    this.tokens.set(token, { appSecret, userId: user.id, name: user.name, expired: false });
    return token;
  }

  expire(token: string): void {
    const t = this.tokens.get(token);
    if (t) t.expired = true;
  }

  /** A getPhoneNumber / getLocation token. */
  issueCode(kind: "phone", number: string): string;
  issueCode(kind: "location", at: { lat: number; lng: number }): string;
  issueCode(kind: "phone" | "location", value: unknown): string {
    const code = `${kind}-code-${++this.counter}`;
    this.codes.set(code, { kind, used: false, value });
    return code;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? "").split("?")[0] ?? "";
    const h = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    this.requests.push({ path, headers: { access_token: h("access_token"), appsecret_proof: h("appsecret_proof"), code: h("code"), secret_key: h("secret_key") } });
    const token = this.tokens.get(h("access_token") ?? "");
    if (req.method === "GET" && path === "/v2.0/me") {
      if (!token || token.expired) return json(res, graphMeErrorResponse);
      const proof = createHmac("sha256", token.appSecret).update(h("access_token")!).digest("hex");
      if (h("appsecret_proof") !== proof) return json(res, apiErrors.appsecretProofInvalid);
      return json(res, { ...graphMeResponse, id: token.userId, name: token.name });
    }
    if (req.method === "GET" && path === "/v2.0/me/info") {
      const code = this.codes.get(h("code") ?? "");
      if (!token || token.expired || h("secret_key") !== token.appSecret || !code || code.used) return json(res, graphInfoErrorResponse);
      code.used = true;
      if (code.kind === "phone") return json(res, { ...graphPhoneResponse, data: { number: code.value } });
      const at = code.value as { lat: number; lng: number };
      return json(res, { ...graphLocationResponse, data: { ...graphLocationResponse.data, latitude: String(at.lat), longitude: String(at.lng) } });
    }
    res.statusCode = 404;
    json(res, { error: 404, message: "Not found" });
  }
}

function json(res: ServerResponse, body: unknown): void {
  if (!res.statusCode) res.statusCode = 200;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}
