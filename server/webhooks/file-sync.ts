import { closeSync, fdatasync, fsync, fstatSync, openSync, statSync } from "node:fs";

/** Flushes a file's written data to the disk. The default runs fdatasync in libuv's thread pool. */
export type SyncFile = (path: string) => Promise<void>;

/**
 * fdatasync, as SQLite's own sync of a WAL on Linux: the data and what is needed to read it back
 * (the file's size), not its timestamps. One thread-pool job per sync: the descriptor stays open
 * (opening and closing per sync were two more round trips through the pool, each a wait for a
 * CPU on a loaded machine), and is opened again if the path now names another file (inode).
 */
export function dataSyncFile(): SyncFile & { close(): void } {
  let open: { fd: number; ino: number; path: string } | undefined;
  const sync = async (path: string) => {
    const current = statSync(path).ino; // metadata only, no disk wait
    if (!open || open.path !== path || open.ino !== current) {
      if (open) closeSync(open.fd);
      // "r+": Windows refuses to flush a descriptor opened read-only (EPERM)
      const fd = openSync(path, "r+");
      open = { fd, ino: fstatSync(fd).ino, path };
    }
    const fd = open.fd;
    await new Promise<void>((resolve, reject) => fdatasync(fd, (err) => (err ? reject(err) : resolve())));
  };
  return Object.assign(sync, {
    close() {
      if (open) closeSync(open.fd);
      open = undefined;
    },
  });
}

/**
 * fsync of a directory, so that a file just created in it (a new -wal) survives a power loss:
 * with synchronous = NORMAL SQLite does not sync the directory itself, and fdatasync covers only
 * the file. Skipped where a directory cannot be opened or synced (Windows: EISDIR/EPERM), as
 * there the file system records new names itself.
 */
export async function syncDirectory(dir: string): Promise<void> {
  let fd: number;
  try {
    fd = openSync(dir, "r");
  } catch {
    return;
  }
  try {
    await new Promise<void>((resolve) => fsync(fd, () => resolve()));
  } finally {
    closeSync(fd);
  }
}

/**
 * Disk syncs shared by everyone who asks while they run: `sync()` resolves after a sync that
 * STARTED after the call, so everything written before the call is on disk. Up to `maxInFlight`
 * syncs run at once (default 1): a caller starts its own sync at once while fewer are running,
 * otherwise it shares the next one, started as soon as a running one ends. The main thread never
 * waits on the disk.
 */
export class SharedFileSync {
  /** Syncs started; compared with the events they covered by the intake's stats. */
  started = 0;
  /** Syncs running now. */
  inFlight = 0;
  private readonly running = new Set<Promise<void>>();
  private next: { promise: Promise<void>; resolve: () => void; reject: (err: unknown) => void } | undefined;

  private readonly ownSync: (SyncFile & { close(): void }) | undefined;
  private readonly syncFile: SyncFile;

  constructor(
    private readonly path: string,
    syncFile?: SyncFile,
    private readonly maxInFlight = 1,
  ) {
    this.ownSync = syncFile ? undefined : dataSyncFile();
    this.syncFile = syncFile ?? this.ownSync!;
  }

  /** Closes the descriptor kept for syncing, once the syncs still running have finished. */
  close(): void {
    const own = this.ownSync;
    if (!own) return;
    if (this.running.size) void Promise.allSettled([...this.running]).finally(() => own.close());
    else own.close();
  }

  sync(): Promise<void> {
    if (this.inFlight < this.maxInFlight) return this.start();
    // every running sync may have started before the caller's write: wait for the next one
    if (!this.next) {
      let resolve!: () => void;
      let reject!: (err: unknown) => void;
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      this.next = { promise, resolve, reject };
    }
    return this.next.promise;
  }

  private start(): Promise<void> {
    this.started += 1;
    this.inFlight += 1;
    const running = this.syncFile(this.path).finally(() => {
      this.inFlight -= 1;
      this.running.delete(running);
      const next = this.next;
      if (next) {
        this.next = undefined;
        this.start().then(next.resolve, next.reject);
      }
    });
    this.running.add(running);
    return running;
  }
}
