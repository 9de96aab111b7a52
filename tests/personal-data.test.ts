/**
 * Personal data (Law 91/2025/QH15), over a real server and database file with a manual clock:
 * retention periods per kind of data purged by the sweeper without breaking statistics; a
 * resident sees and deletes their data (mini app, or staff on their behalf), audited; ID
 * numbers, phones and emails masked before any text leaves for a language model.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../server/lib/clock";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createStaff, miniappResident, setupWard } from "./support/console-helpers";
import { FakeOpenAi } from "./support/fake-openai-server";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { makeTempDir, postWebhook, query, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "./support/factories";
import { SMALL_JPEG } from "./support/test-images";

const DAY = 86_400_000;
const clock = manualClock(Date.UTC(2026, 10, 2, 2, 0));
let zalo: FakeZalo;
let graph: FakeZaloGraph;
let openai: FakeOpenAi;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;

beforeAll(async () => {
  tmp = makeTempDir("personal-data");
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  openai = await new FakeOpenAi().start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url, OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: openai.url }), { hostname: "127.0.0.1", clock });
  ward = await setupWard(server, zalo, "phuong-du-lieu", "Phường Dữ Liệu");
});

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  await graph?.close();
  await openai?.stop();
  tmp?.remove();
});

const count = async (table: string, where = "1 = 1") => Number((await query<{ n: number }>(server.services, sql.raw(`select count(*) as n from ${table} where ${where}`)))[0]!.n);

async function chat(text: string, userId = zaloId("2")) {
  const res = await postWebhook(server.url, await signedEvent(ward, textEvent(ward, { userId, text, at: clock.now() })));
  expect(res.status).toBe(200);
  await server.queue.idle();
  return userId;
}

async function uploadPhoto(r: Awaited<ReturnType<typeof miniappResident>>) {
  const up = await fetch(`${server.url}/api/miniapp/photos`, { method: "POST", headers: { ...r.headers, "content-type": "application/octet-stream" }, body: SMALL_JPEG as BodyInit });
  expect(up.status).toBe(201);
  return ((await up.json()) as { id: number }).id;
}

describe("retention", () => {
  it("purges each kind of data after its period, keeping the counts statistics use", async () => {
    const w = ward;
    await chat("Số căn cước của tôi là 001099012345, làm lại thẻ ở đâu?");
    const r = await miniappResident(server, graph, w, "Người Giữ Liệu");
    const orphan = await uploadPhoto(r);
    const attached = await uploadPhoto(r);
    const report = await r.call("/reports", {
      clientRequestId: `retention-${Date.now()}`,
      category: "chieu-sang",
      description: "Đèn đường trước nhà số 5 ngõ 7 hỏng.",
      location: { lat: 21.031, lng: 105.852 },
      address: "Số 5 ngõ 7 phố Lò Sũ",
      phone: "0912345678",
      phoneConsent: true,
      photoIds: [attached],
    });
    expect(report.status).toBe(201);
    await server.services.feedback.reports.changeStatus(w.id, report.body.id, { status: "resolved", message: "Đã thay bóng đèn.", by: "Cán bộ" });
    const messagesBefore = await count("messages", `ward_id = ${w.id}`);
    const asksBefore = await count("ask_log", `ward_id = ${w.id}`);
    const statsBefore = await server.services.feedback.reports.stats(w.id, { from: clock.now() - 5 * DAY, to: clock.now() + DAY });

    // after a day: the orphan upload (24 h) is gone, with its file
    const [orphanRow] = await query<{ blob_key: string }>(server.services, sql`select blob_key from report_photos where id = ${orphan}`);
    clock.advance(25 * 3600_000);
    await server.sweepNow();
    expect(await count("report_photos", `id = ${orphan}`)).toBe(0);
    expect(await server.services.deps.blobStore.get(orphanRow!.blob_key)).toBeUndefined();
    expect(await count("report_photos", `id = ${attached}`)).toBe(1);

    // after 31 days: raw webhook bodies (30 days) are gone, the events stay (duplicates still recognised)
    clock.advance(30 * DAY);
    await server.sweepNow();
    expect(await count("webhook_events", `ward_id = ${w.id} and raw_body like '%001099012345%'`)).toBe(0);
    expect(await count("webhook_events", `ward_id = ${w.id}`)).toBeGreaterThan(0);
    expect(await count("messages", `ward_id = ${w.id} and text like '%001099012345%'`)).toBe(1); // messages: 180 days

    // after 91 days: the reporter's phone and precise place are gone from the closed report
    clock.advance(60 * DAY);
    await server.sweepNow();
    const [row] = await query<{ phone: string | null; lat: number | null; address: string | null; category: string }>(server.services, sql`select phone, lat, address, category from reports where id = ${report.body.id}`);
    expect(row).toMatchObject({ phone: null, lat: null, category: "chieu-sang" });
    expect(row!.address ?? "").not.toContain("Số 5");

    // after 181 days: message texts are gone, the rows (and every count) stay
    clock.advance(90 * DAY);
    await server.sweepNow();
    expect(await count("messages", `ward_id = ${w.id} and text like '%001099012345%'`)).toBe(0);
    expect(await count("messages", `ward_id = ${w.id}`)).toBe(messagesBefore);
    expect(await count("ask_log", `ward_id = ${w.id}`)).toBe(asksBefore);
    expect(await server.services.feedback.reports.stats(w.id, { from: clock.now() - 200 * DAY, to: clock.now() + DAY })).toMatchObject({
      received: statsBefore.received,
      resolvedInPeriod: statsBefore.resolvedInPeriod,
    });
  });

  it("a ward admin sets the periods; the sweeper uses them", async () => {
    const admin = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["admin"] }] });
    const client = new ConsoleClient(server.url);
    await client.login(admin.email, admin.password);
    const before = await client.request(`/api/staff/wards/${ward.slug}/retention`);
    expect(await before.json()).toMatchObject({ raw_events_days: 30, orphan_upload_hours: 24 });
    expect((await client.api(`/api/staff/wards/${ward.slug}/retention`, { raw_events_days: 0 })).status).toBe(400);
    const res = await client.api(`/api/staff/wards/${ward.slug}/retention`, { raw_events_days: 2 });
    expect(res.status).toBe(200);
    await chat("Cho tôi hỏi giờ làm việc, email của tôi là chi.hoa@example.vn");
    clock.advance(3 * DAY);
    await server.sweepNow();
    expect(await count("webhook_events", `ward_id = ${ward.id} and raw_body like '%chi.hoa@example.vn%'`)).toBe(0);
    const audit = await query<{ action: string }>(server.services, sql`select action from staff_audit_log where ward_id = ${ward.id} and action = 'update_retention'`);
    expect(audit).toHaveLength(1);
  });
});

describe("a resident's own data", () => {
  it("can be seen and deleted from the mini app; deletion is audited and statistics keep their counts", async () => {
    const r = await miniappResident(server, graph, ward, "Trần Văn Xóa");
    const photo = await uploadPhoto(r);
    const created = await r.call("/reports", {
      clientRequestId: `xoa-${Date.now()}`,
      category: "moi-truong",
      description: "Rác trước cửa nhà tôi số 9 ngõ 11.",
      address: "Số 9 ngõ 11 phố Hàng Gà",
      phone: "0987000111",
      phoneConsent: true,
      photoIds: [photo],
    });
    const mine = await r.call("/my-data");
    expect(mine.status).toBe(200);
    expect(JSON.stringify(mine.body)).toContain("Rác trước cửa nhà tôi");
    expect(JSON.stringify(mine.body)).toContain("0987000111");
    expect(mine.body.user.name).toBe("Trần Văn Xóa");

    const [blob] = await query<{ blob_key: string }>(server.services, sql`select blob_key from report_photos where id = ${photo}`);
    const erased = await r.call("/my-data/delete", { confirm: true });
    expect(erased.status).toBe(200);
    const [report] = await query<{ description: string; phone: string | null; address: string | null; category: string }>(server.services, sql`select description, phone, address, category from reports where id = ${created.body.id}`);
    expect(report!.category).toBe("moi-truong");
    expect(report!.phone).toBeNull();
    expect(`${report!.description}${report!.address}`).not.toMatch(/Rác trước cửa|Số 9/);
    expect(await count("report_photos", `id = ${photo}`)).toBe(0);
    expect(await server.services.deps.blobStore.get(blob!.blob_key)).toBeUndefined();
    expect(await count("miniapp_users", `display_name = 'Trần Văn Xóa'`)).toBe(0);
    const audit = await query<{ action: string; after: string }>(server.services, sql`select action, after from staff_audit_log where ward_id = ${ward.id} and action = 'erase_personal_data'`);
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.at(-1)!.after).not.toContain("Trần Văn Xóa");
    // the old session ends with the data
    expect((await r.call("/my-data")).status).toBe(401);
  });

  it("staff can show and erase a resident's data on their behalf (admins), audited with who did it", async () => {
    const r = await miniappResident(server, graph, ward, "Lê Thị Nhờ");
    const created = await r.call("/reports", { clientRequestId: `nho-${Date.now()}`, category: "khac", description: "Xin phường kiểm tra giúp ống nước vỡ ở số 3.", address: "Số 3 phố Hàng Mã", phone: "0911222333", phoneConsent: true });
    const staff = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["staff"] }] });
    const admin = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["admin"] }] });
    const s = new ConsoleClient(server.url);
    await s.login(staff.email, staff.password);
    expect((await s.api(`/api/staff/wards/${ward.slug}/personal-data/erase`, { reportCode: created.body.code })).status).toBe(403);
    const a = new ConsoleClient(server.url);
    await a.login(admin.email, admin.password);
    const shown = await a.request(`/api/staff/wards/${ward.slug}/personal-data?reportCode=${created.body.code}`);
    expect(shown.status).toBe(200);
    expect(JSON.stringify(await shown.json())).toContain("0911222333");
    expect((await a.api(`/api/staff/wards/${ward.slug}/personal-data/erase`, { reportCode: created.body.code })).status).toBe(200);
    expect(await count("reports", `id = ${created.body.id} and phone is null`)).toBe(1);
    const [adminRow] = await query<{ id: number }>(server.services, sql`select id from staff_users where email = ${admin.email}`);
    const audit = await query<{ user_id: number }>(server.services, sql`select user_id from staff_audit_log where ward_id = ${ward.id} and action = 'erase_personal_data' order by id desc limit 1`);
    expect(audit[0]!.user_id).toBe(adminRow!.id);
  });
});

describe("forwarded scam messages (scam_reports)", () => {
  const scam = (domain: string) => `tin này có phải lừa đảo ko: [VCB] Tai khoan cua Quy khach bi tam khoa. Xac thuc lai tai https://${domain} truoc 17h`;
  const scamRows = async (where: string) => count("scam_reports", where);

  it("are kept for each ward's period (default 30 days)", async () => {
    const short = await setupWard(server, zalo, "phuong-lua-dao-ngan", "Phường Lừa Đảo Ngắn");
    const admin = await createStaff(server, { wards: [{ wardId: short.id, roles: ["admin"] }] });
    const client = new ConsoleClient(server.url);
    await client.login(admin.email, admin.password);
    expect(await (await client.request(`/api/staff/wards/${short.slug}/retention`)).json()).toMatchObject({ scam_reports_days: 30 });
    expect((await client.api(`/api/staff/wards/${short.slug}/retention`, { scam_reports_days: 31 })).status).toBe(400);
    expect((await client.api(`/api/staff/wards/${short.slug}/retention`, { scam_reports_days: 5 })).status).toBe(200);

    for (const w of [short, ward]) {
      const res = await postWebhook(server.url, await signedEvent(w, textEvent(w, { userId: zaloId("2"), text: scam("vcb-khoa-tai-khoan-ngan.top"), at: clock.now() })));
      expect(res.status).toBe(200);
    }
    await server.queue.idle();
    expect(await scamRows(`ward_id = ${short.id}`)).toBe(1);
    const keptBefore = await scamRows(`ward_id = ${ward.id}`);
    expect(keptBefore).toBeGreaterThan(0);

    clock.advance(6 * DAY);
    await server.sweepNow();
    expect(await scamRows(`ward_id = ${short.id}`)).toBe(0); // the ward's 5 days
    expect(await scamRows(`ward_id = ${ward.id}`)).toBe(keptBefore); // the default 30 days

    clock.advance(25 * DAY);
    await server.sweepNow();
    expect(await scamRows(`ward_id = ${ward.id}`)).toBe(0);
  });

  it("are part of a resident's export and deletion", async () => {
    const r = await miniappResident(server, graph, ward, "Hoàng Văn Chuyển Tiếp");
    const checked = await r.call("/scam-check", { text: scam("vcb-mo-khoa-chuyen-tiep.top") });
    expect(checked.status).toBe(200);
    expect(checked.body.verdict).toBe("scam");
    const [user] = await query<{ id: number }>(server.services, sql`select id from miniapp_users where display_name = 'Hoàng Văn Chuyển Tiếp'`);
    expect(await scamRows(`resident_key = 'miniapp:${user!.id}'`)).toBe(1);
    const mine = await r.call("/my-data");
    expect(mine.body.forwardedScams).toHaveLength(1);
    expect(mine.body.forwardedScams[0].sample).toContain("vcb-mo-khoa-chuyen-tiep.top");
    expect((await r.call("/my-data/delete", { confirm: true })).status).toBe(200);
    expect(await scamRows(`resident_key = 'miniapp:${user!.id}'`)).toBe(0);
    const [audit] = await query<{ after: string }>(server.services, sql`select after from staff_audit_log where ward_id = ${ward.id} and action = 'erase_personal_data' order by id desc limit 1`);
    expect(JSON.parse(audit!.after)).toMatchObject({ requestedBy: "resident", scamReports: 1 });
  });
});

describe("what leaves for a language model", () => {
  it("masks ID numbers, phone numbers and emails in questions and handoff transcripts", async () => {
    openai.requests.length = 0;
    openai.respond = () => ({ content: JSON.stringify({ queries: [], summary: "Người dân hỏi về căn cước.", reply: "Dạ.", entries: [] }) });
    const secrets = ["001099012345", "0912345678", "+84987654321", "chi.hoa@example.vn", "025123456"];
    const ask = await fetch(`${server.url}/api/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ward: ward.slug, text: "Cho bác hỏi đi làm cái căn cước mới thì lên đâu, CCCD 001099012345, sđt 0912345678" }),
    });
    expect(ask.status).toBe(200);
    await chat("Tôi muốn gặp cán bộ phường. CMND cũ 025123456, gọi +84987654321 hoặc email chi.hoa@example.vn");
    await server.sweepNow(); // writes the handoff summary through the model
    const sent = JSON.stringify(openai.requests);
    expect(openai.requests.length).toBeGreaterThan(0);
    expect(sent).toContain("[số điện thoại]");
    for (const s of secrets) expect(sent, s).not.toContain(s);
  });
});
