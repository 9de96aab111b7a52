/**
 * The monthly report over real HTTP: period YYYY-MM = the 21st of the previous month through the
 * 20th; the .xlsx workbook read back with exceljs (one sheet per table, Vietnamese headers and
 * values, dates dd/mm/yyyy, the expected figures); the printable page; the city's report with one
 * row per ward; roles.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askLog, handoffs, residents } from "../server/db/schema";
import { manualClock } from "../server/lib/clock";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { currentReportCode, reportPeriod } from "../server/staff/monthly-report";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, testConfig, zaloId, type TestWard } from "./support/factories";

const vn = (iso: string) => Date.parse(`${iso}+07:00`);
const clock = manualClock(vn("2026-12-21T09:00:00"));
let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let wardA: TestWard;
let wardB: TestWard;
let staffA: ConsoleClient;
let city: ConsoleClient;

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("monthly");
  server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1", clock });
  wardA = await setupWard(server, fake, "phuong-bao-cao-a", "Phường Báo Cáo A");
  wardB = await setupWard(server, fake, "phuong-bao-cao-b", "Phường Báo Cáo B");
  const a = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["staff"] }] });
  staffA = new ConsoleClient(server.url);
  expect((await staffA.login(a.email, a.password)).status).toBe(303);
  const admin = await createStaff(server, { cityAdmin: true });
  city = new ConsoleClient(server.url);
  expect((await city.login(admin.email, admin.password)).status).toBe(303);

  const { db } = server.services.deps;
  const [resident] = await db.insert(residents).values({ wardId: wardA.id, zaloUserId: zaloId("3"), createdAt: vn("2026-11-01T08:00:00") }).returning();
  const ask = (wardId: number, kind: string, at: string, extra: Partial<typeof askLog.$inferInsert> = {}) =>
    db.insert(askLog).values({ wardId, residentId: resident!.id, channel: "zalo", question: `hỏi ${kind} ${at}`, kind, createdAt: vn(at), ...extra });
  // ward A, period 2026-12 (21/11–20/12): 4 answers, 1 scam warning, 1 handoff; one answer on 20/11 is outside
  await ask(wardA.id, "answer", "2026-11-20T23:00:00");
  await ask(wardA.id, "answer", "2026-11-21T08:30:00");
  await ask(wardA.id, "answer", "2026-11-23T09:00:00");
  await ask(wardA.id, "answer", "2026-12-01T09:00:00");
  await ask(wardA.id, "answer", "2026-12-20T23:30:00");
  await ask(wardA.id, "scam_warning", "2026-12-02T10:00:00");
  await ask(wardA.id, "handoff", "2026-12-03T10:00:00", { handoffReason: "out_of_scope" });
  await db.insert(handoffs).values({ wardId: wardA.id, residentId: resident!.id, question: "Hỏi về đất đai", reason: "out_of_scope", createdAt: vn("2026-12-03T10:00:00") });
  // ward B: 2 answers
  await ask(wardB.id, "answer", "2026-12-05T09:00:00");
  await ask(wardB.id, "answer", "2026-12-06T09:00:00");
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

async function workbook(res: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
}
/** A sheet as arrays of cell values (row 1 first). */
function rowsOf(book: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = book.getWorksheet(name);
  expect(sheet, name).toBeDefined();
  const out: unknown[][] = [];
  sheet!.eachRow({ includeEmpty: true }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe("reporting period", () => {
  it("YYYY-MM is the 21st of the previous month through the 20th", () => {
    expect(reportPeriod("2026-12")).toMatchObject({ fromDay: "2026-11-21", toDay: "2026-12-20", from: vn("2026-11-21T00:00:00"), to: vn("2026-12-21T00:00:00") });
    expect(reportPeriod("2027-01")).toMatchObject({ fromDay: "2026-12-21", toDay: "2027-01-20" });
    expect(currentReportCode(vn("2026-12-20T23:00:00"))).toBe("2026-12");
    expect(currentReportCode(vn("2026-12-21T09:00:00"))).toBe("2027-01");
  });

  it("a bad period is a Vietnamese 400", async () => {
    const res = await staffA.request(`/api/staff/wards/${wardA.slug}/monthly-report?period=2026-13`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain("Kỳ báo cáo không hợp lệ");
  });
});

describe("a ward's report", () => {
  it("downloads as a workbook with one sheet per table and the expected figures", async () => {
    const res = await staffA.request(`/api/staff/wards/${wardA.slug}/monthly-report?period=2026-12`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toContain(`bao-cao-thang-${wardA.slug}-2026-12.xlsx`);
    const book = await workbook(res);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Câu hỏi", "Câu hỏi theo ngày", "Chuyển cán bộ", "Phản ánh", "Hài lòng", "Cảnh báo lừa đảo", "Câu hỏi chưa trả lời"]);
    const questions = rowsOf(book, "Câu hỏi");
    expect(questions[0]![0]).toBe("Câu hỏi của người dân và cách xử lý");
    expect(String(questions[1]![0])).toContain("Kỳ báo cáo từ 21/11/2026 đến 20/12/2026");
    const header = questions.findIndex((r) => r[0] === "Cách xử lý");
    expect(questions[header]).toEqual(["Cách xử lý", "Số câu", "Tỷ lệ (%)"]);
    expect(questions.find((r) => r[0] === "Tổng số câu hỏi")?.[1]).toBe(6);
    expect(questions.find((r) => r[0] === "Trợ lý tự trả lời (không chuyển cán bộ)")?.[1]).toBe(4);
    expect(questions.find((r) => r[0] === "Cảnh báo lừa đảo")?.[1]).toBe(1);
    const days = rowsOf(book, "Câu hỏi theo ngày");
    expect(days.find((r) => r[0] === "21/11/2026")?.slice(1)).toEqual([1, 1, 0]);
    expect(days.find((r) => r[0] === "20/12/2026")?.slice(1)).toEqual([1, 1, 0]);
    expect(days.filter((r) => /^\d{2}\/\d{2}\/\d{4}$/.test(String(r[0])))).toHaveLength(30);
    const handed = rowsOf(book, "Chuyển cán bộ");
    const row = handed.find((r) => r[2] === "Trợ lý không trả lời được");
    expect(row?.[1]).toBe("10:00 03/12/2026");
    expect(row?.[3]).toBe("Chờ nhận");
    expect(rowsOf(book, "Cảnh báo lừa đảo").find((r) => r[0] === "02/12/2026")?.[1]).toBe(1);
    expect(rowsOf(book, "Hài lòng").some((r) => r[0] === "Hỏi đáp trên Zalo (sau khi cán bộ trả lời)")).toBe(true);
  });

  it("the printable page has the same tables and charts; the console page is one click away", async () => {
    const html = await (await staffA.request(`/api/staff/wards/${wardA.slug}/monthly-report?period=2026-12&format=html`)).text();
    expect(html).toContain("Báo cáo tháng 12/2026 — Phường Báo Cáo A");
    expect(html).toContain('data-sheet="Câu hỏi theo ngày"');
    expect(html).toContain('class="hbar"');
    expect(html).toContain("21/11/2026");
    const page = await (await staffA.request(`/console/w/${wardA.slug}/monthly-report`)).text();
    expect(page).toContain(`href="/api/staff/wards/${wardA.slug}/monthly-report?period=2027-01"`);
    expect(page).toContain("Tải báo cáo Excel (.xlsx)");
  });

  it("another ward's staff cannot read it", async () => {
    expect((await staffA.request(`/api/staff/wards/${wardB.slug}/monthly-report?period=2026-12`)).status).toBe(403);
    expect((await staffA.request(`/api/staff/city/monthly-report?period=2026-12`)).status).toBe(403);
  });
});

describe("the city's report", () => {
  it("has one row per ward", async () => {
    const res = await city.request("/api/staff/city/monthly-report?period=2026-12");
    expect(res.status).toBe(200);
    const rows = rowsOf(await workbook(res), "Các phường");
    const header = rows.findIndex((r) => r[0] === "Phường");
    expect(rows[header]).toContain("Hài lòng hỏi đáp (%)");
    const byWard = new Map(rows.slice(header + 1).map((r) => [r[0], r]));
    expect(byWard.get("Phường Báo Cáo A")?.slice(1, 4)).toEqual([6, 4, 1]);
    expect(byWard.get("Phường Báo Cáo B")?.slice(1, 4)).toEqual([2, 2, 0]);
  });
});
