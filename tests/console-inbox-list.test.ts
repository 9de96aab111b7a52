/**
 * The inbox list over real HTTP with a known history: each row previews the resident's newest
 * message (not the question that opened the handoff) with the last reply they got underneath,
 * and its waiting time and unread count follow the same messages.
 */
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages, residents } from "../server/db/schema";
import { startNodeServer, type NodeServer } from "../server/node-server";
import type { InboxItem } from "../server/staff/inbox-service";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, postWebhook, signedEvent, sleep, testConfig, textEvent, waitFor, zaloId, type TestWard } from "./support/factories";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
let staff: ConsoleClient;

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("inbox-list");
  server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1" });
  ward = await setupWard(server, fake, "phuong-hang-doi", "Phường Hàng Đợi");
  const account = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["staff"] }] });
  staff = new ConsoleClient(server.url);
  expect((await staff.login(account.email, account.password)).status).toBe(303);
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

/** A resident's message through the signed webhook, processed (the bot's reply recorded) before it returns. */
async function says(userId: string, text: string) {
  const db = server.services.deps.db;
  const count = async () => (await db.select({ id: messages.id }).from(messages).innerJoin(residents, eq(residents.id, messages.residentId)).where(eq(residents.zaloUserId, userId))).length;
  const before = await count();
  expect((await postWebhook(server.url, await signedEvent(ward, textEvent(ward, { userId, text })))).status).toBe(200);
  await server.queue.idle();
  await waitFor(async () => ((await count()) > before ? true : undefined), { what: `"${text}" recorded` });
  await sleep(5); // distinct timestamps: the order of the history is what the test reads
}

async function history(userId: string) {
  const db = server.services.deps.db;
  const [resident] = await db.select().from(residents).where(eq(residents.zaloUserId, userId));
  return db.select().from(messages).where(eq(messages.residentId, resident!.id)).orderBy(asc(messages.id));
}

async function inbox(): Promise<InboxItem[]> {
  const res = await staff.request(`/api/staff/wards/${ward.slug}/inbox?filter=all`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: InboxItem[] }).items;
}

describe("the inbox list of a known history", () => {
  const hoa = zaloId("2");
  const nam = zaloId("2");

  it("previews the newest resident message with the bot's last reply; waiting and unread count this handoff's messages", async () => {
    await says(hoa, "làm giấy khai sinh cho con"); // answered by the bot: nobody waits for staff
    await says(hoa, "Tôi muốn gặp cán bộ phường");
    await says(hoa, "Cho tôi hỏi thêm: có cần mang sổ hộ khẩu không ạ?");
    const h = await history(hoa);
    const ins = h.filter((m) => m.direction === "in");
    expect(ins.map((m) => m.text)).toEqual(["làm giấy khai sinh cho con", "Tôi muốn gặp cán bộ phường", "Cho tôi hỏi thêm: có cần mang sổ hộ khẩu không ạ?"]);
    const lastBot = h.filter((m) => m.direction === "out").at(-1)!;
    expect(lastBot.kind).toBe("handoff_ack"); // the bot's note that staff will reply

    const [row] = await inbox();
    expect(row!.question).toBe("Tôi muốn gặp cán bộ phường");
    expect(row!.preview).toEqual({ text: "Cho tôi hỏi thêm: có cần mang sổ hộ khẩu không ạ?", author: "resident", at: ins[2]!.createdAt });
    expect(row!.reply).toEqual({ text: lastBot.text, author: "bot", at: lastBot.createdAt });
    // waiting since the message that asked for a person; the question the bot answered before does not count
    expect(row!.waitingSince).toBe(ins[1]!.createdAt);
    expect(row!.unread).toBe(2);
    expect(row!.staffReplied).toBe(false);

    // the page shows the same: newest message first, the reply under it
    const page = await (await staff.request(`/console/w/${ward.slug}/handoffs`)).text();
    expect(page).toMatch(/data-testid="newest-message">Cho tôi hỏi thêm: có cần mang sổ hộ khẩu không ạ\?<\/span>/);
    expect(page).toMatch(/data-testid="last-reply"><br\/?>Trợ lý: Dạ, cán bộ Phường Hàng Đợi đã nhận tin nhắn/);
  });

  it("after staff read and reply nobody waits; the resident's next message waits and is unread alone", async () => {
    const [row] = await inbox();
    expect((await staff.request(`/console/w/${ward.slug}/handoffs/${row!.handoffId}`)).status).toBe(200); // opening reads it
    expect((await inbox())[0]!.unread).toBe(0);
    const sent = await staff.api(`/api/staff/wards/${ward.slug}/handoffs/${row!.handoffId}/reply`, { text: "Dạ, ông/bà không cần mang sổ hộ khẩu ạ." });
    expect(sent.status).toBe(200);
    const answered = (await inbox())[0]!;
    expect(answered.preview?.text).toBe("Cho tôi hỏi thêm: có cần mang sổ hộ khẩu không ạ?");
    expect(answered.reply).toMatchObject({ text: "Dạ, ông/bà không cần mang sổ hộ khẩu ạ.", author: "staff" });
    expect(answered.waitingSince).toBeNull();
    expect(answered.staffReplied).toBe(true);

    await sleep(5);
    await says(hoa, "Dạ cảm ơn, mai tôi qua phường");
    const after = (await history(hoa)).filter((m) => m.direction === "in").at(-1)!;
    const again = (await inbox())[0]!;
    expect(again.preview).toEqual({ text: "Dạ cảm ơn, mai tôi qua phường", author: "resident", at: after.createdAt });
    expect(again.reply).toMatchObject({ author: "staff" }); // the acknowledgement is not repeated within hours
    expect(again.waitingSince).toBe(after.createdAt);
    expect(again.unread).toBe(1);
  });

  it("orders conversations by the resident's newest message, not by replies", async () => {
    await says(nam, "Cho tôi gặp cán bộ");
    let items = await inbox();
    expect(items.map((i) => i.preview?.text)).toEqual(["Cho tôi gặp cán bộ", "Dạ cảm ơn, mai tôi qua phường"]);
    // a staff reply to Hoa does not move her up; her next message does
    const hoaRow = items[1]!;
    expect((await staff.api(`/api/staff/wards/${ward.slug}/handoffs/${hoaRow.handoffId}/reply`, { text: "Dạ, phường đón ông/bà ạ." })).status).toBe(200);
    expect((await inbox()).map((i) => i.handoffId)[0]).not.toBe(hoaRow.handoffId);
    await sleep(5);
    await says(hoa, "Phường mở cửa mấy giờ ạ?");
    items = await inbox();
    expect(items[0]!.handoffId).toBe(hoaRow.handoffId);
    expect(items[0]!.preview?.text).toBe("Phường mở cửa mấy giờ ạ?");
    expect((await staff.request(`/api/staff/wards/${ward.slug}/inbox?filter=khac`)).status).toBe(400);
  });
});
