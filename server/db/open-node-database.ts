import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql/node";
import { migrate } from "drizzle-orm/libsql/migrator";
import * as schema from "./schema";
import type { Database } from "./database";
import { ensurePrivateFile } from "./private-file";

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "migrations");

export type OpenDatabase = { db: Database; client: Client; close: () => void };

/** Opens (and creates, for file: URLs) the database and applies pending migrations. */
export async function openNodeDatabase(
  url: string,
  authToken?: string,
  /** FULL (default): every commit reaches the disk, for what the server acknowledges; NORMAL: a
   *  power cut may undo the last commits (never a process crash), for work that can be redone */
  options: { synchronous?: "FULL" | "NORMAL" } = {},
): Promise<OpenDatabase> {
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length).split("?")[0]!;
    if (path && path !== ":memory:") {
      // residents' data: the folder and the file are the server account's only (SQLite gives
      // its -wal and -shm files the database file's permissions)
      const dir = dirname(resolve(path));
      const created = !existsSync(dir);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (created) chmodSync(dir, 0o700);
      // never open an existing file here: closing that descriptor would drop this process's
      // SQLite locks on it (see private-file.ts)
      ensurePrivateFile(path);
    }
  }
  const embedded = url.startsWith("file:");
  // Embedded file: one connection per thread. The driver's statements are synchronous, so a
  // second connection in the same thread that met the first one's write lock would sleep in
  // its busy handler while the lock holder, on the same thread, could never finish. With one
  // connection, work in this thread queues in the driver instead; other threads and processes
  // (the processing thread, the CLI) wait through the busy timeout.
  const client = createClient({ url, authToken, ...(embedded ? { concurrency: 1, timeout: 5000 } : {}) });
  if (embedded) {
    // WAL lets readers and one writer work at once across threads and processes.
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA busy_timeout = 5000");
    await client.execute("PRAGMA foreign_keys = ON");
    await client.execute(`PRAGMA synchronous = ${options.synchronous ?? "FULL"}`);
  }
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return { db, client, close: () => client.close() };
}
