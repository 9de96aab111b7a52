import type { Database } from "../db/database";
import { staffAuditLog } from "../db/schema-staff";

export type AuditRecord = {
  wardId: number | null;
  userId: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

/** Keys never written to the audit log, whatever object is passed in. */
const secretKeys = /password|token|secret|csrf/i;

function scrub(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (k, v) => (k && secretKeys.test(k) ? "[ẩn]" : v));
}

/** The insert for one audit row; callers put it in the same batch as the change it records. */
export function auditInsert(db: Database, at: number, r: AuditRecord) {
  return db.insert(staffAuditLog).values({
    wardId: r.wardId,
    userId: r.userId,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId === undefined || r.entityId === null ? null : String(r.entityId),
    before: scrub(r.before),
    after: scrub(r.after),
    createdAt: at,
  });
}
