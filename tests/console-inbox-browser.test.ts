/**
 * The inbox as ward staff live in it, in real Chromium against the running server (fake Zalo on
 * loopback): residents' Zalo names from the user-detail API, a new message appearing in an open
 * inbox and an open conversation without reload, a reply written and sent with the keyboard only
 * (focus stays in the reply box), the satisfaction survey reaching Zalo and its answer on the
 * dashboard, the monthly report downloaded and read back with exceljs. Takes the README
 * screenshots of these pages (UPDATE_SCREENSHOTS=1 writes docs/console-*.png).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { launchChromium } from "./support/chromium";
import { createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, postWebhook, REPO_ROOT, signedEvent, testConfig, textEvent, waitFor, zaloId, type TestWard } from "./support/factories";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let browser: BrowserContext;
let profileDir: string;
let page: Page;
let ward: TestWard;
let account: { email: string; password: string };
const hoa = zaloId("2");
const nam = zaloId("2");

const shotDir = process.env.UPDATE_SCREENSHOTS ? join(REPO_ROOT, "docs") : tmpdir();
const shot = (name: string) => page.screenshot({ path: join(shotDir, `console-${name}.png`) });

async function residentSays(userId: string, text: string) {
  const res = await postWebhook(server.url, await signedEvent(ward, textEvent(ward, { userId, text })));
  expect(res.status).toBe(200);
  await server.queue.idle();
}

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("inbox-browser");
  server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1" });
  ward = await setupWard(server, fake, "phuong-hop-thu", "Phường Hộp Thư");
  fake.setProfile(hoa, { displayName: "Nguyễn Thị Hoa" });
  fake.setProfile(nam, { displayName: "Trần Văn Nam" });
  await residentSays(hoa, "Tôi muốn gặp cán bộ phường ạ");
  account = await createStaff(server, { name: "Lê Thu Trang", wards: [{ wardId: ward.id, roles: ["staff", "communicator"] }] });
  const auth = server.services.staff.auth;
  const actor = await auth.actor((await auth.login(account.email, account.password)).session.actor.userId);
  await server.services.staff.handoffs.saveTemplate(actor, ward.id, {
    title: "Hẹn lịch làm việc",
    body: "Dạ, ông/bà vui lòng mang giấy tờ tới Bộ phận Một cửa của phường trong giờ hành chính để cán bộ hướng dẫn trực tiếp.",
  });
  profileDir = mkdtempSync(join(tmpdir(), "hoi-phuong-chromium-"));
  browser = await launchChromium(profileDir, { viewport: { width: 1366, height: 768 } });
  page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${server.url}/console/login`);
  await page.fill("#email", account.email);
  await page.fill("#password", account.password);
  await Promise.all([page.waitForURL(`**/console/w/${ward.slug}`), page.click("button[type=submit]")]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fake?.close();
  tmp?.remove();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe("the inbox in Chromium", () => {
  it("shows residents by their Zalo name, and a new resident message appears without reload", async () => {
    await page.goto(`${server.url}/console/w/${ward.slug}/handoffs`);
    const inbox = page.locator("#inbox");
    await expect(inbox.innerText()).resolves.toContain("Nguyễn Thị Hoa");
    expect(fake.userDetailRequests).toContain(hoa);
    await expect(page.locator("a[data-count]").first().innerText()).resolves.toBe("Của tôi (0)");
    const loaded = await page.evaluate(() => performance.getEntriesByType("navigation").length);

    await residentSays(nam, "Tôi muốn gặp cán bộ");
    await page.waitForFunction(() => document.querySelector("#inbox")?.textContent?.includes("Trần Văn Nam"), undefined, { timeout: 20_000 });
    expect(await page.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(loaded);
    await expect(page.locator("a[href='?filter=unclaimed']").innerText()).resolves.toBe("Chưa nhận (2)");
    // the resident's newest message, and under it the assistant's note that a person will answer
    const row = page.locator("tr", { hasText: "Trần Văn Nam" });
    await expect(row.getByTestId("newest-message").innerText()).resolves.toBe("Tôi muốn gặp cán bộ");
    await expect(row.getByTestId("last-reply").innerText()).resolves.toMatch(/Trợ lý: .*cán bộ/);
    await shot("inbox");
  });

  it("replies by keyboard only: r, '/' template, Ctrl+Enter; focus stays in the reply box", async () => {
    await page.goto(`${server.url}/console/w/${ward.slug}/handoffs`);
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    // j focuses the first conversation (newest activity: Nam), j again the next (Hoa), Enter opens it
    await press("j");
    await press("j");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain("Nguyễn Thị Hoa");
    await Promise.all([page.waitForURL(/handoffs\/\d+/), press("Enter")]);
    await expect(page.locator("#transcript").innerText()).resolves.toContain("Tôi muốn gặp cán bộ phường ạ");
    await press("r");
    expect(await page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id} ${location.href}`)).toContain("#reply-text");
    for (const key of ["/", "h", "e", "n"]) await press(key);
    await expect(page.locator("#template-suggestions li").first().innerText()).resolves.toBe("Hẹn lịch làm việc");
    await press("Enter");
    await page.keyboard.type(" Cán bộ địa chính trực sáng thứ Ba.");
    await Promise.all([page.waitForURL(/ok=sent/), press("Control+Enter")]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("reply-text");
    expect(presses).toBeLessThanOrEqual(10);
    const sent = await waitFor(() => fake.sent(hoa).find((m) => m.text?.includes("Cán bộ địa chính trực sáng thứ Ba")), { what: "reply at Zalo" });
    expect(sent.text).toContain("Bộ phận Một cửa");
    await expect(page.locator("#shortcut-help").innerText()).resolves.toContain("Phím tắt");
  });

  it("an open conversation shows the resident's new message, marked new, at the bottom", async () => {
    await residentSays(hoa, "Có người gọi bảo tôi chuyển 20 triệu để làm sổ đỏ nhanh, có đúng không?");
    await page.waitForFunction(() => document.querySelector("#transcript")?.textContent?.includes("chuyển 20 triệu"), undefined, { timeout: 20_000 });
    const bubble = page.locator(".bubble.new", { hasText: "chuyển 20 triệu" });
    await expect(bubble.count()).resolves.toBe(1);
    const visible = await page.evaluate(() => {
      const t = document.querySelector("#transcript")!;
      return t.scrollHeight - t.scrollTop - t.clientHeight < 60;
    });
    expect(visible).toBe(true);
    await shot("conversation");
  });

  it("resolving sends the satisfaction survey to Zalo; the resident's answer shows on the dashboard", async () => {
    await Promise.all([page.waitForURL(/ok=resolved-survey/), page.click("#resolve")]);
    await waitFor(() => fake.sent(hoa).find((m) => m.text?.includes("5 - Rất hài lòng")), { what: "survey at Zalo" });
    await residentSays(hoa, "5");
    await waitFor(() => fake.sent(hoa).find((m) => m.text?.includes("cảm ơn ông/bà đã đánh giá")), { what: "thanks at Zalo" });
    await page.goto(`${server.url}/console/w/${ward.slug}`);
    const chats = await page.locator("[data-testid=satisfaction-chats]").innerText();
    expect(chats).toContain("100%");
    expect(chats).toContain("1/1 đánh giá hài lòng");
    await shot("satisfaction");
  });

  it("the monthly report downloads in one click and the workbook opens with the expected figures", async () => {
    await page.goto(`${server.url}/console/w/${ward.slug}/monthly-report`);
    await shot("monthly-report");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-xlsx")]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^bao-cao-thang-${ward.slug}-\\d{4}-\\d{2}\\.xlsx$`));
    const path = join(tmp.dir, "report.xlsx");
    await download.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(path)).buffer);
    const rows: unknown[][] = [];
    book.getWorksheet("Câu hỏi")!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    // Hoa asked for staff, Nam asked for staff: 2 questions, both passed to a person
    expect(rows.find((r) => r[0] === "Tổng số câu hỏi")?.[1]).toBe(2);
    expect(rows.find((r) => r[0] === "Trợ lý tự trả lời (không chuyển cán bộ)")?.[1]).toBe(0);
    const satisfaction: unknown[][] = [];
    book.getWorksheet("Hài lòng")!.eachRow((r) => satisfaction.push((r.values as unknown[]).slice(1)));
    expect(satisfaction.find((r) => r[0] === "Hỏi đáp trên Zalo (sau khi cán bộ trả lời)")?.slice(1, 5)).toEqual([1, 1, 100, "Đạt"]);
  });

  it("the knowledge preview follows what the communicator types", async () => {
    await page.goto(`${server.url}/console/w/${ward.slug}/kb/new`);
    await page.fill("#f-title", "Giờ tiếp dân");
    await page.locator("#f-body").pressSequentially("Dạ, {{ward.name}} tiếp công dân sáng thứ Năm hằng tuần.");
    await page.waitForFunction(() => document.querySelector("[data-testid=zalo-preview]")?.textContent?.includes("Phường Hộp Thư tiếp công dân"), undefined, { timeout: 15_000 });
    // a part typed becomes a choice; picking it in the preview shows that part of what is typed, without leaving the page
    await page.locator("#f-body").pressSequentially("\n\n## Lệ phí\nKhông mất phí.");
    await page.locator("#live-preview a[data-shown=fee]").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("zalo-preview").innerText()).toContain("1. Lệ phí");
    const url = page.url();
    await page.locator("#live-preview a[data-shown=fee]").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=zalo-preview]")?.textContent?.includes("Lệ phí (Giờ tiếp dân):\nKhông mất phí."), undefined, { timeout: 15_000 });
    expect(page.url()).toBe(url);
    expect(await page.locator("#live-preview a[aria-current=true]").innerText()).toBe("Lệ phí");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-shown"))).toBe("fee"); // focus stays on the part picked
    await shot("knowledge-new");
  });
});
