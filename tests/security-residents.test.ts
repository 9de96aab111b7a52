/**
 * Residents' privacy against other residents, over a real server and database file: reading
 * someone's report by following it (issue 9 §4) and locating a reporter by probing the
 * similar-reports search from three points (§5).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createStaff, miniappResident } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { createWard, makeTempDir, query, testConfig, zaloId, type TestWard } from "./support/factories";
import { SMALL_JPEG } from "./support/test-images";

let zalo: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;

const REPORT_AT = { lat: 21.03012, lng: 105.85031 };
let counter = 0;

beforeAll(async () => {
  tmp = makeTempDir("security-residents");
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url }), { hostname: "127.0.0.1" });
  const appId = zaloId("1");
  zalo.registerApp(appId, "app-secret-residents");
  ward = await createWard(server.services, { slug: "phuong-rieng-tu", appId, appSecret: "app-secret-residents", tokens: zalo.issueTokens(appId) });
});

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  await graph?.close();
  tmp?.remove();
});

async function reportWithEverything() {
  const reporter = await miniappResident(server, graph, ward, "Phạm Thị Riêng");
  const up = await fetch(`${server.url}/api/miniapp/photos`, { method: "POST", headers: { ...reporter.headers, "content-type": "application/octet-stream" }, body: SMALL_JPEG as BodyInit });
  const photoId = ((await up.json()) as { id: number }).id;
  const res = await reporter.call("/reports", {
    clientRequestId: `rieng-tu-${++counter}-${Date.now()}`,
    category: "moi-truong",
    description: "Nhà tôi ở số 12 ngõ 34, hàng xóm đổ rác ra cửa nhà tôi mỗi tối, tôi là chị Riêng.",
    location: REPORT_AT,
    address: "Số 12 ngõ 34 phố Hàng Bông",
    landmark: "Cạnh cửa hàng tạp hóa nhà tôi",
    phone: "0912345678",
    phoneConsent: true,
    hideName: false,
    photoIds: [photoId],
  });
  expect(res.status).toBe(201);
  return { reporter, id: res.body.id as number, code: res.body.code as string };
}

describe("§4 following someone else's report", () => {
  it("a follower far away cannot follow; one nearby sees only category, status, a coarse place, public updates and the result", async () => {
    const report = await reportWithEverything();
    const staff = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["staff"] }] });
    const console = new ConsoleClient(server.url);
    await console.login(staff.email, staff.password);
    // a message addressed to the reporter, with a phone number
    expect((await console.api(`/api/staff/wards/${ward.slug}/reports/${report.id}/reply`, { message: "Cán bộ Long sẽ gọi chị ở số 0987654321 chiều nay." })).status).toBe(200);

    // the attack: follow by numeric id from anywhere, then read everything
    const stranger = await miniappResident(server, graph, ward, "Người Lạ");
    const farAway = await stranger.call(`/reports/${report.id}/follow`, { location: { lat: 21.0600, lng: 105.8000 } });
    expect(farAway.status).toBe(404);
    const noPlace = await stranger.call(`/reports/${report.id}/follow`, {});
    expect(noPlace.status).toBe(404);
    expect((await stranger.call(`/reports/${report.id}`)).status).toBe(404);

    const neighbour = await miniappResident(server, graph, ward, "Hàng Xóm");
    const followed = await neighbour.call(`/reports/${report.id}/follow`, { location: { lat: 21.0302, lng: 105.8504 } });
    expect(followed.status).toBe(200);
    const view = (await neighbour.call(`/reports/${report.id}`)).body;
    const text = JSON.stringify(view);
    expect(view.relation).toBe("following");
    expect(view.categoryLabel).toBeTruthy();
    expect(view.statusLabel).toBeTruthy();
    expect(view.address).toBe("phố Hàng Bông");
    for (const secret of ["Riêng", "số 12", "ngõ 34", "tạp hóa", "0912345678", "0987654321", "Cán bộ Long", String(REPORT_AT.lat)]) expect(text, secret).not.toContain(secret);
    expect(view.photos).toEqual([]);

    // the result is public: the follower sees it and gets a notice of it, but not the reply above
    expect((await console.api(`/api/staff/wards/${ward.slug}/reports/${report.id}/status`, { status: "resolved", message: "Đã thu gom rác và nhắc nhở các hộ gia đình." })).status).toBe(200);
    const after = (await neighbour.call(`/reports/${report.id}`)).body;
    expect(JSON.stringify(after)).toContain("Đã thu gom rác");
    expect(JSON.stringify(after)).not.toContain("0987654321");
    const notices = await query<{ text: string }>(server.services, sql`select n.text from report_notices n join miniapp_users u on u.id = n.user_id where n.report_id = ${report.id} and u.display_name = 'Hàng Xóm'`);
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) expect(n.text).not.toContain("0987654321");
  });
});

describe("§4 the similar-reports search shows nothing of the reporter", () => {
  it("returns only category, status, coarse place, age and distance band", async () => {
    const report = await reportWithEverything();
    const neighbour = await miniappResident(server, graph, ward, "Người Gần");
    const res = await neighbour.call("/similar-reports", { category: "moi-truong", location: { lat: 21.0302, lng: 105.8504 } });
    expect(res.status).toBe(200);
    const found = (res.body.reports as Array<Record<string, unknown>>).find((r) => r.id === report.id);
    expect(found).toBeDefined();
    expect(Object.keys(found!).sort()).toEqual(["ageLabel", "category", "categoryLabel", "distanceM", "following", "id", "mine", "place", "statusLabel"]);
    expect(found).toMatchObject({ place: "phố Hàng Bông", ageLabel: "Trong 24 giờ qua", mine: false });
    const text = JSON.stringify(res.body);
    for (const secret of ["Riêng", "đổ rác", "số 12", "ngõ 34", "tạp hóa", "0912345678", report.code, String(REPORT_AT.lat)]) expect(text, secret).not.toContain(secret);
    // found again by address words alone, still no description
    const byAddress = await neighbour.call("/similar-reports", { category: "moi-truong", address: "ngõ 34 phố Hàng Bông" });
    expect((byAddress.body.reports as Array<{ id: number }>).some((r) => r.id === report.id)).toBe(true);
    expect(JSON.stringify(byAddress.body)).not.toContain("đổ rác");
  });
});

describe("§5 locating a reporter through the similar-reports search", () => {
  it("gives distances only in bands of 50 m or more, and limits the searches", async () => {
    await reportWithEverything();
    const prober = await miniappResident(server, graph, ward, "Người Dò");
    const probes = [
      { lat: 21.0305, lng: 105.8503 },
      { lat: 21.0301, lng: 105.8508 },
      { lat: 21.0299, lng: 105.8501 },
    ];
    const seen: number[] = [];
    for (const location of probes) {
      const res = await prober.call("/similar-reports", { category: "moi-truong", location });
      expect(res.status).toBe(200);
      for (const r of res.body.reports as Array<{ distanceM: number | null }>) if (r.distanceM !== null) seen.push(r.distanceM);
    }
    expect(seen.length).toBeGreaterThan(0);
    for (const d of seen) {
      expect(d % 50).toBe(0);
      expect(d).toBeGreaterThanOrEqual(50);
    }
    // and the probing is rate-limited
    let limited = false;
    for (let i = 0; i < 40 && !limited; i++) limited = (await prober.call("/similar-reports", { category: "moi-truong", location: probes[i % 3] })).status === 429;
    expect(limited).toBe(true);
  });
});
