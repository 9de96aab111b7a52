import type { Client } from "@libsql/client";

/**
 * The machine's ceiling for processing events on one database file: per event, one indexed
 * SELECT and one INSERT in its own write transaction — the least any processing of an event must
 * do (read something, commit something). Runs on the connection given (its synchronous setting
 * decides the commit's cost) for `ms` and returns events/s. bench/processing.ts and
 * bench/webhook-load.ts (mode "capacity") put processing's figures beside it.
 */
export async function ceilingLoop(client: Client, ms: number): Promise<number> {
  await client.execute("CREATE TABLE IF NOT EXISTS bench_ceiling (id INTEGER PRIMARY KEY, k TEXT NOT NULL, v TEXT NOT NULL)");
  await client.execute("CREATE INDEX IF NOT EXISTS bench_ceiling_k ON bench_ceiling (k)");
  let k = Number((await client.execute("SELECT count(*) AS n FROM bench_ceiling")).rows[0]?.n ?? 0);
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) {
    await client.execute({ sql: "SELECT id, v FROM bench_ceiling WHERE k = ?", args: [`k${k - 1}`] });
    await client.batch([{ sql: "INSERT INTO bench_ceiling (k, v) VALUES (?, ?)", args: [`k${k++}`, "x".repeat(200)] }], "write");
    n++;
  }
  return (n * 1000) / (performance.now() - t0);
}
