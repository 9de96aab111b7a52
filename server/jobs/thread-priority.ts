import { readdirSync } from "node:fs";
import { getPriority, setPriority } from "node:os";
import type { Logger } from "../lib/logger";

/**
 * Lowers the OS scheduling priority of the WHOLE calling process by `increment` (nice, capped at
 * 19): meant for the processing child process (server/jobs/processing-thread.ts), never the server.
 *
 * Why: on a machine with few cores the processing side and the main thread (which acknowledges
 * webhooks) compete for CPU; an acknowledgement is a durable write and a 200 that Zalo waits for,
 * processing is work that can wait a few milliseconds. With processing niced the kernel runs the
 * acknowledging thread first whenever both are ready, and processing still gets every cycle the
 * acknowledgements leave (nice only matters under contention).
 *
 * Every thread, not only the JavaScript one: V8's platform threads do the processing heap's
 * concurrent marking, parallel scavenges and optimising compiles (measured: ~0.5 ms for every ms
 * of processing, bench/README.md "Issue 15, session 9"); when processing was a worker thread of
 * the server those threads were shared with, and as urgent as, the acknowledging thread.
 *
 * On Linux a nice value is per thread: each thread of this process (/proc/self/task) is lowered,
 * and threads started later inherit the value of the thread that starts them. Elsewhere
 * setpriority applies to the process. Raising one's own nice value needs no privilege; where it
 * fails, it only logs.
 */
export function lowerProcessPriority(increment: number, logger: Logger): void {
  if (increment <= 0) return;
  try {
    if (process.platform !== "linux") {
      setPriority(Math.min(19, getPriority() + increment));
      return;
    }
    for (const task of readdirSync("/proc/self/task")) {
      const tid = Number(task);
      try {
        setPriority(tid, Math.min(19, getPriority(tid) + increment));
      } catch {
        // the thread ended meanwhile
      }
    }
  } catch (err) {
    logger.warn("could not lower the processing process's priority", { error: (err as Error).message });
  }
}
