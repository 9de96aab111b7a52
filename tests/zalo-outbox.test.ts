/**
 * Delivery of replies to Zalo: token errors, transient failures with backoff, permanent
 * failures, the buttons fallback and the 7-day interaction window. Time is a manual clock
 * injected into the server, so backoff is tested by moving time, not by sleeping.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../server/lib/clock";
import { SecretBox } from "../server/lib/crypto";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { buildReplyMessages, buttonTitle, withoutButtons, ZALO_TEXT_LIMIT } from "../server/zalo/message-builder";
import { LOCAL_REFUSAL } from "../server/zalo/outbox-service";
import { apiErrors } from "./fixtures/zalo-samples";
import { FakeZalo, type CsBehaviour } from "./support/fake-zalo-server";
import { createWard, makeTempDir, postWebhook, query, signedEvent, testConfig, TEST_SECRETS_KEY, textEvent, zaloId, type TestWard } from "./support/factories";

const clock = manualClock();
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const QUESTION = "lam can cuoc o dau";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let box: SecretBox;
let wardCount = 0;

type OutboxRow = { id: number; status: string; attempts: number; next_attempt_at: number; error_code: number | null; error_message: string | null; payload: string };

async function setupWard(profile?: Parameters<typeof createWard>[1]["profile"]): Promise<TestWard & { issued: { accessToken: string; refreshToken: string } }> {
  const appId = zaloId("1");
  const appSecret = `app-secret-outbox-${++wardCount}`;
  fake.registerApp(appId, appSecret);
  const issued = fake.issueTokens(appId);
  const ward = await createWard(server.services, { slug: `phuong-outbox-${wardCount}`, appId, appSecret, tokens: issued, profile });
  return { ...ward, issued };
}

async function ask(ward: TestWard, userId: string, text = QUESTION) {
  const event = textEvent(ward, { userId, text, at: clock.now() });
  const res = await postWebhook(server.url, await signedEvent(ward, event));
  expect(res.status).toBe(200);
  await server.queue.idle();
  return event;
}

async function outboxOf(userId: string): Promise<OutboxRow[]> {
  return query<OutboxRow>(
    server.services,
    sql`select o.id, o.status, o.attempts, o.next_attempt_at, o.error_code, o.error_message, o.payload from outbox o join residents r on r.id = o.resident_id where r.zalo_user_id = ${userId} order by o.id`,
  );
}

async function expectedParts(ward: TestWard, text = QUESTION) {
  const assistant = await server.services.knowledge.assistant();
  const current = await server.services.wards.byId(ward.id);
  return buildReplyMessages(assistant.ask(text, current, clock.now()), { buttons: current.profile.zalo?.cs_buttons === true });
}

async function storedTokens(wardId: number) {
  const [row] = await query<{ access_token_enc: string; refresh_token_enc: string; version: number; last_error: string | null }>(
    server.services,
    sql`select access_token_enc, refresh_token_enc, version, last_error from zalo_tokens where ward_id = ${wardId}`,
  );
  return { access: await box.open(row!.access_token_enc), refresh: await box.open(row!.refresh_token_enc), version: row!.version, lastError: row!.last_error };
}

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("outbox");
  box = await SecretBox.fromBase64Key(TEST_SECRETS_KEY);
  server = await startNodeServer(testConfig(tmp.dir, fake.url, { ZALO_TIMEOUT_MS: "1000" }), { clock, hostname: "127.0.0.1" });
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

describe("token errors", () => {
  it.each([
    { name: "-216 invalid", code: -216, reject: (f: FakeZalo, t: string) => f.revokeAccessToken(t) },
    { name: "-220 expired", code: -220, reject: (f: FakeZalo, t: string) => f.expireAccessToken(t) },
  ])("refreshes the token once on $name and sends the message", async ({ code, reject }) => {
    const ward = await setupWard();
    reject(fake, ward.issued.accessToken);
    const userId = zaloId("2");
    const parts = await expectedParts(ward);
    const tokenCallsBefore = fake.tokenRequests.length;

    await ask(ward, userId);

    const requests = fake.requestsFor(userId);
    expect(requests[0]!.outcome).toEqual({ error: code });
    expect(requests[0]!.accessToken).toBe(ward.issued.accessToken);
    expect(fake.sent(userId)).toEqual(parts);

    // exactly one refresh, the documented way, with the stored refresh token
    const calls = fake.tokenRequests.slice(tokenCallsBefore);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.form).toEqual({ refresh_token: ward.issued.refreshToken, app_id: ward.appId, grant_type: "refresh_token" });
    expect(calls[0]!.secretKey).toBe(ward.appSecret);
    const issued = calls[0]!.issued!;
    for (const r of requests.slice(1)) expect(r.accessToken).toBe(issued.accessToken);

    // the rotated pair is stored (the old refresh token is spent at Zalo)
    const stored = await storedTokens(ward.id);
    expect(stored).toEqual({ access: issued.accessToken, refresh: issued.refreshToken, version: 2, lastError: null });
    expect(fake.isRefreshTokenValid(ward.issued.refreshToken)).toBe(false);
    expect(fake.isRefreshTokenValid(issued.refreshToken)).toBe(true);
    expect((await outboxOf(userId)).map((r) => r.status)).toEqual(parts.map(() => "sent"));
  });

  it("keeps the message pending when the refresh itself is refused, and sends it once tokens are fixed", async () => {
    const ward = await setupWard();
    fake.revokeAccessToken(ward.issued.accessToken);
    // the stored refresh token gets spent behind the server's back (e.g. by a copy of the database)
    const spend = await fetch(`${fake.url}/v4/oa/access_token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", secret_key: ward.appSecret },
      body: new URLSearchParams({ refresh_token: ward.issued.refreshToken, app_id: ward.appId, grant_type: "refresh_token" }).toString(),
    });
    expect(((await spend.json()) as { access_token?: string }).access_token).toBeTypeOf("string");
    const userId = zaloId("2");
    await ask(ward, userId);

    const [row] = await outboxOf(userId);
    expect(row!.status).toBe("pending");
    expect(row!.attempts).toBe(1);
    expect(row!.next_attempt_at).toBeGreaterThan(clock.now());
    expect(fake.sent(userId)).toEqual([]);
    expect((await storedTokens(ward.id)).lastError).toMatch(/-14014/);

    // an admin re-authorises the OA: new tokens are stored; the retry delivers
    const fresh = fake.issueTokens(ward.appId);
    await server.services.tokens.storeTokens(ward.id, { ...fresh, expiresAt: clock.now() + DAY });
    clock.advance(row!.next_attempt_at - clock.now());
    await server.sweepNow();
    expect(fake.sent(userId)).toEqual(await expectedParts(ward));
  });
});

describe("transient failures", () => {
  it.each<{ name: string; behaviour: CsBehaviour; code: number }>([
    { name: "-32 rate limit", behaviour: { error: apiErrors.rateLimitedOa }, code: -32 },
    { name: "HTTP 500", behaviour: { httpStatus: 500 }, code: 500 },
    { name: "a timeout", behaviour: { hang: true }, code: 0 },
  ])("keeps the message pending with backoff after $name, then the sweeper delivers it", async ({ behaviour, code }) => {
    const ward = await setupWard();
    const userId = zaloId("2");
    const parts = await expectedParts(ward);
    expect(parts).toHaveLength(1);
    fake.scriptCs(behaviour);

    await ask(ward, userId);
    const [row] = await outboxOf(userId);
    expect(row!.status).toBe("pending");
    expect(row!.attempts).toBe(1);
    expect(row!.error_code).toBe(code);
    const delay = row!.next_attempt_at - clock.now();
    expect(delay).toBeGreaterThan(0);
    expect(fake.requestsFor(userId)).toHaveLength(1);
    expect(fake.sent(userId)).toEqual([]);

    // not before its time
    await server.sweepNow();
    clock.advance(delay - 1000);
    await server.sweepNow();
    expect(fake.requestsFor(userId)).toHaveLength(1);

    clock.advance(1000);
    const swept = await server.sweepNow();
    expect(swept.sent).toBe(1);
    expect(fake.sent(userId)).toEqual(parts);
    const [after] = await outboxOf(userId);
    expect(after!.status).toBe("sent");

    // and never again
    clock.advance(DAY);
    await server.sweepNow();
    expect(fake.requestsFor(userId)).toHaveLength(2);
  });

  it("backs off further on each failure (attempts count up, delays grow)", async () => {
    const ward = await setupWard();
    const userId = zaloId("2");
    fake.scriptCs({ error: apiErrors.rateLimitedApp }, { error: apiErrors.rateLimitedApp }, { httpStatus: 503 });
    await ask(ward, userId);

    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [row] = await outboxOf(userId);
      expect(row!.status).toBe("pending");
      expect(row!.attempts).toBe(attempt);
      const delay = row!.next_attempt_at - clock.now();
      delays.push(delay);
      clock.advance(delay);
      await server.sweepNow();
    }
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    expect(fake.requestsFor(userId)).toHaveLength(4);
    expect(fake.sent(userId)).toEqual(await expectedParts(ward));
  });
});

describe("order of a resident's replies", () => {
  it("queues a new reply behind the resident's earlier message still waiting to be retried, and sends both in order", async () => {
    const ward = await setupWard();
    const userId = zaloId("2");
    fake.scriptCs({ httpStatus: 503 });
    await ask(ward, userId); // its reply waits for a retry
    const [waiting] = await outboxOf(userId);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(fake.sent(userId)).toEqual([]);

    // the next question's reply is not sent ahead of the one waiting (its retry is not due yet)
    await ask(ward, userId, "đăng ký khai sinh cần giấy tờ gì");
    expect(fake.requestsFor(userId)).toHaveLength(1);
    const queued = await outboxOf(userId);
    expect(queued.length).toBeGreaterThan(1);
    expect(queued.every((r) => r.status === "pending")).toBe(true);

    clock.advance(waiting!.next_attempt_at - clock.now());
    await server.sweepNow();
    const first = await expectedParts(ward);
    const sent = fake.sent(userId);
    expect(sent.slice(0, first.length)).toEqual(first);
    expect(sent).toEqual(queued.map((r) => JSON.parse(r.payload)));
    expect((await outboxOf(userId)).every((r) => r.status === "sent")).toBe(true);
  });
});

describe("permanent failures", () => {
  it.each([
    { name: "-213 not a follower", error: apiErrors.userNotFollower },
    { name: "-230 no interaction for 7 days", error: apiErrors.noInteraction7Days },
    { name: "-232 interaction expired", error: apiErrors.interactionExpired },
  ])("marks the message failed on $name and never retries", async ({ error }) => {
    const ward = await setupWard();
    const userId = zaloId("2");
    fake.scriptCs({ error });
    await ask(ward, userId);

    const [row] = await outboxOf(userId);
    expect(row!.status).toBe("failed");
    expect(row!.error_code).toBe(error.error);
    expect(row!.error_message).toBe(error.message);
    clock.advance(DAY);
    await server.sweepNow();
    expect(fake.requestsFor(userId)).toHaveLength(1);
    expect(fake.sent(userId)).toEqual([]);
  });
});

describe("buttons (only for a ward that turned them on)", () => {
  it.each<{ name: string; behaviour: CsBehaviour }>([
    { name: "-201 invalid parameter", behaviour: { error: apiErrors.invalidParam } },
    { name: "-233 message type not supported", behaviour: { error: { error: -233, message: "message type is invalid or not support" } } },
    { name: "-200 (undocumented)", behaviour: { error: { error: -200, message: "unknown" } } },
    { name: "-210 (undocumented)", behaviour: { error: { error: -210, message: "unknown" } } },
  ])("resends a message with buttons as plain text, choices and links written out, after $name", async ({ behaviour }) => {
    const ward = await setupWard({ zalo: { cs_buttons: true } });
    const userId = zaloId("2");
    const parts = await expectedParts(ward, "lam can cuoc the nao");
    const withButtons = parts.at(-1)!;
    const buttons = withButtons.attachment?.payload.buttons ?? [];
    expect(buttons.some((b) => b.type === "oa.open.url")).toBe(true);
    expect(buttons.some((b) => b.type === "oa.query.show")).toBe(true);

    fake.scriptCs(behaviour);
    await ask(ward, userId, "lam can cuoc the nao");
    const requests = fake.requestsFor(userId);
    expect(requests).toHaveLength(2);
    expect(requests[0]!.body!.message).toEqual(withButtons);
    expect(requests[1]!.outcome).toBe("sent");
    const plain = requests[1]!.body!.message!;
    expect(plain.attachment).toBeUndefined();
    expect(plain.text!.startsWith(withButtons.text)).toBe(true);
    for (const b of buttons) {
      if (b.type === "oa.open.url") expect(plain.text).toContain(b.payload.url); // links kept
      if (b.type === "oa.query.show") expect(plain.text).toContain(`\n${b.payload}`); // "1. Giấy tờ cần mang"
    }
    expect(plain.text).toContain("\n0. Gặp cán bộ");
    expect(plain.text!.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
    expect((await outboxOf(userId))[0]!.status).toBe("sent");
  });

  it("sends text only by default, with the choices written out", async () => {
    const ward = await setupWard();
    const userId = zaloId("2");
    await ask(ward, userId);
    const [request] = fake.requestsFor(userId);
    expect(request!.body!.message!.attachment).toBeUndefined();
    expect(request!.body!.message!.text).toMatch(/\n1\. .+\n[\s\S]*\n0\. Gặp cán bộ$/);
  });

  it("fails a plain message refused with -201 (a bug on our side) without a resend loop", async () => {
    const ward = await setupWard();
    const userId = zaloId("2");
    // the thank-you after "Hữu ích" has no buttons
    await ask(ward, userId);
    const before = fake.requestsFor(userId).length;
    fake.scriptCs({ error: apiErrors.invalidParam });
    await ask(ward, userId, "Hữu ích");
    const rows = await outboxOf(userId);
    expect(rows.at(-1)!.status).toBe("failed");
    expect(rows.at(-1)!.error_code).toBe(-201);
    clock.advance(DAY);
    await server.sweepNow();
    expect(fake.requestsFor(userId)).toHaveLength(before + 1);
  });

  it("never cuts a button title inside a word", () => {
    expect(buttonTitle("Gặp cán bộ")).toBe("Gặp cán bộ");
    const title = buttonTitle("1. Xem đầy đủ: Làm, cấp đổi, cấp lại thẻ căn cước công dân");
    expect(title.length).toBeLessThanOrEqual(35);
    expect(title.endsWith("…")).toBe(true);
    expect("1. Xem đầy đủ: Làm, cấp đổi, cấp lại thẻ căn cước công dân".startsWith(title.slice(0, -1))).toBe(true);
    expect("1. Xem đầy đủ: Làm, cấp đổi, cấp lại thẻ căn cước công dân".split(" ")).toEqual(expect.arrayContaining(title.slice(0, -1).split(" ")));
  });

  it("builds parts with room for the written-out buttons, and never cuts the answer or a choice", () => {
    const choices = [
      { n: 1, label: "Giấy tờ cần mang" },
      { n: 2, label: "Lệ phí" },
      { n: 0, label: "Gặp cán bộ" },
    ];
    const links = [{ label: "Cổng Dịch vụ công", url: "https://dichvucong.gov.vn" }];
    for (const length of [1900, 1960, 1990, 2000, 3950]) {
      const body = "a ".repeat(length / 2).trim().padEnd(length, "a");
      const parts = buildReplyMessages({ body, links, choices }, { buttons: true });
      const plain = parts.map((p) => (p.attachment ? withoutButtons(p) : p));
      for (const p of plain) expect(p.text.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
      const last = plain.at(-1)!.text;
      expect(last).toContain("Cổng Dịch vụ công: https://dichvucong.gov.vn");
      expect(last).toMatch(/\n1\. Giấy tờ cần mang\n2\. Lệ phí\n0\. Gặp cán bộ$/);
      expect(plain.map((p) => p.text).join(" ").replace(/\s+/g, "")).toContain(body.replace(/\s+/g, ""));
    }
  });
});

describe("the 7-day interaction window", () => {
  it("does not send to a resident whose last interaction is more than 7 days old", async () => {
    const ward = await setupWard();
    const userId = zaloId("2");
    fake.scriptCs({ error: apiErrors.rateLimitedOa });
    await ask(ward, userId);
    const [pending] = await outboxOf(userId);
    expect(pending!.status).toBe("pending");

    clock.advance(7 * DAY + HOUR); // Zalo throttled us for a week (or the server was down)
    await server.sweepNow();
    const [row] = await outboxOf(userId);
    expect(row!.status).toBe("failed");
    expect(row!.error_code).toBe(LOCAL_REFUSAL.WINDOW_CLOSED); // our own refusal, not a code Zalo sent
    expect(row!.error_message).toMatch(/^not sent:/);
    expect(fake.requestsFor(userId)).toHaveLength(1); // nothing sent outside the window

    // when the resident writes again the window reopens for the new answer (not the stale one)
    await ask(ward, userId, "mấy giờ phường mở cửa");
    const rows = await outboxOf(userId);
    expect(rows[0]!.status).toBe("failed");
    expect(rows.slice(1).every((r) => r.status === "sent")).toBe(true);
    expect(fake.sent(userId)).toEqual(await expectedParts(ward, "mấy giờ phường mở cửa"));
  });

  it("still sends between 48 hours and 7 days", async () => {
    const ward = await setupWard();
    const userId = zaloId("2");
    fake.scriptCs({ error: apiErrors.rateLimitedOa });
    await ask(ward, userId);
    clock.advance(3 * DAY);
    await server.sweepNow();
    expect(fake.sent(userId)).toEqual(await expectedParts(ward));
  });
});
