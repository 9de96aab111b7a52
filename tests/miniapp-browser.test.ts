import { tmpdir } from "node:os";
/**
 * The built mini app (miniapp/www) in real Chromium at a phone size, against the running server
 * (development login on, as on a developer's desktop). A resident fills the form with two photos,
 * sends it and follows it; staff changes made through the FeedbackService appear in the
 * timeline; rating and reopening work; invalid input shows the Vietnamese error and keeps the
 * draft, across a reload. Screenshots of the main screens go to miniapp/docs/.
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type BrowserContext, type Page } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import type { Ward } from "../server/wards/ward-profile";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { makeTempDir, REPO_ROOT, testConfig } from "./support/factories";
import { MINIAPP_WWW, startMiniappServer } from "./support/miniapp-static-server";
import { makePng, SMALL_JPEG, withGpsExif } from "./support/test-images";

const DOCS = join(REPO_ROOT, "miniapp", "docs");

let zalo: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let app: { url: string; close: () => Promise<void> };
let browser: BrowserContext;
let page: Page;
let ward: Ward;
let tmp: ReturnType<typeof makeTempDir>;

type Locator = ReturnType<Page["locator"]>;

/** Waits (up to 5 s) for what the resident should see, then asserts it with vitest. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  let v = await read();
  while (!ok(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    v = await read();
  }
  return v;
}
const texts = async (l: Locator) => (await l.allTextContents()).map((t) => t.trim());
const see = {
  async text(l: Locator, expected: string | string[]) {
    const want = Array.isArray(expected) ? expected : [expected];
    expect(await until(() => texts(l), (v) => JSON.stringify(v) === JSON.stringify(want))).toEqual(want);
  },
  async contains(l: Locator, part: string) {
    expect((await until(() => texts(l), (v) => v.some((t) => t.includes(part)))).join(" | ")).toContain(part);
  },
  async value(l: Locator, expected: string | RegExp) {
    const v = await until(() => l.inputValue(), (x) => (typeof expected === "string" ? x === expected : expected.test(x)));
    if (typeof expected === "string") expect(v).toBe(expected);
    else expect(v).toMatch(expected);
  },
  async count(l: Locator, n: number) {
    expect(await until(() => l.count(), (c) => c === n)).toBe(n);
  },
  async visible(l: Locator) {
    await l.waitFor({ state: "visible", timeout: 5000 });
  },
};

async function shot(name: string) {
  await page.waitForTimeout(350); // page transition animation
  // README screenshots are refreshed with UPDATE_SCREENSHOTS=1; otherwise they go to a temp dir.
  await page.screenshot({ path: join(process.env.UPDATE_SCREENSHOTS ? DOCS : tmpdir(), `${name}.png`) });
}

async function home() {
  await page.goto(`${app.url}/?devUser=resident-browser`);
  await page.locator(".tile").first().waitFor();
}

beforeAll(async () => {
  if (!existsSync(join(MINIAPP_WWW, "index.html"))) execSync("npm run build", { cwd: REPO_ROOT, stdio: "ignore" });
  mkdirSync(DOCS, { recursive: true });
  tmp = makeTempDir("miniapp-browser");
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url, MINIAPP_DEV_LOGIN: "1" }), { hostname: "127.0.0.1" });
  [ward] = (await server.services.wards.list()) as [Ward];
  app = await startMiniappServer(server.url);
  // a fresh profile directory per run (playwright passes it as --user-data-dir)
  browser = await launchChromium(join(tmp.dir, "chromium-profile"), { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, timezoneId: "Asia/Ho_Chi_Minh" });
  page = browser.pages()[0] ?? (await browser.newPage());
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await server?.close();
  await zalo?.close();
  await graph?.close();
  tmp?.remove();
});

describe("mini app in Chromium", () => {
  let code = "";
  let reportId = 0;

  it("shows the home screen with the four services", async () => {
    await home();
    await see.text(page.locator(".hero-title"), ward.name);
    expect(await page.locator(".tile-title").allTextContents()).toEqual(["Gửi phản ánh", "Phản ánh của tôi", "Hỏi đáp", "Kiểm tra tin nhắn lừa đảo"]);
    await shot("01-trang-chu");
  });

  it("shows the Vietnamese error for invalid input and keeps the draft, even after closing", async () => {
    await page.locator(".tile", { hasText: "Gửi phản ánh" }).click();
    await page.locator("select[name=category]").selectOption("moi-truong");
    await page.locator("textarea[name=description]").fill("Rác");
    await page.locator("button.btn-large").click();
    await see.contains(page.getByRole("alert"), "Vui lòng mô tả rõ hơn (ít nhất 10 ký tự)");

    // the server's own check: an invalid phone number with consent
    await page.locator("textarea[name=description]").fill("Rác thải sinh hoạt đổ tràn ra lòng đường ở đầu ngõ 34 Hàng Bông, bốc mùi ba ngày nay.");
    await page.locator("input[name=address]").fill("Đầu ngõ 34 phố Hàng Bông");
    await page.locator("input[name=phone]").fill("12345");
    await page.locator("input[name=phoneConsent]").check();
    await page.locator("button.btn-large").click();
    await see.contains(page.getByRole("alert"), "Số điện thoại không hợp lệ (ví dụ 0912345678).");
    await shot("02-loi-nhap-lieu");

    // close and reopen the app: everything typed is still there
    await home();
    await page.locator(".tile", { hasText: "Gửi phản ánh" }).click();
    await see.value(page.locator("textarea[name=description]"), /Rác thải sinh hoạt đổ tràn/);
    await see.value(page.locator("select[name=category]"), "moi-truong");
    await see.value(page.locator("input[name=address]"), "Đầu ngõ 34 phố Hàng Bông");
    expect((await server.services.feedback.reports.list(ward.id)).length).toBe(0);
  });

  it("sends a report with two photos and shows it in Phản ánh của tôi", async () => {
    await page.locator("input[name=phone]").fill("0912345678");
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "+ Thêm ảnh" }).click();
    await (await chooser).setFiles([
      { name: "rac-1.jpg", mimeType: "image/jpeg", buffer: withGpsExif(SMALL_JPEG) },
      { name: "rac-2.png", mimeType: "image/png", buffer: makePng(60, 40, [90, 140, 60]) },
    ]);
    await see.count(page.locator(".photo img"), 2);
    await shot("03-gui-phan-anh");
    await page.locator("button.btn-large").click();
    await see.contains(page.getByRole("status"), "Mã phản ánh: PA-");
    code = (await page.locator(".success .code strong").textContent())!;
    expect(code).toMatch(/^PA-\d{4}-000001$/);
    await shot("04-da-gui");

    const [stored] = await server.services.feedback.reports.list(ward.id);
    expect(stored).toMatchObject({ code, category: "moi-truong", photoCount: 2 });
    reportId = stored!.id;
    const detail = await server.services.feedback.reports.detail(ward.id, reportId);
    expect(detail.phone).toBe("0912345678");

    await page.getByRole("button", { name: "Xem phản ánh của tôi" }).click();
    await see.count(page.locator(".report-item"), 1);
    await see.text(page.locator(".report-item .code"), code);
    await see.text(page.locator(".report-item .badge"), "Đã tiếp nhận");
    await shot("05-phan-anh-cua-toi");
  });

  it("shows staff status changes, replies and result photos in the timeline", async () => {
    const reports = server.services.feedback.reports;
    await reports.assign(ward.id, reportId, { assignee: "Tổ vệ sinh môi trường", by: "Cán bộ Hà", message: "Phường đã giao Tổ vệ sinh môi trường xử lý." });
    await reports.changeStatus(ward.id, reportId, { status: "in_progress", by: "Cán bộ Hà", message: "Xe thu gom sẽ đến trong chiều nay." });
    await home();
    await see.count(page.locator(".notice"), 2);
    await page.locator(".tile", { hasText: "Phản ánh của tôi" }).click();
    await page.locator(".report-item").click();
    await see.text(page.locator(".tl-head"), ["Đã tiếp nhận", "Đã giao cán bộ xử lý", "Đang xử lý"]);
    await see.text(page.locator(".tl-message").last(), "Xe thu gom sẽ đến trong chiều nay.");
    await see.count(page.locator(".photo img"), 2);

    await reports.changeStatus(ward.id, reportId, { status: "resolved", by: "Cán bộ Hà", message: "Đã thu gom hết rác và vệ sinh đầu ngõ." });
    await reports.attachResultPhoto(ward.id, reportId, { bytes: makePng(60, 40, [40, 120, 200]), by: "Cán bộ Hà" });
    await page.getByRole("button", { name: "← Phản ánh của tôi" }).click();
    await page.locator(".report-item").click();
    await see.text(page.locator(".tl-head").last(), "Đã xử lý xong");
    await see.text(page.locator(".tl-message").last(), "Đã thu gom hết rác và vệ sinh đầu ngõ.");
    await see.visible(page.getByRole("img", { name: "Ảnh kết quả 1" }));
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot("06-chi-tiet-da-xu-ly");
  });

  it("rates the result and reopens the report once", async () => {
    await page.getByRole("radio", { name: "4 sao" }).click();
    await page.locator("textarea[name=comment]").fill("Cảm ơn phường đã xử lý nhanh.");
    await page.getByRole("button", { name: "Gửi đánh giá" }).click();
    await see.visible(page.getByText("Ông/bà đã đánh giá: ★★★★☆"));

    await page.getByRole("button", { name: "Chưa xử lý xong? Mở lại phản ánh" }).click();
    await page.locator("textarea[name=reason]").fill("Sáng nay rác lại bị đổ ra đầu ngõ.");
    await shot("07-mo-lai");
    await page.getByRole("button", { name: "Gửi yêu cầu mở lại" }).click();
    await see.text(page.locator(".badge"), "Người dân báo chưa xử lý xong, đã mở lại");
    await see.text(page.locator(".tl-message").last(), "Sáng nay rác lại bị đổ ra đầu ngõ.");
    await see.count(page.getByRole("button", { name: "Chưa xử lý xong? Mở lại phản ánh" }), 0);
    const detail = await server.services.feedback.reports.detail(ward.id, reportId);
    expect(detail).toMatchObject({ status: "reopened", reopenCount: 1, rating: null });
    expect(detail.history.some((h) => h.kind === "rated")).toBe(true);
  });

  it("browses and searches Hỏi đáp, and checks a suspicious message", async () => {
    await home();
    await page.locator(".tile", { hasText: "Hỏi đáp" }).click();
    await page.locator("input[name=q]").fill("đèn đường hỏng báo ai");
    await page.getByRole("button", { name: "Tìm" }).click();
    await see.contains(page.locator(".list-item").first(), "Gửi phản ánh, kiến nghị với phường");
    await page.getByRole("button", { name: /Cảnh giác lừa đảo/ }).click();
    await shot("08-hoi-dap");
    await page.locator(".list-item").first().click();
    await see.contains(page.locator(".card.pre"), "phản ánh");

    await home();
    await page.locator(".tile", { hasText: "Kiểm tra tin nhắn lừa đảo" }).click();
    await page.locator("textarea[name=text]").fill("Tai khoan cua ban da bi khoa. Truy cap ngay http://vietcombank-xacminh.top de xac minh, nhap ma OTP trong 24h");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await see.contains(page.getByRole("status"), "CẢNH BÁO: tin nhắn này có dấu hiệu LỪA ĐẢO.");
    await shot("09-kiem-tra-lua-dao");
  });
});
