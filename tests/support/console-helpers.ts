/**
 * Helpers for staff-console tests: accounts made through the console's own service, a tiny
 * cookie-keeping HTTP client that signs in through the real login form, and handoffs created by
 * real signed webhook events.
 */
import { eq, sql } from "drizzle-orm";
import { handoffs, residents } from "../../server/db/schema";
import type { NodeServer } from "../../server/node-server";
import type { Role } from "../../server/staff/access";
import { createWard, postWebhook, signedEvent, textEvent, waitFor, zaloId, type TestWard } from "./factories";
import type { FakeZalo } from "./fake-zalo-server";
import type { FakeZaloGraph } from "./fake-zalo-graph";

export const PASSWORD = "mat-khau-thu-nghiem-2026";

let userCounter = 0;
/** A staff account with roles in wards (created by a city admin through StaffAuthService). */
export async function createStaff(server: NodeServer, o: { name?: string; wards?: Array<{ wardId: number; roles: Role[] }>; cityAdmin?: boolean; password?: string } = {}) {
  const auth = server.services.staff.auth;
  const email = `can-bo-${++userCounter}-${Math.random().toString(36).slice(2, 8)}@phuong.test`;
  const password = o.password ?? PASSWORD;
  const rootId = await auth.createCityAdmin({ email: `root-${email}`, name: "Quản trị thành phố", password });
  const root = await auth.actor(rootId);
  if (o.cityAdmin) {
    await auth.createCityAdmin({ email, name: o.name ?? "Quản trị thành phố", password }, root);
  } else {
    const [first, ...rest] = o.wards ?? [];
    if (!first) throw new Error("staff needs a ward");
    const id = await auth.addWardStaff(root, first.wardId, { email, name: o.name ?? `Cán bộ ${userCounter}`, roles: first.roles, password });
    for (const w of rest) await auth.addWardStaff(root, w.wardId, { email, name: "", roles: w.roles });
    // tests skip the "choose your own password" step an admin-created account starts with
    await server.services.deps.db.run(sql`update staff_users set must_change_password = 0 where id = ${id}`);
  }
  return { email, password };
}

/** A ward with OA tokens registered at the fake Zalo server. */
export async function setupWard(server: NodeServer, fake: FakeZalo, slug: string, name?: string): Promise<TestWard> {
  const appId = zaloId("1");
  const appSecret = `app-secret-${slug}`;
  fake.registerApp(appId, appSecret);
  return createWard(server.services, { slug, name, appId, appSecret, tokens: fake.issueTokens(appId) });
}

/** A resident writes to the OA and the bot hands the conversation to a person. */
export async function createHandoff(server: NodeServer, ward: TestWard, o: { text?: string; displayName?: string; userId?: string } = {}) {
  const userId = o.userId ?? zaloId("2");
  const event = textEvent(ward, { userId, text: o.text ?? "Tôi muốn gặp cán bộ phường" });
  const res = await postWebhook(server.url, await signedEvent(ward, event));
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  await server.queue.idle();
  const db = server.services.deps.db;
  const [resident] = await waitFor(async () => {
    const rows = await db.select().from(residents).where(eq(residents.zaloUserId, userId));
    return rows.length ? rows : undefined;
  });
  if (o.displayName !== undefined) await db.update(residents).set({ displayName: o.displayName }).where(eq(residents.id, resident!.id));
  const [handoff] = await waitFor(async () => {
    const rows = await db.select().from(handoffs).where(eq(handoffs.residentId, resident!.id));
    return rows.length ? rows : undefined;
  });
  return { userId, residentId: resident!.id, handoffId: handoff!.id };
}

/** HTTP client with a cookie jar, signing in through /console/login like a browser. */
export class ConsoleClient {
  private cookies = new Map<string, string>();
  csrf = "";
  constructor(readonly baseUrl: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [k, ...v] = pair!.split("=");
      const value = v.join("=");
      if (!value || /max-age=0/i.test(line)) this.cookies.delete(k!.trim());
      else this.cookies.set(k!.trim(), value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    const res = await fetch(this.baseUrl + path, { ...init, headers, redirect: "manual" });
    this.keep(res);
    return res;
  }

  async login(email: string, password: string): Promise<Response> {
    const page = await this.request("/console/login");
    const html = await page.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const res = await this.request("/console/login", { method: "POST", body: new URLSearchParams({ _csrf: token, email, password }) });
    if (res.status === 303) {
      const me = await this.request("/api/staff/me");
      if (me.status === 200) this.csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
    }
    return res;
  }

  /** A form POST with the session's CSRF token (unless `csrf` says otherwise). */
  post(path: string, fields: Record<string, string> = {}, csrf: string | null = this.csrf): Promise<Response> {
    const body = new URLSearchParams(fields);
    if (csrf !== null) body.set("_csrf", csrf);
    return this.request(path, { method: "POST", body });
  }

  /** A JSON API call with X-CSRF-Token. */
  api(path: string, body?: unknown, csrf: string | null = this.csrf): Promise<Response> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (csrf !== null) headers["x-csrf-token"] = csrf;
    return this.request(path, body === undefined ? {} : { method: "POST", headers, body: JSON.stringify(body) });
  }
}

/** A resident who opened the ward's mini app: a Graph token (fake Graph) exchanged for a session. */
export async function miniappResident(server: NodeServer, graph: FakeZaloGraph, ward: TestWard, name = "Nguyễn Văn An") {
  const appUserId = `56${Date.now()}${++userCounter}${Math.floor(Math.random() * 1000)}`.slice(0, 18);
  const accessToken = graph.issueUserToken(ward.appSecret, { id: appUserId, name });
  const res = await fetch(`${server.url}/api/miniapp/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ward: ward.slug, accessToken }) });
  if (res.status !== 200) throw new Error(`mini-app session answered ${res.status}`);
  const { token } = (await res.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}` };
  /** GET/POST on /api/miniapp as this resident; JSON in and out. */
  const call = async (path: string, json?: unknown) => {
    const r = await fetch(`${server.url}/api/miniapp${path}`, {
      method: json === undefined ? "GET" : "POST",
      headers: { ...headers, ...(json === undefined ? {} : { "content-type": "application/json" }) },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    const type = r.headers.get("content-type") ?? "";
    return { status: r.status, body: (type.includes("json") ? await r.json() : new Uint8Array(await r.arrayBuffer())) as any };
  };
  return { appUserId, name, headers, call };
}
export type MiniappResident = Awaited<ReturnType<typeof miniappResident>>;

let reportCounter = 0;
/** A report sent through the mini-app API (photos uploaded first, as the app does). */
export async function createReport(
  server: NodeServer,
  graph: FakeZaloGraph,
  ward: TestWard,
  o: { resident?: MiniappResident; name?: string; category?: string; description?: string; address?: string; location?: { lat: number; lng: number }; photos?: Uint8Array[]; hideName?: boolean; phone?: string } = {},
) {
  const resident = o.resident ?? (await miniappResident(server, graph, ward, o.name));
  const photoIds: number[] = [];
  for (const bytes of o.photos ?? []) {
    const up = await fetch(`${server.url}/api/miniapp/photos`, { method: "POST", headers: { ...resident.headers, "content-type": "application/octet-stream" }, body: bytes as BodyInit });
    if (up.status !== 201) throw new Error(`photo upload answered ${up.status}`);
    photoIds.push(((await up.json()) as { id: number }).id);
  }
  const res = await resident.call("/reports", {
    clientRequestId: `console-test-${Date.now()}-${++reportCounter}`,
    category: o.category ?? "chieu-sang",
    description: o.description ?? "Đèn đường trước số 12 ngõ 34 phố Hàng Bông tắt ba hôm nay.",
    ...(o.location ? { location: o.location } : { address: o.address ?? "Số 12 ngõ 34 phố Hàng Bông" }),
    ...(o.address && o.location ? { address: o.address } : {}),
    ...(o.phone ? { phone: o.phone, phoneConsent: true } : {}),
    hideName: o.hideName ?? false,
    photoIds,
  });
  if (res.status !== 201) throw new Error(`report answered ${res.status}: ${JSON.stringify(res.body)}`);
  return { id: res.body.id as number, code: res.body.code as string, photoIds, resident };
}
