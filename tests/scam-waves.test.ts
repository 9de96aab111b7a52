/**
 * Scam waves across wards, end to end over real HTTP: residents of two wards forward the same
 * new scam domain through signed Zalo webhooks; the city admin's dashboard shows one wave with
 * both wards and three reports; each ward's staff see it without any other ward's details; a
 * communicator turns it into a draft warning that opens in the knowledge editor.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "../server/db/schema";
import { scamReports } from "../server/db/schema-scam";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, postWebhook, signedEvent, testConfig, textEvent, waitFor, zaloId, type TestWard } from "./support/factories";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let wardA: TestWard;
let wardB: TestWard;
const residents = { a1: zaloId("2"), a2: zaloId("2"), b1: zaloId("2"), a3: zaloId("2") };

async function forward(ward: TestWard, userId: string, text: string) {
  const res = await postWebhook(server.url, await signedEvent(ward, textEvent(ward, { userId, text })));
  expect(res.status).toBe(200);
}

async function signIn(o: Parameters<typeof createStaff>[1]) {
  const account = await createStaff(server, o);
  const client = new ConsoleClient(server.url);
  expect((await client.login(account.email, account.password)).status).toBe(303);
  return client;
}

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("scam-waves");
  server = await startNodeServer(testConfig(tmp.dir, fake.url, { LOG_LEVEL: process.env.TEST_LOG ?? "silent" }), { hostname: "127.0.0.1" });
  wardA = await setupWard(server, fake, "phuong-song-a", "Phường Sông A");
  wardB = await setupWard(server, fake, "phuong-song-b", "Phường Sông B");

  // the same new domain, each resident forwarding it their own way (one of them twice)
  await forward(wardA, residents.a1, "tin này có phải lừa đảo ko: [VCB] Tai khoan cua Quy khach bi tam khoa. Xac thuc lai tai https://vcb-mo-khoa-tk.top truoc 17h. Ho ten: Tran Van Minh, SDT 0912345678");
  await forward(wardA, residents.a1, "Vietcombank: Quy khach vui long xac thuc tai vcb-mo-khoa-tk.top de tranh bi khoa tai khoan");
  await forward(wardA, residents.a2, "Phường ơi xem giúp: Vietcombank thông báo tài khoản của quý khách sẽ bị khóa sau 24h, cập nhật sinh trắc học tại vcb-mo-khoa-tk.top/xac-thuc");
  await forward(wardB, residents.b1, "Mẹ tôi nhận được: \"[Vietcombank] Tai khoan tam khoa do dang nhap bat thuong, mo khoa ngay tai vcb-mo-khoa-tk.top\" có thật không?");
  // another scam domain, forwarded by fewer residents than a wave needs
  await forward(wardA, residents.a3, "tin này thật không: EVN HA NOI: quy khach no tien dien, se cat dien sau 2h. Thanh toan tai evn-hn-thanhtoan.top");
  await server.queue.idle();
  const db = server.services.deps.db;
  await waitFor(async () => (await db.select().from(scamReports)).length >= 5, { timeoutMs: 20_000, what: "scam reports stored" });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

describe("recording what residents forward", () => {
  it("warns each resident and keeps a masked sample in the resident's own ward", async () => {
    const db = server.services.deps.db;
    const rows = await db.select().from(scamReports);
    expect(rows.filter((r) => r.wardId === wardA.id)).toHaveLength(4);
    expect(rows.filter((r) => r.wardId === wardB.id)).toHaveLength(1);
    const first = rows.find((r) => r.sample.includes("Ho ten"))!;
    expect(first.sample).not.toContain("0912345678");
    expect(first.sample).not.toContain("Tran Van Minh");
    expect(first.sample).toContain("Ho ten: T. V. M.");
    expect(first.sample).not.toMatch(/phải lừa đảo/); // the resident's own question is not kept
    const replies = await db.select().from(outbox).where(eq(outbox.wardId, wardB.id));
    expect(replies.some((r) => r.payload.includes("LỪA ĐẢO"))).toBe(true);
  });
});

describe("the city admin's dashboard", () => {
  it("shows one wave with two wards and three reports", async () => {
    const city = await signIn({ cityAdmin: true });
    const res = await city.request("/api/staff/city/scam-waves");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { waves: any[]; minResidents: number };
    expect(body.minResidents).toBe(3);
    expect(body.waves).toHaveLength(1);
    const [wave] = body.waves;
    expect(wave.id).toBe("domain:vcb-mo-khoa-tk.top");
    expect(wave.wardCount).toBe(2);
    expect(wave.reports).toBe(3);
    expect(wave.residentsLast24h).toBe(3);
    expect(wave.wards.map((w: any) => w.slug).sort()).toEqual(["phuong-song-a", "phuong-song-b"]);
    expect(wave.wards.find((w: any) => w.slug === "phuong-song-a").reports).toBe(2);
    expect(wave.brands).toContain("Vietcombank");
    expect(wave.firstSeen).toBeLessThanOrEqual(wave.lastSeen);
    // nothing that identifies a resident leaves the ward
    const raw = JSON.stringify(body);
    for (const id of Object.values(residents)) expect(raw).not.toContain(id);
    expect(raw).not.toMatch(/zalo:\d|residentKey|resident_key|"channel"/);
  });

  it("is the city admin's only", async () => {
    const staffA = await signIn({ wards: [{ wardId: wardA.id, roles: ["admin"] }] });
    expect((await staffA.request("/api/staff/city/scam-waves")).status).toBe(403);
  });
});

describe("every ward's console", () => {
  it("shows the city-wide wave with the ward's own count and no other ward named", async () => {
    const staffB = await signIn({ wards: [{ wardId: wardB.id, roles: ["staff"] }] });
    const res = await staffB.request("/api/staff/wards/phuong-song-b/scam-waves");
    expect(res.status).toBe(200);
    const { waves } = (await res.json()) as { waves: any[] };
    expect(waves).toHaveLength(1);
    expect(waves[0].thisWardReports).toBe(1);
    expect(waves[0].wardCount).toBe(2);
    expect(waves[0].wards).toBeUndefined();
    expect(JSON.stringify(waves)).not.toContain("Sông A");
    // and not another ward's route
    expect((await staffB.request("/api/staff/wards/phuong-song-a/scam-waves")).status).toBe(403);
  });
});

describe("the draft warning for communicators", () => {
  it("opens in the knowledge editor, once per ward", async () => {
    const comm = await signIn({ wards: [{ wardId: wardA.id, roles: ["communicator"] }] });
    const res = await comm.api("/api/staff/wards/phuong-song-a/scam-waves/draft", { wave: "domain:vcb-mo-khoa-tk.top" });
    expect(res.status).toBe(201);
    const draft = (await res.json()) as { versionId: number; editUrl: string; entryId: string };
    expect(draft.editUrl).toBe(`/console/w/phuong-song-a/kb/v/${draft.versionId}`);
    const page = await comm.request(draft.editUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("vcb-mo-khoa-tk.top");
    expect(html).toContain("Cảnh báo");
    // the draft carries a short answer (entries' summary) that fits the 300-character rule
    const summary = /<textarea id="f-summary"[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1] ?? "";
    expect(summary).toContain("lừa đảo");
    expect(summary.length).toBeGreaterThanOrEqual(10);
    expect(summary.length).toBeLessThanOrEqual(300);
    const again = await comm.api("/api/staff/wards/phuong-song-a/scam-waves/draft", { wave: "domain:vcb-mo-khoa-tk.top" });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { versionId: number }).versionId).toBe(draft.versionId);
  });

  it("is for communicators, and only for waves that exist", async () => {
    const staffA = await signIn({ wards: [{ wardId: wardA.id, roles: ["staff"] }] });
    expect((await staffA.api("/api/staff/wards/phuong-song-a/scam-waves/draft", { wave: "domain:vcb-mo-khoa-tk.top" })).status).toBe(403);
    const comm = await signIn({ wards: [{ wardId: wardA.id, roles: ["communicator"] }] });
    expect((await comm.api("/api/staff/wards/phuong-song-a/scam-waves/draft", { wave: "domain:evn-hn-thanhtoan.top" })).status).toBe(404);
    expect((await comm.api("/api/staff/wards/phuong-song-a/scam-waves/draft", {})).status).toBe(400);
  });
});

describe("console pages", () => {
  it("list the wave in the ward's console and on the city page", async () => {
    const staffB = await signIn({ wards: [{ wardId: wardB.id, roles: ["staff"] }] });
    const wardPage = await staffB.request("/console/w/phuong-song-b/scam-waves");
    expect(wardPage.status).toBe(200);
    const wardHtml = await wardPage.text();
    expect(wardHtml).toContain("vcb-mo-khoa-tk.top");
    expect(wardHtml).toContain("Đợt lừa đảo");
    expect(wardHtml).not.toContain("Sông A");
    expect(wardHtml).not.toContain("Soạn cảnh báo"); // staff, not a communicator

    const city = await signIn({ cityAdmin: true });
    const cityHtml = await (await city.request("/console/city/scam-waves")).text();
    expect(cityHtml).toContain("Phường Sông A");
    expect(cityHtml).toContain("Phường Sông B");
  });

  it("draft with one click from the ward page, then the editor", async () => {
    const comm = await signIn({ wards: [{ wardId: wardB.id, roles: ["communicator"] }] });
    const page = await (await comm.request("/console/w/phuong-song-b/scam-waves")).text();
    expect(page).toContain("Soạn cảnh báo");
    const res = await comm.post("/console/w/phuong-song-b/scam-waves/draft", { wave: "domain:vcb-mo-khoa-tk.top" });
    expect(res.status).toBe(303);
    const editor = await comm.request(res.headers.get("location")!);
    expect(editor.status).toBe(200);
    expect(await editor.text()).toContain("vcb-mo-khoa-tk.top");
  });
});
