/**
 * `npm run bench`: ask() latency, webhook load, the language model path, round trips on the
 * Workers path, processing against the machine ceiling, ack contention; then a summary table
 * with the figures recorded in bench/README.md beside today's.
 * Every figure is a median over repeated runs (the machine may be shared: compare ratios).
 * Knobs: see the bench/*.ts files (ASK_*, WEBHOOK_*, PROCESSING_*, CONTENTION_* variables).
 */
import { cpus, loadavg } from "node:os";
import { formatAckContention, runAckContention } from "./ack-contention";
import { formatAskLatency, median, runAskLatency } from "./ask-latency";
import { formatIndexSpeed, runIndexSpeed } from "./index-speed";
import { formatFirstAsk, runFirstAsk } from "./first-ask";
import { formatModelPath, runModelPath } from "./model-path";
import { formatProcessing, runProcessing } from "./processing";
import { formatRoundTripsResult, runRoundTrips } from "./round-trips";
import { formatWebhookLoad, runWebhookLoad } from "./webhook-load";

const log = (s: string) => console.log(s);
const load = () => loadavg().map((x) => x.toFixed(2)).join(", ");
console.log(`hoi-phuong bench, ${new Date().toISOString()}, node ${process.version}, ${cpus().length} cpus (${cpus()[0]?.model ?? "?"}), load average ${load()}`);

const ask = await runAskLatency({ log, targetP99Ms: 1 });
console.log(formatAskLatency(ask));
const askLarge = await runAskLatency({ log, entries: 2000, targetP99Ms: 3, rounds: 5, builds: 5 });
console.log(formatAskLatency(askLarge));
const indexSpeed = await runIndexSpeed({ log });
console.log(formatIndexSpeed(indexSpeed));
const firstAsk = await runFirstAsk({ log, reps: 3 });
console.log(formatFirstAsk(firstAsk));
const hook = await runWebhookLoad({ log });
console.log(formatWebhookLoad(hook));
const model = await runModelPath({ log });
console.log(formatModelPath(model));
const trips = await runRoundTrips();
console.log(formatRoundTripsResult(trips));
const processing = await runProcessing({ log });
console.log(formatProcessing(processing));
const contention = await runAckContention({ log });
console.log(formatAckContention(contention));

// "before": bench/README.md, figures of 2026-11-22 (and issue 15's text for what README lacks)
type Row = [measure: string, now: string, before: string, target: string, status: string];
const met = (ok: boolean) => (ok ? "met" : "MISSED");
const rows: Row[] = [
  ["ask() p50", `${ask.p50Ms.toFixed(3)} ms`, "0.20 ms", "", ""],
  ["ask() p99", `${ask.p99Ms.toFixed(3)} ms`, "0.79 ms", "< 1 ms", met(ask.met)],
  ["knowledge index build", `${ask.buildMs.toFixed(1)} ms`, "68 ms", "", ""],
  ["ask() p99, 2,000 entries", `${askLarge.p99Ms.toFixed(3)} ms`, "", "< 3 ms", met(askLarge.met)],
  ["index build, 2,000 entries", `${askLarge.buildMs.toFixed(0)} ms`, "", "< 1000 ms", met(askLarge.buildMs < 1000)],
  // issue 10 speed / issue 15 cold start: the index before and after, in this run
  ...indexSpeed.flatMap((r): Row[] => [
    [`index build ${r.entries} entries: before → after (ratio)`, `${r.buildBeforeMs.toFixed(0)} → ${r.buildMs.toFixed(0)} ms (×${median(r.buildRatios).toFixed(1)})`, "", r.entries >= 2000 ? "< 1000 ms" : "", r.entries >= 2000 ? met(r.buildMs < 1000) : ""],
    [`index search ${r.entries} entries: before → after (ratio)`, `${r.searchBeforeUs.toFixed(0)} → ${r.searchUs.toFixed(0)} µs (×${median(r.searchRatios).toFixed(1)})`, "", "", ""],
    [`stored index load ${r.entries} entries (${r.storedMb.toFixed(1)} MB)`, `${r.loadMs.toFixed(1)} ms (×${median(r.loadRatios).toFixed(1)} faster than building)`, "", r.entries >= 2000 ? "< 150 ms" : "< 20 ms", met(r.loadMs < (r.entries >= 2000 ? 150 : 20))],
  ]),
  // issue 15 cold start: a fresh process's stored index load and first ask (CPU, fresh processes)
  ...firstAsk.flatMap((r): Row[] => [
    [`cold stored index load ${r.entries} entries, fresh process (CPU)`, `${r.medians.stored.indexMs.toFixed(1)} ms`, "", r.entries >= 2000 ? "< 150 ms" : "< 20 ms", met(r.medians.stored.indexMs < (r.entries >= 2000 ? 150 : 20))],
    [`fresh engine to its first answer ${r.entries} entries: stored / built (CPU)`, `${r.medians.stored.totalMs.toFixed(0)} / ${r.medians.built.totalMs.toFixed(0)} ms`, "", "", ""],
  ]),
  [`webhook @${hook.rateTarget}/s acks/s`, hook.medians.rate.acksPerS.toFixed(0), "499", `${hook.rateTarget}`, met(hook.medians.rate.acksPerS >= hook.rateTarget * 0.95)],
  [`webhook @${hook.rateTarget}/s p50`, `${hook.medians.rate.p50} ms`, "13 ms", "", ""],
  [`webhook @${hook.rateTarget}/s p99`, `${hook.medians.rate.p99} ms`, "55 ms", "< 20 ms", met(hook.met)],
  [`webhook @${hook.rateTarget}/s non-2xx`, String(hook.medians.rate.non2xx), "0", "0", met(hook.medians.rate.non2xx === 0)],
  ...(hook.shared.length
    ? [
        [`webhook @${hook.rateTarget}/s p99, intake in the main file (this run)`, `${hook.medians.shared.p99} ms`, "", "", ""] as Row,
        ["  ratio main file / journal, per rep", hook.p99Ratios.map((x) => x.toFixed(1)).join(" "), "", "", ""] as Row,
      ]
    : []),
  ...(hook.growwal.length
    ? [[`webhook @${hook.rateTarget}/s p99, intake WAL written ahead (this run; off by default)`, `${hook.medians.growwal.p99} ms`, "", "", ""] as Row]
    : []),
  ["webhook max acks/s", hook.medians.max.acksPerS.toFixed(0), "1,130", "", ""],
  ["webhook max p99", `${hook.medians.max.p99} ms`, "43 ms", "", ""],
  ...(hook.deferred.length ? [[`webhook @${hook.rateTarget}/s p99, processing deferred`, `${hook.medians.deferred.p99} ms`, "", "(diagnostic)", ""] as Row] : []),
  ["main thread stall @rate p99 (event-loop delay)", `${hook.medians.rate.stallP99Ms.toFixed(1)} ms`, "", "", ""],
  ["disk sync (write + fdatasync) p50 / p99: floor of a durable ack", `${contention.diskSync.p50.toFixed(1)} / ${contention.diskSync.p99.toFixed(1)} ms`, "", "", ""],
  ["intake commits meeting a held write lock: main file / journal", `${(100 * contention.medians["main file"].busyShare).toFixed(0)}% / ${(100 * contention.medians.journal.busyShare).toFixed(0)}%`, "", "journal 0%", met(contention.medians.journal.busyShare === 0)],
  ["language model: our added latency p50", `${model.addedP50Ms.toFixed(2)} ms`, "5.4 ms", "", ""],
  ["language model: our added latency p99", `${model.addedP99Ms.toFixed(2)} ms`, "19.1 ms", "", ""],
  ["language model: fallbacks (1 call in 5 failing)", String(model.fallbacksWithFailures), "12", "", ""],
  ["background processing during the load", `${hook.medians.rate.processPerS.toFixed(0)} events/s`, "~140 events/s", "", ""],
  // issue 15 session 10: processing alone (journal filled with processing stopped, then drained with nothing else running)
  ...(hook.capacityMedians
    ? [
        ["processing capacity alone (drain, webhook-load)", `${hook.capacityMedians.eventsPerS.toFixed(0)} events/s, child ${hook.capacityMedians.childCpuMsPerEvent.toFixed(2)} ms CPU/event`, "877 events/s at max rate (yielding)", "≥ 1,000 events/s", met(hook.capacityMedians.eventsPerS >= 1000)] as Row,
        ["  capacity / ceiling (same file)", `${(100 * hook.capacityMedians.ratio).toFixed(1)}% of ${hook.capacityMedians.ceilingPerS.toFixed(0)} events/s`, "", "", ""] as Row,
      ]
    : []),
  ["machine ceiling (SELECT + INSERT commit per event)", `${processing.ceilingPerS.toFixed(0)} events/s`, "", "", ""],
  ["processEvent one by one, one connection", `${processing.processPerS.toFixed(0)} events/s`, "23.5 ms/event (issue 15)", "", ""],
  ["  processEvent / ceiling", `${(100 * processing.ratio).toFixed(1)}%`, "", "", ""],
  [`events in groups of ${processing.groupSize} (processing thread)`, `${processing.groupPerS.toFixed(0)} events/s`, "", "≥ 1,000 events/s", met(processing.groupPerS >= 1000)],
  ["  groups / ceiling", `${(100 * processing.groupRatio).toFixed(1)}%`, "", "", ""],
  ["Workers round trips: ack (ward cached)", String(trips.trips["ack: ward cached"]!.ack), "", "≤ 1", met(trips.trips["ack: ward cached"]!.ack <= 1)],
  ["Workers round trips: process a question", String(trips.question.processing), "", "≤ 3", met(trips.question.processing <= 3)],
  [
    "acked events stored / processed",
    [...hook.rate, ...hook.shared, ...hook.max, ...hook.deferred].every((r) => r.storedEqualsAcked) ? "all stored" : "SOME MISSING",
    "all / all",
    "",
    [...hook.rate, ...hook.shared, ...hook.max, ...hook.deferred].every((r) => r.pending + r.failed === 0) ? "all processed" : "SOME UNPROCESSED",
  ],
];
const head: Row = ["measure", "now (median)", "before (bench/README.md)", "target", ""];
const w = [0, 1, 2, 3, 4].map((i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
const fmt = (r: string[]) => r.map((c, i) => c.padEnd(w[i]!)).join("  ");
console.log(`\nsummary (medians; load average at the end ${load()})`);
console.log(fmt(head));
for (const r of rows) console.log(fmt(r));
