/**
 * OA token rotation across processes. Zalo's refresh tokens are single-use: two processes
 * refreshing at once would spend the same token twice and lose the OA. Here two independent
 * service stacks (two libSQL connections to one database file, each with its own
 * TokenService, as two server processes would have) race for an expired access token against
 * a fake OAuth server that enforces single use.
 */
import { MemoryBlobStore } from "../server/lib/blob-store";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import { systemClock } from "../server/lib/clock";
import { SecretBox } from "../server/lib/crypto";
import { UpstreamError } from "../server/lib/errors";
import { silentLogger } from "../server/lib/logger";
import { buildServices, type Services } from "../server/services";
import { createZaloApi } from "../server/zalo/zalo-api";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, makeTempDir, query, testConfig, TEST_SECRETS_KEY, zaloId, type TestWard } from "./support/factories";

let fake: FakeZalo;
let tmp: ReturnType<typeof makeTempDir>;
let box: SecretBox;
const opened: OpenDatabase[] = [];
/** one service stack per simulated process */
let processes: Services[] = [];
let wardCount = 0;

async function startProcess(): Promise<Services> {
  const config = testConfig(tmp.dir, fake.url);
  const db = await openNodeDatabase(config.databaseUrl);
  opened.push(db);
  const zaloApi = createZaloApi({ openApiBase: config.zaloOpenApiBase, oauthBase: config.zaloOAuthBase, timeoutMs: config.zaloTimeoutMs });
  return buildServices({ db: db.db, clock: systemClock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
}

async function setupWard(tokens: (appId: string) => { accessToken?: string; refreshToken: string; expiresAt?: number }): Promise<TestWard> {
  const appId = zaloId("1");
  const appSecret = `app-secret-rotation-${++wardCount}`;
  fake.registerApp(appId, appSecret);
  return createWard(processes[0]!, { slug: `phuong-rotation-${wardCount}`, appId, appSecret, tokens: tokens(appId) });
}

type TokenRow = { access_token_enc: string | null; refresh_token_enc: string; access_expires_at: number; version: number; lock_owner: string | null; lock_until: number | null; last_error: string | null };

async function tokenRow(wardId: number): Promise<TokenRow> {
  const [row] = await query<TokenRow>(processes[0]!, sql`select * from zalo_tokens where ward_id = ${wardId}`);
  return row!;
}

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("tokens");
  box = await SecretBox.fromBase64Key(TEST_SECRETS_KEY);
  processes = [await startProcess(), await startProcess()];
});

afterAll(async () => {
  for (const db of opened) db.close();
  await fake?.close();
  tmp?.remove();
});

describe("token rotation", () => {
  it("refreshes an expired token exactly once when two processes need it at the same time", async () => {
    let issued!: { accessToken: string; refreshToken: string };
    const ward = await setupWard((appId) => {
      issued = fake.issueTokens(appId);
      return { ...issued, expiresAt: Date.now() - 1000 };
    });
    fake.oauthDelayMs = 300; // both callers are waiting while the refresh is in flight
    const before = fake.tokenRequests.length;
    try {
      const [a, b, c, d] = await Promise.all([
        processes[0]!.tokens.getAccessToken(ward.id),
        processes[1]!.tokens.getAccessToken(ward.id),
        processes[0]!.tokens.getAccessToken(ward.id),
        processes[1]!.tokens.getAccessToken(ward.id),
      ]);
      const calls = fake.tokenRequests.slice(before);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.outcome).toBe("issued");
      expect(calls[0]!.form.refresh_token).toBe(issued.refreshToken);
      const fresh = calls[0]!.issued!;
      expect([a, b, c, d]).toEqual([fresh.accessToken, fresh.accessToken, fresh.accessToken, fresh.accessToken]);

      // stored: the rotated refresh token (the old one is dead at Zalo), lease released
      const row = await tokenRow(ward.id);
      expect(await box.open(row.refresh_token_enc)).toBe(fresh.refreshToken);
      expect(await box.open(row.access_token_enc!)).toBe(fresh.accessToken);
      expect(row.version).toBe(2);
      expect(row.lock_owner).toBeNull();
      expect(row.lock_until).toBeNull();
      expect(row.last_error).toBeNull();
      expect(row.access_expires_at).toBeGreaterThan(Date.now() + 24 * 3600_000);
      expect(fake.isRefreshTokenValid(issued.refreshToken)).toBe(false);
      expect(fake.isRefreshTokenValid(fresh.refreshToken)).toBe(true);

      // the stored refresh token really works: a later refresh (Zalo rejected the access token) succeeds
      const [x, y] = await Promise.all([
        processes[1]!.tokens.getAccessToken(ward.id, { rejected: fresh.accessToken }),
        processes[0]!.tokens.getAccessToken(ward.id, { rejected: fresh.accessToken }),
      ]);
      const later = fake.tokenRequests.slice(before + 1);
      expect(later).toHaveLength(1);
      expect(later[0]!.outcome).toBe("issued");
      expect(later[0]!.form.refresh_token).toBe(fresh.refreshToken);
      expect([x, y]).toEqual([later[0]!.issued!.accessToken, later[0]!.issued!.accessToken]);
      expect(await box.open((await tokenRow(ward.id)).refresh_token_enc)).toBe(later[0]!.issued!.refreshToken);
      expect((await tokenRow(ward.id)).version).toBe(3);
    } finally {
      fake.oauthDelayMs = 0;
    }
  });

  it("does not refresh a token that is still valid", async () => {
    let issued!: { accessToken: string; refreshToken: string };
    const ward = await setupWard((appId) => (issued = fake.issueTokens(appId)));
    const before = fake.tokenRequests.length;
    const tokens = await Promise.all([processes[0]!.tokens.getAccessToken(ward.id), processes[1]!.tokens.getAccessToken(ward.id)]);
    expect(tokens).toEqual([issued.accessToken, issued.accessToken]);
    expect(fake.tokenRequests.length).toBe(before);
  });

  it("records a refused refresh in last_error and leaves the stored tokens intact", async () => {
    const oldAccess = "stale-access-token";
    const unknownRefresh = "refresh-token-zalo-does-not-know";
    const ward = await setupWard(() => ({ accessToken: oldAccess, refreshToken: unknownRefresh, expiresAt: Date.now() - 1000 }));
    const before = await tokenRow(ward.id);

    const err = await processes[0]!.tokens.getAccessToken(ward.id).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UpstreamError);
    expect((err as UpstreamError).code).toBe("zalo_token_rejected");
    expect((err as UpstreamError).transient).toBe(false);
    expect((err as UpstreamError).upstreamCode).toBe(-14014);
    expect(fake.tokenRequests.at(-1)!.outcome).toEqual({ error: -14014 });

    const after = await tokenRow(ward.id);
    expect(after.last_error).toMatch(/-14014/);
    expect(after.version).toBe(before.version);
    expect(after.refresh_token_enc).toBe(before.refresh_token_enc);
    expect(after.access_token_enc).toBe(before.access_token_enc);
    expect(after.access_expires_at).toBe(before.access_expires_at);
    expect(after.lock_owner).toBeNull();
    expect(after.lock_until).toBeNull();
    expect(await box.open(after.refresh_token_enc)).toBe(unknownRefresh);
    expect(await box.open(after.access_token_enc!)).toBe(oldAccess);

    // the other process is not stuck behind a lease: it tries (and fails) on its own
    await expect(processes[1]!.tokens.getAccessToken(ward.id)).rejects.toMatchObject({ code: "zalo_token_rejected" });
  });

  it("records a refused app secret the same way", async () => {
    const ward = await setupWard((appId) => ({ ...fake.issueTokens(appId), expiresAt: Date.now() - 1000 }));
    fake.registerApp(ward.appId, "a-rotated-app-secret"); // the app secret changed at Zalo
    const before = await tokenRow(ward.id);
    await expect(processes[0]!.tokens.getAccessToken(ward.id)).rejects.toMatchObject({ code: "zalo_token_rejected" });
    const after = await tokenRow(ward.id);
    expect(after.last_error).toMatch(/-14002/);
    expect(after.refresh_token_enc).toBe(before.refresh_token_enc);
    expect(after.version).toBe(before.version);
  });
});
