/**
 * The staff console in real Chromium against the running server (fake Zalo API on loopback):
 * sign in, answer a handoff and see the message reach Zalo, edit → publish → restore a
 * knowledge entry and see the assistant's answer change, ward isolation by URL. Takes the
 * README screenshots (docs/console-*.png, 1366×768) on the way.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { createHandoff, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, REPO_ROOT, waitFor, type TestWard } from "./support/factories";
import { launchChromium } from "./support/chromium";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let browser: BrowserContext;
let profileDir: string;
let page: Page;
let wardA: TestWard;
let wardB: TestWard;
let handoffA: { userId: string; handoffId: number };
let handoffB: { handoffId: number };
let account: { email: string; password: string };

// Screenshots for the README are refreshed with UPDATE_SCREENSHOTS=1; otherwise they go to a temp dir.
const shotDir = process.env.UPDATE_SCREENSHOTS ? join(REPO_ROOT, "docs") : tmpdir();
const shot = (name: string) => page.screenshot({ path: join(shotDir, `console-${name}.png`) });

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("console-browser");
  const { testConfig } = await import("./support/factories");
  server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1" });
  wardA = await setupWard(server, fake, "phuong-an-binh", "Phường An Bình");
  wardB = await setupWard(server, fake, "phuong-hoa-lac", "Phường Hòa Lạc");
  handoffA = await createHandoff(server, wardA, { displayName: "Nguyễn Thị Hoa", text: "Tôi muốn gặp cán bộ phường ạ" });
  await createHandoff(server, wardA, { displayName: "Phạm Văn Nam", text: "Tôi muốn gặp cán bộ" });
  handoffB = await createHandoff(server, wardB, { displayName: "Trần Văn Bình" });
  account = await createStaff(server, { name: "Lê Thu Trang", wards: [{ wardId: wardA.id, roles: ["admin"] }] });
  await server.services.staff.handoffs.saveTemplate(await server.services.staff.auth.actor((await server.services.staff.auth.login(account.email, account.password)).session.actor.userId), wardA.id, {
    title: "Hẹn lịch làm việc",
    body: "Dạ, ông/bà vui lòng mang giấy tờ tới Bộ phận Một cửa của phường trong giờ hành chính để cán bộ hướng dẫn trực tiếp.",
  });
  profileDir = mkdtempSync(join(tmpdir(), "hoi-phuong-chromium-"));
  // a fresh profile directory per run (Playwright passes it as --user-data-dir)
  browser = await launchChromium(profileDir, { viewport: { width: 1366, height: 768 } });
  page = browser.pages()[0] ?? (await browser.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fake?.close();
  tmp?.remove();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

async function submitAndWait(locator: ReturnType<Page["locator"]>) {
  await Promise.all([page.waitForLoadState("load"), page.waitForURL(/.*/), locator.click()]);
  await page.waitForLoadState("load");
}

async function askAssistant(question: string): Promise<string> {
  await page.goto(`${server.url}/console/w/${wardA.slug}/try`);
  await page.fill("#q", question);
  await Promise.all([page.waitForURL(`**/try`), page.click("button:has-text('Hỏi trợ lý')")]);
  return (await page.locator("[data-testid=assistant-reply]").innerText()).trim();
}

describe("staff console in Chromium", () => {
  it("signs in through the Vietnamese login page", async () => {
    await page.goto(`${server.url}/console/w/${wardA.slug}/handoffs`);
    expect(page.url()).toContain("/console/login");
    await expect(page.locator("h1").innerText()).resolves.toBe("Đăng nhập");
    await page.fill("#email", account.email);
    await page.fill("#password", "sai mật khẩu");
    await page.click("button[type=submit]");
    await expect(page.locator(".msg.err").innerText()).resolves.toContain("Email hoặc mật khẩu không đúng");
    await shot("login");
    await page.fill("#password", account.password);
    await Promise.all([page.waitForURL(`**/console/w/${wardA.slug}/handoffs`), page.click("button[type=submit]")]);
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === "hp_staff_session")!;
    expect(session.httpOnly && session.secure && session.sameSite === "Lax").toBe(true);
  });

  it("answers a handoff: the message arrives at Zalo, then resolves", async () => {
    await page.goto(`${server.url}/console/w/${wardA.slug}/handoffs`);
    await expect(page.locator("table").innerText()).resolves.toContain("Nguyễn Thị Hoa");
    await expect(page.locator("table").innerText()).resolves.toContain("trả lời miễn phí");
    await shot("handoffs");
    await page.click(`a[href$="/handoffs/${handoffA.handoffId}#newest"]`);
    await expect(page.locator(".transcript").innerText()).resolves.toContain("Tôi muốn gặp cán bộ phường ạ");
    await page.click("button:has-text('Nhận xử lý')");
    await page.waitForSelector("text=Bạn đã nhận xử lý");
    await page.click("summary:has-text('Mẫu trả lời')");
    await page.click("[data-template]");
    await page.locator("#reply-text").press("End");
    await page.locator("#reply-text").pressSequentially(" Cán bộ địa chính trực sáng thứ Ba.");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot("handoff-detail");
    await Promise.all([page.waitForURL(/ok=sent/), page.click("button:has-text('Gửi trả lời')")]);
    await page.waitForSelector("text=Đã gửi tới Zalo");
    const sent = await waitFor(() => fake.sent(handoffA.userId).find((m) => m.text?.includes("Cán bộ địa chính trực sáng thứ Ba")), { what: "reply at fake Zalo" });
    expect(sent.text).toContain("Bộ phận Một cửa");

    // a failure is shown with Zalo's reason
    fake.scriptCs({ error: { error: -32, message: "The user has not interacted with the OA in the past 7 days" } });
    await page.fill("#reply-text", "Tin nhắn thứ hai");
    await Promise.all([page.waitForURL(/ok=sent/), page.click("button:has-text('Gửi trả lời')")]);
    await expect(page.locator("main").innerText()).resolves.toMatch(/Gửi thất bại|Đang chờ gửi/);
    await expect(page.locator("main").innerText()).resolves.toContain("The user has not interacted");

    await page.click("button:has-text('Lưu thành mục kiến thức')");
    await page.waitForSelector("text=Đã tạo bản nháp kiến thức");
    await page.click("button:has-text('Đánh dấu đã giải quyết')");
    await page.waitForSelector("text=Đã đánh dấu giải quyết xong");
    const [row] = await server.services.deps.db.all<{ status: string }>(`select status from handoffs where id = ${handoffA.handoffId}` as never);
    expect(row!.status).toBe("resolved");
  });

  it("edits, publishes and restores a knowledge entry; the assistant's answer follows", async () => {
    const question = "Trụ sở phường An Bình có chỗ gửi xe đạp điện không?";
    const before = await askAssistant(question);
    expect(before).not.toContain("bãi xe phía sau");

    await page.goto(`${server.url}/console/w/${wardA.slug}/kb/new`);
    await page.fill("#f-id", "an-binh-gui-xe");
    await page.fill("#f-title", "Gửi xe tại trụ sở phường An Bình");
    await page.fill("#f-questions", [question, "Gửi xe máy ở phường An Bình ở đâu?", "Trụ sở phường An Bình có bãi gửi xe đạp điện không?"].join("\n"));
    await page.fill("#f-body", "Dạ, người đến làm thủ tục gửi xe miễn phí ở bãi xe phía sau trụ sở {{ward.name}}.");
    await page.fill("#f-sources", "Cổng thông tin Hà Nội | https://hanoi.gov.vn");
    await page.fill("#f-keywords", "gửi xe, bãi xe, xe đạp điện");
    await page.check("input[name=verified]");
    await Promise.all([page.waitForURL("**/kb/v/*"), page.click("button:has-text('Lưu bản nháp')")]);
    await expect(page.locator("[data-testid=zalo-preview]").innerText()).resolves.toContain("bãi xe phía sau trụ sở Phường An Bình");
    await page.click("button:has-text('Gửi duyệt')");
    await page.waitForSelector("text=Đã gửi duyệt");
    await Promise.all([page.waitForURL("**/kb/e/an-binh-gui-xe?ok=published"), page.click("button:has-text('Duyệt và xuất bản')")]);
    expect(await askAssistant(question)).toContain("bãi xe phía sau trụ sở");

    // second version
    await page.goto(`${server.url}/console/w/${wardA.slug}/kb/e/an-binh-gui-xe`);
    await page.fill("#f-body", "Dạ, từ tháng 12 bãi gửi xe chuyển sang sân bên trái trụ sở {{ward.name}}.");
    await Promise.all([page.waitForURL("**/kb/v/*"), page.click("button:has-text('Lưu bản nháp')")]);
    await page.click("button:has-text('Gửi duyệt')");
    await page.waitForSelector("text=Đã gửi duyệt");
    await shot("knowledge-edit");
    await Promise.all([page.waitForURL("**/kb/e/an-binh-gui-xe?ok=published"), page.click("button:has-text('Duyệt và xuất bản')")]);
    const second = await askAssistant(question);
    expect(second).toContain("sân bên trái");
    expect(second).not.toContain("bãi xe phía sau");
    await shot("try-assistant");

    // restore the first published version
    await page.goto(`${server.url}/console/w/${wardA.slug}/kb/e/an-binh-gui-xe`);
    const rows = page.locator("table:below(h2:has-text('Lịch sử phiên bản')) tbody tr");
    await expect(rows.count()).resolves.toBe(2);
    await page.locator("table tbody tr").last().locator("a").click();
    await Promise.all([page.waitForURL("**/kb/e/an-binh-gui-xe?ok=restored"), page.click("button:has-text('Khôi phục phiên bản này')")]);
    await shot("knowledge-history");
    const restored = await askAssistant(question);
    expect(restored).toContain("bãi xe phía sau");
    expect(restored).not.toContain("sân bên trái");
    // three edit–publish rounds in a real browser: generous under a loaded machine
  }, 90_000);

  it("a staff member of ward A cannot open ward B's item by URL", async () => {
    const res = await page.goto(`${server.url}/console/w/${wardB.slug}/handoffs/${handoffB.handoffId}`);
    expect(res!.status()).toBe(403);
    await expect(page.locator("main").innerText()).resolves.toContain("Bạn không thuộc phường này");
    expect(await page.content()).not.toContain("Trần Văn Bình");
    const res2 = await page.goto(`${server.url}/console/w/${wardA.slug}/handoffs/${handoffB.handoffId}`);
    expect(res2!.status()).toBe(404);
    expect(await page.content()).not.toContain("Trần Văn Bình");
  });

  it("shows the dashboard, unanswered questions, knowledge list and staff pages", async () => {
    await page.goto(`${server.url}/console/w/${wardA.slug}`);
    await expect(page.locator("[data-testid=chat-stats]").innerText()).resolves.toContain("Chuyển cán bộ");
    await shot("dashboard");
    await page.goto(`${server.url}/console/w/${wardA.slug}/unanswered`);
    await shot("unanswered");
    await page.goto(`${server.url}/console/w/${wardA.slug}/kb`);
    await expect(page.locator("main").innerText()).resolves.toContain("Chưa xác minh");
    await shot("knowledge");
    await page.goto(`${server.url}/console/w/${wardA.slug}/staff`);
    await shot("staff");
    const csv = await page.request.get(`${server.url}/console/w/${wardA.slug}/export/daily.csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("ngay,cau_hoi");
  });
});
