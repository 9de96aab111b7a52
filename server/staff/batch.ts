import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/database";

/** Runs writes atomically (one libSQL batch = one transaction). */
export async function runBatch(db: Database, items: BatchItem<"sqlite">[]): Promise<void> {
  if (!items.length) return;
  await db.batch(items as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
}
