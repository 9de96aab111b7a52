import { and, eq, gt, lt } from "drizzle-orm";
import type { Database } from "../db/database";
import { miniappSessions, miniappUsers } from "../db/schema-feedback";
import type { Clock } from "../lib/clock";
import { randomId, sha256Hex } from "../lib/crypto";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "../lib/errors";
import type { Ward } from "../wards/ward-profile";
import type { WardService } from "../wards/ward-service";
import type { ZaloGraph } from "../zalo/zalo-graph";

/** Sessions are short: the app gets a fresh Zalo token and a new session when one expires. */
export const SESSION_TTL_MS = 2 * 3600_000;

export type MiniappPrincipal = { wardId: number; userId: number; appUserId: string; displayName: string | null };

const sessionExpired = () =>
  new UnauthorizedError("session_expired", "mini-app session missing, unknown or expired", "Phiên làm việc đã hết hạn. Ông/bà vui lòng mở lại ứng dụng.");

/**
 * Who is using the mini app. A session starts from a Zalo access token verified with Graph
 * (appsecret_proof keyed by the ward's app secret); the app then uses a random bearer token of
 * which only the SHA-256 is stored.
 */
export class MiniappSessionService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly wards: WardService,
    private readonly graph: ZaloGraph,
    private readonly devLogin: boolean,
  ) {}

  async appSecret(ward: Ward): Promise<string> {
    const secret = await this.wards.getSecret(ward.id, "app_secret");
    if (!secret) throw new ForbiddenError("miniapp_not_configured", `ward ${ward.slug} has no app secret`, "Ứng dụng của phường chưa được cấu hình. Vui lòng liên hệ phường.");
    return secret;
  }

  /** Verifies a Zalo mini-app access token and opens a session. */
  async startWithZaloToken(ward: Ward, accessToken: string) {
    const identity = await this.graph.me(accessToken, await this.appSecret(ward));
    return this.open(ward, identity.id, identity.name);
  }

  /**
   * Development login (desktop browser on localhost, where zmp-sdk gives mock values). Refused
   * as "not found" unless MINIAPP_DEV_LOGIN is explicitly on; ids are prefixed "dev:".
   */
  async startDev(ward: Ward, devUserId: string, name: string | undefined) {
    if (!this.devLogin) throw new NotFoundError("not_found", "development login is off", "Không tìm thấy trang này.");
    return this.open(ward, `dev:${devUserId}`, name ?? null);
  }

  private async open(ward: Ward, appUserId: string, name: string | null) {
    const now = this.clock.now();
    const [user] = await this.db
      .insert(miniappUsers)
      .values({ wardId: ward.id, appUserId, displayName: name, createdAt: now, lastSeenAt: now })
      .onConflictDoUpdate({ target: [miniappUsers.wardId, miniappUsers.appUserId], set: { lastSeenAt: now, ...(name ? { displayName: name } : {}) } })
      .returning();
    const token = randomId(32);
    const expiresAt = now + SESSION_TTL_MS;
    await this.db.insert(miniappSessions).values({ tokenHash: await sha256Hex(token), wardId: ward.id, userId: user!.id, createdAt: now, expiresAt });
    // old sessions are useless once expired: drop them as we go
    await this.db.delete(miniappSessions).where(lt(miniappSessions.expiresAt, now - SESSION_TTL_MS));
    return { token, expiresAt, user: { name: user!.displayName }, ward: { slug: ward.slug, name: ward.name } };
  }

  /** The principal behind a bearer token, or UnauthorizedError. */
  async authenticate(token: string | undefined): Promise<MiniappPrincipal> {
    if (!token || !/^[0-9a-f]{64}$/.test(token)) throw sessionExpired();
    const now = this.clock.now();
    const [row] = await this.db
      .select({ wardId: miniappSessions.wardId, userId: miniappSessions.userId, appUserId: miniappUsers.appUserId, displayName: miniappUsers.displayName })
      .from(miniappSessions)
      .innerJoin(miniappUsers, eq(miniappUsers.id, miniappSessions.userId))
      .where(and(eq(miniappSessions.tokenHash, await sha256Hex(token)), gt(miniappSessions.expiresAt, now)));
    if (!row) throw sessionExpired();
    return row;
  }
}
