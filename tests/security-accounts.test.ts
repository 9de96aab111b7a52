/**
 * Attacks on staff accounts, tried over real HTTP against a running server and a real database
 * file: cross-ward account takeover (issue 9 §1), the login lockout race (§2) and the smaller
 * account items of §10 (temporary passwords, weak passwords, email existence oracle,
 * communicators' drafts for another ward's entry).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../server/lib/clock";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, query, testConfig, type TestWard } from "./support/factories";

const clock = manualClock(Date.now());
let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let wardA: TestWard;
let wardB: TestWard;

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("security-accounts");
  server = await startNodeServer(testConfig(tmp.dir, fake.url, { CLIENT_IP_HEADER: "x-forwarded-for" }), { hostname: "127.0.0.1", clock });
  wardA = await setupWard(server, fake, "phuong-a", "Phường A");
  wardB = await setupWard(server, fake, "phuong-b", "Phường B");
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

async function signedIn(account: { email: string; password: string }) {
  const client = new ConsoleClient(server.url);
  const res = await client.login(account.email, account.password);
  expect(res.status).toBe(303);
  return client;
}

/** A raw login POST from a given client address (X-Forwarded-For, trusted in this server's config). */
async function loginFrom(address: string, email: string, password: string, cookie = ""): Promise<Response> {
  const page = await fetch(`${server.url}/console/login`, { headers: { "x-forwarded-for": address, cookie } });
  const csrfCookie = page.headers.getSetCookie().find((c) => c.startsWith("hp_login_csrf="))!.split(";")[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  return fetch(`${server.url}/console/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "x-forwarded-for": address, cookie: [csrfCookie, cookie].filter(Boolean).join("; ") },
    body: new URLSearchParams({ _csrf: token, email, password }),
  });
}

async function userId(email: string): Promise<number> {
  const [row] = await query<{ id: number }>(server.services, sql`select id from staff_users where email = ${email}`);
  return row!.id;
}

describe("§1 cross-ward account takeover", () => {
  it("ward A's admin cannot take over ward B's admin by adding the email and resetting the password", async () => {
    const adminA = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["admin"] }] });
    const adminB = await createStaff(server, { wards: [{ wardId: wardB.id, roles: ["admin"] }] });
    const attacker = await signedIn(adminA);
    const victimId = await userId(adminB.email);

    // the attack: add B's admin to ward A, then set a password for the account
    const added = await attacker.post(`/console/w/phuong-a/staff`, { name: "Ai đó", email: adminB.email, password: "mat-khau-ke-gian-99", roles: "admin" });
    expect(added.status).toBeLessThan(500);
    const reset = await attacker.post(`/console/w/phuong-a/staff/${victimId}/password`, { password: "mat-khau-ke-gian-99" });
    expect([403, 404]).toContain(reset.status);
    const roles = await attacker.post(`/console/w/phuong-a/staff/${victimId}/roles`, { roles: "staff" });
    expect([403, 404]).toContain(roles.status);

    // nothing changed for the victim: the attacker's password does not open the account, B's own does
    expect((await new ConsoleClient(server.url).login(adminB.email, "mat-khau-ke-gian-99")).status).toBe(401);
    const victim = await signedIn(adminB);
    expect((await victim.request(`/console/w/phuong-b/staff`)).status).toBe(200);
    const memberships = await query<{ ward_id: number }>(server.services, sql`select ward_id from staff_memberships where user_id = ${victimId}`);
    expect(memberships.map((m) => m.ward_id)).toEqual([wardB.id]);
  });

  it("adding an existing account is an invitation the person accepts with their own password; both wards get audit rows", async () => {
    const adminA = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["admin"] }] });
    const staffB = await createStaff(server, { wards: [{ wardId: wardB.id, roles: ["staff"] }] });
    const inviter = await signedIn(adminA);
    const res = await inviter.post(`/console/w/phuong-a/staff`, { name: "Cán bộ hai phường", email: staffB.email, roles: "staff" });
    expect(res.status).toBe(200);
    const link = /\/console\/invite\/([0-9a-f]{64})/.exec(await res.text())?.[1];
    expect(link).toBeTruthy();
    // no membership until accepted
    const id = await userId(staffB.email);
    expect(await query(server.services, sql`select 1 from staff_memberships where user_id = ${id} and ward_id = ${wardA.id}`)).toHaveLength(0);

    // whoever holds the link (the inviting admin too) cannot accept without the account's password
    const stranger = new ConsoleClient(server.url);
    const page = await stranger.request(`/console/invite/${link}`);
    expect(page.status).toBe(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const wrong = await stranger.request(`/console/invite/${link}`, { method: "POST", body: new URLSearchParams({ _csrf: token, password: "mat-khau-doan-thu-1", name: "x" }) });
    expect(wrong.status).toBe(401);
    expect(await query(server.services, sql`select 1 from staff_memberships where user_id = ${id} and ward_id = ${wardA.id}`)).toHaveLength(0);

    const invitee = new ConsoleClient(server.url);
    const page2 = await invitee.request(`/console/invite/${link}`);
    const token2 = /name="_csrf" value="([^"]+)"/.exec(await page2.text())![1]!;
    const accepted = await invitee.request(`/console/invite/${link}`, { method: "POST", body: new URLSearchParams({ _csrf: token2, password: staffB.password }) });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get("location")).toBe("/console/w/phuong-a");
    expect(await query(server.services, sql`select role from staff_memberships where user_id = ${id} and ward_id = ${wardA.id}`)).toEqual([{ role: "staff" }]);
    // the link works once
    expect((await invitee.request(`/console/invite/${link}`)).status).toBe(404);

    const audit = await query<{ ward_id: number; action: string }>(server.services, sql`select ward_id, action from staff_audit_log where entity_id = ${String(id)} and action like 'membership%'`);
    expect(audit.map((a) => a.ward_id).sort()).toEqual([wardA.id, wardB.id].sort());
    // ward A's admin still has no power over the account's credentials
    const reset = await inviter.post(`/console/w/phuong-a/staff/${id}/password`, { password: "mat-khau-ke-gian-98" });
    expect(reset.status).toBe(403);
  });

  it("a ward admin cannot reset a city admin's password or change their roles", async () => {
    const adminA = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["admin"] }] });
    const city = await createStaff(server, { cityAdmin: true });
    const cityId = await userId(city.email);
    await server.services.staff.auth.addWardStaff(await server.services.staff.auth.actor(cityId), wardA.id, { email: city.email, name: "", roles: ["staff"] });
    const attacker = await signedIn(adminA);
    expect((await attacker.post(`/console/w/phuong-a/staff/${cityId}/password`, { password: "mat-khau-ke-gian-97" })).status).toBe(403);
    expect((await attacker.post(`/console/w/phuong-a/staff/${cityId}/roles`, {})).status).toBe(403);
  });
});

describe("§2 login lockout race", () => {
  it("200 parallel guesses check at most 5 passwords and the right one among them is refused", async () => {
    const victim = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["staff"] }] });
    const guesses = Array.from({ length: 200 }, (_, i) => (i === 120 ? victim.password : `doan-sai-${i}-mat-khau`));
    // from many addresses, so only the per-account limit applies
    const results = await Promise.all(guesses.map((g, i) => loginFrom(`10.1.${Math.floor(i / 250)}.${i % 250}`, victim.email, g)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 303)).toHaveLength(0);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(195);
  }, 120_000);

  it("a lockout by strangers is short, and a browser that signed in before is not locked out", async () => {
    const owner = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["staff"] }] });
    // the owner signed in from their office PC before: it holds a device cookie
    const first = await loginFrom("10.2.0.1", owner.email, owner.password);
    expect(first.status).toBe(303);
    const device = first.headers.getSetCookie().find((c) => c.startsWith("hp_staff_device="))!.split(";")[0]!;
    for (let i = 0; i < 6; i++) await loginFrom(`10.3.0.${i}`, owner.email, "ke-la-doan-mat-khau");
    expect((await loginFrom("10.3.0.9", owner.email, owner.password)).status).toBe(429);
    // the office PC still signs in
    expect((await loginFrom("10.2.0.1", owner.email, owner.password, device)).status).toBe(303);
    // and the lock ends by itself
    clock.advance(16 * 60_000);
    expect((await loginFrom("10.3.0.10", owner.email, owner.password)).status).toBe(303);
  });

  it("locks a client address that guesses at many accounts, and prunes old failure rows", async () => {
    for (let i = 0; i < 25; i++) await loginFrom("10.9.9.9", `khong-co-${i}@phuong.test`, "doan-bua-mat-khau");
    const someone = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["staff"] }] });
    expect((await loginFrom("10.9.9.9", someone.email, someone.password)).status).toBe(429);
    expect((await loginFrom("10.9.9.8", someone.email, someone.password)).status).toBe(303);
    clock.advance(24 * 3600_000);
    await server.sweepNow();
    const [left] = await query<{ n: number }>(server.services, sql`select count(*) as n from auth_throttle`);
    expect(Number(left!.n)).toBe(0);
  });
});

describe("§10 smaller account items", () => {
  it("a temporary password set by an admin works for nothing but choosing a new one", async () => {
    const admin = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["admin"] }] });
    const member = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["staff"] }] });
    const adminClient = await signedIn(admin);
    expect((await adminClient.post(`/console/w/phuong-a/staff/${await userId(member.email)}/password`, { password: "tam-thoi-Phuong-2026" })).status).toBe(303);
    const client = new ConsoleClient(server.url);
    expect((await client.login(member.email, "tam-thoi-Phuong-2026")).status).toBe(303);
    const me = await client.request("/api/staff/me");
    expect(me.status).toBe(200);
    client.csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
    const api = await client.request(`/api/staff/wards/phuong-a/handoffs`);
    expect(api.status).toBe(403);
    expect(((await api.json()) as { error: string }).error).toBe("must_change_password");
    const page = await client.request(`/console/w/phuong-a/handoffs`);
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/console/account?first=1");
    expect((await client.post(`/console/account/password`, { current: "tam-thoi-Phuong-2026", password: "mat-khau-rieng-cua-toi-7" })).status).toBe(303);
    expect((await client.request(`/api/staff/wards/phuong-a/handoffs`)).status).toBe(200);
  });

  it("refuses the commonest passwords and the account's own email as a password", async () => {
    const member = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["staff"] }] });
    const client = await signedIn(member);
    for (const weak of ["1234567890", "matkhau123", "qwertyuiop", "123456789a", member.email, member.email.split("@")[0]!.toUpperCase() + "2026"]) {
      const res = await client.post(`/console/account/password`, { current: member.password, password: weak });
      expect(res.status, weak).toBe(400);
    }
  });

  it("a ward admin's add form answers the same for an email of another ward and an unknown one", async () => {
    const adminA = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["admin"] }] });
    const elsewhere = await createStaff(server, { wards: [{ wardId: wardB.id, roles: ["staff"] }] });
    const client = await signedIn(adminA);
    const normalise = (html: string, email: string) => html.replaceAll(email, "EMAIL").replace(/[0-9a-f]{64}/g, "TOKEN");
    const a = await client.post(`/console/w/phuong-a/staff`, { name: "Người A", email: elsewhere.email, roles: "staff" });
    const b = await client.post(`/console/w/phuong-a/staff`, { name: "Người A", email: "chua-co-tai-khoan@phuong.test", roles: "staff" });
    expect(a.status).toBe(b.status);
    expect(normalise(await a.text(), elsewhere.email)).toBe(normalise(await b.text(), "chua-co-tai-khoan@phuong.test"));
  });

  it("a communicator cannot create drafts for another ward's entry", async () => {
    const commB = await createStaff(server, { wards: [{ wardId: wardB.id, roles: ["communicator"] }] });
    const commA = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["communicator"] }] });
    const b = await signedIn(commB);
    const fields = { title: "Mục riêng của phường B", category: "phuong", questions: "câu hỏi riêng", body: "Nội dung", last_reviewed: "2026-11-01" };
    expect((await b.post("/console/w/phuong-b/kb/new", { id: "phuong-b-rieng", ...fields })).status).toBe(303);
    const a = await signedIn(commA);
    const res = await a.post("/console/w/phuong-a/kb/e/phuong-b-rieng/draft", { ...fields, title: "Ghi đè" });
    expect(res.status).toBe(404);
    const rows = await query<{ ward_id: number }>(server.services, sql`select ward_id from staff_kb_versions where entity_id = 'phuong-b-rieng'`);
    expect(rows.map((r) => r.ward_id)).toEqual([wardB.id]);
  });
});
