/**
 * Small builders for tests: configuration over a temp dir, wards with OA secrets and tokens,
 * signed Zalo webhook events built from the documented samples, and polling helpers.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { parseEnv, type Config } from "../../server/config/env";
import { sha256Hex } from "../../server/lib/crypto";
import type { Services } from "../../server/services";
import type { Ward, WardProfile } from "../../server/wards/ward-profile";
import { follow, oaSendTextByAdmin, userSendText, ZALO_IDS } from "../fixtures/zalo-samples";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const KNOWLEDGE_DIR = join(REPO_ROOT, "knowledge");
/** A fixed 32-byte key, base64: tests only. */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 7).toString("base64");

export function makeTempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `hoi-phuong-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The environment a test server runs with (also passed to child processes). */
export function testEnv(dir: string, zaloBase: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: "0",
    DATABASE_URL: `file:${join(dir, "test.db")}`,
    KNOWLEDGE_DIR,
    SECRETS_KEY: TEST_SECRETS_KEY,
    ZALO_OPENAPI_BASE: zaloBase,
    ZALO_OAUTH_BASE: zaloBase,
    ZALO_TIMEOUT_MS: "3000",
    SWEEP_INTERVAL_MS: "3600000",
    LOG_LEVEL: "silent",
    // the mini app's map tiles: a closed local port unless a test serves its own (never the internet)
    MAP_TILE_URL: "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png",
    ...extra,
  };
}

export function testConfig(dir: string, zaloBase: string, extra: Record<string, string> = {}): Config {
  return parseEnv(testEnv(dir, zaloBase, extra));
}

export const defaultProfile: WardProfile = {
  address: "Số 1 phố Thử Nghiệm (địa chỉ kiểm thử)",
  office_hours: "Thứ Hai đến Thứ Sáu: sáng 8h00–12h00, chiều 13h30–17h00",
  hotline: "(kiểm thử) chưa có số",
  reception_schedule: "(kiểm thử) sáng thứ Năm hằng tuần",
  police: "Công an phường Thử Nghiệm, số 2 phố Thử Nghiệm",
  digital_team: "Tổ công nghệ số cộng đồng (kiểm thử)",
  timezone: "Asia/Ho_Chi_Minh",
  working_hours: { days: [1, 2, 3, 4, 5], periods: [["08:00", "12:00"], ["13:30", "17:00"]] },
  green_lane: { sample: false, items: [] },
};

export type TestWard = Ward & { oaId: string; appId: string; oaSecretKey: string; appSecret: string };

let wardCounter = 0;
/** A fresh numeric id string, shaped like Zalo's (18 digits, beyond 2^53). */
export function zaloId(prefix = "7"): string {
  const digits = `${Date.now()}${String(++wardCounter).padStart(3, "0")}${Math.floor(Math.random() * 1e6)}`;
  return (prefix + digits).slice(0, 18).padEnd(18, "9");
}

/**
 * Creates a ward with its OA secret key, app secret and (optionally) OA tokens, through the
 * project's own services (WardService, TokenService.storeTokens).
 */
export async function createWard(
  services: Services,
  options: {
    slug: string;
    name?: string;
    oaId?: string;
    appId?: string;
    oaSecretKey?: string;
    appSecret?: string;
    tokens?: { accessToken?: string; refreshToken: string; expiresAt?: number };
    profile?: Partial<WardProfile>;
  },
): Promise<TestWard> {
  const oaId = options.oaId ?? zaloId("3");
  const appId = options.appId ?? zaloId("1");
  const oaSecretKey = options.oaSecretKey ?? `oa-secret-${options.slug}-${Math.random().toString(36).slice(2)}`;
  const appSecret = options.appSecret ?? `app-secret-${options.slug}-${Math.random().toString(36).slice(2)}`;
  const ward = await services.wards.create({
    slug: options.slug,
    name: options.name ?? `Phường ${options.slug}`,
    oa_id: oaId,
    app_id: appId,
    profile: { ...defaultProfile, ...options.profile },
  });
  await services.wards.setSecret(ward.id, "oa_secret_key", oaSecretKey);
  await services.wards.setSecret(ward.id, "app_secret", appSecret);
  if (options.tokens) await services.tokens.storeTokens(ward.id, options.tokens);
  return { ...ward, oaId, appId, oaSecretKey, appSecret };
}

/** The X-ZEvent-Signature Zalo sends: "mac=" + sha256_hex(app_id + raw body + timestamp + OA secret key). */
export async function signBody(ward: Pick<TestWard, "appId" | "oaSecretKey">, body: string, timestamp: string, form: "mac" | "bare" = "mac"): Promise<string> {
  const hex = await sha256Hex(ward.appId + body + timestamp + ward.oaSecretKey);
  return form === "mac" ? `mac=${hex}` : hex;
}

/** Serialises an event (as Zalo would) and signs the exact bytes. */
export async function signedEvent(
  ward: Pick<TestWard, "appId" | "oaSecretKey">,
  event: { timestamp: string } & Record<string, unknown>,
  form: "mac" | "bare" = "mac",
): Promise<{ body: string; signature: string }> {
  const body = JSON.stringify(event);
  return { body, signature: await signBody(ward, body, event.timestamp, form) };
}

let msgCounter = 0;
export function msgId(): string {
  return `${Date.now().toString(16)}${(++msgCounter).toString(16).padStart(4, "0")}${Math.random().toString(16).slice(2, 8)}`;
}

/** user_send_text for a ward, from the documented sample with this ward's ids. */
export function textEvent(ward: Pick<TestWard, "appId" | "oaId">, o: { userId: string; text: string; msgId?: string; at?: number }) {
  return {
    ...userSendText,
    app_id: ward.appId,
    sender: { id: o.userId },
    recipient: { id: ward.oaId },
    message: { text: o.text, msg_id: o.msgId ?? msgId() },
    timestamp: String(o.at ?? Date.now()),
  };
}

export function followEvent(ward: Pick<TestWard, "appId" | "oaId">, o: { userId: string; at?: number; eventName?: "follow" | "unfollow" }) {
  return {
    ...follow,
    event_name: o.eventName ?? "follow",
    app_id: ward.appId,
    oa_id: ward.oaId,
    follower: { id: o.userId },
    timestamp: String(o.at ?? Date.now()),
  };
}

export function oaSendTextEvent(ward: Pick<TestWard, "appId" | "oaId">, o: { userId: string; text: string; adminId?: string; msgId?: string; at?: number }) {
  return {
    ...oaSendTextByAdmin,
    app_id: ward.appId,
    sender: o.adminId ? { id: ward.oaId, admin_id: o.adminId } : { id: ward.oaId },
    recipient: { id: o.userId },
    message: { text: o.text, msg_id: o.msgId ?? msgId() },
    timestamp: String(o.at ?? Date.now()),
  };
}

export { ZALO_IDS };

export async function postWebhook(baseUrl: string, signed: { body: string; signature?: string }, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/webhooks/zalo`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(signed.signature !== undefined ? { "x-zevent-signature": signed.signature } : {}),
      ...headers,
    },
    body: signed.body,
  });
}

/** Polls until `check` returns a truthy value (returned) or the time runs out (throws). */
export async function waitFor<T>(check: () => T | Promise<T>, options: { timeoutMs?: number; intervalMs?: number; what?: string } = {}): Promise<NonNullable<T>> {
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  let last: T | undefined;
  for (;;) {
    last = await check();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${options.what ?? "condition"}`);
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 25));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Raw rows from the test database (for assertions on what is stored, column types included). */
export async function query<T = Record<string, unknown>>(services: Services, statement: ReturnType<typeof sql>): Promise<T[]> {
  return (await services.deps.db.all(statement)) as T[];
}

/** Status and delivery count of the webhook events of these message events (their `msg:` keys), in no set order. */
export async function deliveryRows(services: Services, events: Array<{ message: { msg_id: string } }>): Promise<Array<{ status: string; deliveries: number }>> {
  return query(services, sql`select status, deliveries from webhook_events where event_key in (${sql.join(
    events.map((e) => sql`${`msg:${e.message.msg_id}`}`),
    sql`, `,
  )})`);
}
