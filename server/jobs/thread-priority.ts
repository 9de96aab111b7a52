import { getPriority, setPriority } from "node:os";
import type { Logger } from "../lib/logger";

/**
 * Lowers the OS scheduling priority of the calling thread by `increment` (nice, capped at 19).
 *
 * Why: on a machine with few cores the processing thread and the main thread (which acknowledges
 * webhooks) compete for CPU; an acknowledgement is a durable write and a 200 that Zalo waits for,
 * processing is work that can wait a few milliseconds. With the processing thread niced the
 * kernel runs the acknowledging thread first whenever both are ready, and processing still gets
 * every cycle the acknowledgements leave (nice only matters under contention). Measured in
 * bench/README.md ("Issue 15, session 6").
 *
 * On Linux the nice value is per thread and setpriority(PRIO_PROCESS, 0) affects only the calling
 * thread, so calling this from a worker thread leaves the main thread as it was. Raising one's
 * own nice value needs no privilege. Where that is not so, it only logs.
 */
export function lowerThreadPriority(increment: number, logger: Logger): void {
  if (increment <= 0) return;
  try {
    if (process.platform !== "linux") return; // elsewhere it would renice the whole process
    setPriority(Math.min(19, getPriority() + increment));
  } catch (err) {
    logger.warn("could not lower the processing thread's priority", { error: (err as Error).message });
  }
}
