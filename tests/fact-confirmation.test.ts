/**
 * Confirming unverified facts from the console, over real HTTP against the running server: a
 * ward's "đã xác nhận" changes only its own residents' answers and is audited; another ward's
 * staff cannot confirm for it; only a city admin verifies a shared record for every ward, with an
 * official source. And the ward admin's home page lists what is left to set up, green lane first.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wards } from "../server/db/schema";
import { staffAuditLog } from "../server/db/schema-staff";
import { readWardDefinition } from "../server/knowledge/knowledge-files";
import { factText, UNVERIFIED_MARKER } from "../server/knowledge/procedure-facts";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, testConfig, type TestWard } from "./support/factories";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let wardA: TestWard;
let wardB: TestWard;
let commA: ConsoleClient;
let staffA: ConsoleClient;
let adminA: ConsoleClient;
let city: ConsoleClient;

const FEE_QUESTION = "Làm thẻ căn cước ở đâu?";

async function ask(text: string, ward: string): Promise<string> {
  const res = await fetch(`${server.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text, ward }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { reply: string }).reply;
}

async function procedure(id: string) {
  return (await server.services.knowledge.load()).procedures.get(id)!;
}

async function profileOf(wardId: number) {
  const [row] = await server.services.deps.db.select().from(wards).where(eq(wards.id, wardId));
  return JSON.parse(row!.profile) as { confirmed_facts?: Array<{ id: string; fact: string; by: number }> };
}

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("fact-confirmation");
  server = await startNodeServer(testConfig(tmp.dir, fake.url, { LOG_LEVEL: process.env.TEST_LOG ?? "silent" }), { hostname: "127.0.0.1" });
  wardA = await setupWard(server, fake, "phuong-a", "Phường A");
  wardB = await setupWard(server, fake, "phuong-b", "Phường B");
  const make = async (o: Parameters<typeof createStaff>[1]) => {
    const account = await createStaff(server, o);
    const client = new ConsoleClient(server.url);
    expect((await client.login(account.email, account.password)).status).toBe(303);
    return { client, account };
  };
  const c = await make({ name: "Lê Thị Biên Tập", wards: [{ wardId: wardA.id, roles: ["communicator"] }] });
  commA = c.client;
  staffA = (await make({ wards: [{ wardId: wardA.id, roles: ["staff"] }] })).client;
  adminA = (await make({ wards: [{ wardId: wardA.id, roles: ["admin"] }] })).client;
  city = (await make({ cityAdmin: true })).client;
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

describe("a ward confirms a fact for its own residents", () => {
  it("lists the unconfirmed facts with a one-click confirmation", async () => {
    const res = await commA.request("/console/w/phuong-a/facts");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Thông tin chờ xác nhận");
    expect(page).toContain('data-fact="cap-can-cuoc.fee"');
    expect(page).toMatch(/name="kind" value="procedure"\/?><input type="hidden" name="id" value="cap-can-cuoc"\/?><input type="hidden" name="fact" value="fee"\/?><button type="submit"[^>]*>Đã xác nhận/);
    expect(page).not.toContain("Xác nhận cho mọi phường");
  });

  it("drops the marker for that ward only, records who and when, and keeps it through a profile edit", async () => {
    const fee = (await procedure("cap-can-cuoc")).fee;
    const marked = factText(fee);
    const plain = factText(fee, true);
    expect(marked).not.toBe(plain);
    expect(await ask(FEE_QUESTION, "phuong-a")).toContain(marked);

    const res = await commA.post("/console/w/phuong-a/facts/confirm", { kind: "procedure", id: "cap-can-cuoc", fact: "fee" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/console/w/phuong-a/facts?ok=confirmed");

    const replyA = await ask(FEE_QUESTION, "phuong-a");
    expect(replyA).toContain(plain);
    expect(replyA).not.toContain(marked);
    expect(await ask(FEE_QUESTION, "phuong-b")).toContain(marked);

    const [audit] = await server.services.deps.db
      .select()
      .from(staffAuditLog)
      .where(and(eq(staffAuditLog.wardId, wardA.id), eq(staffAuditLog.action, "confirm_fact")));
    expect(audit?.entityId).toBe("cap-can-cuoc#fee");
    expect(audit?.userId).toBeGreaterThan(0);
    const page = await (await commA.request("/console/w/phuong-a/facts")).text();
    expect(page).toMatch(/data-fact="cap-can-cuoc\.fee"[\s\S]*?Phường đã xác nhận · Lê Thị Biên Tập · \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);

    // the admin saves the ward profile: the confirmation stays
    const saved = await adminA.post("/console/w/phuong-a/settings/profile", {
      name: "Phường A",
      address: "Số 1 phố Thử Nghiệm",
      office_hours: "Thứ Hai đến Thứ Sáu",
      hotline: "(kiểm thử) chưa có số",
      reception_schedule: "sáng thứ Năm",
      police: "Công an phường A",
      digital_team: "Tổ công nghệ số",
    });
    expect(saved.status).toBe(303);
    expect((await profileOf(wardA.id)).confirmed_facts?.map((c) => `${c.id}.${c.fact}`)).toEqual(["cap-can-cuoc.fee"]);
    expect(await ask(FEE_QUESTION, "phuong-a")).toContain(plain);
  });

  it("confirms an entry's own facts: its literal markers go for that ward", async () => {
    const question = "Xin giấy phép xây dựng nhà ở thì nộp hồ sơ ở đâu?";
    expect(await ask(question, "phuong-a")).toContain("quy chế kiến trúc được miễn phép (chưa xác nhận)");
    expect((await commA.post("/console/w/phuong-a/facts/confirm", { kind: "entry", id: "dvc-giay-phep-xay-dung", fact: "entry" })).status).toBe(303);
    const reply = await ask(question, "phuong-a");
    expect(reply).toContain("quy chế kiến trúc được miễn phép. Không chắc");
    // procedure facts of the same answer keep their own markers until confirmed
    expect(reply).toContain(factText((await procedure("giay-phep-xay-dung-nha-o")).legal_time));
    expect(await ask(question, "phuong-b")).toContain("quy chế kiến trúc được miễn phép (chưa xác nhận)");
  });
});

describe("access", () => {
  it("a ward's staff cannot confirm for another ward", async () => {
    const res = await commA.post("/console/w/phuong-b/facts/confirm", { kind: "procedure", id: "tach-ho", fact: "fee" });
    expect(res.status).toBe(403);
    expect((await commA.request("/console/w/phuong-b/facts")).status).toBe(403);
    expect((await profileOf(wardB.id)).confirmed_facts ?? []).toEqual([]);
  });

  it("reception staff without the editor role cannot confirm, and only a city admin confirms for every ward", async () => {
    expect((await staffA.post("/console/w/phuong-a/facts/confirm", { kind: "procedure", id: "tach-ho", fact: "fee" })).status).toBe(403);
    const shared = await commA.post("/console/w/phuong-a/facts/confirm-all", { id: "tach-ho", fact: "fee", source: "https://pbgdpl.quangninh.gov.vn/x" });
    expect(shared.status).toBe(403);
    expect((await procedure("tach-ho")).fee.verified).toBe(false);
  });

  it("refuses a forged form without the session's CSRF token", async () => {
    expect((await commA.post("/console/w/phuong-a/facts/confirm", { kind: "procedure", id: "tach-ho", fact: "fee" }, "wrong-token")).status).toBe(403);
  });
});

describe("a city admin verifies a shared record", () => {
  it("needs an official source, then every ward's residents see the fact without the marker", async () => {
    const question = "Lệ phí tách hộ là bao nhiêu?";
    const before = await procedure("tach-ho");
    expect(await ask(question, "phuong-b")).toContain(factText(before.fee));

    const page = await (await city.request("/console/w/phuong-a/facts")).text();
    expect(page).toContain("Xác nhận cho mọi phường");
    const bad = await city.post("/console/w/phuong-a/facts/confirm-all", { id: "tach-ho", fact: "fee", source: "https://thuvienphapluat.vn/van-ban/x" });
    expect(bad.status).toBe(400);

    const source = "https://pbgdpl.quangninh.gov.vn/thong-tu-so-75-2022-tt-btc-quy-dinh-muc-thu-che-do-thu-nop-va-quan-ly-le-phi-dang-ky-cu-tru/";
    const ok = await city.post("/console/w/phuong-a/facts/confirm-all", { id: "tach-ho", fact: "fee", source });
    expect(ok.status).toBe(303);
    const after = await procedure("tach-ho");
    expect(after.fee).toEqual({ text: before.fee.text, verified: true, source });
    for (const ward of ["phuong-a", "phuong-b"]) {
      const reply = await ask(question, ward);
      expect(reply).toContain(before.fee.text);
      expect(reply).not.toContain(factText(before.fee));
    }
  });
});

describe("the ward admin's home page", () => {
  it("shows the setup checklist with the green-lane list as the first step", async () => {
    const def = readWardDefinition("knowledge/wards/demo.yaml");
    const demo = await server.services.wards.create({ ...def, slug: "phuong-mau", name: "Phường Mẫu", oa_id: undefined, app_id: undefined });
    const admin = new ConsoleClient(server.url);
    const account = await createStaff(server, { wards: [{ wardId: demo.id, roles: ["admin"] }] });
    expect((await admin.login(account.email, account.password)).status).toBe(303);

    const page = await (await admin.request("/console/w/phuong-mau")).text();
    expect(page).toContain('data-testid="setup-checklist"');
    const items = [...page.matchAll(/data-setup="([a-z_]+)">\s*<span class="badge (\w+)">/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(items).toEqual(["green_lane:amber", "address:amber", "office_hours:amber", "hotline:amber", "police:amber", "oa:amber"]);
    expect(page).toContain('<a href="/console/w/phuong-mau/green-lane"><b>Bước đầu tiên: Danh mục thủ tục làn xanh</b></a>');
    expect(page).toContain("Đang dùng danh mục mẫu (4 thủ tục)");
    expect(page).toMatch(/Còn \d+ thông tin chờ phường xác nhận/);

    // a ward with its own profile, green-lane list and connected OA has the steps done
    const laneSaved = await adminA.post("/console/w/phuong-a/green-lane", { items: "xac-nhan-tinh-trang-hon-nhan | 01 ngày làm việc" });
    expect(laneSaved.status).toBe(303);
    const pageA = await (await adminA.request("/console/w/phuong-a")).text();
    const itemsA = [...pageA.matchAll(/data-setup="([a-z_]+)">\s*<span class="badge (\w+)">/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(itemsA).toEqual(["green_lane:green", "address:green", "office_hours:green", "hotline:green", "police:green", "oa:green"]);

    // reception staff do not get the checklist
    expect(await (await staffA.request("/console/w/phuong-a")).text()).not.toContain("setup-checklist");
  });
});
