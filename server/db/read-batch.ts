import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "./database";

type Reads = Record<string, BatchItem<"sqlite"> | undefined>;
type ReadResults<T extends Reads> = { [K in keyof T]: T[K] extends BatchItem<"sqlite"> ? T[K]["_"]["result"] : undefined };

/**
 * Several reads in one round trip, results by name:
 *
 *   const { ward, resident, handoff } = await readBatch(db, {
 *     ward: db.select().from(wards).where(eq(wards.id, wardId)),
 *     resident: db.select().from(residents).where(...),
 *     handoff: hasResident ? db.select(...).from(handoffs).where(...).limit(1) : undefined,
 *   });
 *
 * On a libSQL server (Workers) that is one HTTP request instead of one per query: the queries go
 * in one Hrana batch. On an embedded file it is one transaction, so the reads see one consistent
 * state. A read left undefined is skipped and its result is undefined; with nothing to read,
 * nothing is sent. tests/read-batch.test.ts counts the round trips.
 */
export async function readBatch<T extends Reads>(db: Database, reads: T): Promise<ReadResults<T>> {
  const names = Object.keys(reads).filter((k) => reads[k] !== undefined);
  const out = Object.fromEntries(Object.keys(reads).map((k) => [k, undefined])) as Record<string, unknown>;
  if (names.length === 0) return out as ReadResults<T>;
  const items = names.map((k) => reads[k]!) as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]];
  const results = await db.batch(items);
  names.forEach((k, i) => (out[k] = results[i]));
  return out as ReadResults<T>;
}
