import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/database";
import { staffAuditLog } from "../db/schema-staff";

export type AuditRecord = {
  /** A number, or a subquery when the ward is created in the same batch. */
  wardId: number | null | SQL;
  /** Who acted; a subquery when the account is created in the same batch (accepting an invitation). */
  userId: number | null | SQL;
  action: string;
  entity: string;
  /** A value, or SQL (e.g. `lastInsertId`, a subquery) when the row is inserted in the same batch. */
  entityId?: string | number | null | SQL;
  before?: unknown;
  after?: unknown;
};

/** Keys never written to the audit log, whatever object is passed in. */
const secretKeys = /password|token|secret|csrf/i;

function scrub(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (k, v) => (k && secretKeys.test(k) ? "[ẩn]" : v));
}

/**
 * The rowid written by the batch's previous INSERT (same connection, same transaction): lets an
 * audit row name a row inserted just before it in one batch. Only right when the audit insert
 * directly follows that insert.
 */
export const lastInsertId = sql<number>`last_insert_rowid()`;

/** `"<prefix>#<id of the row inserted just before>"`, for entity ids such as "entry-id#42". */
export function lastInsertIdWithPrefix(prefix: string): SQL {
  return sql`${`${prefix}#`} || last_insert_rowid()`;
}

/** The insert for one audit row; callers put it in the same batch as the change it records. */
export function auditInsert(db: Database, at: number, r: AuditRecord) {
  return db.insert(staffAuditLog).values({
    wardId: r.wardId,
    userId: r.userId,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId === undefined || r.entityId === null ? null : typeof r.entityId === "object" ? sql`cast(${r.entityId} as text)` : String(r.entityId),
    before: scrub(r.before),
    after: scrub(r.after),
    createdAt: at,
  });
}
