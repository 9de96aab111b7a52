import { and, eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/database";
import { wards } from "../db/schema";
import { staffDevices } from "../db/schema-security";
import { staffMemberships, staffSessions, staffUsers } from "../db/schema-staff";
import type { Clock } from "../lib/clock";
import { randomId, sha256Hex } from "../lib/crypto";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UnauthorizedError, ValidationError } from "../lib/errors";
import { requireCityAdmin, requireRole, roles, type Actor, type Role } from "./access";
import { auditInsert } from "./audit";
import { runBatch } from "./batch";
import { ACCOUNT_RULE, ADDRESS_RULE, LoginThrottle } from "./login-throttle";
import { checkPasswordStrength, MIN_PASSWORD_LENGTH } from "./password-policy";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./passwords";

export const SESSION_TTL_MS = 12 * 3600_000;
export const MAX_FAILURES = ACCOUNT_RULE.max;
export const LOCKOUT_MS = ACCOUNT_RULE.lockMs;
export { MIN_PASSWORD_LENGTH };
/** A browser that signed in to an account is remembered this long (not locked out by strangers' guesses). */
export const DEVICE_TTL_MS = 180 * 24 * 3600_000;

export type StaffSession = { actor: Actor; csrfToken: string; sessionId: number; expiresAt: number };

const invalidLogin = () => new UnauthorizedError("invalid_login", "wrong email or password", "Email hoặc mật khẩu không đúng.");

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The id of the account with this (normalised) email, as a subquery: for writes batched with the account's creation. */
export function userIdOf(email: string): SQL<number> {
  return sql<number>`(select ${staffUsers.id} from ${staffUsers} where ${staffUsers.email} = ${email})`;
}

const minutesLeft = (until: number, now: number) => Math.max(1, Math.ceil((until - now) / 60_000));

/** Accounts, memberships, sessions and lockout. */
export class StaffAuthService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {
    this.throttle = new LoginThrottle(db);
  }

  readonly throttle: LoginThrottle;

  /**
   * Checks the password; on success opens a session and returns its token (shown once, stored
   * hashed) and a device token for the browser. Each attempt first reserves a check against the
   * client address's and the account's failure counts (atomic), so a burst of guesses never gets
   * more checks than allowed. A browser holding a device token of the account skips the account's
   * lock (strangers' guesses cannot keep the owner out), never the address's.
   */
  async login(emailInput: string, password: string, from: { address?: string; deviceToken?: string } = {}): Promise<{ token: string; session: StaffSession; deviceToken: string }> {
    const email = normaliseEmail(emailInput);
    const now = this.clock.now();
    const addressKey = `addr:${from.address ?? "unknown"}`;
    const address = await this.throttle.reserve(addressKey, ADDRESS_RULE, now);
    if (!address.allowed) {
      throw new RateLimitedError("locked", `login locked for address ${from.address}`, `Có quá nhiều lần đăng nhập sai từ máy này. Vui lòng thử lại sau ${minutesLeft(address.lockedUntil!, now)} phút.`);
    }
    const [user] = await this.db.select().from(staffUsers).where(eq(staffUsers.email, email));
    const knownDevice = user && from.deviceToken ? await this.knownDevice(user.id, from.deviceToken) : false;
    const accountKey = `email:${email}`;
    if (!knownDevice) {
      const account = await this.throttle.reserve(accountKey, ACCOUNT_RULE, now);
      if (!account.allowed) {
        throw new RateLimitedError(
          "locked",
          `login locked for ${email}`,
          `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${minutesLeft(account.lockedUntil!, now)} phút, đăng nhập từ máy tính bạn vẫn dùng, hoặc nhờ quản trị phường đặt lại mật khẩu.`,
        );
      }
    }
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok || user.disabled) throw invalidLogin();
    await this.throttle.giveBack(addressKey);
    if (!knownDevice) await this.throttle.clear(accountKey);
    const token = randomId(32);
    const csrfToken = randomId(24);
    const deviceToken = knownDevice ? from.deviceToken! : randomId(32);
    const [row] = await this.db
      .insert(staffSessions)
      .values({ tokenHash: await sha256Hex(token), userId: user.id, csrfToken, createdAt: now, expiresAt: now + SESSION_TTL_MS })
      .returning();
    const deviceHash = await sha256Hex(deviceToken);
    await runBatch(this.db, [
      this.db.delete(staffSessions).where(and(eq(staffSessions.userId, user.id), lt(staffSessions.expiresAt, now))),
      this.db
        .insert(staffDevices)
        .values({ tokenHash: deviceHash, userId: user.id, createdAt: now, lastUsedAt: now })
        .onConflictDoUpdate({ target: staffDevices.tokenHash, set: { lastUsedAt: now } }),
      this.db.delete(staffDevices).where(and(eq(staffDevices.userId, user.id), lt(staffDevices.lastUsedAt, now - DEVICE_TTL_MS))),
      auditInsert(this.db, now, { wardId: null, userId: user.id, action: "login", entity: "session", entityId: row!.id }),
    ]);
    return { token, deviceToken, session: { actor: await this.actor(user.id), csrfToken, sessionId: row!.id, expiresAt: row!.expiresAt } };
  }

  private async knownDevice(userId: number, token: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(token)) return false;
    const [row] = await this.db.select().from(staffDevices).where(and(eq(staffDevices.tokenHash, await sha256Hex(token)), eq(staffDevices.userId, userId)));
    return !!row && row.lastUsedAt > this.clock.now() - DEVICE_TTL_MS;
  }

  /** The session behind a cookie token, or undefined when unknown or expired. */
  async session(token: string | undefined): Promise<StaffSession | undefined> {
    if (!token || token.length > 200) return undefined;
    const [row] = await this.db.select().from(staffSessions).where(eq(staffSessions.tokenHash, await sha256Hex(token)));
    if (!row || row.expiresAt <= this.clock.now()) return undefined;
    const actor = await this.actor(row.userId).catch(() => undefined);
    if (!actor) return undefined;
    return { actor, csrfToken: row.csrfToken, sessionId: row.id, expiresAt: row.expiresAt };
  }

  async logout(token: string): Promise<void> {
    await this.db.delete(staffSessions).where(eq(staffSessions.tokenHash, await sha256Hex(token)));
  }

  async actor(userId: number): Promise<Actor> {
    const [user] = await this.db.select().from(staffUsers).where(eq(staffUsers.id, userId));
    if (!user || user.disabled) throw new UnauthorizedError("no_user", "user missing or disabled", "Tài khoản không còn hiệu lực.");
    const rows = await this.db.select().from(staffMemberships).where(eq(staffMemberships.userId, userId));
    const memberships = new Map<number, Set<Role>>();
    for (const r of rows) memberships.set(r.wardId, (memberships.get(r.wardId) ?? new Set()).add(r.role));
    return { userId: user.id, email: user.email, name: user.name, isCityAdmin: user.isCityAdmin, mustChangePassword: user.mustChangePassword, memberships };
  }

  /** Wards the actor can open in the console. */
  async wardsOf(actor: Actor) {
    const all = await this.db.select({ id: wards.id, slug: wards.slug, name: wards.name }).from(wards).orderBy(wards.id);
    return actor.isCityAdmin ? all : all.filter((w) => actor.memberships.has(w.id));
  }

  /** The first city admin (from the CLI, no actor) or another one (by a city admin). */
  async createCityAdmin(input: { email: string; name: string; password: string }, by?: Actor): Promise<number> {
    if (by) requireCityAdmin(by);
    const email = normaliseEmail(input.email);
    checkPasswordStrength(input.password, email);
    const now = this.clock.now();
    const [existing] = await this.db.select().from(staffUsers).where(eq(staffUsers.email, email));
    if (existing) {
      await runBatch(this.db, [
        this.db.update(staffUsers).set({ isCityAdmin: true, updatedAt: now }).where(eq(staffUsers.id, existing.id)),
        auditInsert(this.db, now, { wardId: null, userId: by?.userId ?? null, action: "grant_city_admin", entity: "staff_user", entityId: existing.id, before: { isCityAdmin: existing.isCityAdmin }, after: { isCityAdmin: true } }),
      ]);
      return existing.id;
    }
    const [[user]] = await this.db.batch([
      this.db
        .insert(staffUsers)
        .values({ email, name: input.name.trim(), passwordHash: await hashPassword(input.password), isCityAdmin: true, createdAt: now, updatedAt: now })
        .returning({ id: staffUsers.id }),
      auditInsert(this.db, now, { wardId: null, userId: by?.userId ?? null, action: "create_city_admin", entity: "staff_user", entityId: userIdOf(email), after: { email, name: input.name } }),
    ]);
    return user!.id;
  }

  /** Staff of a ward with their roles there (admins only). */
  async listWardStaff(actor: Actor, wardId: number) {
    requireRole(actor, wardId, "admin");
    const rows = await this.db
      .select({ userId: staffUsers.id, email: staffUsers.email, name: staffUsers.name, disabled: staffUsers.disabled, role: staffMemberships.role })
      .from(staffMemberships)
      .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.userId))
      .where(eq(staffMemberships.wardId, wardId))
      .orderBy(staffUsers.name);
    const byUser = new Map<number, { userId: number; email: string; name: string; disabled: boolean; roles: Role[] }>();
    for (const r of rows) {
      const u = byUser.get(r.userId) ?? { userId: r.userId, email: r.email, name: r.name, disabled: r.disabled, roles: [] };
      u.roles.push(r.role);
      byUser.set(r.userId, u);
    }
    return [...byUser.values()];
  }

  /**
   * A CITY ADMIN adds a person to a ward: creates the account when the email is new (handing
   * over the initial password), otherwise links the existing account. Ward admins invite instead
   * (InvitationService): linking an existing account must never give a ward power over it.
   */
  async addWardStaff(actor: Actor, wardId: number, input: { email: string; name: string; roles: Role[]; password?: string }): Promise<number> {
    requireCityAdmin(actor);
    const email = normaliseEmail(input.email);
    const now = this.clock.now();
    const [user] = await this.db.select().from(staffUsers).where(eq(staffUsers.email, email));
    const writes: BatchItem<"sqlite">[] = [];
    if (!user) {
      if (!input.password) throw new ValidationError("password_required", "new account needs a password", "Tài khoản mới cần mật khẩu ban đầu.");
      checkPasswordStrength(input.password, email);
      // the account, its membership and their audit rows are one batch: no account without its ward
      writes.push(
        this.db.insert(staffUsers).values({ email, name: input.name.trim(), passwordHash: await hashPassword(input.password), mustChangePassword: true, createdAt: now, updatedAt: now }),
        auditInsert(this.db, now, { wardId, userId: actor.userId, action: "create_user", entity: "staff_user", entityId: userIdOf(email), after: { email, name: input.name } }),
      );
    } else {
      const current = await this.db
        .select()
        .from(staffMemberships)
        .where(and(eq(staffMemberships.userId, user.id), eq(staffMemberships.wardId, wardId)));
      if (current.length) throw new ConflictError("member_exists", "already a member", "Người này đã là cán bộ của phường; hãy sửa vai trò trong danh sách.");
    }
    writes.push(...(await this.membershipWrites(actor.userId, wardId, user?.id ?? userIdOf(email), [], input.roles, now)));
    await runBatch(this.db, writes);
    if (user) return user.id;
    const [created] = await this.db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email));
    return created!.id;
  }

  /** Wards other than `wardId` where the user holds a role. */
  async otherWards(userId: number, wardId: number): Promise<number[]> {
    const rows = await this.db.select({ wardId: staffMemberships.wardId }).from(staffMemberships).where(eq(staffMemberships.userId, userId));
    return [...new Set(rows.map((r) => r.wardId))].filter((w) => w !== wardId);
  }

  /**
   * The writes that set a user's roles in a ward, with an audit row in that ward and, when the
   * account belongs to other wards too, in each of them (they must know their member changed).
   */
  async membershipWrites(byUserId: number | null | SQL, wardId: number, userId: number | SQL, before: Role[], after: Role[], now: number, action = "set_roles"): Promise<BatchItem<"sqlite">[]> {
    const writes: BatchItem<"sqlite">[] = [this.db.delete(staffMemberships).where(and(eq(staffMemberships.userId, userId), eq(staffMemberships.wardId, wardId)))];
    const unique = [...new Set(after)].filter((r) => roles.includes(r));
    if (unique.length) writes.push(this.db.insert(staffMemberships).values(unique.map((role) => ({ userId, wardId, role, createdAt: now }))));
    writes.push(auditInsert(this.db, now, { wardId, userId: byUserId, action, entity: "staff_user", entityId: userId, before: { roles: before }, after: { roles: unique } }));
    // an account created in this batch (userId a subquery) belongs to no other ward yet
    for (const other of typeof userId === "number" ? await this.otherWards(userId, wardId) : []) {
      writes.push(
        auditInsert(this.db, now, { wardId: other, userId: byUserId, action: "membership_elsewhere", entity: "staff_user", entityId: userId, before: { wardId, roles: before }, after: { wardId, roles: unique } }),
      );
    }
    return writes;
  }

  /**
   * Only a city admin acts on a city admin's account, or on the credentials of an account that
   * also belongs to another ward: a ward admin's power stops at the ward's own accounts.
   */
  private async requireOwnedByWard(actor: Actor, wardId: number, userId: number, what: "roles" | "credentials"): Promise<typeof staffUsers.$inferSelect> {
    const [target] = await this.db.select().from(staffUsers).where(eq(staffUsers.id, userId));
    if (!target) throw new NotFoundError("member_not_found", `no user ${userId}`, "Không tìm thấy cán bộ này trong phường.");
    if (actor.isCityAdmin) return target;
    if (target.isCityAdmin) throw new ForbiddenError("city_admin", `ward admin ${actor.userId} acting on city admin ${userId}`, "Chỉ quản trị cấp thành phố được thay đổi tài khoản quản trị cấp thành phố.");
    if (what === "credentials" && (await this.otherWards(userId, wardId)).length) {
      throw new ForbiddenError("shared_account", `user ${userId} belongs to other wards`, "Tài khoản này thuộc cả phường khác; chỉ chủ tài khoản hoặc quản trị cấp thành phố được đổi mật khẩu.");
    }
    return target;
  }

  /** Replaces a member's roles in the ward (an empty list removes them from the ward). */
  async setRoles(actor: Actor, wardId: number, userId: number, newRoles: Role[]): Promise<void> {
    requireRole(actor, wardId, "admin");
    const before = await this.memberRoles(wardId, userId);
    await this.requireOwnedByWard(actor, wardId, userId, "roles");
    if (userId === actor.userId && before.includes("admin") && !newRoles.includes("admin") && !actor.isCityAdmin) {
      throw new ValidationError("self_demote", "admin cannot remove own admin role", "Bạn không thể tự bỏ quyền quản trị của mình.");
    }
    await runBatch(this.db, await this.membershipWrites(actor.userId, wardId, userId, before, newRoles, this.clock.now()));
  }

  private async memberRoles(wardId: number, userId: number): Promise<Role[]> {
    const rows = await this.db.select().from(staffMemberships).where(and(eq(staffMemberships.userId, userId), eq(staffMemberships.wardId, wardId)));
    if (!rows.length) throw new NotFoundError("member_not_found", `user ${userId} not in ward ${wardId}`, "Không tìm thấy cán bộ này trong phường.");
    return rows.map((r) => r.role);
  }

  /** An admin sets a new password for an account only their ward holds; the member's sessions end and it must be changed at sign-in. */
  async resetPassword(actor: Actor, wardId: number, userId: number, newPassword: string): Promise<void> {
    requireRole(actor, wardId, "admin");
    await this.memberRoles(wardId, userId);
    const target = await this.requireOwnedByWard(actor, wardId, userId, "credentials");
    checkPasswordStrength(newPassword, target.email);
    const now = this.clock.now();
    await runBatch(this.db, [
      this.db.update(staffUsers).set({ passwordHash: await hashPassword(newPassword), mustChangePassword: true, updatedAt: now }).where(eq(staffUsers.id, userId)),
      this.db.delete(staffSessions).where(eq(staffSessions.userId, userId)),
      this.db.delete(staffDevices).where(eq(staffDevices.userId, userId)),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "reset_password", entity: "staff_user", entityId: userId }),
    ]);
    await this.throttle.clear(`email:${target.email}`);
  }

  async changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string, keepSessionId: number): Promise<void> {
    const [user] = await this.db.select().from(staffUsers).where(eq(staffUsers.id, actor.userId));
    if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
      throw new ValidationError("wrong_password", "current password wrong", "Mật khẩu hiện tại không đúng.");
    }
    checkPasswordStrength(newPassword, user.email);
    if (newPassword === currentPassword) throw new ValidationError("same_password", "same password", "Mật khẩu mới cần khác mật khẩu hiện tại.");
    const now = this.clock.now();
    const others = (await this.db.select({ id: staffSessions.id }).from(staffSessions).where(eq(staffSessions.userId, actor.userId)))
      .map((s) => s.id)
      .filter((id) => id !== keepSessionId);
    const writes: BatchItem<"sqlite">[] = [
      this.db.update(staffUsers).set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false, updatedAt: now }).where(eq(staffUsers.id, actor.userId)),
      auditInsert(this.db, now, { wardId: null, userId: actor.userId, action: "change_password", entity: "staff_user", entityId: actor.userId }),
    ];
    if (others.length) writes.push(this.db.delete(staffSessions).where(inArray(staffSessions.id, others)));
    await runBatch(this.db, writes);
  }
}
