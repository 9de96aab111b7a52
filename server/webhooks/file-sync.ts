import { closeSync, fdatasync, fstatSync, openSync, statSync } from "node:fs";

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
      const fd = openSync(path, "r");
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
 * Disk syncs shared by everyone who asks while one is running: `sync()` resolves after a sync
 * that STARTED after the call, so everything written before the call is on disk. Callers that
 * ask during a running sync share the next one; the main thread never waits on the disk.
 */
export class SharedFileSync {
  /** Syncs started; compared with the events they covered by the intake's stats. */
  started = 0;
  private running: Promise<void> | undefined;
  private next: Promise<void> | undefined;

  private readonly ownSync: (SyncFile & { close(): void }) | undefined;
  private readonly syncFile: SyncFile;

  constructor(
    private readonly path: string,
    syncFile?: SyncFile,
  ) {
    this.ownSync = syncFile ? undefined : dataSyncFile();
    this.syncFile = syncFile ?? this.ownSync!;
  }

  /** Closes the descriptor kept for syncing, once a sync still running has finished. */
  close(): void {
    const own = this.ownSync;
    if (!own) return;
    if (this.running) void this.running.catch(() => undefined).finally(() => own.close());
    else own.close();
  }

  sync(): Promise<void> {
    if (!this.running) return this.start();
    // a sync already running may have started before the caller's write: wait for the next one
    this.next ??= this.running.then(
      () => this.start(),
      () => this.start(),
    );
    return this.next;
  }

  private start(): Promise<void> {
    this.next = undefined;
    this.started += 1;
    const running = this.syncFile(this.path).finally(() => {
      if (this.running === running) this.running = undefined;
    });
    this.running = running;
    return running;
  }
}
