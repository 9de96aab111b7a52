import { and, eq, inArray, lt } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/database";
import { wards } from "../db/schema";
import { staffLoginFailures, staffMemberships, staffSessions, staffUsers } from "../db/schema-staff";
import type { Clock } from "../lib/clock";
import { randomId, sha256Hex } from "../lib/crypto";
import { ConflictError, NotFoundError, RateLimitedError, UnauthorizedError, ValidationError } from "../lib/errors";
import { requireCityAdmin, requireRole, roles, type Actor, type Role } from "./access";
import { auditInsert } from "./audit";
import { runBatch } from "./batch";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./passwords";

export const SESSION_TTL_MS = 12 * 3600_000;
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_MS = 15 * 60_000;
export const MIN_PASSWORD_LENGTH = 10;

export type StaffSession = { actor: Actor; csrfToken: string; sessionId: number; expiresAt: number };

const invalidLogin = () => new UnauthorizedError("invalid_login", "wrong email or password", "Email hoặc mật khẩu không đúng.");

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError("weak_password", "password too short", `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  }
}

/** Accounts, memberships, sessions and lockout. */
export class StaffAuthService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Checks the password; on success opens a session and returns its token (shown once, stored hashed). */
  async login(emailInput: string, password: string): Promise<{ token: string; session: StaffSession }> {
    const email = normaliseEmail(emailInput);
    const now = this.clock.now();
    const [failure] = await this.db.select().from(staffLoginFailures).where(eq(staffLoginFailures.email, email));
    if (failure?.lockedUntil && failure.lockedUntil > now) {
      const minutes = Math.ceil((failure.lockedUntil - now) / 60_000);
      throw new RateLimitedError("locked", `login locked for ${email}`, `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${minutes} phút hoặc nhờ quản trị phường đặt lại mật khẩu.`);
    }
    const [user] = await this.db.select().from(staffUsers).where(eq(staffUsers.email, email));
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok || user.disabled) {
      await this.recordFailure(email, failure, now);
      throw invalidLogin();
    }
    const token = randomId(32);
    const csrfToken = randomId(24);
    const [row] = await this.db
      .insert(staffSessions)
      .values({ tokenHash: await sha256Hex(token), userId: user.id, csrfToken, createdAt: now, expiresAt: now + SESSION_TTL_MS })
      .returning();
    await runBatch(this.db, [
      this.db.delete(staffLoginFailures).where(eq(staffLoginFailures.email, email)),
      this.db.delete(staffSessions).where(and(eq(staffSessions.userId, user.id), lt(staffSessions.expiresAt, now))),
      auditInsert(this.db, now, { wardId: null, userId: user.id, action: "login", entity: "session", entityId: row!.id }),
    ]);
    return { token, session: { actor: await this.actor(user.id), csrfToken, sessionId: row!.id, expiresAt: row!.expiresAt } };
  }

  private async recordFailure(email: string, existing: typeof staffLoginFailures.$inferSelect | undefined, now: number) {
    const fresh = !existing || now - existing.firstFailureAt > FAILURE_WINDOW_MS;
    const failures = fresh ? 1 : existing.failures + 1;
    const lockedUntil = failures >= MAX_FAILURES ? now + LOCKOUT_MS : null;
    const values = { email, failures, firstFailureAt: fresh ? now : existing.firstFailureAt, lockedUntil };
    await this.db.insert(staffLoginFailures).values(values).onConflictDoUpdate({ target: staffLoginFailures.email, set: values });
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
    checkPasswordStrength(input.password);
    const email = normaliseEmail(input.email);
    const now = this.clock.now();
    const [existing] = await this.db.select().from(staffUsers).where(eq(staffUsers.email, email));
    if (existing) {
      await runBatch(this.db, [
        this.db.update(staffUsers).set({ isCityAdmin: true, updatedAt: now }).where(eq(staffUsers.id, existing.id)),
        auditInsert(this.db, now, { wardId: null, userId: by?.userId ?? null, action: "grant_city_admin", entity: "staff_user", entityId: existing.id, before: { isCityAdmin: existing.isCityAdmin }, after: { isCityAdmin: true } }),
      ]);
      return existing.id;
    }
    const [user] = await this.db
      .insert(staffUsers)
      .values({ email, name: input.name.trim(), passwordHash: await hashPassword(input.password), isCityAdmin: true, createdAt: now, updatedAt: now })
      .returning({ id: staffUsers.id });
    await auditInsert(this.db, now, { wardId: null, userId: by?.userId ?? null, action: "create_city_admin", entity: "staff_user", entityId: user!.id, after: { email, name: input.name } });
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
   * Adds a person to the ward with the given roles: creates the account when the email is new
   * (the admin hands over the initial password), otherwise only adds the membership.
   */
  async addWardStaff(actor: Actor, wardId: number, input: { email: string; name: string; roles: Role[]; password?: string }): Promise<number> {
    requireRole(actor, wardId, "admin");
    const email = normaliseEmail(input.email);
    const now = this.clock.now();
    let [user] = await this.db.select().from(staffUsers).where(eq(staffUsers.email, email));
    const writes: BatchItem<"sqlite">[] = [];
    if (!user) {
      if (!input.password) throw new ValidationError("password_required", "new account needs a password", "Tài khoản mới cần mật khẩu ban đầu.");
      checkPasswordStrength(input.password);
      [user] = await this.db
        .insert(staffUsers)
        .values({ email, name: input.name.trim(), passwordHash: await hashPassword(input.password), mustChangePassword: true, createdAt: now, updatedAt: now })
        .returning();
      writes.push(auditInsert(this.db, now, { wardId, userId: actor.userId, action: "create_user", entity: "staff_user", entityId: user!.id, after: { email, name: input.name } }));
    }
    const current = await this.db
      .select()
      .from(staffMemberships)
      .where(and(eq(staffMemberships.userId, user!.id), eq(staffMemberships.wardId, wardId)));
    if (current.length) throw new ConflictError("member_exists", "already a member", "Người này đã là cán bộ của phường; hãy sửa vai trò trong danh sách.");
    writes.push(...this.roleWrites(actor, wardId, user!.id, [], input.roles, now));
    await runBatch(this.db, writes);
    return user!.id;
  }

  private roleWrites(actor: Actor, wardId: number, userId: number, before: Role[], after: Role[], now: number): BatchItem<"sqlite">[] {
    const writes: BatchItem<"sqlite">[] = [this.db.delete(staffMemberships).where(and(eq(staffMemberships.userId, userId), eq(staffMemberships.wardId, wardId)))];
    const unique = [...new Set(after)].filter((r) => roles.includes(r));
    if (unique.length) writes.push(this.db.insert(staffMemberships).values(unique.map((role) => ({ userId, wardId, role, createdAt: now }))));
    writes.push(auditInsert(this.db, now, { wardId, userId: actor.userId, action: "set_roles", entity: "staff_user", entityId: userId, before: { roles: before }, after: { roles: unique } }));
    return writes;
  }

  /** Replaces a member's roles in the ward (an empty list removes them from the ward). */
  async setRoles(actor: Actor, wardId: number, userId: number, newRoles: Role[]): Promise<void> {
    requireRole(actor, wardId, "admin");
    const before = await this.memberRoles(wardId, userId);
    if (userId === actor.userId && before.includes("admin") && !newRoles.includes("admin") && !actor.isCityAdmin) {
      throw new ValidationError("self_demote", "admin cannot remove own admin role", "Bạn không thể tự bỏ quyền quản trị của mình.");
    }
    await runBatch(this.db, this.roleWrites(actor, wardId, userId, before, newRoles, this.clock.now()));
  }

  private async memberRoles(wardId: number, userId: number): Promise<Role[]> {
    const rows = await this.db.select().from(staffMemberships).where(and(eq(staffMemberships.userId, userId), eq(staffMemberships.wardId, wardId)));
    if (!rows.length) throw new NotFoundError("member_not_found", `user ${userId} not in ward ${wardId}`, "Không tìm thấy cán bộ này trong phường.");
    return rows.map((r) => r.role);
  }

  /** An admin sets a new password for a member of their ward; the member's sessions end. */
  async resetPassword(actor: Actor, wardId: number, userId: number, newPassword: string): Promise<void> {
    requireRole(actor, wardId, "admin");
    await this.memberRoles(wardId, userId);
    checkPasswordStrength(newPassword);
    const [target] = await this.db.select().from(staffUsers).where(eq(staffUsers.id, userId));
    if (target?.isCityAdmin && !actor.isCityAdmin) throw new ValidationError("city_admin", "ward admin cannot reset a city admin", "Không thể đặt lại mật khẩu của quản trị cấp thành phố.");
    const now = this.clock.now();
    await runBatch(this.db, [
      this.db.update(staffUsers).set({ passwordHash: await hashPassword(newPassword), mustChangePassword: true, updatedAt: now }).where(eq(staffUsers.id, userId)),
      this.db.delete(staffSessions).where(eq(staffSessions.userId, userId)),
      this.db.delete(staffLoginFailures).where(eq(staffLoginFailures.email, target!.email)),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "reset_password", entity: "staff_user", entityId: userId }),
    ]);
  }

  async changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string, keepSessionId: number): Promise<void> {
    const [user] = await this.db.select().from(staffUsers).where(eq(staffUsers.id, actor.userId));
    if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
      throw new ValidationError("wrong_password", "current password wrong", "Mật khẩu hiện tại không đúng.");
    }
    checkPasswordStrength(newPassword);
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
