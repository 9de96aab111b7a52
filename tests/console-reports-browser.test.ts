/**
 * Feedback reports in the staff console, in real Chromium against the running server (fake Zalo
 * OA and Graph on loopback): a report sent through the mini-app API is handled from received →
 * assigned → in progress → resolved, with messages and a result photo, partly by keyboard
 * alone; the resident-side API then shows the timeline and the result. Ward isolation by URL.
 * Screenshots docs/console-reports.png and docs/console-report-detail.png (1366×768).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { createReport, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { makeTempDir, REPO_ROOT, testConfig, type TestWard } from "./support/factories";
import { makePng, SMALL_JPEG, withGpsExif } from "./support/test-images";
import { launchChromium } from "./support/chromium";

let fake: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let browser: BrowserContext;
let profileDir: string;
let page: Page;
let wardA: TestWard;
let wardB: TestWard;
let main: Awaited<ReturnType<typeof createReport>>;
let reportB: Awaited<ReturnType<typeof createReport>>;
let account: { email: string; password: string };

// Screenshots for the README are refreshed with UPDATE_SCREENSHOTS=1; otherwise they go to a temp dir.
const shotDir = process.env.UPDATE_SCREENSHOTS ? join(REPO_ROOT, "docs") : tmpdir();
const shot = (name: string) => page.screenshot({ path: join(shotDir, `console-${name}.png`) });

beforeAll(async () => {
  fake = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  tmp = makeTempDir("console-reports-browser");
  server = await startNodeServer(testConfig(tmp.dir, fake.url, { ZALO_GRAPH_BASE: graph.url }), { hostname: "127.0.0.1" });
  wardA = await setupWard(server, fake, "phuong-an-binh", "Phường An Bình");
  wardB = await setupWard(server, fake, "phuong-hoa-lac", "Phường Hòa Lạc");
  account = await createStaff(server, { name: "Lê Thu Trang", wards: [{ wardId: wardA.id, roles: ["staff"] }] });
  await createStaff(server, { name: "Nguyễn Minh Đức", wards: [{ wardId: wardA.id, roles: ["staff"] }] });

  // the ward's recent reports, as residents sent them from the mini app
  const old = await createReport(server, graph, wardA, {
    name: "Đỗ Văn Hải",
    category: "giao-thong",
    description: "Vỉa hè trước số 8 phố Lý Thường Kiệt bị sụt, có hố sâu khoảng 30 cm, người đi bộ phải xuống lòng đường.",
    address: "Số 8 phố Lý Thường Kiệt",
  });
  // received last week: its deadlines have passed (the service computed them from the arrival)
  const week = 7 * 24 * 3600_000;
  await server.services.deps.db.run(
    sql`update reports set created_at = created_at - ${week}, acknowledge_by = acknowledge_by - ${week}, resolve_by = resolve_by - ${week} where id = ${old.id}`,
  );
  await createReport(server, graph, wardA, { name: "Vũ Thị Lan", category: "trat-tu", description: "Quán karaoke trong ngõ 12 hát to sau 23 giờ nhiều đêm liền.", address: "Ngõ 12 phố Trần Hưng Đạo" });
  await createReport(server, graph, wardA, { name: "Hoàng Văn Tâm", category: "moi-truong", description: "Cây đổ chắn ngang lối vào chợ An Bình sau cơn mưa, rất nguy hiểm.", address: "Cổng chợ An Bình" });
  main = await createReport(server, graph, wardA, {
    name: "Nguyễn Thị Hoa",
    category: "chieu-sang",
    description: "Đèn đường trước số 12 ngõ 34 phố Hàng Bông tắt ba hôm nay, buổi tối ngõ rất tối.",
    location: { lat: 21.0306, lng: 105.8477 },
    address: "Số 12 ngõ 34 phố Hàng Bông",
    phone: "0912345678",
    photos: [withGpsExif(), makePng(160, 120, [40, 40, 70])],
  });
  reportB = await createReport(server, graph, wardB, { name: "Trần Văn Bình", description: "Phản ánh riêng của phường Hòa Lạc về đèn hỏng.", photos: [SMALL_JPEG] });

  profileDir = mkdtempSync(join(tmpdir(), "hoi-phuong-chromium-"));
  browser = await launchChromium(profileDir, { viewport: { width: 1366, height: 768 } });
  page = browser.pages()[0] ?? (await browser.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fake?.close();
  await graph?.close();
  tmp?.remove();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

const detailUrl = () => `${server.url}/console/w/${wardA.slug}/reports/${main.id}`;

describe("feedback reports in the console (Chromium)", () => {
  it("signs in and lists the ward's reports; the overdue one stands out", async () => {
    await page.goto(`${server.url}/console/w/${wardA.slug}/reports`);
    expect(page.url()).toContain("/console/login");
    await page.fill("#email", account.email);
    await page.fill("#password", account.password);
    await Promise.all([page.waitForURL(`**/console/w/${wardA.slug}/reports`), page.click("button[type=submit]")]);
    await expect(page.locator("main .msg.err").innerText()).resolves.toContain("1 phản ánh quá hạn");
    const rows = page.locator("tbody tr");
    await expect(rows.count()).resolves.toBe(4);
    await expect(page.locator("tr.overdue").innerText()).resolves.toContain("Quá hạn");
    await expect(page.locator("tr.overdue").innerText()).resolves.toContain("Vỉa hè trước số 8");
    await expect(page.locator("main").innerText()).resolves.not.toContain("Hòa Lạc về đèn hỏng");
    await shot("reports");

    // filters are plain form controls
    await page.selectOption("#f-category", "moi-truong");
    await Promise.all([page.waitForURL("**category=moi-truong**"), page.click("button:has-text('Lọc')")]);
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().innerText()).resolves.toContain("Khẩn");
    await page.goto(`${server.url}/console/w/${wardA.slug}/reports`);
  });

  it("handles a report from received to resolved with messages and a result photo", async () => {
    await page.click(`a:has-text("${main.code}")`);
    await page.waitForURL(`**/reports/${main.id}`);
    const main$ = page.locator("main");
    await expect(main$.innerText()).resolves.toContain("Nguyễn Thị Hoa");
    await expect(main$.innerText()).resolves.toContain("21.030600, 105.847700");
    expect(await page.locator('a:has-text("Xem trên bản đồ")').getAttribute("href")).toBe("https://www.openstreetmap.org/?mlat=21.0306&mlon=105.8477#map=18/21.0306/105.8477");
    // the resident's photos load through the staff-only route
    const images = page.locator("ul.photos img");
    await expect(images.count()).resolves.toBe(2);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>("ul.photos img")].every((i) => i.complete && i.naturalWidth > 0));

    // assigned — by keyboard alone: focus the select, choose with the arrow keys, type, Enter
    await page.focus("#a-user");
    await page.keyboard.press("ArrowDown"); // Lê Thu Trang (sorted by name: "Lê…" before "Nguyễn…")
    await page.keyboard.press("Tab");
    await page.keyboard.type("Phường đã giao cán bộ Lê Thu Trang kiểm tra đèn trong ngày.");
    await page.keyboard.press("Tab");
    await Promise.all([page.waitForURL("**?ok=assigned"), page.keyboard.press("Enter")]);
    await expect(main$.innerText()).resolves.toContain("Đã giao cán bộ xử lý và báo người dân.");
    await expect(main$.innerText()).resolves.toContain("Cán bộ xử lý: Lê Thu Trang");

    // in progress, with a message
    await page.selectOption("#s-status", "in_progress");
    await page.fill("#s-msg", "Đội điện chiếu sáng sẽ thay bóng đèn trong chiều nay.");
    await Promise.all([page.waitForURL("**?ok=status"), page.click("button:has-text('Đổi trạng thái và báo người dân')")]);
    await expect(main$.innerText()).resolves.toContain("Đang xử lý");

    // result photo (multipart upload)
    await page.setInputFiles("#p-files", { name: "ket-qua.png", mimeType: "image/png", buffer: makePng(160, 120, [250, 210, 60], "GPS 21.0306,105.8477") });
    await Promise.all([page.waitForURL("**?ok=photos"), page.click("button:has-text('Tải ảnh lên')")]);
    await expect(page.locator("h2:has-text('Ảnh kết quả (1)')").count()).resolves.toBe(1);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>("ul.photos img")].length === 3 && [...document.querySelectorAll<HTMLImageElement>("ul.photos img")].every((i) => i.complete && i.naturalWidth > 0));
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot("report-detail");

    // resolving without a message is refused, in Vietnamese, and nothing is lost
    await page.selectOption("#s-status", "resolved");
    await page.fill("#s-msg", "");
    await page.locator("#s-msg").evaluate((el) => el.removeAttribute("required"));
    await page.click("button:has-text('Đổi trạng thái và báo người dân')");
    await expect(page.locator("#form-error").innerText()).resolves.toContain("Vui lòng ghi kết quả xử lý");

    await page.selectOption("#s-status", "resolved");
    await page.fill("#s-msg", "Đã thay bóng đèn mới, đèn sáng bình thường từ 17 giờ hôm nay.");
    await Promise.all([page.waitForURL("**?ok=resolved"), page.click("button:has-text('Đổi trạng thái và báo người dân')")]);
    await expect(main$.innerText()).resolves.toContain("Đã ghi nhận xử lý xong");
    const timeline = await page.locator("ol.timeline").innerText();
    for (const step of ["Người dân gửi phản ánh", "Giao cán bộ xử lý", "Đang xử lý", "Thêm ảnh kết quả", "Đã xử lý xong", "Đã thay bóng đèn mới"]) expect(timeline).toContain(step);
  });

  it("the resident sees the timeline, the messages and the result photo through the mini-app API", async () => {
    const view = await main.resident.call(`/reports/${main.id}`);
    expect(view.status).toBe(200);
    expect(view.body.status).toBe("resolved");
    // issue 13: "Đã tiếp nhận" when staff took it (their first action), after "Đã gửi tới phường"
    expect(view.body.timeline.map((t: { statusLabel: string }) => t.statusLabel)).toEqual(["Đã gửi tới phường", "Đã tiếp nhận", "Đã giao cán bộ xử lý", "Đang xử lý", "Đã xử lý xong"]);
    expect(view.body.timeline.map((t: { message: string | null }) => t.message)).toEqual([
      null,
      null,
      "Phường đã giao cán bộ Lê Thu Trang kiểm tra đèn trong ngày.",
      "Đội điện chiếu sáng sẽ thay bóng đèn trong chiều nay.",
      "Đã thay bóng đèn mới, đèn sáng bình thường từ 17 giờ hôm nay.",
    ]);
    expect(view.body.canRate).toBe(true);
    const result = view.body.photos.filter((p: { kind: string }) => p.kind === "result");
    expect(result).toHaveLength(1);
    const photo = await main.resident.call(`/reports/${main.id}/photos/${result[0].id}`);
    expect(photo.status).toBe(200);
    const bytes = Buffer.from(photo.body as Uint8Array);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(bytes.includes(Buffer.from("105.8477"))).toBe(false);
    // the audit log has every step, by this staff member
    const audit = await server.services.deps.db.all<{ action: string }>(sql`select action from staff_audit_log where entity = 'report' and entity_id = ${String(main.id)} order by id`);
    expect(audit.map((a) => a.action)).toEqual(["report_assign", "report_status", "report_result_photo", "report_status"]);
  });

  it("a staff member of ward A cannot open ward B's report or its photos by URL", async () => {
    const res = await page.goto(`${server.url}/console/w/${wardB.slug}/reports/${reportB.id}`);
    expect(res!.status()).toBe(403);
    await expect(page.locator("main").innerText()).resolves.toContain("Bạn không thuộc phường này");
    expect(await page.content()).not.toContain("Hòa Lạc về đèn hỏng");
    const res2 = await page.goto(`${server.url}/console/w/${wardA.slug}/reports/${reportB.id}`);
    expect(res2!.status()).toBe(404);
    expect(await page.content()).not.toContain("Hòa Lạc về đèn hỏng");
    expect((await page.request.get(`${server.url}/console/w/${wardB.slug}/reports/${reportB.id}/photos/${reportB.photoIds[0]}`)).status()).toBe(403);
    expect((await page.request.get(`${server.url}/console/w/${wardA.slug}/reports/${main.id}/photos/${reportB.photoIds[0]}`)).status()).toBe(404);
    expect((await page.request.get(`${server.url}/api/staff/wards/${wardA.slug}/reports/${reportB.id}`)).status()).toBe(404);
  });
});
