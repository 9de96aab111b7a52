/**
 * A ward that confirms its green-lane list is complete lets the assistant say "Dạ không" for a
 * procedure missing from it; without that confirmation, or with a sample list, the answer stays
 * "chưa có trong danh mục … đã nhập" with the staff to confirm. The flag is set from the console's
 * green-lane page (over real HTTP, audited) and changes only that ward's answers.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyMemory } from "../server/assistant/ask-result";
import { Assistant } from "../server/assistant/assistant";
import { staffAuditLog } from "../server/db/schema-staff";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, testConfig, type TestWard } from "./support/factories";
import { MONDAY_9AM } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

const items = [{ procedure: "khai-sinh", time: "01 ngày làm việc" }];
const OFF_LIST = "thủ tục đăng ký kết hôn có trong làn xanh không";
const NO_FIRST = /^Dạ không, thủ tục "Đăng ký kết hôn" không thuộc danh mục làn xanh của Phường Đủ; hồ sơ được giải quyết theo thời hạn quy định của thủ tục\.\n/;

describe("a complete green-lane list answers \"Dạ không\" for a procedure missing from it", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ward = (green_lane: { sample: boolean; complete?: boolean; items: typeof items }) => wardFixture({ slug: "phuong-du", name: "Phường Đủ", profile: { green_lane } });
  const ask = (text: string, w: ReturnType<typeof ward>) => assistant.ask(text, w, MONDAY_9AM, emptyMemory());

  it("no first when the ward confirmed the list complete; yes still answered from the list", () => {
    const complete = ward({ sample: false, complete: true, items });
    expect(ask(OFF_LIST, complete).reply).toMatch(NO_FIRST);
    expect(ask("khai sinh có thuộc làn xanh không", complete).reply).toMatch(/^Dạ có, thủ tục "Đăng ký khai sinh" thuộc danh mục làn xanh của Phường Đủ: giải quyết trong 01 ngày làm việc\./);
    expect(ask("Is marriage registration on the green lane list?", complete).reply).toMatch(/^No, "Đăng ký kết hôn" is not on the green lane list of Phường Đủ; it is handled within the procedure's usual time limit\.\n/);
  });

  it("never \"Dạ không\" without the confirmation, or while the list is a sample", () => {
    for (const w of [ward({ sample: false, items }), ward({ sample: true, complete: true, items })]) {
      const r = ask(OFF_LIST, w);
      expect(r.reply).not.toMatch(/^Dạ không(?!\p{L})/u);
      expect(r.reply).toMatch(/^Thủ tục "Đăng ký kết hôn" chưa có trong danh mục làn xanh mà Phường Đủ đã nhập vào hệ thống/);
      expect(ask("Is marriage registration on the green lane list?", w).reply).not.toMatch(/^No,/);
    }
  });
});

describe("the console's green-lane page sets the confirmation", () => {
  let fake: FakeZalo;
  let server: NodeServer;
  let tmp: ReturnType<typeof makeTempDir>;
  let wardA: TestWard;
  let admin: ConsoleClient;

  const askApi = async (text: string, ward: string) => {
    const res = await fetch(`${server.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text, ward }) });
    expect(res.status).toBe(200);
    return ((await res.json()) as { reply: string }).reply;
  };

  beforeAll(async () => {
    fake = await FakeZalo.start();
    tmp = makeTempDir("green-lane-complete");
    server = await startNodeServer(testConfig(tmp.dir, fake.url, { LOG_LEVEL: process.env.TEST_LOG ?? "silent" }), { hostname: "127.0.0.1" });
    wardA = await setupWard(server, fake, "phuong-du", "Phường Đủ");
    await setupWard(server, fake, "phuong-khac", "Phường Khác");
    const account = await createStaff(server, { wards: [{ wardId: wardA.id, roles: ["communicator"] }] });
    admin = new ConsoleClient(server.url);
    expect((await admin.login(account.email, account.password)).status).toBe(303);
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    tmp?.remove();
  });

  it("a saved, confirmed list turns the answer into \"Dạ không\" for this ward only, and is audited", async () => {
    expect(await askApi(OFF_LIST, "phuong-du")).not.toMatch(/^Dạ không(?!\p{L})/u);
    const saved = await admin.post("/console/w/phuong-du/green-lane", { items: "khai-sinh | 01 ngày làm việc", complete: "on" });
    expect(saved.status).toBe(303);
    const page = await (await admin.request("/console/w/phuong-du/green-lane")).text();
    expect(page).toMatch(/<input type="checkbox" name="complete" checked=""\/?>/);
    expect(await askApi(OFF_LIST, "phuong-du")).toMatch(NO_FIRST);
    // another ward's list is untouched
    expect(await askApi(OFF_LIST, "phuong-khac")).not.toMatch(/^Dạ không(?!\p{L})/u);
    const audit = await server.services.deps.db
      .select()
      .from(staffAuditLog)
      .where(and(eq(staffAuditLog.action, "update_green_lane"), eq(staffAuditLog.entityId, String(wardA.id))));
    expect(audit.length).toBe(1);
    expect(JSON.parse(audit[0]!.after as string)).toMatchObject({ complete: true, sample: false });

    // unticked again: back to "chưa có … đã nhập"
    expect((await admin.post("/console/w/phuong-du/green-lane", { items: "khai-sinh | 01 ngày làm việc" })).status).toBe(303);
    expect(await askApi(OFF_LIST, "phuong-du")).toMatch(/^Thủ tục "Đăng ký kết hôn" chưa có trong danh mục làn xanh mà Phường Đủ đã nhập vào hệ thống/);
  });
});
