import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type Client } from "@libsql/client";
import { createEmbeddedClient } from "./embedded-client";
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
  options: {
    synchronous?: "FULL" | "NORMAL";
    /** how long a statement waits for another connection's write lock (tests shorten it) */
    busyTimeoutMs?: number;
  } = {},
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
  const embedded = url.startsWith("file:") && !url.startsWith("file::memory:");
  // Embedded file: one connection per thread. The driver's statements are synchronous, so a
  // second connection in the same thread that met the first one's write lock would sleep in
  // its busy handler while the lock holder, on the same thread, could never finish. With one
  // connection, work in this thread queues in the driver instead; other threads and processes
  // (the processing thread, the CLI) wait through the busy timeout. embedded-client.ts: every
  // connection (a replacement too) gets these settings; write batches lock before they read.
  let client: Client;
  if (embedded) {
    const path = url.slice("file:".length).split("?")[0]!;
    client = createEmbeddedClient(path, {
      busyTimeoutMs: options.busyTimeoutMs ?? 5000,
      pragmas: ["foreign_keys = ON", `synchronous = ${options.synchronous ?? "FULL"}`],
      // drizzle's migrations table is always there (migrate below creates it); locking the main
      // file only, not an attached one (the processing thread attaches the intake journal)
      lockMainStatement: "DELETE FROM main.__drizzle_migrations WHERE 0",
    });
    // WAL lets readers and one writer work at once across threads and processes (kept in the file).
    await client.execute("PRAGMA journal_mode = WAL");
  } else {
    client = createClient({ url, authToken, ...(url.startsWith("file:") ? { concurrency: 1 } : {}) });
    if (url.startsWith("file:")) await client.execute("PRAGMA foreign_keys = ON"); // in memory: one connection, never replaced
  }
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return { db, client, close: () => client.close() };
}
