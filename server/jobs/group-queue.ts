import type { Logger } from "../lib/logger";

/**
 * The processing thread's queue: event ids wait here and are handed out in groups of up to
 * `maxGroup`, one group at a time, in arrival order (see EventGroups: a group shares its
 * commits). A lone event is a group of one, so a quiet ward's answer waits on nothing. Like
 * BackgroundQueue, nothing depends on it for safety: an event lost with the process is picked up
 * by the sweeper from the database.
 */
export class GroupQueue {
  private readonly waiting: number[] = [];
  private running: Promise<void> | undefined;
  private idleResolvers: Array<() => void> = [];

  constructor(
    private readonly run: (eventIds: number[]) => Promise<void>,
    private readonly logger: Logger,
    private readonly maxGroup = 64,
    /** a test hook: wait this long before each group */
    private readonly delayMs = 0,
  ) {}

  push(eventId: number): void {
    this.waiting.push(eventId);
    this.running ??= this.loop();
  }

  /** Resolves when no group is running or waiting (tests, shutdown). */
  idle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleResolvers.push(resolve));
  }

  private async loop(): Promise<void> {
    while (this.waiting.length) {
      if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
      const group = this.waiting.splice(0, this.maxGroup);
      try {
        await this.run(group);
      } catch (err) {
        this.logger.error("processing a group of events failed", { events: group.length, error: err as Error });
      }
    }
    this.running = undefined;
    const resolvers = this.idleResolvers;
    this.idleResolvers = [];
    resolvers.forEach((r) => r());
  }
}
