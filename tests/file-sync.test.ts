/**
 * SharedFileSync (server/webhooks/file-sync.ts): the disk syncs behind the intake journal's
 * acknowledgements. Real files and real fdatasync, slowed down so calls overlap.
 */
import { appendFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dataSyncFile, SharedFileSync, syncDirectory } from "../server/webhooks/file-sync";
import { makeTempDir } from "./support/factories";

const tmp = makeTempDir("file-sync");
const realSync = dataSyncFile();
afterAll(() => {
  realSync.close();
  tmp.remove();
});

// Each slowed sync waits at a gate the test opens, not on a timer: under load a timer's few milliseconds can outlast
// a sync and the calls would not overlap as the test means them to.
function gates() {
  const waiting: Array<() => void> = [];
  return {
    wait: () => new Promise<void>((r) => waiting.push(r)),
    open: () => waiting.shift()!(),
  };
}
const until = async (ready: () => boolean) => {
  while (!ready()) await new Promise((r) => setImmediate(r));
};

describe("shared disk syncs", () => {
  it("answers each caller after a sync that began after its call, and callers during a sync share the next", async () => {
    const file = join(tmp.dir, "wal");
    appendFileSync(file, "x");
    let size = 0;
    const began: number[] = [];
    const gate = gates();
    const sync = new SharedFileSync(file, async (path) => {
      began.push(size); // what was written when this sync began
      await gate.wait();
      await realSync(path);
    });
    const write = () => {
      appendFileSync(file, "y");
      return ++size;
    };
    const covered = async (written: number) => {
      await sync.sync();
      return { written, syncsBegun: [...began] };
    };
    const first = covered(write()); // starts a sync at once
    await until(() => began.length === 1);
    // ten writes while the first sync runs: they must not ride on it, and share one more
    const during = Array.from({ length: 10 }, () => covered(write()));
    gate.open();
    await until(() => began.length === 2);
    gate.open();
    const results = await Promise.all([first, ...during]);
    expect(began).toEqual([1, 11]);
    expect(sync.started).toBe(2);
    for (const r of results) expect(r.syncsBegun.some((s) => s >= r.written)).toBe(true);
    // idle again: the next call starts its own sync
    const last = covered(write());
    await until(() => began.length === 3);
    gate.open();
    await last;
    expect(began).toEqual([1, 11, 12]);
  });

  it("with two in flight, a caller during a running sync starts its own at once; later callers share the next, begun when one ends", async () => {
    const file = join(tmp.dir, "wal2");
    appendFileSync(file, "x");
    let size = 0;
    let running = 0;
    const began: Array<{ written: number; alongside: number }> = [];
    const gate = gates();
    const sync = new SharedFileSync(
      file,
      async (path) => {
        began.push({ written: size, alongside: running });
        running += 1;
        await gate.wait();
        await realSync(path);
        running -= 1;
      },
      2,
    );
    const write = () => {
      appendFileSync(file, "y");
      return ++size;
    };
    const covered = async (written: number) => {
      await sync.sync();
      return { written, syncsBegun: began.map((b) => b.written) };
    };
    const first = covered(write());
    await until(() => began.length === 1);
    const second = covered(write()); // one running: starts the second at once
    await until(() => began.length === 2);
    const later = Array.from({ length: 5 }, () => covered(write())); // two running: share the third
    await new Promise((r) => setTimeout(r, 20)); // they must wait: nothing begins while two run
    expect(began.length).toBe(2);
    gate.open(); // the first ends: the third begins, covering all five
    await until(() => began.length === 3);
    gate.open();
    gate.open();
    const results = await Promise.all([first, second, ...later]);
    expect(began).toEqual([
      { written: 1, alongside: 0 },
      { written: 2, alongside: 1 },
      { written: 7, alongside: 1 },
    ]);
    expect(sync.started).toBe(3);
    for (const r of results) expect(r.syncsBegun.some((s) => s >= r.written)).toBe(true);
  });

  it("syncs the file the path names now, after the file was replaced", async () => {
    const file = join(tmp.dir, "replaced");
    appendFileSync(file, "a");
    await realSync(file);
    renameSync(file, `${file}.old`);
    appendFileSync(file, "b"); // a new file (inode) at the same path
    await realSync(file);
    rmSync(`${file}.old`);
    await realSync(file); // the old descriptor's file is gone: nothing refers to it any more
  });

  it("passes a failed sync to its callers and recovers for the next", async () => {
    let fail = true;
    const sync = new SharedFileSync(join(tmp.dir, "missing"), async (path) => {
      if (fail) throw new Error("disk gone");
      await realSync(path).catch(() => undefined);
    });
    await expect(sync.sync()).rejects.toThrow("disk gone");
    fail = false;
    await expect(sync.sync()).resolves.toBeUndefined();
  });
  it("syncs a directory, and skips silently where one cannot be opened", async () => {
    await expect(syncDirectory(tmp.dir)).resolves.toBeUndefined();
    await expect(syncDirectory(join(tmp.dir, "no-such-dir"))).resolves.toBeUndefined();
  });
});
