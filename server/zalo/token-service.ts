import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Database } from "../db/database";
import { zaloTokens } from "../db/schema";
import type { Clock } from "../lib/clock";
import { randomId, type SecretBox } from "../lib/crypto";
import { AppError, UpstreamError } from "../lib/errors";
import type { Logger } from "../lib/logger";
import type { WardService } from "../wards/ward-service";
import type { ZaloApi } from "./zalo-api";

const REFRESH_MARGIN_MS = 5 * 60_000;
const LOCK_MS = 30_000;
const WAIT_STEP_MS = 100;

/**
 * OA access tokens. Refresh tokens are single-use and rotate, so a refresh is done by exactly
 * one caller at a time across processes: it takes a lease on the row with a compare-and-swap
 * on `version`, stores the new refresh token before anyone uses the new access token, and bumps
 * `version`. Others wait for the version to change and use the stored token.
 */
export class TokenService {
  /**
   * Access tokens read or refreshed here, per ward, until REFRESH_MARGIN_MS before they expire:
   * sending a reply then costs no database read. Safe across processes: a token another process
   * replaced still works until it expires, and one Zalo rejects is named as `rejected`, which
   * skips this cache and reads (or refreshes) the stored one.
   */
  private readonly cache = new Map<number, { token: string; expiresAt: number }>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly box: SecretBox | undefined,
    private readonly wards: WardService,
    private readonly api: ZaloApi,
    private readonly logger: Logger,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  private requireBox(): SecretBox {
    if (!this.box) throw new AppError("secrets_key_missing", "SECRETS_KEY is required to store Zalo tokens");
    return this.box;
  }

  /** Stores tokens obtained by the OA admin (first authorisation, or a manual reset). */
  async storeTokens(wardId: number, tokens: { accessToken?: string; refreshToken: string; expiresAt?: number }): Promise<void> {
    const box = this.requireBox();
    const now = this.clock.now();
    this.cache.delete(wardId);
    const values = {
      accessTokenEnc: tokens.accessToken ? await box.seal(tokens.accessToken) : null,
      refreshTokenEnc: await box.seal(tokens.refreshToken),
      accessExpiresAt: tokens.accessToken ? (tokens.expiresAt ?? now + 25 * 3600_000) : 0,
      lockOwner: null,
      lockUntil: null,
      lastError: null,
      updatedAt: now,
    };
    const [existing] = await this.db.select({ version: zaloTokens.version }).from(zaloTokens).where(eq(zaloTokens.wardId, wardId));
    if (existing) {
      await this.db.update(zaloTokens).set({ ...values, version: existing.version + 1 }).where(eq(zaloTokens.wardId, wardId));
    } else {
      await this.db.insert(zaloTokens).values({ wardId, version: 1, ...values });
    }
  }

  /** A valid access token, refreshing when it is missing, about to expire, or `staleToken` was rejected. */
  async getAccessToken(wardId: number, options: { rejected?: string } = {}): Promise<string> {
    const cached = this.cache.get(wardId);
    if (cached && cached.token !== options.rejected && cached.expiresAt - REFRESH_MARGIN_MS > this.clock.now()) return cached.token;
    this.cache.delete(wardId);
    for (let attempt = 0; attempt < (LOCK_MS / WAIT_STEP_MS) * 2; attempt++) {
      const [row] = await this.db.select().from(zaloTokens).where(eq(zaloTokens.wardId, wardId));
      if (!row) throw new AppError("zalo_not_connected", `ward ${wardId} has no Zalo OA tokens`);
      const now = this.clock.now();
      const access = row.accessTokenEnc ? await this.requireBox().open(row.accessTokenEnc) : undefined;
      const usable = access && row.accessExpiresAt - REFRESH_MARGIN_MS > now && access !== options.rejected;
      if (usable) {
        this.remember(wardId, access, row.accessExpiresAt);
        return access;
      }

      const owner = randomId();
      const claimed = await this.db
        .update(zaloTokens)
        .set({ lockOwner: owner, lockUntil: now + LOCK_MS })
        .where(and(eq(zaloTokens.wardId, wardId), eq(zaloTokens.version, row.version), or(isNull(zaloTokens.lockUntil), lt(zaloTokens.lockUntil, now))))
        .returning({ version: zaloTokens.version });
      if (claimed.length) return this.refresh(wardId, row.version, owner, await this.requireBox().open(row.refreshTokenEnc));
      await this.sleep(WAIT_STEP_MS); // another caller is refreshing: wait for its new version
    }
    throw new UpstreamError("zalo_token_busy", "timed out waiting for a token refresh", true);
  }

  private async refresh(wardId: number, version: number, owner: string, refreshToken: string): Promise<string> {
    const ward = await this.wards.byId(wardId);
    const appSecret = await this.wards.getSecret(wardId, "app_secret");
    if (!ward.appId || !appSecret) throw new AppError("zalo_not_configured", `ward ${ward.slug} has no Zalo app id or app secret`);
    try {
      const pair = await this.api.refreshAccessToken({ appId: ward.appId, appSecret, refreshToken });
      const box = this.requireBox();
      const now = this.clock.now();
      // Store the rotated refresh token first: the old one is already spent.
      const stored = await this.db
        .update(zaloTokens)
        .set({
          accessTokenEnc: await box.seal(pair.accessToken),
          refreshTokenEnc: await box.seal(pair.refreshToken),
          accessExpiresAt: now + pair.expiresInSeconds * 1000,
          version: version + 1,
          lockOwner: null,
          lockUntil: null,
          lastError: null,
          updatedAt: now,
        })
        // Compare-and-swap on the version, not the lease: a refresh slower than the lease still
        // stores the rotated token as long as nobody rotated it in between.
        .where(and(eq(zaloTokens.wardId, wardId), eq(zaloTokens.version, version)))
        .returning({ version: zaloTokens.version });
      this.remember(wardId, pair.accessToken, now + pair.expiresInSeconds * 1000);
      if (!stored.length) this.logger.error("zalo token rotated concurrently; this refresh's token was not stored", { wardId });
      this.logger.info("zalo access token refreshed", { wardId, version: version + 1 });
      return pair.accessToken;
    } catch (err) {
      const message = (err as Error).message;
      await this.db
        .update(zaloTokens)
        .set({ lockOwner: null, lockUntil: null, lastError: message, updatedAt: this.clock.now() })
        .where(and(eq(zaloTokens.wardId, wardId), eq(zaloTokens.lockOwner, owner)));
      this.logger.error("zalo token refresh failed", { wardId, error: message });
      throw err;
    }
  }

  private remember(wardId: number, token: string, expiresAt: number): void {
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(wardId, { token, expiresAt });
  }
}
