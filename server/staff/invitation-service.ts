import { and, eq, gt, isNull, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { z } from "zod";
import type { Database } from "../db/database";
import { wards } from "../db/schema";
import { staffInvitations } from "../db/schema-security";
import { staffMemberships, staffUsers } from "../db/schema-staff";
import type { Clock } from "../lib/clock";
import { randomId, sha256Hex } from "../lib/crypto";
import { ConflictError, NotFoundError } from "../lib/errors";
import { requireRole, roles, type Actor, type Role } from "./access";
import { auditInsert } from "./audit";
import { normaliseEmail, userIdOf, type StaffAuthService } from "./auth-service";
import { runBatch } from "./batch";
import { checkPasswordStrength } from "./password-policy";
import { hashPassword } from "./passwords";

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

const rolesSchema = z.array(z.enum(["admin", "staff", "communicator"]));

const invalidInvitation = () => new NotFoundError("invitation_not_found", "unknown, used or expired invitation", "Lời mời không còn hiệu lực (đã dùng hoặc quá 7 ngày). Vui lòng nhờ quản trị phường gửi lời mời mới.");

/**
 * How a ward admin adds a person: an invitation link the admin hands over (Zalo, in person). The
 * invited person accepts it with the password of their existing account, or creates the account
 * with a password they choose, so a ward admin never holds or sets the credentials of an
 * account, and never learns whether an email already has one (the answer is the same link).
 * Accepting adds the membership with audit rows in the ward and in every other ward of the account.
 */
export class InvitationService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly auth: StaffAuthService,
  ) {}

  /** Creates an invitation; returns its token (shown once to the admin; only its hash is stored). */
  async invite(actor: Actor, wardId: number, input: { email: string; name: string; roles: Role[] }): Promise<{ token: string; expiresAt: number }> {
    requireRole(actor, wardId, "admin");
    const email = normaliseEmail(input.email);
    const chosen = [...new Set(input.roles)].filter((r) => roles.includes(r));
    // a member of this ward is in the list the admin already sees: no secret is told here
    const [member] = await this.db
      .select({ id: staffUsers.id })
      .from(staffUsers)
      .innerJoin(staffMemberships, and(eq(staffMemberships.userId, staffUsers.id), eq(staffMemberships.wardId, wardId)))
      .where(eq(staffUsers.email, email));
    if (member) throw new ConflictError("member_exists", "already a member", "Người này đã là cán bộ của phường; hãy sửa vai trò trong danh sách.");
    const token = randomId(32);
    const now = this.clock.now();
    const expiresAt = now + INVITATION_TTL_MS;
    await runBatch(this.db, [
      this.db.insert(staffInvitations).values({ wardId, email, name: input.name.trim(), roles: JSON.stringify(chosen), tokenHash: await sha256Hex(token), createdBy: actor.userId, createdAt: now, expiresAt }),
      auditInsert(this.db, now, { wardId, userId: actor.userId, action: "invite", entity: "staff_invitation", entityId: email, after: { email, name: input.name.trim(), roles: chosen } }),
    ]);
    return { token, expiresAt };
  }

  /** What the invitation page shows: the ward, the invited email and roles. */
  async describe(token: string) {
    const invitation = await this.open(token);
    const [ward] = await this.db.select({ id: wards.id, slug: wards.slug, name: wards.name }).from(wards).where(eq(wards.id, invitation.wardId));
    return { email: invitation.email, name: invitation.name, roles: rolesSchema.parse(JSON.parse(invitation.roles)) as Role[], ward: ward! };
  }

  private async open(token: string) {
    if (!/^[0-9a-f]{64}$/.test(token)) throw invalidInvitation();
    const [row] = await this.db
      .select()
      .from(staffInvitations)
      .where(and(eq(staffInvitations.tokenHash, await sha256Hex(token)), isNull(staffInvitations.acceptedAt), gt(staffInvitations.expiresAt, this.clock.now())));
    if (!row) throw invalidInvitation();
    return row;
  }

  /**
   * Accepts with the account's password (existing account: checked like a sign-in, with the same
   * throttling) or creates the account with the given password (new email). Returns the
   * signed-in session.
   */
  async accept(token: string, input: { password: string; name?: string }, from: { address?: string; deviceToken?: string }) {
    const invitation = await this.open(token);
    const chosen = rolesSchema.parse(JSON.parse(invitation.roles)) as Role[];
    const now = this.clock.now();
    const [existing] = await this.db.select().from(staffUsers).where(eq(staffUsers.email, invitation.email));
    const writes: BatchItem<"sqlite">[] = [];
    let userId: number | SQL;
    let before: Role[] = [];
    let signedIn: Awaited<ReturnType<StaffAuthService["login"]>> | undefined;
    if (existing) {
      // proves the person owns the account (throttled like any sign-in); throws on a wrong password
      signedIn = await this.auth.login(invitation.email, input.password, from);
      userId = signedIn.session.actor.userId;
      const current = await this.db.select({ role: staffMemberships.role }).from(staffMemberships).where(and(eq(staffMemberships.userId, userId), eq(staffMemberships.wardId, invitation.wardId)));
      before = current.map((r) => r.role);
    } else {
      checkPasswordStrength(input.password, invitation.email);
      // the new account joins the batch below: an account never exists without its membership and audit rows
      writes.push(
        this.db
          .insert(staffUsers)
          .values({ email: invitation.email, name: (input.name?.trim() || invitation.name).slice(0, 120), passwordHash: await hashPassword(input.password), createdAt: now, updatedAt: now }),
      );
      userId = userIdOf(invitation.email);
    }
    writes.push(
      this.db.update(staffInvitations).set({ acceptedAt: now, acceptedUserId: userId }).where(and(eq(staffInvitations.id, invitation.id), isNull(staffInvitations.acceptedAt))),
      ...(await this.auth.membershipWrites(userId, invitation.wardId, userId, before, [...new Set([...before, ...chosen])], now, "membership_accepted")),
    );
    try {
      await runBatch(this.db, writes);
    } catch (e) {
      // an account with this email created meanwhile makes the whole batch fail on the unique email
      if (!existing && (await this.db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, invitation.email))).length) {
        throw new ConflictError("account_exists", "account created meanwhile", "Tài khoản vừa được tạo; vui lòng tải lại trang và đăng nhập để nhận lời mời.");
      }
      throw e;
    }
    const [ward] = await this.db.select({ slug: wards.slug }).from(wards).where(eq(wards.id, invitation.wardId));
    signedIn ??= await this.auth.login(invitation.email, input.password, from);
    return { wardSlug: ward!.slug, signedIn };
  }
}
