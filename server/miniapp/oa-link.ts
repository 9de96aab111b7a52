import { and, eq } from "drizzle-orm";
import type { Database } from "../db/database";
import { residents } from "../db/schema";
import { miniappUsers } from "../db/schema-feedback";

/**
 * The OA resident behind a mini-app user, for messages through the OA. Graph gives the
 * app-scoped id; OA webhooks carry it as `user_id_by_app` next to the OA-scoped sender id (the
 * conversation service keeps it on the resident), so the link is found there and remembered.
 */
export async function linkedOaResident(db: Database, wardId: number, userId: number) {
  const [user] = await db.select().from(miniappUsers).where(eq(miniappUsers.id, userId));
  if (!user) return undefined;
  if (user.residentId !== null) {
    const [r] = await db.select().from(residents).where(eq(residents.id, user.residentId));
    return r;
  }
  const [resident] = await db.select().from(residents).where(and(eq(residents.wardId, wardId), eq(residents.appUserId, user.appUserId)));
  if (resident) await db.update(miniappUsers).set({ residentId: resident.id }).where(eq(miniappUsers.id, userId));
  return resident;
}
