/**
 * The mini app, built from the current sources, in real Chromium on a phone-sized screen
 * (360×640, mobile emulation) with the phone's text enlarged 1.3× (CSS text-size-adjust, which
 * Chromium applies to every font size the way Android's text scaling does), against the running
 * server (development login on, as on a developer's desktop). Map tiles and the reverse geocoder
 * are local stubs: nothing reaches the internet.
 *
 * A resident: sees errors next to the controls they are about; sends a report with two photos
 * over a throttled line (progress visible; the second photo's first upload dropped, then
 * retried), the big photo made smaller on the phone and kept upright; moves the map's pin and
 * gets its address; sees the place again before sending; follows what staff do ("Đã tiếp nhận"
 * only once staff acknowledged), opens result photos full screen, gets the rating error next to
 * the stars, reopens; asks Hỏi đáp a question, a follow-up and a numbered choice, passes the
 * question to staff, who answer from the console; opens a "Gửi phản ánh" link from the chat with
 * the form filled in. Then every main screen is checked for text that overflows its box or the
 * screen at 360×640 with 1.3× and 1.5× text and at 390×844; screenshots go to miniapp/docs/ with
 * UPDATE_SCREENSHOTS=1.
 */
import { execSync } from "node:child_process";
import { sql } from "drizzle-orm";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, type CDPSession, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { reportLinkQuery } from "../server/miniapp/report-link";
import type { Ward } from "../server/wards/ward-profile";
import { launchChromium } from "./support/chromium";
import { createStaff } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { makeTempDir, query, REPO_ROOT, testConfig } from "./support/factories";
import { startMapStub, type MapStub } from "./support/map-stub";
import { startMiniappServer } from "./support/miniapp-static-server";
import { makePng, withGpsExif } from "./support/test-images";

const DOCS = join(REPO_ROOT, "miniapp", "docs");
const SHOTS = process.env.UPDATE_SCREENSHOTS ? DOCS : join(tmpdir(), "hoi-phuong-miniapp-shots");

let zalo: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let map: MapStub;
let app: { url: string; close: () => Promise<void> };
let browser: BrowserContext;
let page: Page;
let cdp: CDPSession;
let ward: Ward;
let tmp: ReturnType<typeof makeTempDir>;
/**
 * The static server cuts the connection of photo uploads from this one on (1st, 2nd, …), as a
 * dropped line would, until reset. (Chromium retries a request once on a reset connection, so a
 * single cut would go unnoticed.)
 */
let dropPhotoUploadsFrom = Infinity;
let photoUploads = 0;
let droppedPhotos = 0;

type Locator = ReturnType<Page["locator"]>;

/** Waits (up to 10 s) for what the resident should see, then asserts it with vitest. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await read();
  while (!ok(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 40));
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
  async contains(l: Locator, part: string | RegExp) {
    const has = (v: string[]) => v.some((t) => (typeof part === "string" ? t.includes(part) : part.test(t)));
    const got = await until(() => texts(l), has);
    expect(has(got), `expected ${part} in ${JSON.stringify(got)}`).toBe(true);
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
    await l.waitFor({ state: "visible", timeout: 10_000 });
  },
};

/** The phone's text size, as Android's text scaling applies it (every font size × factor). */
async function textScale(factor: number) {
  await page.evaluate((pct) => {
    // zmp-ui sets 100% on body: the phone's setting wins over it, as it does on a phone
    const style = document.getElementById("phone-text-size") ?? document.head.appendChild(Object.assign(document.createElement("style"), { id: "phone-text-size" }));
    style.textContent = `html, body { -webkit-text-size-adjust: ${pct} !important; text-size-adjust: ${pct} !important; }`;
  }, `${Math.round(factor * 100)}%`);
}
let currentScale = 1.3;

/** Whether an element's box is inside the visible screen, above the tab bar (what "in view" means). */
async function inViewport(l: Locator): Promise<boolean> {
  return l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const bar = document.querySelector(".tabbar")?.getBoundingClientRect().top ?? window.innerHeight;
    return r.top >= 0 && r.bottom <= Math.min(window.innerHeight, bar) && r.height > 0;
  });
}

/**
 * Text that does not fit: any text whose line boxes pass the screen's edges, any element with
 * text whose content is wider than its box (scrollWidth > clientWidth), any clipping element
 * whose text is cut (scrollHeight > clientHeight), and inputs whose value is wider than the field.
 */
async function overflowingText(): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    const visible = (el: Element) => {
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return cs.display !== "none" && cs.visibility !== "hidden" && r.width > 0 && r.height > 0;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const checked = new Set<Element>();
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (!node.textContent?.trim()) continue;
      const el = node.parentElement;
      if (!el || !visible(el) || el.closest(".leaflet-container")) continue; // map tiles are pictures, laid out by the map
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && (r.right > vw + 1 || r.left < -1)) {
          problems.push(`off screen: ${describe(el)} (${Math.round(r.left)}…${Math.round(r.right)} of ${vw})`);
          break;
        }
      }
      // every box around the text up to the page: wider content than box, or text cut by a clipping box
      for (let box: Element | null = el; box && box !== document.body && !checked.has(box) && !box.classList.contains("leaflet-container"); box = box.parentElement) {
        checked.add(box);
        const cs = getComputedStyle(box);
        if (cs.display === "inline") continue;
        if (box.scrollWidth > box.clientWidth + 1 && box.clientWidth > 0) problems.push(`wider than its box: ${describe(box)} (${box.scrollWidth} > ${box.clientWidth})`);
        if (cs.overflowY !== "visible" && box.scrollHeight > box.clientHeight + 1 && box.clientHeight > 0 && !/(auto|scroll)/.test(cs.overflowY))
          problems.push(`cut at the bottom: ${describe(box)} (${box.scrollHeight} > ${box.clientHeight})`);
      }
    }
    for (const input of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea")) {
      if (visible(input) && input.scrollWidth > input.clientWidth + 1) problems.push(`field wider than its box: ${input.name}`);
    }
    return [...new Set(problems)];
  });
}

async function settle() {
  await page.waitForTimeout(400); // page transition animation
}

async function shot(name: string) {
  await settle();
  const size = page.viewportSize()!;
  const suffix = size.width === 390 ? "-390" : `-${size.width}-text${Math.round(currentScale * 100)}`;
  // what is in view, as the resident sees it (each test scrolls to what matters)
  await page.screenshot({ path: join(SHOTS, `${name}${suffix}.png`) });
}

async function expectNoOverflow(where: string) {
  await settle();
  const problems = await overflowingText();
  expect(problems, `${where} at ${JSON.stringify(page.viewportSize())}, text ×${currentScale}`).toEqual([]);
}

const RESIDENT = "resident-browser";
async function open(query = "") {
  await page.goto(`${app.url}/?devUser=${RESIDENT}${query}`);
  await textScale(currentScale);
  await page.locator(".tabbar").waitFor();
}
async function tab(label: string) {
  await page.locator(".tab", { hasText: label }).click();
  await settle();
}

/** A 3000×2000 camera-like JPEG (drawn and encoded by Chromium) with EXIF orientation 6 (rotate 90°). */
async function bigCameraJpeg(): Promise<Buffer> {
  const scratch = await browser.newPage();
  const dataUrl = await scratch.evaluate(() => {
    const c = document.createElement("canvas");
    c.width = 3000;
    c.height = 2000;
    const g = c.getContext("2d")!;
    const grad = g.createLinearGradient(0, 0, 3000, 2000);
    grad.addColorStop(0, "#4a7a3a");
    grad.addColorStop(1, "#c9b27c");
    g.fillStyle = grad;
    g.fillRect(0, 0, 3000, 2000);
    // fine detail, as a photo has: makes the file big like a camera's
    for (let i = 0; i < 60000; i++) {
      g.fillStyle = `hsl(${(i * 37) % 360},40%,${30 + ((i * 13) % 40)}%)`;
      g.fillRect((i * 7919) % 3000, (i * 104729) % 2000, 6, 6);
    }
    return c.toDataURL("image/jpeg", 0.97);
  });
  await scratch.close();
  return withGpsExif(Buffer.from(dataUrl.split(",")[1]!, "base64"), 6);
}

/** Width and height from a JPEG's SOF marker. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  let i = 2;
  while (i < bytes.length) {
    const marker = bytes[i + 1]!;
    const len = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xc3) return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
    i += 2 + len;
  }
  throw new Error("no SOF marker");
}

beforeAll(async () => {
  // the browser test always runs the app built from the current sources
  execSync("npm run build", { cwd: REPO_ROOT, stdio: "ignore" });
  mkdirSync(SHOTS, { recursive: true });
  tmp = makeTempDir("miniapp-browser");
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  map = await startMapStub((lat) => ({ house_number: lat > 21.0285 ? "34" : "12", road: "Hàng Bông", suburb: "Phường Hoàn Kiếm", city: "Hà Nội", postcode: "11000", country: "Việt Nam" }));
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url, MINIAPP_DEV_LOGIN: "1", MAP_TILE_URL: map.tileUrl, GEOCODER_URL: map.url }), { hostname: "127.0.0.1" });
  [ward] = (await server.services.wards.list()) as [Ward];
  app = await startMiniappServer(server.url, {
    dropApi: (method, url) => {
      if (!(method === "POST" && url.startsWith("/api/miniapp/photos"))) return false;
      if (++photoUploads < dropPhotoUploadsFrom) return false;
      droppedPhotos++;
      return true;
    },
  });
  // a fresh profile directory per run (playwright passes it as --user-data-dir)
  browser = await launchChromium(join(tmp.dir, "chromium-profile"), { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, timezoneId: "Asia/Ho_Chi_Minh" });
  page = browser.pages()[0] ?? (await browser.newPage());
  cdp = await browser.newCDPSession(page);
  await cdp.send("Network.enable");
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await server?.close();
  await map?.close();
  await zalo?.close();
  await graph?.close();
  tmp?.remove();
});

describe("mini app in Chromium at 360×640 with 1.3× text", { timeout: 120_000 }, () => {
  let code = "";
  let reportId = 0;

  it("enlarged text really is enlarged, and the overflow check catches text that does not fit", async () => {
    await open();
    const size = await page.locator(".page-title, .hero-title").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeCloseTo(24 * 1.3, 0);
    // the check itself: a line that cannot wrap, in a box narrower than the screen
    await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.id = "probe";
      probe.style.cssText = "width:200px;white-space:nowrap;overflow:hidden";
      probe.textContent = "Một dòng chữ rất dài không xuống dòng được nên bị cắt mất ở cạnh phải";
      document.body.appendChild(probe);
    });
    expect((await overflowingText()).some((p) => p.includes("wider than its box") && p.includes("Một dòng chữ"))).toBe(true);
    await page.evaluate(() => document.getElementById("probe")?.remove());
  });

  it("home: a Home tab, the four services, and numbers to tap for emergencies and the ward", async () => {
    await open();
    await see.text(page.locator(".hero-title"), ward.name);
    expect(await page.locator(".tile-title").allTextContents()).toEqual(["Gửi phản ánh", "Phản ánh của tôi", "Hỏi đáp", "Kiểm tra tin nhắn lừa đảo"]);
    expect(await page.locator(".tab").allTextContents()).toEqual(["Trang chủ", "Gửi phản ánh", "Của tôi", "Hỏi đáp", "Lừa đảo"]);
    await see.text(page.locator(".tab-on"), "Trang chủ");
    expect(await page.locator(".call-btn").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["tel:113", "tel:114", "tel:115", `tel:${ward.profile.hotline.replace(/[^\d+]/g, "")}`]);
    await expectNoOverflow("home");
    await shot("01-trang-chu");
  });

  it("errors appear next to their control and in view; the draft survives closing the app", async () => {
    await tab("Gửi phản ánh");
    await page.getByTestId("report-next").click();
    // the first problem (category, at the top) is brought into view; each message sits under its control
    await see.visible(page.locator("#err-category"));
    expect(await inViewport(page.locator("#err-category"))).toBe(true);
    await see.contains(page.locator("#err-category"), "Vui lòng chọn loại phản ánh.");
    await see.contains(page.locator("#err-description"), "ít nhất 10 ký tự");
    await see.contains(page.locator("#err-location"), "Vui lòng chọn vị trí");
    const below = await page.locator("#err-description").evaluate((el) => el.getBoundingClientRect().top - document.getElementById("description")!.getBoundingClientRect().bottom);
    expect(below).toBeGreaterThanOrEqual(0);
    expect(below).toBeLessThan(60);

    await page.locator("input[name=category][value=moi-truong]").check();
    await page.locator("textarea[name=description]").fill("Rác thải sinh hoạt đổ tràn ra lòng đường ở đầu ngõ 34 Hàng Bông, bốc mùi ba ngày nay.");
    await page.locator("input[name=phone]").fill("12345");
    await page.getByTestId("report-next").click();
    // the phone check is the shared schema's (the server's own message), shown at the phone field
    await see.contains(page.locator("#err-phone"), "Số điện thoại không hợp lệ (ví dụ 0912345678).");
    expect(await inViewport(page.locator("#err-location"))).toBe(true); // the first remaining problem
    await see.count(page.locator("#err-category, #err-description"), 0);
    await expectNoOverflow("report form with errors");
    await shot("02-loi-nhap-lieu");

    await open();
    await tab("Gửi phản ánh");
    await see.value(page.locator("textarea[name=description]"), /Rác thải sinh hoạt đổ tràn/);
    expect(await page.locator("input[name=category][value=moi-truong]").isChecked()).toBe(true);
    await see.value(page.locator("input[name=phone]"), "12345");
    expect((await server.services.feedback.reports.list(ward.id)).length).toBe(0);
  });

  it("two photos over a slow line: thumbnails at once, progress, one dropped and retried; uploaded ones survive", async () => {
    await page.locator("input[name=phone]").fill("0912345678");
    await page.locator("input[name=phoneConsent]").check();
    const big = await bigCameraJpeg();
    expect(big.length).toBeGreaterThan(700_000);
    const small = makePng(60, 40, [90, 140, 60]);
    // a slow mobile line: 48 KB/s up
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 400 * 1024, uploadThroughput: 48 * 1024 });

    const seen = new Set<string>();
    const watch = setInterval(() => {
      void page.locator(".upload-status").textContent().then((t) => t && seen.add(t.trim()), () => undefined);
    }, 30);
    dropPhotoUploadsFrom = photoUploads + 2; // the line drops during the second of the two
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "+ Thêm ảnh" }).click();
    await (await chooser).setFiles([
      { name: "rac-1.jpg", mimeType: "image/jpeg", buffer: big },
      { name: "rac-2.png", mimeType: "image/png", buffer: small },
    ]);
    // both thumbnails at once, before any upload finished
    await see.count(page.getByTestId("photo-upload"), 2);
    // the first goes through; the line drops during the second
    await until(() => page.locator(".photo-caption.ok").count(), (n) => n === 1, 30_000);
    await see.visible(page.getByRole("button", { name: "Thử lại" }));
    dropPhotoUploadsFrom = Infinity; // the line is back
    clearInterval(watch);
    expect(droppedPhotos).toBeGreaterThanOrEqual(1);
    expect([...seen].some((t) => /^Đang tải 1\/2 — \d{1,3}%$/.test(t)), JSON.stringify([...seen])).toBe(true);
    await see.contains(page.locator(".field-error"), "Mất kết nối khi tải ảnh. Ảnh đã tải xong vẫn được giữ");
    await see.count(page.locator(".photo-caption.ok"), 1); // the first photo stays
    // the button that cannot act yet says why
    expect(await page.getByTestId("report-next").isDisabled()).toBe(true);
    await see.contains(page.locator("#next-why"), "Thử lại");
    await shot("03-anh-loi-thu-lai");

    await page.getByRole("button", { name: "Thử lại" }).click();
    await see.count(page.locator(".photo-caption.ok"), 2);
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    // the big photo was made smaller on the phone, and stands upright (EXIF orientation 6 applied)
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem("hp.reportDraft.v2")!));
    expect(draft.photos).toHaveLength(2);
    const photos = await query<{ bytes: number; content_type: string }>(server.services, sql`select bytes, content_type from report_photos order by id`);
    const first = photos.find((r) => r.content_type === "image/jpeg")!;
    expect(Number(first.bytes)).toBeLessThan(big.length / 3);

    // closing the app keeps the uploaded photos
    await open();
    await tab("Gửi phản ánh");
    await see.count(page.locator(".photo-caption.ok"), 2);
    await see.count(page.locator(".photo-tile img"), 2);
  });

  it("the map: the pin moved, its address shown and used", async () => {
    await page.getByRole("button", { name: "Chọn trên bản đồ" }).click();
    const mapBox = page.getByTestId("location-map");
    await see.visible(mapBox);
    await until(async () => map.tiles, (n) => n > 0);
    expect(map.tiles).toBeGreaterThan(0);
    await mapBox.scrollIntoViewIfNeeded();
    const pin = page.locator(".map-pin");
    const box = (await pin.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width / 2 + i * 5, box.y + box.height / 2 - i * 6);
    await page.mouse.up();
    await see.contains(page.getByTestId("pin-place"), "Ghim đang ở: 34 Hàng Bông, Phường Hoàn Kiếm");
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem("hp.reportDraft.v2")!));
    expect(draft.location.lat).toBeGreaterThan(21.0285);
    expect(draft.location.lng).toBeGreaterThan(105.8542);
    expect(map.reverse.at(-1)).toEqual({ lat: draft.location.lat, lng: draft.location.lng });
    await page.getByRole("button", { name: "Dùng địa chỉ này" }).click();
    await see.value(page.locator("textarea[name=address]"), "34 Hàng Bông, Phường Hoàn Kiếm");
    await mapBox.scrollIntoViewIfNeeded();
    await expectNoOverflow("report form with the map");
    await shot("04-ban-do");
  });

  it("shows the report back, place included, before sending; then sends it", async () => {
    await page.getByTestId("report-next").click();
    await see.text(page.locator(".page-title"), "Xem lại trước khi gửi");
    await see.contains(page.getByTestId("review-place"), "34 Hàng Bông, Phường Hoàn Kiếm (đã ghim trên bản đồ)");
    await see.visible(page.getByTestId("place-preview"));
    await see.count(page.locator(".review .photo img"), 2);
    await expectNoOverflow("review");
    await page.getByTestId("place-preview").scrollIntoViewIfNeeded();
    await shot("05-xem-lai");
    await page.locator("button.btn-large", { hasText: "Gửi phản ánh" }).click();
    await see.contains(page.getByRole("status"), "Mã phản ánh: PA-");
    code = (await page.locator(".success .code strong").textContent())!;
    expect(code).toMatch(/^PA-\d{4}-000001$/);
    await expectNoOverflow("sent");
    await shot("06-da-gui");

    const [stored] = await server.services.feedback.reports.list(ward.id);
    expect(stored).toMatchObject({ code, category: "moi-truong", photoCount: 2, address: "34 Hàng Bông, Phường Hoàn Kiếm" });
    reportId = stored!.id;
    const detail = await server.services.feedback.reports.detail(ward.id, reportId);
    expect(detail.phone).toBe("0912345678");
    expect(detail.location!.lat).toBeGreaterThan(21.0285);
    const jpeg = detail.photos.find((p) => p.contentType === "image/jpeg")!;
    const size = jpegSize((await server.services.feedback.reports.photoForStaff(ward.id, jpeg.id)).bytes);
    expect(size).toEqual({ width: 1067, height: 1600 }); // 3000×2000 turned upright and made smaller
  });

  it("'Đã tiếp nhận' only once staff took it; result photos full screen; the rating error next to the stars", async () => {
    await page.getByRole("button", { name: "Xem phản ánh vừa gửi" }).click();
    await see.text(page.locator(".badge"), "Đã gửi, chờ phường tiếp nhận");
    await see.contains(page.getByTestId("deadline"), "Phường tiếp nhận trước");
    await see.text(page.locator(".tl-head"), ["Đã gửi tới phường"]);

    const reports = server.services.feedback.reports;
    await reports.acknowledge(ward.id, reportId, { by: "Cán bộ Hà" });
    await reports.changeStatus(ward.id, reportId, { status: "in_progress", by: "Cán bộ Hà", message: "Xe thu gom sẽ đến trong chiều nay. Cần gấp xin gọi 0243 825 1234." });
    await tab("Của tôi");
    await see.text(page.locator(".report-item .badge"), "Đang xử lý");
    await expectNoOverflow("my reports");
    await shot("07-phan-anh-cua-toi");
    await page.locator(".report-item").click();
    await see.text(page.locator(".tl-head"), ["Đã gửi tới phường", "Đã tiếp nhận", "Đang xử lý"]);
    // a number in a message from the ward can be tapped
    expect(await page.locator(".tl-message a.phone-link").getAttribute("href")).toBe("tel:02438251234");

    await reports.changeStatus(ward.id, reportId, { status: "resolved", by: "Cán bộ Hà", message: "Đã thu gom hết rác và vệ sinh đầu ngõ." });
    await reports.attachResultPhoto(ward.id, reportId, { bytes: makePng(300, 200, [40, 120, 200]), by: "Cán bộ Hà" });
    await page.getByRole("button", { name: "← Phản ánh của tôi" }).click();
    await page.locator(".report-item").click();
    await see.text(page.locator(".tl-head").last(), "Đã xử lý xong");
    await see.visible(page.getByRole("img", { name: "Ảnh kết quả 1" }));
    await page.getByRole("button", { name: "Xem ảnh kết quả 1 toàn màn hình" }).click();
    const full = page.getByRole("dialog", { name: "Ảnh kết quả 1" });
    await see.visible(full);
    const imgBox = (await full.locator("img").boundingBox())!;
    expect(imgBox.width).toBeGreaterThanOrEqual(330);
    await shot("08-anh-ket-qua");
    await page.getByRole("button", { name: "Đóng" }).click();
    await see.count(page.getByRole("dialog"), 0);

    await page.getByRole("button", { name: "Gửi đánh giá" }).click();
    const error = page.locator("#err-rating");
    await see.contains(error, "Vui lòng chọn số sao (1 đến 5).");
    expect(await inViewport(error)).toBe(true);
    const gap = await error.evaluate((el) => el.getBoundingClientRect().top - document.querySelector(".stars")!.getBoundingClientRect().bottom);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(40);
    await expectNoOverflow("report detail with the rating error");
    await shot("09-loi-danh-gia");

    await page.getByRole("radio", { name: "4 sao" }).click();
    await see.count(page.locator("#err-rating"), 0);
    await page.locator("textarea[name=comment]").fill("Cảm ơn phường đã xử lý nhanh.");
    await page.getByRole("button", { name: "Gửi đánh giá" }).click();
    await see.visible(page.getByText("Ông/bà đã đánh giá: ★★★★☆"));

    await page.getByRole("button", { name: "Chưa xử lý xong? Mở lại phản ánh" }).click();
    await page.getByRole("button", { name: "Gửi yêu cầu mở lại" }).click();
    await see.contains(page.locator("#err-reason"), "Vui lòng cho biết việc gì chưa được xử lý");
    await page.locator("textarea[name=reason]").fill("Sáng nay rác lại bị đổ ra đầu ngõ.");
    await page.getByRole("button", { name: "Gửi yêu cầu mở lại" }).click();
    await see.text(page.locator(".badge"), "Người dân báo chưa xử lý xong, đã mở lại");
    await see.contains(page.getByTestId("deadline"), "hẹn xử lý xong trước");
    const detail = await server.services.feedback.reports.detail(ward.id, reportId);
    expect(detail).toMatchObject({ status: "reopened", reopenCount: 1, rating: null });
    expect(detail.resolveBy).toBeGreaterThan(Date.now());
  });

  it("Hỏi đáp: a question, a follow-up, a numbered choice, and 'hỏi cán bộ' answered from the console", async () => {
    await tab("Hỏi đáp");
    // the part asked first (issue 10): where to go; the other parts are numbered choices, as in the Zalo chat
    await page.locator("textarea[name=q]").fill("làm căn cước ở đâu");
    await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
    await see.contains(page.locator(".msg-bot .msg-text").last(), "Nơi làm (Làm, cấp đổi, cấp lại thẻ căn cước)");
    // choice 2 is answered from the conversation's memory (the button sends the number)
    const second = (await page.locator(".choice-btn").nth(1).textContent())!.replace(/^2\. /, "");
    await page.locator(".choice-btn").nth(1).click();
    await see.contains(page.locator(".msg-resident .msg-text").last(), `2. ${second}`);
    await see.count(page.locator(".msg-bot"), 2);
    await see.contains(page.locator(".msg-bot .msg-text").last(), `${second} (Làm, cấp đổi, cấp lại thẻ căn cước)`);

    // a follow-up that only makes sense after that answer
    await page.locator("textarea[name=q]").fill("cần mang giấy tờ gì");
    await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
    await see.count(page.locator(".msg-bot"), 3);
    await see.contains(page.locator(".msg-bot .msg-text").last(), "Giấy tờ cần mang (Làm, cấp đổi, cấp lại thẻ căn cước)");

    await page.getByRole("button", { name: "Chưa đúng — hỏi cán bộ" }).click();
    await see.contains(page.getByTestId("handoff-state"), "đang chờ cán bộ phường trả lời");
    await see.contains(page.locator(".msg-bot .msg-text").last(), "Cán bộ sẽ trả lời ngay tại mục Hỏi đáp này");
    const [handoff] = await query<{ id: number; question: string; miniapp_user_id: number | null }>(server.services, sql`select id, question, miniapp_user_id from handoffs`);
    expect(handoff!.question).toBe("cần mang giấy tờ gì");
    expect(handoff!.miniapp_user_id).not.toBeNull();

    // staff answer in the console, in the same browser
    const staff = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["staff"] }], name: "Cán bộ Lan" });
    const consolePage = await browser.newPage();
    await consolePage.goto(`${server.url}/console/login`);
    await consolePage.locator("input[name=email]").fill(staff.email);
    await consolePage.locator("input[name=password]").fill(staff.password);
    await consolePage.locator("form button[type=submit]").click();
    await consolePage.goto(`${server.url}/console/w/${ward.slug}/handoffs/${handoff!.id}`);
    await see.contains(consolePage.locator(".transcript"), "Chưa đúng — hỏi cán bộ");
    await consolePage.locator("#reply-text").fill("Chào ông/bà, ông/bà mang giấy tờ đó tới Bộ phận Một cửa của phường, cán bộ sẽ chứng thực trong ngày.");
    await consolePage.getByRole("button", { name: "Gửi trả lời" }).click();
    await see.contains(consolePage.locator("li"), "Đã hiện trong mini app");
    await consolePage.close();

    await tab("Trang chủ");
    await tab("Hỏi đáp");
    await see.contains(page.locator(".msg-staff .msg-text"), "cán bộ sẽ chứng thực trong ngày");
    expect(await until(() => inViewport(page.locator(".msg-staff .msg-meta")), (v) => v)).toBe(true); // the reply is shown from its top
    await see.contains(page.getByTestId("handoff-state"), "Cán bộ phường đã trả lời");
    await expectNoOverflow("Hỏi đáp");
    await shot("10-hoi-dap");
  });

  it("checks a suspicious message", async () => {
    await tab("Lừa đảo");
    await page.locator("textarea[name=text]").fill("Tai khoan cua ban da bi khoa. Truy cap ngay http://vietcombank-xacminh.top de xac minh, nhap ma OTP trong 24h");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await see.contains(page.getByRole("status"), "CẢNH BÁO: tin nhắn này có dấu hiệu LỪA ĐẢO.");
    expect(await until(async () => (await page.locator(".verdict").boundingBox())!.y, (y) => y >= 0 && y < 200)).toBeLessThan(200); // brought into view
    // the numbers in the verdict can be tapped (113 among them)
    expect(await page.locator(".verdict a.phone-link").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toContain("tel:113");
    await expectNoOverflow("scam check");
    await shot("11-kiem-tra-lua-dao");
  });

  it("a 'Gửi phản ánh' link from the chat opens the form filled in", async () => {
    await page.evaluate(() => localStorage.removeItem("hp.reportDraft.v2"));
    const query = reportLinkQuery({ category: "chieu-sang", text: "Đèn đường trước số 12 Hàng Bông bị hỏng, tối qua không sáng.", location: { lat: 21.028, lng: 105.85 }, address: "12 Hàng Bông" });
    await open(`&${query}`);
    await see.text(page.locator(".page-title"), "Gửi phản ánh");
    await see.contains(page.locator(".card.info"), "điền sẵn thông tin từ tin nhắn");
    expect(await page.locator("input[name=category][value=chieu-sang]").isChecked()).toBe(true);
    await see.value(page.locator("textarea[name=description]"), "Đèn đường trước số 12 Hàng Bông bị hỏng, tối qua không sáng.");
    await see.value(page.locator("textarea[name=address]"), "12 Hàng Bông");
    await see.visible(page.getByTestId("location-map"));
    await see.contains(page.getByTestId("pin-place"), "12 Hàng Bông");
    await expectNoOverflow("report form from a chat link");
    await shot("12-lien-ket-tu-chat");

    // a neighbour reported the same lamp: following theirs keeps this resident's own draft
    const neighbour = await fetch(`${server.url}/api/miniapp/session/dev`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ward: ward.slug, userId: "neighbour" }) });
    const { token } = (await neighbour.json()) as { token: string };
    const theirs = await fetch(`${server.url}/api/miniapp/reports`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ clientRequestId: "neighbour-lamp-1", category: "chieu-sang", description: "Đèn đường số 12 Hàng Bông tắt từ hôm qua.", location: { lat: 21.02805, lng: 105.85005 } }),
    });
    expect(theirs.status).toBe(201);
    await page.getByTestId("report-next").click();
    await see.text(page.locator(".page-title"), "Có phản ánh tương tự gần đây");
    await page.getByRole("button", { name: "Theo dõi phản ánh này" }).click();
    await see.text(page.locator(".page-title"), "Đã theo dõi phản ánh");
    await page.getByRole("button", { name: "Quay lại phản ánh của tôi đang viết" }).click();
    await see.value(page.locator("textarea[name=description]"), "Đèn đường trước số 12 Hàng Bông bị hỏng, tối qua không sáng.");
    await tab("Của tôi");
    await see.contains(page.locator(".report-item .muted"), "đang theo dõi");
  });
});

describe("every main screen fits at 360×640 with 1.5× text and at 390×844", () => {
  const screens: Array<[string, () => Promise<void>]> = [
    ["01-trang-chu", () => open()],
    ["02-gui-phan-anh", async () => (await open(), await tab("Gửi phản ánh"))],
    ["03-phan-anh-cua-toi", async () => (await open(), await tab("Của tôi"), await page.locator(".report-item").first().waitFor())],
    ["04-chi-tiet", async () => (await open(), await tab("Của tôi"), await page.locator(".report-item").first().click(), await page.locator(".timeline").waitFor())],
    ["05-hoi-dap", async () => (await open(), await tab("Hỏi đáp"), await page.locator(".msg").first().waitFor())],
    ["06-kiem-tra-lua-dao", async () => (await open(), await tab("Lừa đảo"))],
  ];
  for (const [viewport, scale] of [[{ width: 360, height: 640 }, 1.5], [{ width: 390, height: 844 }, 1]] as const) {
    it(`${viewport.width}×${viewport.height}, text ×${scale}`, { timeout: 180_000 }, async () => {
      currentScale = scale;
      await page.setViewportSize(viewport);
      for (const [name, go] of screens) {
        await go();
        await expectNoOverflow(name);
        if (viewport.width === 390) await shot(name);
      }
    });
  }
});
