/**
 * Outside feedback too, each state change is one database batch with its audit row: when the
 * audit insert fails (a trigger on the real database file makes it fail), nothing of the change
 * is kept — no template, no draft, no ward, no half-created account — and the same action
 * succeeds with its audit row once the log works again.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, query, testConfig, type TestWard } from "./support/factories";

let zalo: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;

beforeAll(async () => {
  tmp = makeTempDir("audit-batches");
  zalo = await FakeZalo.start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url), { hostname: "127.0.0.1" });
  ward = await setupWard(server, zalo, "phuong-kiem-toan", "Phường Kiểm Toán");
});

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  tmp?.remove();
});

const run = (statement: string) => server.services.deps.db.run(sql.raw(statement));

/** Runs `action` while every audit insert matching `when` (SQL on NEW) fails. */
async function withFailingAudit<T>(when: string, action: () => Promise<T>): Promise<T> {
  await run(`CREATE TRIGGER fail_audit BEFORE INSERT ON staff_audit_log WHEN ${when} BEGIN SELECT RAISE(ABORT, 'audit unavailable (test)'); END`);
  try {
    return await action();
  } finally {
    await run("DROP TRIGGER fail_audit");
  }
}

async function signedIn(account: { email: string; password: string }) {
  const client = new ConsoleClient(server.url);
  expect((await client.login(account.email, account.password)).status).toBe(303);
  return client;
}

describe("one batch per change, with its audit row", () => {
  it("creating a reply template", async () => {
    const staff = await signedIn(await createStaff(server, { wards: [{ wardId: ward.id, roles: ["staff"] }] }));
    const form = { title: "Giờ tiếp dân", body: "Phường tiếp công dân sáng thứ Năm hằng tuần." };
    const failed = await withFailingAudit("NEW.entity = 'reply_template'", () => staff.post(`/console/w/${ward.slug}/templates`, form));
    expect(failed.status).toBe(500);
    expect(await query(server.services, sql`select id from staff_reply_templates where ward_id = ${ward.id}`)).toHaveLength(0);

    expect((await staff.post(`/console/w/${ward.slug}/templates`, form)).status).toBe(303);
    const [template] = await query<{ id: number }>(server.services, sql`select id from staff_reply_templates where ward_id = ${ward.id}`);
    const audit = await query<{ entity_id: string }>(server.services, sql`select entity_id from staff_audit_log where entity = 'reply_template' and action = 'create' and ward_id = ${ward.id}`);
    expect(audit).toEqual([{ entity_id: String(template!.id) }]);
  });

  it("creating a knowledge draft", async () => {
    const communicator = await signedIn(await createStaff(server, { wards: [{ wardId: ward.id, roles: ["communicator"] }] }));
    const form = { id: "phuong-kiem-toan-hoi-truong", title: "Mượn hội trường", category: "phuong", questions: "mượn hội trường phường", body: "Liên hệ bộ phận một cửa.", last_reviewed: "2026-11-01" };
    const failed = await withFailingAudit("NEW.action = 'create_draft'", () => communicator.post(`/console/w/${ward.slug}/kb/new`, form));
    expect(failed.status).toBe(500);
    expect(await query(server.services, sql`select id from staff_kb_versions where entity_id = ${form.id}`)).toHaveLength(0);

    const ok = await communicator.post(`/console/w/${ward.slug}/kb/new`, form);
    expect(ok.status).toBe(303);
    const [version] = await query<{ id: number }>(server.services, sql`select id from staff_kb_versions where entity_id = ${form.id}`);
    const audit = await query<{ entity_id: string }>(server.services, sql`select entity_id from staff_audit_log where action = 'create_draft' and ward_id = ${ward.id}`);
    expect(audit).toEqual([{ entity_id: `${form.id}#${version!.id}` }]);
  });

  it("creating a ward", async () => {
    const city = await signedIn(await createStaff(server, { cityAdmin: true }));
    const form = { slug: "phuong-moi-lap", name: "Phường Mới Lập", address: "Số 1 phố Thử", hotline: "024 0000 0000" };
    const failed = await withFailingAudit("NEW.action = 'create_ward'", () => city.post("/console/city/wards", form));
    expect(failed.status).toBe(500);
    expect(await query(server.services, sql`select id from wards where slug = ${form.slug}`)).toHaveLength(0);

    const ok = await city.post("/console/city/wards", form);
    expect(ok.status).toBe(303);
    const [created] = await query<{ id: number }>(server.services, sql`select id from wards where slug = ${form.slug}`);
    const audit = await query<{ ward_id: number; entity_id: string }>(server.services, sql`select ward_id, entity_id from staff_audit_log where action = 'create_ward'`);
    expect(audit).toEqual([{ ward_id: created!.id, entity_id: String(created!.id) }]);
  });

  it("accepting an invitation with a new account", async () => {
    const admin = await signedIn(await createStaff(server, { wards: [{ wardId: ward.id, roles: ["admin"] }] }));
    const email = "can-bo-moi@phuong.test";
    const invited = await admin.post(`/console/w/${ward.slug}/staff`, { name: "Cán bộ mới", email, roles: "staff" });
    const link = /\/console\/invite\/([0-9a-f]{64})/.exec(await invited.text())![1]!;
    const accept = async () => {
      const invitee = new ConsoleClient(server.url);
      const page = await invitee.request(`/console/invite/${link}`);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
      return invitee.request(`/console/invite/${link}`, { method: "POST", body: new URLSearchParams({ _csrf: csrf, name: "Cán bộ mới", password: "mot-mat-khau-rieng-2026" }) });
    };
    const failed = await withFailingAudit("NEW.action = 'membership_accepted'", accept);
    expect(failed.status).toBe(500);
    // no account without its membership, and the invitation is still open
    expect(await query(server.services, sql`select id from staff_users where email = ${email}`)).toHaveLength(0);
    expect(await query(server.services, sql`select accepted_at from staff_invitations where email = ${email}`)).toEqual([{ accepted_at: null }]);

    const ok = await accept();
    expect(ok.status).toBe(303);
    const [user] = await query<{ id: number }>(server.services, sql`select id from staff_users where email = ${email}`);
    expect(await query(server.services, sql`select role from staff_memberships where user_id = ${user!.id} and ward_id = ${ward.id}`)).toEqual([{ role: "staff" }]);
    const audit = await query<{ user_id: number; entity_id: string }>(server.services, sql`select user_id, entity_id from staff_audit_log where action = 'membership_accepted' and ward_id = ${ward.id}`);
    expect(audit).toEqual([{ user_id: user!.id, entity_id: String(user!.id) }]);
    expect(await query(server.services, sql`select accepted_user_id from staff_invitations where email = ${email}`)).toEqual([{ accepted_user_id: user!.id }]);
  });
});
