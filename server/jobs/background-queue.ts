import type { Logger } from "../lib/logger";

/**
 * Node's stand-in for Workers' waitUntil: runs tasks after the response with bounded
 * concurrency. Nothing depends on it for safety: a task lost with the process is picked up
 * by the sweeper from the database.
 */
export class BackgroundQueue {
  private running = 0;
  private readonly waiting: Array<() => Promise<unknown>> = [];
  private idleResolvers: Array<() => void> = [];

  constructor(
    private readonly logger: Logger,
    private readonly concurrency = 4,
    private readonly delayMs = 0,
  ) {}

  push(task: () => Promise<unknown>): void {
    this.waiting.push(task);
    this.pump();
  }

  /** Resolves when no task is running or waiting (tests, shutdown). */
  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleResolvers.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length) {
      const task = this.waiting.shift()!;
      this.running++;
      const start = this.delayMs ? new Promise((r) => setTimeout(r, this.delayMs)) : Promise.resolve();
      start
        .then(task)
        .catch((err) => this.logger.error("background task failed", { error: err as Error }))
        .finally(() => {
          this.running--;
          this.pump();
          if (this.running === 0 && this.waiting.length === 0) {
            const resolvers = this.idleResolvers;
            this.idleResolvers = [];
            resolvers.forEach((r) => r());
          }
        });
    }
  }
}
