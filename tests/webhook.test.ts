/**
 * The Zalo webhook end to end: a real HTTP server on loopback, a real libSQL file, and Zalo's
 * API replaced by tests/support/fake-zalo-server.ts. Events are the documented samples
 * (tests/fixtures/zalo-samples.ts) with this test's ward ids, signed as Zalo signs them.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../server/app";
import type { Assistant } from "../server/assistant/assistant";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { buildReplyMessages, splitText, ZALO_TEXT_LIMIT } from "../server/zalo/message-builder";
import { userSendImage, ZALO_IDS } from "./fixtures/zalo-samples";
import { FakeZalo } from "./support/fake-zalo-server";
import {
  createWard,
  followEvent,
  makeTempDir,
  msgId,
  oaSendTextEvent,
  postWebhook,
  query,
  signBody,
  signedEvent,
  testConfig,
  textEvent,
  zaloId,
  type TestWard,
} from "./support/factories";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;

const QUESTION = "lam can cuoc o dau";

async function setupWard(slug: string, profile?: Parameters<typeof createWard>[1]["profile"]): Promise<TestWard> {
  const appId = zaloId("1");
  const appSecret = `app-secret-${slug}`;
  fake.registerApp(appId, appSecret);
  return createWard(server.services, { slug, appId, appSecret, tokens: fake.issueTokens(appId), profile });
}

/** Posts a signed event and waits until the background processing it started is over. */
async function deliver(w: TestWard, event: { timestamp: string } & Record<string, unknown>, form: "mac" | "bare" = "mac") {
  const res = await postWebhook(server.url, await signedEvent(w, event, form));
  const body = (await res.json()) as { ok?: boolean; duplicate?: boolean; error?: string };
  await server.queue.idle();
  return { status: res.status, body };
}

async function expectedReply(w: TestWard, text: string, memory?: Parameters<Assistant["ask"]>[3]) {
  const assistant = await server.services.knowledge.assistant();
  const current = await server.services.wards.byId(w.id);
  const result = assistant.ask(text, current, Date.now(), memory);
  return { result, parts: buildReplyMessages(result, { buttons: current.profile.zalo?.cs_buttons === true }) };
}

async function count(table: string, where = sql`1 = 1`): Promise<number> {
  const [row] = await query<{ n: number }>(server.services, sql`select count(*) as n from ${sql.raw(table)} where ${where}`);
  return Number(row!.n);
}

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("webhook");
  server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1" });
  ward = await setupWard("phuong-webhook");
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

describe("answering a resident", () => {
  it("answers a signed user_send_text exactly once, with the knowledge base's answer, to the right user", async () => {
    const userId = zaloId("2");
    const { result, parts } = await expectedReply(ward, QUESTION);
    expect(result.kind).toBe("answer");
    expect(result.kind === "answer" && result.entry.id).toBe("dvc-can-cuoc");
    expect(result.reply).toMatch(/^Nơi làm/); // "ở đâu" is answered first, the rest offered as numbered choices
    expect(result.reply).toContain("\n0. Gặp cán bộ");

    const { status, body } = await deliver(ward, textEvent(ward, { userId, text: QUESTION }));
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, duplicate: false });

    expect(fake.sent(userId)).toEqual(parts);
    const requests = fake.requestsFor(userId);
    expect(requests).toHaveLength(parts.length);
    // Zalo's documented v3 consultation text: {"recipient":{"user_id"},"message":{"text"}}, no attachment
    for (const r of requests) {
      expect(Object.keys(r.body!)).toEqual(["recipient", "message"]);
      expect(Object.keys(r.body!.message!)).toEqual(["text"]);
      expect(r.body!.recipient).toEqual({ user_id: userId });
    }
    const [tokenRow] = await query<{ v: number }>(server.services, sql`select version as v from zalo_tokens where ward_id = ${ward.id}`);
    expect(tokenRow!.v).toBe(1); // the stored token was used as is: no refresh
    for (const r of requests) expect(r.accessToken).toMatch(/^fake-access-/);

    // recorded: the question in, the answer out, the outbox rows sent with Zalo's message id
    const msgs = await query<{ direction: string; author: string; kind: string; text: string }>(
      server.services,
      sql`select m.direction, m.author, m.kind, m.text from messages m join residents r on r.id = m.resident_id where r.zalo_user_id = ${userId} order by m.id`,
    );
    expect(msgs).toEqual([
      { direction: "in", author: "resident", kind: "text", text: QUESTION },
      { direction: "out", author: "bot", kind: "answer", text: result.reply },
    ]);
    const outboxRows = await query<{ status: string; zalo_message_id: string }>(
      server.services,
      sql`select o.status, o.zalo_message_id from outbox o join residents r on r.id = o.resident_id where r.zalo_user_id = ${userId} order by o.id`,
    );
    expect(outboxRows.map((r) => r.status)).toEqual(parts.map(() => "sent"));
    expect(outboxRows.map((r) => r.zalo_message_id)).toEqual(requests.map((r) => r.messageId));

    // a sweep afterwards sends nothing again
    await server.sweepNow();
    expect(fake.requestsFor(userId)).toHaveLength(parts.length);
  });

  it("accepts both the 'mac=' prefixed and the bare hex signature", async () => {
    const userA = zaloId("2");
    const userB = zaloId("2");
    const userC = zaloId("2");
    const a = await deliver(ward, textEvent(ward, { userId: userA, text: QUESTION }), "mac");
    const b = await deliver(ward, textEvent(ward, { userId: userB, text: QUESTION }), "bare");
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    // header case and surrounding spaces do not matter either
    const event = textEvent(ward, { userId: userC, text: QUESTION });
    const body = JSON.stringify(event);
    const hex = await signBody(ward, body, event.timestamp, "bare");
    const c = await postWebhook(server.url, { body, signature: ` MAC=${hex.toUpperCase()} ` });
    expect(c.status).toBe(200);
    await server.queue.idle();
    const { parts } = await expectedReply(ward, QUESTION);
    for (const user of [userA, userB, userC]) expect(fake.sent(user)).toEqual(parts);
  });

  it("rejects forged, missing, wrong-OA and malformed calls and stores nothing", async () => {
    const userId = zaloId("2");
    const before = {
      events: await count("webhook_events"),
      residents: await count("residents"),
      messages: await count("messages"),
      outbox: await count("outbox"),
    };
    const event = textEvent(ward, { userId, text: QUESTION });
    const good = await signedEvent(ward, event);

    const attempts: Array<{ name: string; res: Response; status: number }> = [];
    const attempt = async (name: string, status: number, signed: { body: string; signature?: string }) => {
      attempts.push({ name, status, res: await postWebhook(server.url, signed) });
    };
    // forged: signed with a secret that is not the OA's
    await attempt("forged", 401, await signedEvent({ appId: ward.appId, oaSecretKey: "not-the-oa-secret" }, event));
    // signed with the app secret instead of the OA secret key
    await attempt("app secret", 401, await signedEvent({ appId: ward.appId, oaSecretKey: ward.appSecret }, event));
    // a valid signature, but the body changed after signing
    await attempt("tampered body", 401, { body: good.body.replace(QUESTION, "chuyen tien cho toi"), signature: good.signature });
    // the timestamp is part of the signature
    await attempt("tampered timestamp", 401, { body: good.body.replace(event.timestamp, String(Number(event.timestamp) + 1)), signature: good.signature });
    await attempt("missing signature", 401, { body: good.body });
    await attempt("empty signature", 401, { body: good.body, signature: "" });
    await attempt("not hex", 401, { body: good.body, signature: "mac=zzzz" });
    // an OA no ward owns, signed with this ward's secret
    const otherOa = { ...event, recipient: { id: zaloId("3") } };
    await attempt("unknown OA", 401, await signedEvent(ward, otherOa));
    // a known OA but another app id in the signature
    await attempt("wrong app id", 401, await signedEvent({ appId: zaloId("1"), oaSecretKey: ward.oaSecretKey }, event));
    await attempt("malformed JSON", 400, { body: good.body.slice(0, -3), signature: good.signature });
    await attempt("JSON array", 400, { body: "[1,2,3]", signature: good.signature });
    await attempt("JSON string", 400, { body: '"user_send_text"', signature: good.signature });

    for (const a of attempts) {
      expect({ name: a.name, status: a.res.status }).toEqual({ name: a.name, status: a.status });
      const json = (await a.res.json()) as { error?: string };
      expect(json.error, a.name).toBeTypeOf("string");
    }
    await server.queue.idle();
    expect({
      events: await count("webhook_events"),
      residents: await count("residents"),
      messages: await count("messages"),
      outbox: await count("outbox"),
    }).toEqual(before);
    expect(fake.requestsFor(userId)).toHaveLength(0);

    // the good one still goes through
    const ok = await postWebhook(server.url, good);
    expect(ok.status).toBe(200);
    await server.queue.idle();
    expect(fake.sent(userId).length).toBeGreaterThan(0);
  });

  it("stores a correctly signed event it does not know, answers 200 and does not reply", async () => {
    const userId = zaloId("2");
    const event = {
      app_id: ward.appId,
      user_id_by_app: ZALO_IDS.userIdByApp,
      event_name: "user_submit_info",
      sender: { id: userId },
      recipient: { id: ward.oaId },
      info: { name: "Nguyễn Văn A", phone: "84900000000", address: "Hà Nội" },
      timestamp: String(Date.now()),
    };
    const { status, body } = await deliver(ward, event);
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    const rows = await query<{ event_name: string; raw_body: string; status: string }>(
      server.services,
      sql`select event_name, raw_body, status from webhook_events where ward_id = ${ward.id} and event_name = 'user_submit_info'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.raw_body).toBe(JSON.stringify(event));
    expect(rows[0]!.status).toBe("done");
    expect(fake.requestsFor(userId)).toHaveLength(0);
  });

  it("records an oa_send_text echo typed by an OA admin as an oa_admin message, without replying", async () => {
    const userId = zaloId("2");
    const id = msgId();
    const text = "Dạ, cán bộ phường xin trả lời: ông/bà mang theo căn cước nhé.";
    const csBefore = fake.csRequests.length;
    const { status } = await deliver(ward, oaSendTextEvent(ward, { userId, text, adminId: ZALO_IDS.adminId, msgId: id }));
    expect(status).toBe(200);
    const rows = await query<{ direction: string; author: string; kind: string; text: string; zalo_msg_id: string; meta: string }>(
      server.services,
      sql`select m.direction, m.author, m.kind, m.text, m.zalo_msg_id, m.meta from messages m join residents r on r.id = m.resident_id where r.zalo_user_id = ${userId}`,
    );
    expect(rows).toEqual([{ direction: "out", author: "oa_admin", kind: "text", text, zalo_msg_id: id, meta: JSON.stringify({ adminId: ZALO_IDS.adminId }) }]);
    expect(fake.csRequests.length).toBe(csBefore); // no reply to anyone (the OA included)
  });

  it("ignores an oa_send_text echo without admin_id (our own API message): no reply, nothing recorded", async () => {
    const userId = zaloId("2");
    const id = msgId();
    const csBefore = fake.csRequests.length;
    const { status } = await deliver(ward, oaSendTextEvent(ward, { userId, text: "Dạ, tin nhắn tự động của phường.", msgId: id }));
    expect(status).toBe(200);
    expect(await count("messages", sql`zalo_msg_id = ${id}`)).toBe(0);
    expect(await count("webhook_events", sql`event_key = ${`oa:${id}`} and status = 'done'`)).toBe(1);
    expect(fake.csRequests.length).toBe(csBefore);
  });

  it("welcomes a new follower", async () => {
    const userId = zaloId("2");
    const { status } = await deliver(ward, followEvent(ward, { userId }));
    expect(status).toBe(200);
    const { result, parts } = await expectedReply(ward, "xin chào");
    expect(result.kind).toBe("smalltalk");
    expect(fake.sent(userId)).toEqual(parts);
    expect(fake.sent(userId)[0]!.text).toContain(ward.name);
    const [resident] = await query<{ is_follower: number; last_interaction_at: number }>(
      server.services,
      sql`select is_follower, last_interaction_at from residents where zalo_user_id = ${userId}`,
    );
    expect(resident!.is_follower).toBe(1);
    expect(resident!.last_interaction_at).toBeGreaterThan(0);

    // unfollow: no message to someone who just left
    const un = await deliver(ward, followEvent(ward, { userId, eventName: "unfollow", at: Date.now() + 1 }));
    expect(un.status).toBe(200);
    expect(fake.requestsFor(userId)).toHaveLength(parts.length);
  });

  it("replies exactly once when the same msg_id arrives 5 times at once and again later", async () => {
    const userId = zaloId("2");
    const event = textEvent(ward, { userId, text: QUESTION });
    const signed = await signedEvent(ward, event);
    const responses = await Promise.all(Array.from({ length: 5 }, () => postWebhook(server.url, signed)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Array<{ duplicate: boolean }>;
    expect(bodies.filter((b) => !b.duplicate)).toHaveLength(1);
    await server.queue.idle();

    const { parts } = await expectedReply(ward, QUESTION);
    expect(fake.sent(userId)).toEqual(parts);

    // Zalo retries later (it did not see our 200 in time)
    const again = await postWebhook(server.url, signed);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { duplicate: boolean }).duplicate).toBe(true);
    await server.queue.idle();
    await server.sweepNow();
    expect(fake.requestsFor(userId)).toHaveLength(parts.length);

    const [row] = await query<{ n: number; deliveries: number }>(
      server.services,
      sql`select count(*) as n, max(deliveries) as deliveries from webhook_events where event_key = ${`msg:${event.message.msg_id}`}`,
    );
    expect(Number(row!.n)).toBe(1);
    expect(row!.deliveries).toBe(6);
    expect(await count("messages", sql`zalo_msg_id = ${event.message.msg_id}`)).toBe(1);
  });

  it("processes a stored event once when the queue, the sweeper and another process reach it together", async () => {
    const userId = zaloId("2");
    const event = textEvent(ward, { userId, text: QUESTION });
    const signed = await signedEvent(ward, event);
    // stored but not yet processed, as after the 200 of a process that then died
    const intake = await server.services.intake.receive(signed.body, signed.signature);
    expect(intake).toMatchObject({ duplicate: false, pending: true });
    const outcomes = await Promise.all([
      ...Array.from({ length: 5 }, () => server.services.conversations.processEvent(intake.eventId)),
      server.sweepNow().then((r) => (r.events ? "processed" : "skipped")),
    ]);
    expect(outcomes.filter((o) => o === "processed")).toHaveLength(1);
    await server.sweepNow();

    const { parts } = await expectedReply(ward, QUESTION);
    expect(fake.sent(userId)).toEqual(parts);
    expect(fake.requestsFor(userId)).toHaveLength(parts.length);
    const perKind = await query<{ author: string; n: number }>(
      server.services,
      sql`select m.author, count(*) as n from messages m join residents r on r.id = m.resident_id where r.zalo_user_id = ${userId} group by m.author order by m.author`,
    );
    expect(perKind.map((r) => [r.author, Number(r.n)])).toEqual([
      ["bot", 1],
      ["resident", 1],
    ]);
    expect(await count("ask_log", sql`question = ${QUESTION} and resident_id = (select id from residents where zalo_user_id = ${userId})`)).toBe(1);
  });

  it("keeps Zalo's ids and timestamps as strings, digit for digit (they exceed 2^53)", async () => {
    const userId = ZALO_IDS.userId; // 246845883529197922 > Number.MAX_SAFE_INTEGER
    expect(String(Number(userId))).not.toBe(userId);
    const id = "96d3cdf3af150460909";
    const event = textEvent(ward, { userId, text: QUESTION, msgId: id });
    const { status } = await deliver(ward, event);
    expect(status).toBe(200);

    const [resident] = await query<{ t: string; v: string }>(
      server.services,
      sql`select typeof(zalo_user_id) as t, zalo_user_id as v from residents where ward_id = ${ward.id} and zalo_user_id = ${userId}`,
    );
    expect(resident).toEqual({ t: "text", v: userId });
    const [stored] = await query<{ t: string; ts: string; key: string }>(
      server.services,
      sql`select typeof(zalo_timestamp) as t, zalo_timestamp as ts, event_key as key from webhook_events where ward_id = ${ward.id} and event_key = ${`msg:${id}`}`,
    );
    expect(stored).toEqual({ t: "text", ts: event.timestamp, key: `msg:${id}` });
    const [message] = await query<{ t: string; v: string }>(server.services, sql`select typeof(zalo_msg_id) as t, zalo_msg_id as v from messages where zalo_msg_id = ${id}`);
    expect(message).toEqual({ t: "text", v: id });
    // and the reply goes to exactly that id
    const requests = fake.requestsFor(userId);
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect(r.body?.recipient?.user_id).toBe(userId);
  });
});

describe("long answers", () => {
  it("splits text at natural breaks into parts of at most 2000 characters, in order", () => {
    const paragraph = (n: number) => `Đoạn ${n}: ` + "Ông bà mang theo giấy tờ tùy thân khi đến phường. ".repeat(12).trim();
    const text = Array.from({ length: 12 }, (_, i) => paragraph(i + 1)).join("\n\n");
    expect(text.length).toBeGreaterThan(2 * ZALO_TEXT_LIMIT);
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
      expect(p).toMatch(/^Đoạn \d+:/); // cut at paragraph breaks
    }
    expect(parts.join("\n\n")).toBe(text);

    // no paragraph breaks: cut at a space, never inside a word, nothing lost or reordered
    const words = Array.from({ length: 900 }, (_, i) => `tu${i}`).join(" ");
    const cut = splitText(words, 500);
    for (const p of cut) expect(p.length).toBeLessThanOrEqual(500);
    expect(cut.join(" ")).toBe(words);

    // one unbreakable run still respects the limit
    const run = "x".repeat(4500);
    const hard = splitText(run);
    expect(hard.every((p) => p.length <= ZALO_TEXT_LIMIT)).toBe(true);
    expect(hard.join("")).toBe(run);
    expect(splitText("ngắn")).toEqual(["ngắn"]);
  });

  it("sends a whole entry longer than 2000 characters as several parts, in order, when the resident picks \"Xem đầy đủ\"", async () => {
    const longPolice =
      "Công an phường Thử Nghiệm Dài, số 9 phố Thử Nghiệm. " +
      Array.from({ length: 40 }, (_, i) => `Điểm tiếp nhận số ${i + 1} làm việc từ thứ Hai đến thứ Sáu, sáng từ 8 giờ.`).join(" ");
    for (const buttons of [false, true]) {
      const longWard = await setupWard(`phuong-dai-${buttons ? "nut" : "chu"}`, { police: longPolice, zalo: { cs_buttons: buttons } });
      const userId = zaloId("2");
      await deliver(longWard, textEvent(longWard, { userId, text: QUESTION }));
      const first = await expectedReply(longWard, QUESTION);
      const full = first.result.choices.find((c) => c.label === "Xem đầy đủ")!;
      expect(full).toBeDefined();
      const { result, parts } = await expectedReply(longWard, String(full.n), first.result.memory);
      expect(result.kind).toBe("answer");
      expect(result.reply).toContain(longPolice); // the ward's own facts, filled in whole
      expect(result.reply.length).toBeGreaterThan(ZALO_TEXT_LIMIT);
      expect(parts.length).toBeGreaterThanOrEqual(2);

      const before = fake.requestsFor(userId).length;
      const { status } = await deliver(longWard, textEvent(longWard, { userId, text: String(full.n), at: Date.now() + 1 }));
      expect(status).toBe(200);
      const sent = fake.sent(userId).slice(before);
      expect(sent).toEqual(parts);
      expect(fake.requestsFor(userId)).toHaveLength(before + parts.length); // every part accepted the first time
      for (const m of sent) expect(m.text!.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
      const squash = (s: string) => s.replace(/\s+/g, " ").trim();
      if (!buttons) {
        expect(squash(sent.map((m) => m.text).join(" "))).toBe(squash(result.reply));
        expect(sent.every((m) => m.attachment === undefined)).toBe(true);
      } else {
        // a ward that verified buttons gets them on the last part only
        expect(sent.slice(0, -1).every((m) => m.attachment === undefined)).toBe(true);
        expect(sent.at(-1)!.attachment).toBeDefined();
      }
    }
  });
});

describe("feedback and handoff", () => {
  async function loggedQuestions(userId: string) {
    return query<{ question: string; kind: string; verdict: string | null }>(
      server.services,
      sql`select a.question, a.kind, a.verdict from ask_log a join residents r on r.id = a.resident_id where r.zalo_user_id = ${userId} order by a.id`,
    );
  }
  async function handoffsOf(userId: string) {
    return query<{ question: string; reason: string; status: string }>(
      server.services,
      sql`select h.question, h.reason, h.status from handoffs h join residents r on r.id = h.resident_id where r.zalo_user_id = ${userId} order by h.id`,
    );
  }

  it('"Chưa đúng" after an answer records the verdict and hands the question to staff', async () => {
    const userId = zaloId("2");
    await deliver(ward, textEvent(ward, { userId, text: QUESTION }));
    const answered = fake.sent(userId).length;
    expect(answered).toBeGreaterThan(0);

    await deliver(ward, textEvent(ward, { userId, text: "Chưa đúng", at: Date.now() + 1 }));
    expect(await loggedQuestions(userId)).toEqual([{ question: QUESTION, kind: "answer", verdict: "not_helpful" }]);
    expect(await handoffsOf(userId)).toEqual([{ question: QUESTION, reason: "not_helpful", status: "open" }]);
    const replies = fake.sent(userId);
    expect(replies).toHaveLength(answered + 1);
    expect(replies.at(-1)!.text).toContain("chưa đúng ý");
    expect(replies.at(-1)!.text).toContain(ward.name);
  });

  it('"Hữu ích" records a helpful verdict, thanks, and opens no handoff', async () => {
    const userId = zaloId("2");
    await deliver(ward, textEvent(ward, { userId, text: QUESTION }));
    const answered = fake.sent(userId).length;
    // as a tapped button would send it, and typed without accents
    await deliver(ward, textEvent(ward, { userId, text: "huu ich", at: Date.now() + 1 }));
    expect(await loggedQuestions(userId)).toEqual([{ question: QUESTION, kind: "answer", verdict: "helpful" }]);
    expect(await handoffsOf(userId)).toEqual([]);
    const replies = fake.sent(userId);
    expect(replies).toHaveLength(answered + 1);
    expect(replies.at(-1)!.text).toContain("cảm ơn");
  });

  it("hands an out-of-scope question to staff, then answers no ordinary question while the handoff is open", async () => {
    const userId = zaloId("2");
    const outOfScope = "kết quả bóng đá tối nay";
    const { result, parts } = await expectedReply(ward, outOfScope);
    expect(result.kind).toBe("handoff");

    await deliver(ward, textEvent(ward, { userId, text: outOfScope }));
    expect(await handoffsOf(userId)).toEqual([{ question: outOfScope, reason: "out_of_scope", status: "open" }]);
    expect(await loggedQuestions(userId)).toEqual([{ question: outOfScope, kind: "handoff", verdict: null }]);
    const sent = fake.sent(userId);
    expect(sent).toHaveLength(parts.length);
    expect(sent[0]!.text).toContain(ward.name);

    // a person now owns the conversation: a question the bot could answer is not answered by the
    // bot, but the resident hears that staff got it and when they will reply (once)
    const later = textEvent(ward, { userId, text: QUESTION, at: Date.now() + 1 });
    const { status } = await deliver(ward, later);
    expect(status).toBe(200);
    await server.sweepNow();
    expect(fake.requestsFor(userId)).toHaveLength(parts.length + 1);
    const ack = fake.sent(userId).at(-1)!.text!;
    expect(ack).toContain("đã nhận tin nhắn");
    expect(ack).toMatch(/trả lời trong cuộc trò chuyện này, (ngay trong giờ làm việc hôm nay|từ \d+h\d\d )/);
    expect(ack).not.toContain("Nơi làm");
    expect(await count("messages", sql`zalo_msg_id = ${later.message.msg_id} and direction = 'in'`)).toBe(1); // still recorded for staff
    expect(await loggedQuestions(userId)).toHaveLength(1);
    expect(await handoffsOf(userId)).toHaveLength(1);
    // staff see it as unread
    const [state] = await query<{ unread_count: number }>(server.services, sql`select unread_count from conversation_state where channel = 'zalo' and resident_key = ${userId}`);
    expect(state!.unread_count).toBe(2);

    // a photo for the staff member (e.g. of the paperwork) gets no bot reply: the acknowledgement was just sent
    const image = { ...userSendImage, app_id: ward.appId, sender: { id: userId }, recipient: { id: ward.oaId }, message: { ...userSendImage.message, msg_id: msgId() }, timestamp: String(Date.now() + 2) };
    expect((await deliver(ward, image)).status).toBe(200);
    expect(fake.requestsFor(userId)).toHaveLength(parts.length + 1);
    expect(await count("messages", sql`zalo_msg_id = ${image.message.msg_id} and direction = 'in' and kind = 'image'`)).toBe(1);
  });

  it("tells a resident without an open handoff and without a mini app how to report with a photo", async () => {
    const userId = zaloId("2");
    const image = { ...userSendImage, app_id: ward.appId, sender: { id: userId }, recipient: { id: ward.oaId }, message: { ...userSendImage.message, msg_id: msgId() }, timestamp: String(Date.now()) };
    expect((await deliver(ward, image)).status).toBe(200);
    const sent = fake.sent(userId);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain("Gửi phản ánh");
    expect(sent[0]!.text).toContain("0. Gặp cán bộ");
  });
});

describe("/api/ask", () => {
  const app = () => createApp(server.services, () => undefined);
  const ask = (body: unknown) =>
    app().request("/api/ask", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

  it("answers with kind, reply and scored entries for a ward", async () => {
    const res = await ask({ text: QUESTION, ward: ward.slug });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { kind: string; reply: string; entries: Array<{ id: string; title: string; score: number }>; choices: unknown[]; suggestions: unknown[]; links: unknown[]; explanation: string };
    expect(body.kind).toBe("answer");
    expect(body.reply).toMatch(/^Nơi làm/);
    expect(body.choices).toContainEqual({ n: 0, label: "Gặp cán bộ" });
    expect(body.entries.length).toBeGreaterThan(0);
    for (const e of body.entries) {
      expect(e).toEqual({ id: expect.any(String), title: expect.any(String), score: expect.any(Number) });
    }
    expect(body.entries[0]!.id).toBe("dvc-can-cuoc");
    expect(Array.isArray(body.suggestions)).toBe(true);
    expect(Array.isArray(body.links)).toBe(true);
    expect(body.explanation).toBeTypeOf("string");
    const { result } = await expectedReply(ward, QUESTION);
    expect(body.reply).toBe(result.reply);
  });

  it("refuses an empty question with a Vietnamese message", async () => {
    const res = await ask({ text: "   ", ward: ward.slug });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "invalid_input", message: "Vui lòng nhập câu hỏi." });
    const bad = await ask("{not json");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toBe("Dữ liệu gửi lên không hợp lệ.");
  });

  it("answers 404 for a ward that does not exist", async () => {
    const res = await ask({ text: QUESTION, ward: "khong-co-phuong-nay" });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "ward_not_found", message: "Không tìm thấy phường này." });
  });
});
