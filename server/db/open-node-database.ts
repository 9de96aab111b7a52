import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql/node";
import { migrate } from "drizzle-orm/libsql/migrator";
import * as schema from "./schema";
import type { Database } from "./database";

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "migrations");

export type OpenDatabase = { db: Database; client: Client; close: () => void };

/** Opens (and creates, for file: URLs) the database and applies pending migrations. */
export async function openNodeDatabase(url: string, authToken?: string): Promise<OpenDatabase> {
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length);
    if (path && path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  const client = createClient({ url, authToken });
  if (url.startsWith("file:")) {
    // WAL lets the sweeper, the webhook and a second process (tests, CLI) share the file;
    // busy_timeout makes concurrent writers wait instead of failing with SQLITE_BUSY.
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA busy_timeout = 5000");
    await client.execute("PRAGMA foreign_keys = ON");
  }
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return { db, client, close: () => client.close() };
}
