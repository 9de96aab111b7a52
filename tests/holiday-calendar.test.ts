/**
 * The city's holiday calendar across Tết 2027 (Lunar New Year: Saturday 6 February 2027).
 * Seeded at start from date-holidays and the Labour Code (unconfirmed for 2027, the year's
 * decision not being known), edited by the city admin in the console; report deadlines and the
 * assistant's "cán bộ sẽ trả lời từ …" skip the days off and count make-up working days.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../server/lib/clock";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { vietnamHolidayRows } from "../server/wards/holiday-seed";
import { addWorkingTime, describeNextStaffTime, type DayExceptions } from "../server/wards/working-hours";
import { ConsoleClient, createStaff, miniappResident, setupWard, createReport } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { defaultProfile, makeTempDir, postWebhook, signedEvent, testConfig, textEvent, waitFor, zaloId, type TestWard } from "./support/factories";

const vn = (iso: string) => Date.parse(`${iso}+07:00`);
const fmt = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
const hours = defaultProfile.working_hours;
const HOUR = 3600_000;

const clock = manualClock(vn("2027-02-04T16:00:00")); // Thursday before Tết
let zalo: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
let cityAdmin: ConsoleClient;
let wardStaff: ConsoleClient;

beforeAll(async () => {
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  tmp = makeTempDir("holidays");
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url }), { hostname: "127.0.0.1", clock });
  ward = await setupWard(server, zalo, "phuong-tet", "Phường Đón Tết");
  const admin = await createStaff(server, { cityAdmin: true });
  cityAdmin = new ConsoleClient(server.url);
  expect((await cityAdmin.login(admin.email, admin.password)).status).toBe(303);
  const staff = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["admin", "staff"] }] });
  wardStaff = new ConsoleClient(server.url);
  expect((await wardStaff.login(staff.email, staff.password)).status).toBe(303);
});

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  await graph?.close();
  tmp?.remove();
});

describe("the seeded calendar", () => {
  it("2027: Tết from the eve to the compensatory days, unconfirmed; 2026 from the decision, confirmed", () => {
    const y2027 = vietnamHolidayRows(2027);
    const tet = y2027.filter((r) => r.name.includes("Tết Nguyên đán")).map((r) => r.day);
    // eve Fri 5/2, mùng 3–4 Mon 8 and Tue 9; mùng 1–2 fell on the weekend → Wed 10 and Thu 11
    expect(tet).toEqual(["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"]);
    expect(y2027.every((r) => !r.confirmed)).toBe(true);
    const y2026 = vietnamHolidayRows(2026);
    expect(y2026.filter((r) => r.name.includes("Tết")).map((r) => r.day)).toEqual(["2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]);
    expect(y2026.find((r) => r.day === "2026-04-27")?.name).toContain("Nghỉ bù Giỗ Tổ");
    expect(y2026.every((r) => r.confirmed && r.source)).toBe(true);
  });

  it("working time skips Tết: 8 working hours from Thursday 16:00 end on Friday 12/2 16:30", () => {
    const cal: DayExceptions = { off: new Set(vietnamHolidayRows(2027).map((r) => r.day)), workdays: new Set() };
    expect(fmt(addWorkingTime(hours, vn("2027-02-04T16:00:00"), 8 * HOUR))).toBe("2027-02-05 16:30");
    expect(fmt(addWorkingTime(hours, vn("2027-02-04T16:00:00"), 8 * HOUR, cal))).toBe("2027-02-12 16:30");
    expect(describeNextStaffTime(hours, vn("2027-02-04T18:00:00"), cal)).toBe("từ 8h00 sáng thứ Sáu 12/02");
    // a make-up Saturday counts as a working day
    const withMakeUp: DayExceptions = { off: cal.off, workdays: new Set(["2027-02-13"]) };
    expect(fmt(addWorkingTime(hours, vn("2027-02-12T16:00:00"), 2 * HOUR, withMakeUp))).toBe("2027-02-13 09:00");
  });
});

describe("in the server", () => {
  it("the city admin sees the seeded year and adds a make-up working day; others may not", async () => {
    const page = await cityAdmin.request("/console/city/holidays?year=2027");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Thứ Sáu 05/02/2027");
    expect(html).toContain("Chưa xác nhận");
    const saved = await cityAdmin.post("/console/city/holidays", { day: "2027-02-13", kind: "workday", name: "Làm bù cho ngày nghỉ Tết" });
    expect(saved.status).toBe(303);
    const api = (await (await cityAdmin.request("/api/staff/city/holidays?year=2027")).json()) as { days: Array<{ day: string; kind: string; confirmed: boolean }> };
    expect(api.days.find((d) => d.day === "2027-02-13")).toMatchObject({ kind: "workday", confirmed: true });
    const bad = await cityAdmin.post("/console/city/holidays", { day: "2027-02-30", kind: "off", name: "x" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Ngày không tồn tại.");
    expect((await wardStaff.request("/api/staff/city/holidays?year=2027")).status).toBe(403);
    expect((await wardStaff.api("/api/staff/city/holidays", { day: "2027-02-15", kind: "off", name: "Nghỉ thêm" })).status).toBe(403);
  });

  it("a resident asking for staff on the eve of Tết is told when staff will be back", async () => {
    clock.set(vn("2027-02-04T18:00:00"));
    const userId = zaloId("2");
    await postWebhook(server.url, await signedEvent(ward, textEvent(ward, { userId, text: "Tôi muốn gặp cán bộ phường", at: clock.now() })));
    await server.queue.idle();
    const reply = await waitFor(() => zalo.sent(userId).find((m) => m.text?.includes("cán bộ")), { what: `handoff reply (sent: ${JSON.stringify(zalo.requestsFor(userId).map((r) => r.outcome))})` });
    expect(reply.text).toContain("thứ Sáu 12/02");
  });

  it("a report received before Tết is due after it; reopened after resolution, it gets a new deadline", async () => {
    clock.set(vn("2027-02-04T16:00:00"));
    const resident = await miniappResident(server, graph, ward);
    const report = await createReport(server, graph, ward, { resident });
    const detail = (await (await wardStaff.request(`/api/staff/wards/${ward.slug}/reports/${report.id}`)).json()) as { acknowledgeBy: number; resolveBy: number };
    // 8 working hours to acknowledge: Thursday 16:00 → Friday 12/2 16:30 (the Saturday 13/2 make-up day comes after)
    expect(fmt(detail.acknowledgeBy)).toBe("2027-02-12 16:30");
    expect(detail.resolveBy).toBeGreaterThan(detail.acknowledgeBy);

    clock.set(vn("2027-02-15T09:00:00"));
    const staff = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["staff"] }] });
    wardStaff = new ConsoleClient(server.url);
    expect((await wardStaff.login(staff.email, staff.password)).status).toBe(303);
    const done = await wardStaff.api(`/api/staff/wards/${ward.slug}/reports/${report.id}/status`, { status: "resolved", message: "Đã thay bóng đèn." });
    expect(done.status).toBe(200);
    clock.set(vn("2027-02-15T15:00:00"));
    // the resident opens the mini app again (a new session for the same Zalo account)
    const accessToken = graph.issueUserToken(ward.appSecret, { id: resident.appUserId, name: resident.name });
    const session = await fetch(`${server.url}/api/miniapp/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ward: ward.slug, accessToken }) });
    const { token } = (await session.json()) as { token: string };
    const reopened = await fetch(`${server.url}/api/miniapp/reports/${report.id}/reopen`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ reason: "Đèn vẫn chưa sáng." }),
    });
    expect(reopened.status).toBe(200);
    const after = (await (await wardStaff.request(`/api/staff/wards/${ward.slug}/reports/${report.id}`)).json()) as { resolveBy: number; overdue: string | null; status: string };
    expect(after.status).toBe("reopened");
    expect(after.resolveBy).toBeGreaterThan(vn("2027-02-15T15:00:00"));
    expect(after.resolveBy).toBeGreaterThan(detail.resolveBy);
    expect(after.overdue).toBeNull();
  });
});
