/**
 * The processing child ignores SIGINT/SIGTERM (it ends through the parent's stop message), so the
 * parent's stop() must end a child that never becomes ready — here one whose libSQL server
 * accepts connections and never answers — instead of waiting for it forever.
 */
import { createServer, type Socket } from "node:net";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProcessingThread } from "../server/jobs/processing-thread-client";
import type { Logger } from "../server/lib/logger";
import { makeTempDir, sleep, testConfig, waitFor } from "./support/factories";

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe("stopping a processing child that never becomes ready", () => {
  const sockets: Socket[] = [];
  const silent = createServer((socket) => void sockets.push(socket)); // accepts, never answers
  let port = 0;
  let tmp: ReturnType<typeof makeTempDir>;

  beforeAll(async () => {
    tmp = makeTempDir("processing-stop");
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    port = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
    tmp?.remove();
  });

  it("kills it after the stop deadline instead of hanging", { timeout: 60_000 }, async () => {
    const config = { ...testConfig(tmp.dir, "http://127.0.0.1:9"), databaseUrl: `http://127.0.0.1:${port}` };
    const thread = new ProcessingThread(config, quiet);
    await waitFor(() => sockets.length > 0, { timeoutMs: 30_000, what: "the child to reach the silent database" });
    const pid = thread.pid!;
    const stopped = thread.stop().then(() => "stopped" as const);
    expect(await Promise.race([stopped, sleep(25_000).then(() => "still waiting" as const)])).toBe("stopped");
    await waitFor(() => !existsSync(`/proc/${pid}`), { timeoutMs: 5_000, intervalMs: 20, what: "the child to be gone" });
  });
});

