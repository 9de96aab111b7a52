/**
 * `npm run bench`: ask() latency, then webhook load, then a compact summary table.
 * Every figure is a median over repeated runs (the machine may be shared: compare ratios).
 * Knobs: see bench/ask-latency.ts and bench/webhook-load.ts (ASK_*, WEBHOOK_* variables).
 */
import { cpus } from "node:os";
import { formatAskLatency, runAskLatency } from "./ask-latency";
import { formatModelPath, runModelPath } from "./model-path";
import { formatRoundTripsResult, runRoundTrips } from "./round-trips";
import { formatWebhookLoad, runWebhookLoad } from "./webhook-load";

const log = (s: string) => console.log(s);
console.log(`hoi-phuong bench, ${new Date().toISOString()}, node ${process.version}, ${cpus().length} cpus (${cpus()[0]?.model ?? "?"})`);

const ask = await runAskLatency({ log });
console.log(formatAskLatency(ask));
const hook = await runWebhookLoad({ log });
console.log(formatWebhookLoad(hook));
const model = await runModelPath({ log });
console.log(formatModelPath(model));
const trips = await runRoundTrips();
console.log(formatRoundTripsResult(trips));

const rows: Array<[string, string, string, string]> = [
  ["ask() p50", `${ask.p50Ms.toFixed(3)} ms`, "", ""],
  ["ask() p99", `${ask.p99Ms.toFixed(3)} ms`, "< 2 ms", ask.met ? "met" : "MISSED"],
  ["knowledge index build", `${ask.buildMs.toFixed(1)} ms`, "", ""],
  [`webhook @${hook.rateTarget}/s acks/s`, hook.medians.rate.acksPerS.toFixed(0), `${hook.rateTarget}`, hook.medians.rate.acksPerS >= hook.rateTarget * 0.95 ? "met" : "MISSED"],
  [`webhook @${hook.rateTarget}/s p50`, `${hook.medians.rate.p50} ms`, "", ""],
  [`webhook @${hook.rateTarget}/s p99`, `${hook.medians.rate.p99} ms`, "< 20 ms", hook.met ? "met" : "MISSED"],
  [`webhook @${hook.rateTarget}/s non-2xx`, String(hook.medians.rate.non2xx), "0", hook.medians.rate.non2xx === 0 ? "met" : "MISSED"],
  ["webhook max acks/s", hook.medians.max.acksPerS.toFixed(0), "", ""],
  ["webhook max p99", `${hook.medians.max.p99} ms`, "", ""],
  ...(hook.deferred.length ? [[`webhook @${hook.rateTarget}/s p99, processing deferred`, `${hook.medians.deferred.p99} ms`, "(diagnostic)", ""] as [string, string, string, string]] : []),
  ["language model: our added latency p50", `${model.addedP50Ms.toFixed(2)} ms`, "", ""],
  ["language model: our added latency p99", `${model.addedP99Ms.toFixed(2)} ms`, "", ""],
  ["language model: fallbacks (1 call in 5 failing)", String(model.fallbacksWithFailures), "", ""],
  ["background processing", `${hook.medians.rate.processPerS.toFixed(0)} events/s`, "", ""],
  ["Workers round trips: ack (ward cached)", String(trips.trips["ack: ward cached"]!.ack), "≤ 1", trips.trips["ack: ward cached"]!.ack <= 1 ? "met" : "MISSED"],
  ["Workers round trips: process a question", String(trips.question.processing), "≤ 3", trips.question.processing <= 3 ? "met" : "MISSED"],
  [
    "acked events stored / processed",
    [...hook.rate, ...hook.shared, ...hook.max, ...hook.deferred].every((r) => r.storedEqualsAcked) ? "all stored" : "SOME MISSING",
    "",
    [...hook.rate, ...hook.shared, ...hook.max, ...hook.deferred].every((r) => r.pending + r.failed === 0) ? "all processed" : "SOME UNPROCESSED",
  ],
];
const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ["measure", "median", "target", ""][i]!.length));
const fmt = (r: string[]) => r.map((c, i) => c.padEnd(w[i]!)).join("  ");
console.log("\nsummary (medians)");
console.log(fmt(["measure", "median", "target", ""]));
for (const r of rows) console.log(fmt(r));
