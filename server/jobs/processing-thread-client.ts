import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Config } from "../config/env";
import type { Logger } from "../lib/logger";
import type { ThreadReply, ThreadRequest } from "./processing-thread";
import type { WarmUpResult } from "./processing-warm-up";

/**
 * The main thread's handle on processing, which runs in a child process (server/jobs/
 * processing-thread.ts; a process so that all of its threads, V8's GC and compiler threads
 * too, run below the acknowledging thread's priority): sends event ids (or, with the intake
 * journal, drain requests), tracks which are still being processed (idle() for shutdown, tests
 * and benchmarks), and restarts the process if it dies — events it had not finished stay pending
 * in the database and its next sweep takes them. The child exits when this process goes away
 * (its IPC channel closes).
 */
const RESTART_MIN_MS = 1000;
const RESTART_MAX_MS = 30_000;

export class ProcessingThread {
  private worker: ChildProcess | undefined;
  /** messages for a child that has not said hello yet (it would drop them) */
  private unsent: ThreadRequest[] = [];
  private listening = false;
  private readonly inFlight = new Set<number>();
  /** intake journal rows the thread was asked to move, and how far it has moved them */
  private drainRequested = 0;
  private drainedUpTo = 0;
  private idleResolvers: Array<() => void> = [];
  private readonly sweeps = new Map<number, (r: { events: number; sent: number }) => void>();
  private sweepId = 0;
  private stopping = false;
  private ready: Promise<void> = Promise.resolve();
  /** the wait before the next restart: doubles while children fail before they are ready (a bad
   * database URL, a broken install) so a failing start is not retried every second forever */
  private restartDelayMs = RESTART_MIN_MS;
  private restartTimer: NodeJS.Timeout | undefined;
  private restarts = 0;
  /** what the current child's answer-engine warm-up cost, once it ended (undefined before) */
  warmUp: WarmUpResult | undefined;

  constructor(
    private readonly config: Config,
    private readonly logger: Logger,
  ) {
    this.start();
  }

  private start(): void {
    // plain node (execArgv: the server's own flags, e.g. a profiler's, are not for this side);
    // the entry registers tsx itself. Structured clone over IPC, as worker messages were.
    const worker = fork(fileURLToPath(new URL("./processing-thread-entry.mjs", import.meta.url)), [], {
      execArgv: [],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.worker = worker;
    this.warmUp = undefined;
    this.listening = false;
    this.unsent = [];
    this.ready = new Promise((resolve) => {
      const onReady = (m: ThreadReply) => {
        if (m.type === "ready") {
          worker.off("message", onReady);
          this.restartDelayMs = RESTART_MIN_MS;
          resolve();
        }
      };
      worker.on("message", onReady);
      worker.once("exit", () => resolve());
    });
    worker.on("message", (m: ThreadReply) => {
      if (m.type === "hello") {
        worker.send({ type: "start", config: this.config } satisfies ThreadRequest);
        this.listening = true;
        for (const message of this.unsent.splice(0)) worker.send(message);
      } else if (m.type === "done") {
        for (const id of m.eventIds) this.inFlight.delete(id);
        this.settle();
      } else if (m.type === "drained") {
        // the thread posts "done" for these later, on the same port, so they are tracked first
        m.eventIds.forEach((id) => this.inFlight.add(id));
        this.drainedUpTo = Math.max(this.drainedUpTo, m.upTo);
        this.settle();
      } else if (m.type === "warmed") {
        this.warmUp = m.result;
      } else if (m.type === "swept") {
        const resolve = this.sweeps.get(m.id);
        this.sweeps.delete(m.id);
        resolve?.("error" in m.result ? { events: 0, sent: 0 } : m.result);
      }
    });
    worker.on("error", (err) => this.logger.error("processing thread failed", { error: err }));
    worker.on("exit", (code, signal) => {
      // a sweep the child will never answer: nothing swept here (its successor's first sweep
      // takes what was due), rather than a caller waiting forever
      for (const resolve of this.sweeps.values()) resolve({ events: 0, sent: 0 });
      this.sweeps.clear();
      if (this.stopping) return;
      const delayMs = this.restartDelayMs;
      this.restartDelayMs = Math.min(RESTART_MAX_MS, delayMs * 2); // reset once a child is ready
      this.restarts += 1;
      this.logger.error("processing thread exited; restarting", { code, signal, attempt: this.restarts, delayMs });
      this.inFlight.clear();
      this.drainedUpTo = this.drainRequested; // the new thread's first sweep drains the journal
      this.settle();
      this.restartTimer = setTimeout(() => {
        this.restartTimer = undefined;
        // a child that died just before stop(): no new one during shutdown
        if (!this.stopping) this.start();
      }, delayMs);
      this.restartTimer.unref();
    });
  }

  /** the child's process id (the bench reads its threads' CPU) */
  get pid(): number | undefined {
    return this.worker?.pid;
  }

  push(eventId: number): void {
    this.inFlight.add(eventId);
    this.post({ type: "process", eventId });
  }

  /** Asks the thread to move intake journal rows up to `journalId` into webhook_events and process them. */
  requestDrain(journalId: number): void {
    this.drainRequested = Math.max(this.drainRequested, journalId);
    // The acknowledgements of one journal flush resume together, in one run of microtasks: one
    // message for all of them (each message is cloned, wakes the processing thread and is read
    // there; the drain it asks for moves every row up to the highest id anyway).
    if (this.drainPosting) return;
    this.drainPosting = true;
    queueMicrotask(() => {
      this.drainPosting = false;
      this.post({ type: "drain", journalId: this.drainRequested });
    });
  }
  private drainPosting = false;

  sweepNow(): Promise<{ events: number; sent: number }> {
    const id = ++this.sweepId;
    return new Promise((resolve) => {
      this.sweeps.set(id, resolve);
      this.post({ type: "sweep", id });
    });
  }

  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleResolvers.push(resolve));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
    // One deadline for both waits: the child ignores SIGINT/SIGTERM, so a child stuck before
    // "ready" (e.g. an unreachable libSQL server) must not hold the server's shutdown forever.
    const deadline = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), 10_000).unref());
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    if ((await Promise.race([this.ready.then(() => "ready" as const), deadline])) === "ready") {
      this.post({ type: "stop" });
      await Promise.race([exited, deadline]);
    }
    if (worker.exitCode === null && worker.signalCode === null) worker.kill("SIGKILL");
  }

  private post(message: ThreadRequest): void {
    const worker = this.worker;
    if (!worker?.connected) return; // exited: its successor's first sweep takes over
    if (this.listening) worker.send(message);
    else this.unsent.push(message);
  }

  private isIdle(): boolean {
    return this.inFlight.size === 0 && this.drainRequested <= this.drainedUpTo;
  }

  private settle(): void {
    if (!this.isIdle()) return;
    const resolvers = this.idleResolvers;
    this.idleResolvers = [];
    resolvers.forEach((r) => r());
  }
}
