import { open } from "node:fs/promises";

/** Flushes a file's written data to the disk. The default runs fdatasync in libuv's thread pool. */
export type SyncFile = (path: string) => Promise<void>;

/**
 * fdatasync, as SQLite's own sync of a WAL on Linux: the data and what is needed to read it back
 * (the file's size), not its timestamps.
 */
export const dataSyncFile: SyncFile = async (path) => {
  // A fresh descriptor each time: fsync flushes the file (inode), whichever descriptor wrote it,
  // and a fresh one can never point at a file that was replaced meanwhile.
  const handle = await open(path, "r");
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
};

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

  constructor(
    private readonly path: string,
    private readonly syncFile: SyncFile = dataSyncFile,
  ) {}

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
