/**
 * The mini app's Hỏi đáp over real HTTP, the public config and the pin's address: answers from
 * the same conversation as the Zalo chat (contract C: memory, numbered choices tapped or typed,
 * follow-ups, "0" for a person), "Chưa đúng — hỏi cán bộ" as a handoff staff see and answer in
 * the console; the reply shows in the app, and goes through the OA (fake Zalo) too when the resident
 * is linked to the OA and the reply window is open. Geocoding goes to a local Nominatim stub.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import type { InboxItem } from "../server/staff/inbox-service";
import { ConsoleClient, createStaff, miniappResident, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { makeTempDir, postWebhook, query, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "./support/factories";
import { startMapStub, type MapStub } from "./support/map-stub";

let zalo: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let map: MapStub;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
let staff: ConsoleClient;

beforeAll(async () => {
  tmp = makeTempDir("miniapp-chat");
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  map = await startMapStub((lat) => (lat > 21.03 ? { road: "Hàng Bông", quarter: "Tổ dân phố 5", suburb: "Phường Hoàn Kiếm", postcode: "11000", country: "Việt Nam" } : null));
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url, GEOCODER_URL: map.url, MAP_TILE_URL: map.tileUrl }), { hostname: "127.0.0.1" });
  ward = await setupWard(server, zalo, "phuong-hoi-dap", "Phường Hỏi Đáp");
  const account = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["staff"] }], name: "Cán bộ Minh" });
  staff = new ConsoleClient(server.url);
  expect((await staff.login(account.email, account.password)).status).toBe(303);
});

afterAll(async () => {
  await server?.close();
  await map?.close();
  await zalo?.close();
  await graph?.close();
  tmp?.remove();
});

describe("public config and the pin's address", () => {
  it("gives the categories and the map settings before login", async () => {
    const res = await fetch(`${server.url}/api/miniapp/config?ward=${ward.slug}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.categories.map((c: { id: string }) => c.id)).toContain("chieu-sang");
    expect(body.map.tileUrl).toBe(map.tileUrl);
    expect(body.map.attribution).toBe("© OpenStreetMap");
    expect(body.map.center).toEqual({ lat: 21.0285, lng: 105.8542 });
    expect(body.geocoder).toBe(true);
  });

  it("turns the pin into a short address (no postcode, no country), or null", async () => {
    const r = await miniappResident(server, graph, ward);
    const found = await r.call("/geocode?lat=21.0312&lng=105.8501");
    expect(found).toMatchObject({ status: 200, body: { address: "Hàng Bông, Tổ dân phố 5, Phường Hoàn Kiếm" } });
    expect(map.reverse.at(-1)).toEqual({ lat: 21.0312, lng: 105.8501 });
    expect((await r.call("/geocode?lat=21.0200&lng=105.8501")).body).toEqual({ address: null });
    expect((await r.call("/geocode?lat=200&lng=1")).status).toBe(400);
  });
});

describe("Hỏi đáp as a conversation", () => {
  it("asks back with numbered choices; a choice typed as 'số 2' is answered from the conversation's memory", async () => {
    const r = await miniappResident(server, graph, ward);
    const vague = await r.call("/chat", { text: "giấy tờ" });
    expect(vague.status).toBe(200);
    const clarify = vague.body.messages.at(-1);
    expect(clarify).toMatchObject({ author: "bot", kind: "clarify" });
    expect(clarify.choices.map((c: { n: number }) => c.n)).toEqual([1, 2, 3]);
    expect(clarify.choices.map((c: { query: string }) => c.query)).toEqual(["1", "2", "3"]); // tapping sends the number
    expect(clarify.text).toContain("0. Hỏi cán bộ phường");
    const typed = await r.call("/chat", { text: "số 2" });
    expect(typed.body.messages.at(-2)).toMatchObject({ author: "resident", text: `2. ${clarify.choices[1].label}` });
    expect(typed.body.messages.at(-1)).toMatchObject({ author: "bot", kind: "answer", canAskStaff: true });
    const [picked] = await query<{ top_entry_id: string }>(server.services, sql`select top_entry_id from ask_log where channel = 'miniapp' and question = 'số 2'`);
    const again = await server.services.answers.answer("giấy tờ", await server.services.wards.byId(ward.id), { choices: [] });
    const action = again.memory.choices[1]!.action;
    expect(picked!.top_entry_id).toBe(action.do === "show" ? action.entryId : "(not an entry)");
  });

  it("keeps the conversation as the Zalo chat does: the answer's numbered parts by number, a follow-up from memory", async () => {
    const r = await miniappResident(server, graph, ward);
    const first = (await r.call("/chat", { text: "làm căn cước ở đâu" })).body.messages.at(-1);
    // the part asked first (issue 10): where to go; the other parts are numbered choices, as in the chat
    expect(first.text).toMatch(/^Nơi làm \(Làm, cấp đổi, cấp lại thẻ căn cước\):/);
    const second = first.choices.find((c: { n: number }) => c.n === 2);
    expect(second).toBeDefined();
    expect(first.choices.some((c: { n: number }) => c.n === 0)).toBe(false); // "0" is the page's own "hỏi cán bộ" button

    const chosen = await r.call("/chat", { text: "2" });
    expect(chosen.body.messages.at(-2)).toMatchObject({ author: "resident", text: `2. ${second.label}` });
    expect(chosen.body.messages.at(-1).text.startsWith(`${second.label} (Làm, cấp đổi, cấp lại thẻ căn cước):`)).toBe(true);
    expect(chosen.body.messages.at(-3).choices).toEqual([]); // only the newest reply offers choices

    const alone = await server.services.answers.answer("cần mang giấy tờ gì", await server.services.wards.byId(ward.id), { choices: [] });
    expect(alone.entries[0]?.id).not.toBe("dvc-can-cuoc"); // on its own the question is about something else
    const followUp = await r.call("/chat", { text: "cần mang giấy tờ gì" });
    expect(followUp.body.messages.at(-1).text).toMatch(/^Giấy tờ cần mang \(Làm, cấp đổi, cấp lại thẻ căn cước\):/);
    // a new topic is not pulled back to the old one
    const other = await r.call("/chat", { text: "đăng ký tạm trú" });
    expect(other.body.messages.at(-1).text).toContain("tạm trú");
    expect(other.body.messages.at(-1).text).not.toContain("căn cước");

    // the memory is the conversation layer's, kept per ward, channel and resident (contract C)
    const [state] = await query<{ memory: string; resident_key: string }>(server.services, sql`select memory, resident_key from conversation_state where channel = 'miniapp' and resident_key = ${r.appUserId}`);
    expect(JSON.parse(state!.memory).question).toBe("đăng ký tạm trú");
    const log = await query<{ question: string; created_at: number }>(
      server.services,
      sql`select question, created_at from ask_log where channel = 'miniapp' and created_at >= (select min(m.created_at) from miniapp_chat_messages m join miniapp_users u on u.id = m.user_id where u.app_user_id = ${r.appUserId}) order by id`,
    );
    expect(log.map((l) => l.question)).toEqual(["làm căn cước ở đâu", "2", "cần mang giấy tờ gì", "đăng ký tạm trú"]);
  });

  it("'0' passes the question to a person: the handoff carries the mini-app user, staff answer it in the console, the reply shows in the app", async () => {
    const r = await miniappResident(server, graph, ward, "Phạm Thị Dung");
    await r.call("/chat", { text: "làm căn cước ở đâu" });
    const zero = await r.call("/chat", { text: "0" });
    expect(zero.body.messages.at(-1)).toMatchObject({ author: "bot", kind: "handoff", text: expect.stringContaining("Cán bộ sẽ trả lời ngay tại mục Hỏi đáp này") });
    const [row] = await query<{ id: number; reason: string; question: string; miniapp_user_id: number | null }>(
      server.services,
      sql`select h.id, h.reason, h.question, h.miniapp_user_id from handoffs h join miniapp_users u on u.id = h.miniapp_user_id where u.app_user_id = ${r.appUserId}`,
    );
    // the question staff read is the one the number was about, not "0"
    expect(row).toMatchObject({ reason: "asked_for_person", question: "làm căn cước ở đâu" });
    expect(zero.body.handoff).toMatchObject({ id: row!.id, status: "open", answered: false });
    const [logged] = await query<{ handoff_reason: string }>(server.services, sql`select handoff_reason from ask_log where channel = 'miniapp' and question = '0' order by id desc limit 1`);
    expect(logged!.handoff_reason).toBe("asked_for_person");

    // while a person handles it the bot stays quiet, but a scam is still warned about at once
    expect((await r.call("/chat", { text: "tôi cần làm gấp trong tuần này" })).body.messages.at(-1)).toMatchObject({ kind: "note" });
    const scam = await r.call("/chat", { text: "Tai khoan cua ban da bi khoa. Truy cap ngay http://vietcombank-xacminh.top de xac minh, nhap ma OTP trong 24h" });
    expect(scam.body.messages.at(-1)).toMatchObject({ author: "bot", kind: "scam_warning" });
    expect(await query(server.services, sql`select id from handoffs where miniapp_user_id = ${row!.miniapp_user_id}`)).toHaveLength(1);

    const page = await (await staff.request(`/console/w/${ward.slug}/handoffs/${row!.id}`)).text();
    expect(page).toContain("tôi cần làm gấp trong tuần này");
    const reply = await staff.post(`/console/w/${ward.slug}/handoffs/${row!.id}/reply`, { text: "Chào bà, bà đến Công an phường sáng thứ Tư, mang căn cước cũ." });
    expect(reply.status).toBe(303);
    const view = await r.call("/chat");
    expect(view.body.messages.at(-1)).toMatchObject({ author: "staff", kind: "staff_reply", text: "Chào bà, bà đến Công an phường sáng thứ Tư, mang căn cước cũ." });
    expect(view.body.handoff).toMatchObject({ id: row!.id, answered: true });
  });

  it("a resident who was just robbed gets the immediate steps and a person, who answers in the app", async () => {
    const r = await miniappResident(server, graph, ward);
    const victim = (await r.call("/chat", { text: "tôi vừa bị lừa chuyển 20 triệu cho kẻ giả công an, giờ phải làm sao" })).body;
    expect(victim.messages.at(-1)).toMatchObject({ author: "bot", kind: "scam_warning" });
    expect(victim.messages.at(-1).text).toContain("Gọi ngay tổng đài ngân hàng");
    expect(victim.messages.at(-1).text).toContain("trong mục Hỏi đáp này");
    expect(victim.messages.at(-1).text).not.toContain("Zalo này");
    expect(victim.handoff).toMatchObject({ status: "open", question: "tôi vừa bị lừa chuyển 20 triệu cho kẻ giả công an, giờ phải làm sao" });
    const [row] = await query<{ reason: string; miniapp_user_id: number | null }>(server.services, sql`select reason, miniapp_user_id from handoffs where id = ${victim.handoff.id}`);
    expect(row).toMatchObject({ reason: "scam_victim", miniapp_user_id: expect.any(Number) });
  });

  it("'Chưa đúng — hỏi cán bộ': a handoff staff answer in the console; the reply shows in the app", async () => {
    const r = await miniappResident(server, graph, ward, "Trần Thị Bình");
    await r.call("/chat", { text: "xin giấy xác nhận độc thân để đi đăng ký kết hôn ở nước ngoài" });
    const asked = await r.call("/chat/handoff", {});
    expect(asked.status).toBe(200);
    expect(asked.body.handoff).toMatchObject({ status: "open", question: "xin giấy xác nhận độc thân để đi đăng ký kết hôn ở nước ngoài", answered: false });
    expect(asked.body.messages.at(-1).text).toContain("Cán bộ sẽ trả lời ngay tại mục Hỏi đáp này");
    // asking twice does not make two handoffs
    await r.call("/chat/handoff", {});
    const rows = await query<{ id: number; reason: string; resident_id: number | null }>(server.services, sql`select id, reason, resident_id from handoffs where question like 'xin giấy xác nhận độc thân%'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reason: "not_helpful", resident_id: null });
    const id = rows[0]!.id;

    // while a person handles it, what the resident writes goes to them (the bot stays quiet)
    const more = await r.call("/chat", { text: "tôi sinh năm 1958" });
    expect(more.body.messages.at(-1)).toMatchObject({ author: "bot", kind: "note" });

    const inbox = await (await staff.request(`/console/w/${ward.slug}/handoffs`)).text();
    expect(inbox).toContain("Trần Thị Bình");
    expect(inbox).toContain("Hỏi trong mini app");
    const page = await (await staff.request(`/console/w/${ward.slug}/handoffs/${id}`)).text();
    expect(page).toContain("tôi sinh năm 1958");
    expect(page).toContain("Trả lời người dân (hiện trong mini app)");

    const sentBefore = zalo.sent().length;
    const reply = await staff.post(`/console/w/${ward.slug}/handoffs/${id}/reply`, { text: "Chào bà, bà mang căn cước tới Bộ phận Một cửa, phường cấp giấy trong 3 ngày làm việc." });
    expect(reply.status).toBe(303);
    const view = await r.call("/chat");
    expect(view.body.messages.at(-1)).toMatchObject({ author: "staff", kind: "staff_reply", text: expect.stringContaining("phường cấp giấy trong 3 ngày") });
    expect(view.body.handoff).toMatchObject({ id, status: "claimed", answered: true });
    expect(zalo.sent().length).toBe(sentBefore); // not linked to the OA: shown in the app only
    expect(await (await staff.request(`/console/w/${ward.slug}/handoffs/${id}`)).text()).toContain("Đã hiện trong mini app");
  });

  it("sends the staff reply through the OA as well when the resident wrote to the OA recently", async () => {
    const r = await miniappResident(server, graph, ward, "Lê Văn Cường");
    const oaUserId = zaloId("2");
    // the resident writes to the OA: Zalo's event names their app-scoped id (user_id_by_app)
    const event = { ...textEvent(ward, { userId: oaUserId, text: "chào phường" }), user_id_by_app: r.appUserId };
    expect((await postWebhook(server.url, await signedEvent(ward, event))).status).toBe(200);
    await server.queue.idle();

    await r.call("/chat", { text: "giờ làm việc của phường" });
    await r.call("/chat/handoff", { question: "chế độ cho người có công" });
    const [row] = await query<{ id: number; resident_id: number | null }>(server.services, sql`select id, resident_id from handoffs where question = 'chế độ cho người có công'`);
    expect(row!.resident_id).not.toBeNull();
    // the OA inbox lists the resident with the app's conversation (the one staff answer), not the Zalo chat
    await r.call("/chat", { text: "tôi là thương binh hạng 2" });
    const inboxRow = async () => {
      const items = ((await (await staff.request(`/api/staff/wards/${ward.slug}/inbox`)).json()) as { items: InboxItem[] }).items;
      return items.find((i) => i.handoffId === row!.id)!;
    };
    const waiting = await inboxRow();
    expect(waiting).toMatchObject({ preview: { text: "tôi là thương binh hạng 2", author: "resident" }, reply: { author: "bot" }, unread: 2, staffReplied: false });
    expect(waiting.waitingSince).toBeLessThanOrEqual(waiting.preview!.at);
    await staff.post(`/console/w/${ward.slug}/handoffs/${row!.id}/reply`, { text: "Chào ông, ông mang giấy chứng nhận tới phường vào sáng thứ Ba." });
    expect(await inboxRow()).toMatchObject({ reply: { author: "staff", text: "Chào ông, ông mang giấy chứng nhận tới phường vào sáng thứ Ba." }, waitingSince: null, unread: 0, staffReplied: true });
    const sent = zalo.sent(oaUserId).map((m) => m.text);
    expect(sent).toContain("Chào ông, ông mang giấy chứng nhận tới phường vào sáng thứ Ba.");
    expect((await r.call("/chat")).body.messages.at(-1)).toMatchObject({ author: "staff" });
  });

  it("validates the question and keeps residents' conversations apart", async () => {
    const a = await miniappResident(server, graph, ward);
    const b = await miniappResident(server, graph, ward);
    const empty = await a.call("/chat", { text: "   " });
    expect(empty).toMatchObject({ status: 400, body: { message: "Vui lòng nhập câu hỏi." } });
    const long = await a.call("/chat", { text: "a".repeat(1001) });
    expect(long.body.message).toBe("Câu hỏi quá dài (tối đa 1.000 ký tự).");
    await a.call("/chat", { text: "giờ làm việc của phường" });
    expect((await b.call("/chat")).body.messages).toEqual([]);
    expect((await a.call("/chat")).body.messages).toHaveLength(2);
  });

  it("is part of the resident's data: shown in 'my data' and erased with it", async () => {
    const r = await miniappResident(server, graph, ward);
    await r.call("/chat", { text: "tôi ở số 7 ngõ 12, hỏi về giấy xác nhận cư trú" });
    await r.call("/chat/handoff", {});
    const mine = await r.call("/my-data");
    expect(mine.body.miniappChat.map((m: { text: string }) => m.text)).toContain("tôi ở số 7 ngõ 12, hỏi về giấy xác nhận cư trú");
    expect(mine.body.questionsToStaff).toHaveLength(1);
    expect(await query(server.services, sql`select id from conversation_state where channel = 'miniapp' and resident_key = ${r.appUserId}`)).toHaveLength(1);
    expect((await r.call("/my-data/delete", { confirm: true })).status).toBe(200);
    expect(await query(server.services, sql`select id from conversation_state where channel = 'miniapp' and resident_key = ${r.appUserId}`)).toEqual([]);
    const left = await query<{ text: string }>(server.services, sql`select text from miniapp_chat_messages where text like '%số 7 ngõ 12%'`);
    expect(left).toEqual([]);
    expect(await query(server.services, sql`select id from handoffs where question like '%số 7 ngõ 12%'`)).toEqual([]);
    expect(await query(server.services, sql`select id from ask_log where question like '%số 7 ngõ 12%'`)).toEqual([]);
  });
});
