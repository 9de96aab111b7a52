/**
 * A conversation over the real server and the local Zalo fake: memory between turns (follow-ups,
 * numbered choices), never silent while a person handles the conversation (scam warnings, one
 * acknowledgement), an OA admin's own reply pausing the bot, photos and locations answered with
 * a prefilled report link, and the channel-independent entry point the mini app uses. Time is a
 * manual clock, so the quiet period and the pause are tested by moving time.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../server/lib/clock";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { userSendImage, userSendLocation, userSendSticker } from "./fixtures/zalo-samples";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, makeTempDir, msgId, oaSendTextEvent, postWebhook, query, signedEvent, testConfig, textEvent, zaloId, ZALO_IDS, type TestWard } from "./support/factories";

// Monday 2026-11-23 09:00 in Hanoi: office hours
const clock = manualClock(Date.UTC(2026, 10, 23, 2, 0, 0));
const MINUTE = 60_000;
const MINIAPP = "https://zalo.me/s/4318657068771012646/";
const SCAM = "[VNeID] Tai khoan dinh danh cua ban se bi khoa trong 24h. Cap nhat ngay tai vneid-capnhat.top de tranh gian doan";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;

async function deliver(event: { timestamp: string }) {
  const res = await postWebhook(server.url, await signedEvent(ward, event as { timestamp: string } & Record<string, unknown>));
  expect(res.status).toBe(200);
  await server.queue.idle();
}

/** The resident writes; returns the replies Zalo accepted for this message (text of each part). */
async function say(userId: string, text: string): Promise<string[]> {
  const before = fake.sent(userId).length;
  await deliver(textEvent(ward, { userId, text, at: clock.now() }));
  return fake.sent(userId).slice(before).map((m) => m.text!);
}

/** The turns the ask log recorded for a resident, in order. */
function loggedTurns(userId: string) {
  return query<{ kind: string; top_entry_id: string | null }>(
    server.services,
    sql`select a.kind, a.top_entry_id from ask_log a join residents r on r.id = a.resident_id where r.zalo_user_id = ${userId} order by a.id`,
  );
}

function withUser<T extends { sender: { id: string }; recipient: { id: string }; message: { msg_id: string }; timestamp: string; app_id: string }>(sample: T, userId: string, message: Partial<T["message"]> = {}): T {
  return { ...sample, app_id: ward.appId, sender: { id: userId }, recipient: { id: ward.oaId }, message: { ...sample.message, ...message, msg_id: msgId() }, timestamp: String(clock.now()) };
}

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("conversation");
  server = await startNodeServer(testConfig(tmp.dir, fake.url, { CONVERSATION_MEMORY_MINUTES: "30", ADMIN_REPLY_PAUSE_MINUTES: "60", HANDOFF_ACK_INTERVAL_MINUTES: "180" }), {
    clock,
    hostname: "127.0.0.1",
  });
  const appId = zaloId("1");
  const appSecret = "app-secret-conversation";
  fake.registerApp(appId, appSecret);
  ward = await createWard(server.services, { slug: "phuong-hoi-thoai", appId, appSecret, tokens: fake.issueTokens(appId), profile: { miniapp_url: MINIAPP } });
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

describe("a conversation with memory", () => {
  it("answers a follow-up from the previous entry, and numbered choices by number or label", async () => {
    const userId = zaloId("2");
    const [first] = await say(userId, "làm căn cước ở đâu");
    expect(first).toMatch(/^Nơi làm \(Làm, cấp đổi, cấp lại thẻ căn cước\):/);
    expect(first!.length).toBeLessThanOrEqual(700);
    const fee = /\n(\d)\. Lệ phí\n/.exec(first!)?.[1];
    expect(fee).toBeDefined();
    expect(first).toMatch(/\n0\. Gặp cán bộ$/);

    // a follow-up without a topic of its own: the same entry, the part asked
    clock.advance(MINUTE);
    const [time] = await say(userId, "mất bao lâu?");
    expect(time).toMatch(/^Thời gian giải quyết \(Làm, cấp đổi, cấp lại thẻ căn cước\):/);

    // a number picks a choice offered in the last reply; "số 2", "2 ạ" work the same
    clock.advance(MINUTE);
    const offered = /\n(\d)\. Lệ phí\n/.exec(time!)?.[1];
    const [picked] = await say(userId, `số ${offered} ạ`);
    expect(picked).toMatch(/^Lệ phí \(Làm, cấp đổi, cấp lại thẻ căn cước\):/);

    // …and so does the label typed out, without accents
    clock.advance(MINUTE);
    const [documents] = await say(userId, "giay to can mang");
    expect(documents).toMatch(/^Giấy tờ cần mang \(Làm, cấp đổi, cấp lại thẻ căn cước\):/);

    // a new self-contained question switches topic
    clock.advance(MINUTE);
    const [other] = await say(userId, "đăng ký khai sinh cho con cần giấy tờ gì");
    expect(other).toMatch(/^Giấy tờ cần mang \(Đăng ký khai sinh cho con\):/);

    // every question is logged with the entry that answered it
    const logged = await query<{ kind: string; top_entry_id: string }>(
      server.services,
      sql`select a.kind, a.top_entry_id from ask_log a join residents r on r.id = a.resident_id where r.zalo_user_id = ${userId} order by a.id`,
    );
    expect(logged.map((l) => l.top_entry_id)).toEqual(["dvc-can-cuoc", "dvc-can-cuoc", "dvc-can-cuoc", "dvc-can-cuoc", "dvc-khai-sinh"]);
  });

  it("forgets after the quiet period: a bare follow-up then gets no answer from the old topic", async () => {
    const userId = zaloId("2");
    await say(userId, "làm căn cước ở đâu");
    clock.advance(31 * MINUTE);
    const [late] = await say(userId, "còn lệ phí?");
    expect(late).not.toContain("căn cước");
    // nor a confident answer from whichever entry talks of fees: the resident is asked which procedure
    expect(late).toContain("lệ phí của thủ tục nào");
    const [row] = await query<{ memory_at: number }>(server.services, sql`select memory_at from conversation_state where channel = 'zalo' and resident_key = ${userId}`);
    expect(row!.memory_at).toBe(clock.now());
    // the sweeper clears what is past the quiet period (personal data kept no longer than needed)
    clock.advance(31 * MINUTE);
    await server.sweepNow();
    const [cleared] = await query<{ memory: string | null; memory_at: number | null }>(server.services, sql`select memory, memory_at from conversation_state where channel = 'zalo' and resident_key = ${userId}`);
    expect(cleared).toEqual({ memory: null, memory_at: null });
  });

  it("asks between two entries when a turn could go on with the previous one or be about another it names, and the number picked answers", async () => {
    const userId = zaloId("8");
    await say(userId, "tôi không biết nộp hồ sơ trực tuyến");
    clock.advance(MINUTE);
    // (naming the case too, "… giúp người cao tuổi", the other entry's title case, answers it outright: case-entry-elsewhere.ts;
    // so does a request to come home and help, "… có đến tận nhà giúp không": help-request.ts; and, session 30, a question
    // the message alone gets the named entry's answer for, "tổ công nghệ số có giúp không": named-close-call-alone.ts)
    const [asked] = await say(userId, "tổ công nghệ số giúp được");
    expect(asked).toMatch(/\n1\. Tổ công nghệ số cộng đồng hỗ trợ người cao tuổi tại nhà\n2\. Không biết dùng điện thoại - ai giúp nộp hồ sơ trực tuyến\n0\. Gặp cán bộ$/);
    expect(asked!.length).toBeLessThanOrEqual(450);
    clock.advance(MINUTE);
    const [picked] = await say(userId, "1");
    expect(picked).toContain("Tổ công nghệ số");
    // a scam story told on stays with the scam warned about (memory kept in the database between turns)
    clock.advance(MINUTE);
    await say(userId, "co nguoi goi bao ngan hang, doi toi doc ma 6 so vua gui ve dien thoai");
    clock.advance(MINUTE);
    await say(userId, "họ còn biết cả tên và số tài khoản của tôi");
    const logged = await query<{ kind: string; top_entry_id: string | null }>(
      server.services,
      sql`select a.kind, a.top_entry_id from ask_log a join residents r on r.id = a.resident_id where r.zalo_user_id = ${userId} order by a.id`,
    );
    expect(logged.map((l) => l.kind)).toEqual(["answer", "clarify", "answer", "scam_warning", "answer"]);
    expect(logged.at(-1)!.top_entry_id).toBe("ld-otp");
  });

  it("answers a turn that goes on after a question asked back when both messages read together agree on an offered entry", async () => {
    const userId = zaloId("18");
    // neither message alone is clear (the QR code could be a scam's): the first is asked back, and the second used to be asked back again
    // (a seller's "muốn dùng mã QR nhận tiền" is no longer unclear: the safe-payment entry answers it at once since session 15)
    const [asked] = await say(userId, "quét mã QR");
    expect(asked).toMatch(/\n1\. .+\n2\. .+/);
    clock.advance(MINUTE);
    const [answered] = await say(userId, "có an toàn không");
    expect(answered).not.toMatch(/muốn hỏi về nội dung nào/);
    const logged = await loggedTurns(userId);
    expect(logged.map((l) => l.kind)).toEqual(["clarify", "answer"]);
    expect(logged.at(-1)!.top_entry_id).toBe("kns-thanh-toan-khong-tien-mat");
  });

  it("reads a turn the resident sets apart ('mà thôi, cho tôi hỏi …') as a question of its own, not more of the scam talked about", async () => {
    const userId = zaloId("19");
    await say(userId, "có shipper gọi nói có đơn hàng của tôi");
    clock.advance(MINUTE);
    await say(userId, "tôi không mua gì mà họ bắt chuyển khoản trước");
    clock.advance(MINUTE);
    // "gửi hàng" is the delivery scam's word, but the resident has moved on: the post office is not the ward's to answer
    const [reply] = await say(userId, "mà thôi, cho tôi hỏi gửi hàng đi Huế qua bưu điện mất mấy ngày");
    expect(reply).toMatch(/chuyển câu hỏi tới cán bộ/);
    const logged = await loggedTurns(userId);
    expect(logged.map((l) => l.kind)).toEqual(["answer", "scam_warning", "handoff"]);
  });

  it("answers a correction whose words alone leave two entries level by reading it with the question it corrects", async () => {
    const userId = zaloId("20");
    await say(userId, "nhập hộ khẩu cho cháu mới đẻ");
    clock.advance(MINUTE);
    // "khai sinh" alone is as much the late or father-recognition registrations' word; the question corrected (a newborn) settles it
    const [reply] = await say(userId, "không phải, ý tôi là làm khai sinh trước, cháu chưa có giấy khai sinh");
    expect(reply).not.toMatch(/muốn hỏi về nội dung nào/);
    const logged = await loggedTurns(userId);
    expect(logged.map((l) => [l.kind, l.top_entry_id])).toEqual([["answer", "dvc-thuong-tru"], ["answer", "dvc-khai-sinh"]]);
  });

  it('"0" asks for a person: a handoff, honestly counted as one', async () => {
    const userId = zaloId("2");
    await say(userId, "lệ phí khai sinh bao nhiêu");
    clock.advance(MINUTE);
    const [reply] = await say(userId, "0");
    expect(reply).toContain("đã chuyển tin nhắn của ông/bà tới cán bộ");
    const [log] = await query<{ kind: string }>(server.services, sql`select a.kind from ask_log a join residents r on r.id = a.resident_id where r.zalo_user_id = ${userId} order by a.id desc limit 1`);
    expect(log!.kind).toBe("handoff");
    const [handoff] = await query<{ reason: string }>(server.services, sql`select h.reason from handoffs h join residents r on r.id = h.resident_id where r.zalo_user_id = ${userId}`);
    expect(handoff!.reason).toBe("asked_for_person");
  });
});

describe("never silent while a person handles the conversation", () => {
  it("warns about a scam forwarded during an open handoff, acknowledges once, and marks messages unread", async () => {
    const userId = zaloId("2");
    await say(userId, "gặp cán bộ");
    clock.advance(MINUTE);

    const [warning] = await say(userId, SCAM);
    expect(warning).toContain("LỪA ĐẢO");
    expect(warning).toContain("vneid-capnhat.top");

    clock.advance(MINUTE);
    const [ack] = await say(userId, "làm căn cước ở đâu");
    expect(ack).toContain("đã nhận tin nhắn của ông/bà");
    expect(ack).not.toContain("Nơi làm");

    clock.advance(MINUTE);
    expect(await say(userId, "còn lệ phí thì sao")).toEqual([]); // one acknowledgement, not one per message
    clock.advance(4 * 60 * MINUTE);
    const [again] = await say(userId, "cán bộ ơi");
    expect(again).toContain("đã nhận tin nhắn của ông/bà"); // a few hours later, once more

    const [state] = await query<{ unread_count: number }>(server.services, sql`select unread_count from conversation_state where channel = 'zalo' and resident_key = ${userId}`);
    expect(state!.unread_count).toBe(5);
    const newest = await query<{ text: string }>(
      server.services,
      sql`select m.text from messages m join residents r on r.id = m.resident_id where r.zalo_user_id = ${userId} and m.direction = 'in' order by m.id desc limit 1`,
    );
    expect(newest[0]!.text).toBe("cán bộ ơi");
  });

  it("stays quiet after an OA admin answers from Zalo's own tool, for the configured time", async () => {
    const userId = zaloId("2");
    await say(userId, "làm căn cước ở đâu");
    clock.advance(MINUTE);
    await deliver(oaSendTextEvent(ward, { userId, text: "Dạ, cán bộ phường trả lời ông/bà ạ.", adminId: ZALO_IDS.adminId, at: clock.now() }));

    clock.advance(MINUTE);
    expect(await say(userId, "còn lệ phí?")).toEqual([]); // a person is talking to them
    expect(await say(userId, SCAM)).toHaveLength(1); // safety still comes first

    clock.advance(60 * MINUTE);
    const [answered] = await say(userId, "lệ phí làm căn cước bao nhiêu");
    expect(answered).toMatch(/^Lệ phí \(Làm, cấp đổi, cấp lại thẻ căn cước\):/);
  });
});

describe("photos, locations, links and stickers", () => {
  it("answers a photo with a caption with a link to the mini app's report form, the caption filled in", async () => {
    const userId = zaloId("2");
    await deliver(withUser(userSendImage, userId, { text: "Ổ gà to trước cổng chợ, xe máy ngã mấy lần rồi" }));
    const [reply] = fake.sent(userId).map((m) => m.text!);
    expect(reply).toContain("Gửi phản ánh: https://zalo.me/s/4318657068771012646/?open=report&");
    const url = new URL(/Gửi phản ánh: (\S+)/.exec(reply!)![1]!);
    expect(url.searchParams.get("text")).toBe("Ổ gà to trước cổng chợ, xe máy ngã mấy lần rồi");
    expect(url.searchParams.get("category")).toBe("giao-thong"); // guessed from the caption
    expect(reply).toMatch(/\n0\. Gặp cán bộ$/);
  });

  it("fills the place in for a location, and warns about a scam caption instead", async () => {
    const userId = zaloId("2");
    await deliver(withUser(userSendLocation, userId));
    const url = new URL(/Gửi phản ánh: (\S+)/.exec(fake.sent(userId)[0]!.text!)![1]!);
    expect([url.searchParams.get("lat"), url.searchParams.get("lng")]).toEqual(["10.764247", "106.656431"]);

    const other = zaloId("2");
    await deliver(withUser(userSendImage, other, { text: SCAM }));
    expect(fake.sent(other)[0]!.text).toContain("LỪA ĐẢO");
  });

  it("reads a shared link's address as text, and does not answer a sticker", async () => {
    const userId = zaloId("2");
    const link = {
      ...withUser(userSendImage, userId, { text: "", attachments: [{ type: "link", payload: { url: "https://vneid-xacthuc.info/cap-nhat", description: "Tài khoản VNeID sắp bị khóa, cập nhật ngay" } }] }),
      event_name: "user_send_link",
    };
    await deliver(link);
    expect(fake.sent(userId)[0]!.text).toContain("LỪA ĐẢO");

    const quiet = zaloId("2");
    await deliver(withUser(userSendSticker, quiet));
    expect(fake.requestsFor(quiet)).toHaveLength(0);
  });
});

describe("the channel-independent entry point (the mini app's chat)", () => {
  it("keeps memory per resident, ward and channel in the database", async () => {
    const residentKey = { kind: "miniapp" as const, id: `app-user-${zaloId("5")}` };
    const first = await server.services.conversations.converse({ wardId: ward.id, residentKey, text: "đăng ký tạm trú ở đâu" });
    expect(first.kind).toBe("answer");
    expect(first.choices.at(-1)).toEqual({ n: 0, label: "Gặp cán bộ" });
    const fee = first.choices.find((c) => c.label === "Lệ phí")!;
    const second = await server.services.conversations.converse({ wardId: ward.id, residentKey, text: String(fee.n) });
    expect(second.kind === "answer" && [second.entry.id, second.shown]).toEqual(["dvc-tam-tru", "fee"]);

    // another channel of the same id starts fresh
    const zalo = await server.services.conversations.converse({ wardId: ward.id, residentKey: { kind: "zalo", id: residentKey.id }, text: String(fee.n) });
    expect(zalo.kind).not.toBe("answer");

    const rows = await query<{ channel: string; memory: string }>(server.services, sql`select channel, memory from conversation_state where resident_key = ${residentKey.id} order by channel`);
    expect(rows.map((r) => r.channel)).toEqual(["miniapp", "zalo"]);
    expect(JSON.parse(rows[0]!.memory)).toMatchObject({ entryId: "dvc-tam-tru", shown: "fee" });
    const logged = await query<{ channel: string }>(server.services, sql`select channel from ask_log where question = 'đăng ký tạm trú ở đâu' order by id desc limit 1`);
    expect(logged[0]!.channel).toBe("miniapp");
  });

  it("refuses an empty message with a Vietnamese message", async () => {
    await expect(server.services.conversations.converse({ wardId: ward.id, residentKey: { kind: "miniapp", id: "x" }, text: "  " })).rejects.toMatchObject({ publicMessage: "Vui lòng nhập câu hỏi." });
  });
});
