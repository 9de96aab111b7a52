/**
 * A resident who has just been scammed gets the immediate steps (lock the account through the
 * bank's hotline, 113, keep the evidence) and a person at the ward, every time and wherever the
 * conversation stands: as a first message, in the middle of a conversation about something else,
 * and while a handoff is already open (a person has the conversation, yet the steps cannot wait).
 * Phrasings written for this test (own words, not from the corpus): with and without diacritics,
 * teen-code, abbreviations ("ck", "củ"), capitals.
 * Over the real server and the local Zalo fake, as tests/conversation.test.ts does.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../server/lib/clock";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, makeTempDir, postWebhook, query, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "./support/factories";

// Sunday 2026-11-29 22:00 in Hanoi: nobody on duty, the steps must come from the bot
const clock = manualClock(Date.UTC(2026, 10, 29, 15, 0, 0));
const MINUTE = 60_000;

const phrasings = [
  "bị lừa mất 50 triệu rồi",
  "em bị lừa chuyển khoản",
  "lỡ chuyển tiền cho kẻ lừa đảo",
  "bi lua mat 50 trieu roi",
  "em bi lua chuyen khoan",
  "lo chuyen tien cho ke lua dao",
  "e bj lừa mất 50tr r",
  "mik bi lua ck 3 cu roi",
  "toi bi lua roi",
  "bị lừa rồi phải làm sao",
  "Phường ơi tôi vừa bị lừa chuyển 20 triệu",
  "lỡ ck cho thằng lừa đảo 5 triệu rồi",
  "chuyen nham cho ke lua dao roi",
  "lo ck cho nguoi la roi lam sao lay lai",
  "mẹ tôi bị lừa chuyển khoản 100 triệu",
  "BỊ LỪA MẤT 50 TRIỆU RỒI",
  "em ngu quá bị lừa mất 10 củ",
  "em bị lừa rồi huhu",
  "bj lua r huhu",
  "bi scam roi",
  "tôi bị lừa đảo qua mạng",
  "bi gia danh cong an lua mat 100tr",
  "help bi lua mat 20tr",
];

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
let users = 100;

async function say(userId: string, text: string): Promise<string[]> {
  const before = fake.sent(userId).length;
  const res = await postWebhook(server.url, await signedEvent(ward, textEvent(ward, { userId, text, at: clock.now() })));
  expect(res.status).toBe(200);
  await server.queue.idle();
  return fake.sent(userId).slice(before).map((m) => m.text!);
}

async function handoffReasons(userId: string): Promise<string[]> {
  const rows = await query<{ reason: string }>(
    server.services,
    sql`select h.reason from handoffs h join residents r on r.id = h.resident_id where r.zalo_user_id = ${userId} order by h.id`,
  );
  return rows.map((r) => r.reason);
}

function expectSteps(reply: string | undefined) {
  expect(reply).toBeDefined();
  expect(reply).toMatch(/tổng đài ngân hàng/);
  expect(reply).toMatch(/khóa tài khoản/);
  expect(reply).toMatch(/113/);
  expect(reply).toMatch(/Giữ lại bằng chứng/);
  expect(reply).toMatch(/cán bộ/);
}

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("scam-victim-conversation");
  server = await startNodeServer(testConfig(tmp.dir, fake.url, { CONVERSATION_MEMORY_MINUTES: "30", HANDOFF_ACK_INTERVAL_MINUTES: "180" }), { clock, hostname: "127.0.0.1" });
  const appId = zaloId("71");
  const appSecret = "app-secret-victims";
  fake.registerApp(appId, appSecret);
  ward = await createWard(server.services, { slug: "phuong-nan-nhan", appId, appSecret, tokens: fake.issueTokens(appId) });
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

describe("a victim gets the steps, then a person", () => {
  it.each(phrasings)("as a first message: %j", async (text) => {
    const userId = zaloId(String(users++));
    const [reply] = await say(userId, text);
    expectSteps(reply);
    expect(await handoffReasons(userId)).toEqual(["scam_victim"]);
  });

  it.each(phrasings)("in the middle of another topic: %j", async (text) => {
    const userId = zaloId(String(users++));
    const [first] = await say(userId, "làm căn cước ở đâu");
    expect(first).not.toMatch(/113/);
    clock.advance(MINUTE);
    const [reply] = await say(userId, text);
    expectSteps(reply);
    expect(await handoffReasons(userId)).toEqual(["scam_victim"]);
  });

  it.each(phrasings)("while a handoff is open: %j", async (text) => {
    const userId = zaloId(String(users++));
    await say(userId, "gặp cán bộ");
    expect(await handoffReasons(userId)).toHaveLength(1);
    clock.advance(MINUTE);
    const [reply] = await say(userId, text);
    expectSteps(reply);
    // a person already has the conversation: the steps, and no second handoff
    expect(await handoffReasons(userId)).toHaveLength(1);
  });
});
