/**
 * The database file's locks survive the server opening a second connection (issue 15: the cause
 * of tests/crash-recovery.test.ts's intermittent failure). SQLite's locks are POSIX locks, owned
 * by the process and dropped when ANY descriptor of the file closes; openNodeDatabase used to
 * "touch" the file (open + close) to set its mode, which, done by the processing thread while the
 * main thread's connection held the file, dropped the server's locks. Another process could then
 * take the exclusive lock — what closing its last connection does to checkpoint and delete the
 * WAL — and everything the server committed afterwards went into a deleted file: invisible to
 * every other process and lost at restart.
 */
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openNodeDatabase } from "../server/db/open-node-database";
import { makeTempDir, REPO_ROOT } from "./support/factories";

let tmp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  tmp = makeTempDir("file-locks");
});
afterAll(() => tmp?.remove());

it("another process cannot take the database's exclusive lock while a server holds it with two connections", { timeout: 60_000 }, async () => {
  const url = `file:${join(tmp.dir, "locks.db")}`;
  const child = spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, "tests/support/two-connection-holder.ts"), url], {
    cwd: REPO_ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => String((await lines.next()).value ?? "");
  try {
    expect(await next()).toBe("ready");

    // Leaving WAL mode needs the exclusive lock, as a last connection's checkpoint-and-delete
    // of the WAL does: refused while the holder's shared lock is really there.
    const probe = createClient({ url });
    try {
      await probe.execute("PRAGMA busy_timeout = 0");
      await expect(probe.execute("PRAGMA journal_mode = DELETE")).rejects.toThrow(/SQLITE_BUSY|locked/);
    } finally {
      probe.close();
    }

    // another process (a CLI, a test) opens the database and closes it; the holder's next
    // commit is still seen by everyone
    (await openNodeDatabase(url)).close();
    child.stdin!.write("write 1\n");
    expect(await next()).toBe("written 1");
    const reader = await openNodeDatabase(url);
    try {
      const rows = await reader.client.execute("SELECT n FROM lock_probe");
      expect(rows.rows.map((r) => Number(r.n))).toEqual([1]);
    } finally {
      reader.close();
    }
    expect(statSync(join(tmp.dir, "locks.db")).mode & 0o777).toBe(0o600);
  } finally {
    child.stdin!.end("exit\n");
    await new Promise((resolve) => child.once("exit", resolve));
  }
});
