/**
 * Staff console access, route by route, over real HTTP against the running server: sign-in,
 * roles per ward, ward isolation (by URL and by API), CSRF, lockout, audit log.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createHandoff, createStaff, PASSWORD, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, query, testConfig, type TestWard } from "./support/factories";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let wardA: TestWard;
let wardB: TestWard;
let handoffA: number;
let handoffB: number;
let staffA: ConsoleClient;
let commA: ConsoleClient;
let adminA: ConsoleClient;
let draftB: number;

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("console-access");
  server = await startNodeServer(testConfig(tmp.dir, fake.url, { LOG_LEVEL: process.env.TEST_LOG ?? "silent" }), { hostname: "127.0.0.1" });
  wardA = await setupWard(server, fake, "phuong-a", "Phường A");
  wardB = await setupWard(server, fake, "phuong-b", "Phường B");
  handoffA = (await createHandoff(server, wardA, { displayName: "Nguyễn Văn A" })).handoffId;
  handoffB = (await createHandoff(server, wardB, { displayName: "Trần Thị B" })).handoffId;

  const make = async (wardId: number, roles: Array<"admin" | "staff" | "communicator">) => {
    const account = await createStaff(server, { wards: [{ wardId, roles }] });
    const client = new ConsoleClient(server.url);
    expect((await client.login(account.email, account.password)).status).toBe(303);
    return client;
  };
  staffA = await make(wardA.id, ["staff"]);
  commA = await make(wardA.id, ["communicator"]);
  adminA = await make(wardA.id, ["admin"]);
  const commB = await make(wardB.id, ["communicator"]);
  const res = await commB.post("/console/w/phuong-b/kb/new", {
    id: "phuong-b-bi-mat",
    title: "Bản nháp riêng của phường B",
    category: "phuong",
    questions: "câu hỏi riêng",
    body: "Nội dung nháp của phường B",
    last_reviewed: "2026-11-01",
  });
  expect(res.status).toBe(303);
  draftB = Number(/\/v\/(\d+)/.exec(res.headers.get("location")!)![1]);
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

describe("not signed in", () => {
  it("console pages redirect to the Vietnamese login page", async () => {
    const anon = new ConsoleClient(server.url);
    for (const path of ["/console", "/console/w/phuong-a", "/console/w/phuong-a/handoffs", `/console/w/phuong-a/handoffs/${handoffA}`, "/console/w/phuong-a/kb", "/console/w/phuong-a/staff"]) {
      const res = await anon.request(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get("location")).toMatch(/^\/console\/login\?next=/);
    }
    const login = await anon.request("/console/login");
    const html = await login.text();
    expect(html).toContain('lang="vi"');
    expect(html).toContain("Đăng nhập");
    expect(html).toContain("Mật khẩu");
  });

  it("the JSON API answers 401", async () => {
    const anon = new ConsoleClient(server.url);
    for (const path of ["/api/staff/me", "/api/staff/wards/phuong-a/handoffs", `/api/staff/wards/phuong-a/handoffs/${handoffA}`, "/api/staff/wards/phuong-a/dashboard"]) {
      expect((await anon.request(path)).status, path).toBe(401);
    }
    expect((await anon.api(`/api/staff/wards/phuong-a/handoffs/${handoffA}/reply`, { text: "x" }, null)).status).toBe(401);
  });

  it("session cookie is HttpOnly, Secure and SameSite; the token is stored hashed", async () => {
    const account = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["staff"] }] });
    const client = new ConsoleClient(server.url);
    await client.request("/console/login");
    const page = await client.request("/console/login");
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const res = await client.request("/console/login", { method: "POST", body: new URLSearchParams({ _csrf: token, email: account.email, password: account.password }) });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("hp_staff_session="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const value = cookie.split(";")[0]!.split("=")[1]!;
    const rows = await query<{ token_hash: string }>(server.services, sql`select token_hash from staff_sessions`);
    expect(rows.some((r) => r.token_hash === value)).toBe(false);
    const users = await query<{ password_hash: string }>(server.services, sql`select password_hash from staff_users`);
    expect(users.every((u) => u.password_hash.startsWith("pbkdf2-sha256$100000$") && !u.password_hash.includes(PASSWORD))).toBe(true);
  });
});

describe("ward isolation", () => {
  it("a staff member of ward A cannot read ward B's handoffs by URL or API", async () => {
    expect((await staffA.request(`/console/w/phuong-b/handoffs`)).status).toBe(403);
    expect((await staffA.request(`/console/w/phuong-b/handoffs/${handoffB}`)).status).toBe(403);
    // ward B's handoff id under ward A's URL: not found, nothing of it shown
    const res = await staffA.request(`/console/w/phuong-a/handoffs/${handoffB}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("Trần Thị B");
    expect((await staffA.request(`/api/staff/wards/phuong-b/handoffs`)).status).toBe(403);
    expect((await staffA.request(`/api/staff/wards/phuong-b/handoffs/${handoffB}`)).status).toBe(403);
    expect((await staffA.request(`/api/staff/wards/phuong-a/handoffs/${handoffB}`)).status).toBe(404);
    const list = (await (await staffA.request(`/api/staff/wards/phuong-a/handoffs`)).json()) as { handoffs: Array<{ id: number }> };
    expect(list.handoffs.map((h) => h.id)).toEqual([handoffA]);
  });

  it("a staff member of ward A cannot modify ward B's handoffs", async () => {
    expect((await staffA.post(`/console/w/phuong-b/handoffs/${handoffB}/reply`, { text: "xin chào" })).status).toBe(403);
    expect((await staffA.post(`/console/w/phuong-a/handoffs/${handoffB}/reply`, { text: "xin chào" })).status).toBe(404);
    expect((await staffA.post(`/console/w/phuong-a/handoffs/${handoffB}/resolve`)).status).toBe(404);
    expect((await staffA.post(`/console/w/phuong-a/handoffs/${handoffB}/notes`, { body: "ghi chú" })).status).toBe(404);
    expect((await staffA.api(`/api/staff/wards/phuong-b/handoffs/${handoffB}/claim`, {})).status).toBe(403);
    expect((await staffA.api(`/api/staff/wards/phuong-a/handoffs/${handoffB}/claim`, {})).status).toBe(404);
    const [row] = await query<{ status: string }>(server.services, sql`select status from handoffs where id = ${handoffB}`);
    expect(row!.status).toBe("open");
    expect(fake.csRequests.filter((r) => JSON.stringify(r.body).includes("xin chào"))).toHaveLength(0);
  });

  it("ward A cannot see ward B's knowledge drafts", async () => {
    expect((await commA.request(`/console/w/phuong-b/kb/v/${draftB}`)).status).toBe(403);
    const res = await commA.request(`/console/w/phuong-a/kb/v/${draftB}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("Nội dung nháp của phường B");
    expect((await commA.request(`/api/staff/wards/phuong-a/knowledge/versions/${draftB}`)).status).toBe(404);
    expect((await commA.post(`/console/w/phuong-a/kb/v/${draftB}/review`)).status).toBe(404);
    const kb = await (await commA.request(`/api/staff/wards/phuong-a/knowledge`)).text();
    expect(kb).not.toContain("phuong-b-bi-mat");
  });

  it("ward A's admin cannot manage ward B's staff, profile or audit log", async () => {
    expect((await adminA.request(`/console/w/phuong-b/staff`)).status).toBe(403);
    expect((await adminA.request(`/console/w/phuong-b/settings`)).status).toBe(403);
    expect((await adminA.request(`/console/w/phuong-b/audit`)).status).toBe(403);
    expect((await adminA.post(`/console/w/phuong-b/settings/profile`, { name: "Chiếm quyền" })).status).toBe(403);
    expect((await adminA.request(`/console/w/phuong-b/export/audit.csv`)).status).toBe(403);
  });
});

describe("roles within a ward", () => {
  it("staff cannot edit knowledge or manage accounts; communicators cannot answer residents", async () => {
    expect((await staffA.request(`/console/w/phuong-a/kb`)).status).toBe(403);
    expect((await staffA.request(`/console/w/phuong-a/staff`)).status).toBe(403);
    expect((await staffA.post(`/console/w/phuong-a/settings/deadlines`, { ack_hours: "8", urgent_hours: "4", handoff_reply_hours: "1" })).status).toBe(403);
    expect((await commA.request(`/console/w/phuong-a/handoffs`)).status).toBe(403);
    expect((await commA.post(`/console/w/phuong-a/handoffs/${handoffA}/reply`, { text: "không được" })).status).toBe(403);
    expect((await commA.request(`/console/w/phuong-a/kb`)).status).toBe(200);
    expect((await staffA.request(`/console/w/phuong-a/handoffs`)).status).toBe(200);
    expect((await adminA.request(`/console/w/phuong-a/staff`)).status).toBe(200);
    expect((await adminA.request(`/console/city`)).status).toBe(302); // not a city admin
    expect((await adminA.post(`/console/city/wards`, { slug: "phuong-moi", name: "Phường Mới", address: "x", hotline: "y" })).status).toBe(403);
  });

  it("a city admin creates a ward; an admin invites staff and resets a password; all audited", async () => {
    const city = new ConsoleClient(server.url);
    const account = await createStaff(server, { cityAdmin: true });
    await city.login(account.email, account.password);
    const res = await city.post(`/console/city/wards`, { slug: "phuong-moi", name: "Phường Mới", address: "Số 5 phố Mới", hotline: "(chưa có)" });
    expect(res.status).toBe(303);
    expect((await server.services.wards.bySlug("phuong-moi")).name).toBe("Phường Mới");

    // issue 9: a ward admin invites (never sets the password); the person accepts with their own
    const email = `moi-${Date.now()}@phuong.test`;
    const invited = await adminA.post(`/console/w/phuong-a/staff`, { name: "Lê Văn Mới", email, roles: "staff" });
    expect(invited.status).toBe(200);
    const link = /\/console\/invite\/[0-9a-f]{64}/.exec(await invited.text())![0];
    const newcomer = new ConsoleClient(server.url);
    const form = await (await newcomer.request(link)).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(form)![1]!;
    const accepted = await newcomer.request(link, { method: "POST", body: new URLSearchParams({ _csrf: token, name: "Lê Văn Mới", password: "mat-khau-ban-dau-1" }) });
    expect(accepted.status).toBe(303);
    const [user] = await query<{ id: number }>(server.services, sql`select id from staff_users where email = ${email}`);
    expect((await adminA.post(`/console/w/phuong-a/staff/${user!.id}/password`, { password: "mat-khau-moi-12345" })).status).toBe(303);
    const fresh = new ConsoleClient(server.url);
    expect((await fresh.login(email, "mat-khau-ban-dau-1")).status).toBe(401);
    const ok = await fresh.login(email, "mat-khau-moi-12345");
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/console/account?first=1");

    const audit = await query<{ action: string; before: string | null; after: string | null }>(server.services, sql`select action, before, after from staff_audit_log where ward_id = ${wardA.id}`);
    const actions = audit.map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["invite", "membership_accepted", "reset_password"]));
    expect(audit.every((a) => !`${a.before}${a.after}`.includes("mat-khau"))).toBe(true);
  });
});

describe("CSRF", () => {
  it("state changes without the session's CSRF token are refused, by form and by API", async () => {
    const noToken = await staffA.post(`/console/w/phuong-a/handoffs/${handoffA}/notes`, { body: "không token" }, null);
    expect(noToken.status, await noToken.clone().text()).toBe(403);
    expect((await staffA.post(`/console/w/phuong-a/handoffs/${handoffA}/notes`, { body: "sai token" }, "abc")).status).toBe(403);
    expect((await staffA.api(`/api/staff/wards/phuong-a/handoffs/${handoffA}/notes`, { body: "không token" }, null)).status).toBe(403);
    // a cross-site form post carries a foreign Origin
    const cross = await staffA.request(`/console/w/phuong-a/handoffs/${handoffA}/notes`, {
      method: "POST",
      headers: { origin: "https://ke-gian.example" },
      body: new URLSearchParams({ _csrf: staffA.csrf, body: "từ trang lạ" }),
    });
    expect(cross.status).toBe(403);
    const [n] = await query<{ n: number }>(server.services, sql`select count(*) as n from staff_handoff_notes`);
    expect(Number(n!.n)).toBe(0);
    expect((await staffA.post(`/console/w/phuong-a/handoffs/${handoffA}/notes`, { body: "có token" })).status).toBe(303);
  });

  it("the login form needs its own token", async () => {
    const client = new ConsoleClient(server.url);
    const res = await client.request("/console/login", { method: "POST", body: new URLSearchParams({ email: "a@b.c", password: "x" }) });
    expect(res.status).toBe(403);
  });
});

describe("lockout", () => {
  it("locks an account after 5 wrong passwords, even with the right one afterwards", async () => {
    const account = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["staff"] }] });
    const client = new ConsoleClient(server.url);
    for (let i = 0; i < 5; i++) expect((await client.login(account.email, "sai-mat-khau")).status).toBe(401);
    const locked = await client.login(account.email, account.password);
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain("tạm khóa");
    // unknown accounts lock the same way (no account enumeration)
    for (let i = 0; i < 5; i++) expect((await client.login("khong-ton-tai@phuong.test", "x")).status).toBe(401);
    expect((await client.login("khong-ton-tai@phuong.test", "x")).status).toBe(429);
  });
});
