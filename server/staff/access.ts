import { ForbiddenError } from "../lib/errors";

export type Role = "admin" | "staff" | "communicator";
export const roles: Role[] = ["admin", "staff", "communicator"];
export const roleLabels: Record<Role, string> = { admin: "Quản trị phường", staff: "Cán bộ tiếp nhận", communicator: "Biên tập kiến thức" };

/** The signed-in person as every staff service sees it. */
export type Actor = {
  userId: number;
  email: string;
  name: string;
  isCityAdmin: boolean;
  mustChangePassword: boolean;
  /** ward id → roles held there */
  memberships: Map<number, Set<Role>>;
};

/** Roles effectively held in a ward: admins (and city admins) may do everything there. */
export function rolesIn(actor: Actor, wardId: number): Set<Role> {
  if (actor.isCityAdmin) return new Set(roles);
  const held = actor.memberships.get(wardId);
  if (!held) return new Set();
  return held.has("admin") ? new Set(roles) : held;
}

export function can(actor: Actor, wardId: number, ...allowed: Role[]): boolean {
  const held = rolesIn(actor, wardId);
  return allowed.some((r) => held.has(r));
}

/** Throws unless the actor holds one of `allowed` in the ward. */
export function requireRole(actor: Actor, wardId: number, ...allowed: Role[]): void {
  if (!can(actor, wardId, ...allowed)) {
    throw new ForbiddenError("forbidden", `user ${actor.userId} lacks ${allowed.join("/")} in ward ${wardId}`, "Bạn không có quyền thực hiện việc này ở phường này.");
  }
}

export function requireCityAdmin(actor: Actor): void {
  if (!actor.isCityAdmin) throw new ForbiddenError("forbidden", `user ${actor.userId} is not a city admin`, "Chỉ quản trị cấp thành phố được làm việc này.");
}
