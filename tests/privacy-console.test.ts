/**
 * The console's personal-data pages over a real server and database file: a ward admin sets the
 * ward's retention periods (defaults shown, bounds validated, audited) and handles a resident's
 * request to see/export or delete their data, found by a report code or by their Zalo
 * conversation, with a confirmation step before deletion. Another ward's admin, and staff or
 * communicators of the same ward, can neither see nor change any of it.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createHandoff, createReport, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { makeTempDir, postWebhook, query, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "./support/factories";

let zalo: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let wardA: TestWard;
let wardB: TestWard;
let adminA: ConsoleClient;
let adminB: ConsoleClient;
let staffA: ConsoleClient;
let commA: ConsoleClient;

async function signedIn(o: Parameters<typeof createStaff>[1]) {
  const account = await createStaff(server, o);
  const client = new ConsoleClient(server.url);
  expect((await client.login(account.email, account.password)).status).toBe(303);
  return client;
}

beforeAll(async () => {
  tmp = makeTempDir("privacy-console");
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url }), { hostname: "127.0.0.1" });
  wardA = await setupWard(server, zalo, "phuong-rieng-a", "Phường Riêng A");
  wardB = await setupWard(server, zalo, "phuong-rieng-b", "Phường Riêng B");
  adminA = await signedIn({ wards: [{ wardId: wardA.id, roles: ["admin"] }] });
  adminB = await signedIn({ wards: [{ wardId: wardB.id, roles: ["admin"] }] });
  staffA = await signedIn({ wards: [{ wardId: wardA.id, roles: ["staff"] }] });
  commA = await signedIn({ wards: [{ wardId: wardA.id, roles: ["communicator"] }] });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  await graph?.close();
  tmp?.remove();
});

/** A resident writes to the ward's OA (a real signed webhook), and the reply is processed. */
async function say(ward: TestWard, userId: string, text: string) {
  const res = await postWebhook(server.url, await signedEvent(ward, textEvent(ward, { userId, text })));
  expect(res.status).toBe(200);
  await server.queue.idle();
}

const retentionOf = async (ward: TestWard) => (await server.services.staff.wardAdmin.settings(ward.id)).retention;
const auditCount = async (ward: TestWard, action: string) => (await query(server.services, sql`select id from staff_audit_log where ward_id = ${ward.id} and action = ${action}`)).length;
const validPeriods = { raw_events_days: "14", messages_days: "90", ask_log_days: "180", report_contact_days: "60", report_photos_days: "120", orphan_upload_hours: "12", scam_reports_days: "10" };

describe("retention periods page", () => {
  it("shows the current values with their defaults and bounds, linked from the ward settings", async () => {
    const settings = await (await adminA.request(`/console/w/${wardA.slug}/settings`)).text();
    expect(settings).toContain(`href="/console/w/${wardA.slug}/settings/retention"`);
    expect(settings).toContain(`href="/console/w/${wardA.slug}/personal-data"`);
    const res = await adminA.request(`/console/w/${wardA.slug}/settings/retention`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/name="raw_events_days"[^>]*value="30"/);
    expect(html).toMatch(/name="orphan_upload_hours"[^>]*value="24"/);
    expect(html).toMatch(/name="scam_reports_days"[^>]*max="30"[^>]*value="30"/);
    expect(html).toContain("Mặc định 30 ngày; từ 1 đến 30 ngày.");
    expect(html).toContain("Mặc định 24 giờ; từ 1 đến 720 giờ.");
  });

  it("validates the bounds with Vietnamese messages, saves and audits", async () => {
    const before = await retentionOf(wardA);
    for (const [field, value, message] of [
      ["raw_events_days", "0", "ít nhất 1 ngày"],
      ["scam_reports_days", "31", "nhiều nhất 30 ngày"],
      ["orphan_upload_hours", "721", "nhiều nhất 720 giờ"],
      ["messages_days", "mot nam", "vui lòng nhập một số"],
      ["ask_log_days", "1.5", "vui lòng nhập số nguyên"],
    ] as const) {
      const res = await adminA.post(`/console/w/${wardA.slug}/settings/retention`, { ...validPeriods, [field]: value });
      expect(res.status, field).toBe(400);
      expect(await res.text(), field).toContain(message);
    }
    expect(await retentionOf(wardA)).toEqual(before);
    expect(await auditCount(wardA, "update_retention")).toBe(0);

    const saved = await adminA.post(`/console/w/${wardA.slug}/settings/retention`, validPeriods);
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`/console/w/${wardA.slug}/settings/retention?ok=saved`);
    expect(await retentionOf(wardA)).toEqual(Object.fromEntries(Object.entries(validPeriods).map(([k, v]) => [k, Number(v)])));
    expect(await auditCount(wardA, "update_retention")).toBe(1);
    expect(await (await adminA.request(`/console/w/${wardA.slug}/settings/retention`)).text()).toMatch(/name="scam_reports_days"[^>]*value="10"/);
  });

  it("a JSON change of one period keeps the others", async () => {
    const before = await retentionOf(wardA);
    expect((await adminA.api(`/api/staff/wards/${wardA.slug}/retention`, { ask_log_days: 200 })).status).toBe(200);
    expect(await retentionOf(wardA)).toEqual({ ...before, ask_log_days: 200 });
  });

  it("another ward's admin, staff and communicators can neither see nor change it", async () => {
    const before = await retentionOf(wardB);
    const auditBefore = await auditCount(wardB, "update_retention");
    for (const client of [adminA, staffA, commA]) {
      expect((await client.request(`/console/w/${wardB.slug}/settings/retention`)).status).toBe(403);
      expect((await client.post(`/console/w/${wardB.slug}/settings/retention`, validPeriods)).status).toBe(403);
      expect((await client.request(`/api/staff/wards/${wardB.slug}/retention`)).status).toBe(403);
      expect((await client.api(`/api/staff/wards/${wardB.slug}/retention`, { raw_events_days: 3 })).status).toBe(403);
    }
    for (const client of [staffA, commA]) {
      expect((await client.request(`/console/w/${wardA.slug}/settings/retention`)).status).toBe(403);
      expect((await client.post(`/console/w/${wardA.slug}/settings/retention`, { ...validPeriods, raw_events_days: "3" })).status).toBe(403);
      // refused before the input is read: an invalid form is still a 403, not a 400
      expect((await client.post(`/console/w/${wardA.slug}/settings/retention`, { raw_events_days: "0" })).status).toBe(403);
    }
    expect(await retentionOf(wardB)).toEqual(before);
    expect((await retentionOf(wardA)).raw_events_days).toBe(14);
    expect(await auditCount(wardB, "update_retention")).toBe(auditBefore);
  });
});

describe("a resident's request, found by a report code", () => {
  it("shows and exports the data (audited), and deletes it only after the confirmation step", async () => {
    const report = await createReport(server, graph, wardA, { name: "Đặng Thị Yêu Cầu", description: "Cống trước nhà tôi số 8 ngõ 2 bị tắc, gọi tôi nhé.", address: "Số 8 ngõ 2 phố Hàng Bạc", phone: "0903111222" });
    const base = `/console/w/${wardA.slug}/personal-data`;

    const page = await adminA.request(`${base}?reportCode=${report.code.toLowerCase()}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Đặng Thị Yêu Cầu");
    expect(html).toContain(report.code);
    expect(html).toContain(`${base}/export?reportCode=${report.code}`);
    expect(await auditCount(wardA, "view_personal_data")).toBe(1);

    const exported = await adminA.request(`${base}/export?reportCode=${report.code}`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toContain(`du-lieu-ca-nhan-${report.code}.json`);
    const data = (await exported.json()) as { user: { name: string }; reports: Array<{ phone: string; description: string }> };
    expect(data.user.name).toBe("Đặng Thị Yêu Cầu");
    expect(data.reports[0]).toMatchObject({ phone: "0903111222", description: "Cống trước nhà tôi số 8 ngõ 2 bị tắc, gọi tôi nhé." });
    expect(await auditCount(wardA, "export_personal_data")).toBe(1);

    // the confirmation page changes nothing; posting without ticking the box changes nothing
    const confirm = await adminA.request(`${base}/erase?reportCode=${report.code}`);
    expect(confirm.status).toBe(200);
    const confirmHtml = await confirm.text();
    expect(confirmHtml).toContain("không thể hoàn tác");
    expect(confirmHtml).toMatch(/<input type="checkbox" name="confirm"/);
    const unticked = await adminA.post(`${base}/erase`, { reportCode: report.code, conversation: "" });
    expect(unticked.status).toBe(400);
    expect(await unticked.text()).toContain("Vui lòng đánh dấu xác nhận trước khi xóa.");
    expect(await query(server.services, sql`select id from reports where id = ${report.id} and phone = '0903111222'`)).toHaveLength(1);
    expect(await auditCount(wardA, "erase_personal_data")).toBe(0);

    const erased = await adminA.post(`${base}/erase`, { reportCode: report.code, conversation: "", confirm: "on" });
    expect(erased.status).toBe(303);
    expect(erased.headers.get("location")).toBe(`${base}?ok=erased`);
    const [row] = await query<{ phone: string | null; description: string; address: string | null; category: string }>(server.services, sql`select phone, description, address, category from reports where id = ${report.id}`);
    expect(row).toMatchObject({ phone: null, address: null, category: "chieu-sang" });
    expect(row!.description).not.toContain("Cống trước nhà tôi");
    expect(await query(server.services, sql`select id from miniapp_users where display_name = 'Đặng Thị Yêu Cầu'`)).toHaveLength(0);
    expect(await auditCount(wardA, "erase_personal_data")).toBe(1);
    expect(await (await adminA.request(`${base}?ok=erased`)).text()).toContain("Đã xóa dữ liệu cá nhân của người dân.");
  });
});

describe("a resident's request, found by their Zalo conversation", () => {
  it("finds the chat by the inbox's request number and deletes it with the scam messages the resident forwarded", async () => {
    const userId = zaloId("2");
    // the resident forwards a scam message, writes their phone number, then asks for a person
    await say(wardA, userId, "tin này có phải lừa đảo ko: [VCB] Tai khoan cua Quy khach bi tam khoa. Xac thuc lai tai https://vcb-khoa-tk-rieng.top truoc 17h");
    await say(wardA, userId, "Số điện thoại của tôi là 0904555666, làm căn cước ở đâu?");
    const { handoffId, residentId } = await createHandoff(server, wardA, { userId, displayName: "Vũ Văn Hội Thoại" });
    expect(await query(server.services, sql`select id from scam_reports where resident_key = ${`zalo:${residentId}`}`)).toHaveLength(1);
    const base = `/console/w/${wardA.slug}/personal-data`;

    const page = await adminA.request(`${base}?conversation=${encodeURIComponent(`#${handoffId}`)}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Vũ Văn Hội Thoại");
    expect(html).toContain("1 tin nhắn lừa đảo đã chuyển đến");
    const exported = (await (await adminA.request(`${base}/export?conversation=${handoffId}`)).json()) as { chat: Array<{ text: string | null }>; forwardedScams: unknown[]; questionsToStaff: Array<{ question: string }> };
    expect(JSON.stringify(exported.chat)).toContain("0904555666");
    expect(exported.forwardedScams).toHaveLength(1);
    expect(exported.questionsToStaff.length).toBeGreaterThan(0);

    // the console's own address of the conversation works too
    const erased = await adminA.post(`${base}/erase`, { reportCode: "", conversation: `${server.url}/console/w/${wardA.slug}/handoffs/${handoffId}`, confirm: "on" });
    expect(erased.status).toBe(303);
    expect(await query(server.services, sql`select id from messages where resident_id = ${residentId} and text like '%0904555666%'`)).toHaveLength(0);
    expect(await query(server.services, sql`select id from messages where resident_id = ${residentId}`)).not.toHaveLength(0); // counts stay
    expect(await query(server.services, sql`select id from scam_reports where resident_key = ${`zalo:${residentId}`}`)).toHaveLength(0);
    expect(await query(server.services, sql`select id from handoffs where resident_id = ${residentId} and question like '%gặp cán bộ%'`)).toHaveLength(0);
    expect(await query(server.services, sql`select id from webhook_events where raw_body like '%0904555666%'`)).toHaveLength(0);
    const [resident] = await query<{ zalo_user_id: string; display_name: string | null }>(server.services, sql`select zalo_user_id, display_name from residents where id = ${residentId}`);
    expect(resident).toEqual({ zalo_user_id: `erased:${residentId}`, display_name: null });
    const audit = await query<{ entity: string; entity_id: string }>(server.services, sql`select entity, entity_id from staff_audit_log where ward_id = ${wardA.id} and action = 'erase_personal_data' order by id desc limit 1`);
    expect(audit[0]).toEqual({ entity: "resident", entity_id: String(residentId) });
  });
});

describe("access to residents' data", () => {
  it("another ward's admin, staff and communicators cannot see, export or delete it", async () => {
    // codes count per ward: take one of ward B's that ward A does not also have
    let report = await createReport(server, graph, wardB, { name: "Người Phường B", phone: "0905777888" });
    while ((await query(server.services, sql`select id from reports where ward_id = ${wardA.id} and code = ${report.code}`)).length) {
      report = await createReport(server, graph, wardB, { name: "Người Phường B", phone: "0905777888" });
    }
    const { handoffId, residentId } = await createHandoff(server, wardB);
    const ids = [`reportCode=${report.code}`, `conversation=${handoffId}`];
    // ward A's admin on ward B's pages: not a member there
    for (const q of ids) {
      expect((await adminA.request(`/console/w/${wardB.slug}/personal-data?${q}`)).status).toBe(403);
      expect((await adminA.request(`/console/w/${wardB.slug}/personal-data/export?${q}`)).status).toBe(403);
      expect((await adminA.request(`/api/staff/wards/${wardB.slug}/personal-data?${q}`)).status).toBe(403);
    }
    expect((await adminA.post(`/console/w/${wardB.slug}/personal-data/erase`, { reportCode: report.code, confirm: "on" })).status).toBe(403);
    expect((await adminA.api(`/api/staff/wards/${wardB.slug}/personal-data/erase`, { reportCode: report.code })).status).toBe(403);
    // ward A's admin on ward A's pages with ward B's code or conversation: not found in this ward
    for (const q of ids) {
      const res = await adminA.request(`/console/w/${wardA.slug}/personal-data?${q}`);
      expect(res.status, q).toBe(404);
      expect(await res.text()).not.toContain("Người Phường B");
      expect((await adminA.request(`/console/w/${wardA.slug}/personal-data/export?${q}`)).status).toBe(404);
    }
    expect((await adminA.post(`/console/w/${wardA.slug}/personal-data/erase`, { reportCode: report.code, confirm: "on" })).status).toBe(404);
    expect((await adminA.post(`/console/w/${wardA.slug}/personal-data/erase`, { conversation: String(handoffId), confirm: "on" })).status).toBe(404);
    // staff and communicators of ward B itself
    const staffB = await signedIn({ wards: [{ wardId: wardB.id, roles: ["staff", "communicator"] }] });
    expect((await staffB.request(`/console/w/${wardB.slug}/personal-data`)).status).toBe(403);
    for (const q of ids) {
      expect((await staffB.request(`/console/w/${wardB.slug}/personal-data?${q}`)).status).toBe(403);
      expect((await staffB.request(`/console/w/${wardB.slug}/personal-data/export?${q}`)).status).toBe(403);
      expect((await staffB.request(`/console/w/${wardB.slug}/personal-data/erase?${q}`)).status).toBe(403);
    }
    expect((await staffB.post(`/console/w/${wardB.slug}/personal-data/erase`, { reportCode: report.code, confirm: "on" })).status).toBe(403);
    expect((await staffB.api(`/api/staff/wards/${wardB.slug}/personal-data/erase`, { reportCode: report.code })).status).toBe(403);

    // nothing was shown or deleted: ward B's data is whole and no access was recorded
    expect(await query(server.services, sql`select id from reports where id = ${report.id} and phone = '0905777888'`)).toHaveLength(1);
    expect(await query(server.services, sql`select id from residents where id = ${residentId} and zalo_user_id not like 'erased:%'`)).toHaveLength(1);
    expect(await query(server.services, sql`select id from messages where resident_id = ${residentId} and text is not null`)).not.toHaveLength(0);
    expect(await query(server.services, sql`select id from staff_audit_log where action like '%personal_data' and ward_id = ${wardB.id}`)).toHaveLength(0);
    // ward B's own admin can
    expect((await adminB.request(`/console/w/${wardB.slug}/personal-data?reportCode=${report.code}`)).status).toBe(200);
  });
});
