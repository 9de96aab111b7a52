import { chmodSync, closeSync, openSync } from "node:fs";

/**
 * Makes sure a database file exists and is readable by the server account only (0600; SQLite
 * gives its -wal and -shm files the same mode), WITHOUT ever opening an existing file.
 *
 * Why it matters: SQLite's locks on a file are POSIX advisory locks, which belong to the process,
 * and closing ANY descriptor of the file drops all of them — those of SQLite connections already
 * open in another thread of the same process included. SQLite cannot see that happen. A process
 * whose locks were dropped this way (the server's processing thread opened its connection, and
 * touched the file, while the main thread's connection held the database) looks unused to other
 * processes: the next one to close its last connection (a CLI, a test, a second server) takes the
 * exclusive lock, checkpoints and DELETES the WAL; the server keeps writing into the deleted WAL,
 * and every commit after that is invisible to other processes and lost at restart.
 * (tests/database-file-locks.test.ts reproduces it; it made tests/crash-recovery.test.ts flaky.)
 *
 * So: create with O_EXCL (a file that did not exist cannot be open in this process), and change
 * the mode by path, which takes no descriptor.
 */
export function ensurePrivateFile(path: string): void {
  try {
    closeSync(openSync(path, "wx", 0o600));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  chmodSync(path, 0o600);
}
