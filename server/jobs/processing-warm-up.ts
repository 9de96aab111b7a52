/**
 * Warm-up of a processing process's answer engine, before its first events (issue 15).
 *
 * V8 compiles the engine's code as it runs it: a fresh processing process answered its first
 * ~2,000 events at about 1.6 ms of CPU each against ~1.3 ms once warm (bench/README.md, session
 * 14). Here, once the process is ready and nothing is queued, it asks its own assistant the
 * knowledge entries' sample questions (as written, and without diacritics, as many residents
 * type), in slices that let the event loop turn, until a CPU budget is spent. It stops at once
 * when an event is queued: events never wait behind it longer than one ask.
 *
 * Nothing is written and nothing is sent: `Assistant.ask` is a pure decision over the loaded
 * knowledge (no conversation memory, no language model, no database), so the warm-up cannot
 * change what any resident is answered. Its cost (asks, CPU and wall ms) is returned, logged by
 * the processing process and reported to the server (ProcessingThread.warmUp).
 */
import type { Assistant } from "../assistant/assistant";
import { emptyMemory } from "../assistant/ask-result";
import type { Ward } from "../wards/ward-profile";

/** CPU the warm-up may spend by default (ms, the whole process: compiler threads included); PROCESSING_WARM_UP_MS. */
export const WARM_UP_CPU_MS = 1500;
/** Asks at most (the engine's tiers are reached within ~2,000 asks; beyond that it only costs). */
export const WARM_UP_MAX_ASKS = 2000;
/** How long one slice of asks may hold the event loop (ms). */
const SLICE_MS = 5;

export type WarmUpResult = {
  /** asks run */
  asks: number;
  /** CPU of the process during the warm-up's slices (ms; user + system, every thread) */
  cpuMs: number;
  /** wall time from start to end (ms; the loop turns between slices included) */
  wallMs: number;
  /** why it ended: budget spent, max asks reached, an event came (interrupted), or nothing to ask (no ward, no entries) */
  ended: "budget" | "asks" | "interrupted" | "nothing";
};

/** The texts asked: each published entry's sample questions, as written and without diacritics. */
export function warmUpTexts(assistant: Assistant): string[] {
  const texts: string[] = [];
  for (const entry of assistant.kb.entries) {
    if (entry.status !== "published") continue;
    for (const q of entry.questions) texts.push(q);
  }
  const bare = texts.map((t) => t.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D"));
  return [...texts, ...bare];
}

export async function warmUpAssistant(
  source: { assistant: () => Promise<Assistant>; ward: () => Promise<Ward | undefined> },
  options: { cpuBudgetMs?: number; maxAsks?: number; interrupted?: () => boolean; now?: () => number } = {},
): Promise<WarmUpResult> {
  const budget = options.cpuBudgetMs ?? WARM_UP_CPU_MS;
  const maxAsks = options.maxAsks ?? WARM_UP_MAX_ASKS;
  const interrupted = options.interrupted ?? (() => false);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const cpuMs = () => {
    const c = process.cpuUsage(cpu0);
    return (c.user + c.system) / 1000;
  };
  const result = (asks: number, ended: WarmUpResult["ended"]): WarmUpResult => ({ asks, cpuMs: cpuMs(), wallMs: performance.now() - t0, ended });
  if (budget <= 0 || maxAsks <= 0) return result(0, "nothing");
  if (interrupted()) return result(0, "interrupted");
  const [assistant, ward] = await Promise.all([source.assistant(), source.ward()]);
  const texts = ward ? warmUpTexts(assistant) : [];
  if (!texts.length) return result(0, "nothing");
  const now = options.now ?? Date.now;
  let asks = 0;
  let sliceStart = performance.now();
  for (;;) {
    if (interrupted()) return result(asks, "interrupted");
    if (asks >= maxAsks) return result(asks, "asks");
    if (cpuMs() >= budget) return result(asks, "budget");
    assistant.ask(texts[asks % texts.length]!, ward!, now(), emptyMemory());
    asks++;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
