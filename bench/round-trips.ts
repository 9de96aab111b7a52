/**
 * Round trips per webhook event on the Workers path: the Worker's entry (server/worker.ts) in
 * this process against the local libSQL-over-HTTP server (tests/support/hrana-server.ts), which
 * counts HTTP requests. Deterministic: one run is enough. tests/round-trips.test.ts asserts the
 * same counts as budgets.
 *   npx tsx bench/round-trips.ts            (or through `npm run bench`, section "round trips")
 * Set ROUND_TRIPS_SQL=1 to print the SQL of every round trip.
 */
import { pathToFileURL } from "node:url";
import { describeLog, formatRoundTrips, measureRoundTrips, TARGETS, type ScenarioTrips } from "../tests/support/round-trip-scenarios";

export type RoundTripsResult = { trips: Record<string, ScenarioTrips>; question: ScenarioTrips };

export async function runRoundTrips(): Promise<RoundTripsResult> {
  const trips = await measureRoundTrips();
  return { trips, question: trips["question: returning resident"] };
}

export function formatRoundTripsResult(r: RoundTripsResult, withSql = process.env.ROUND_TRIPS_SQL === "1"): string {
  const lines = [
    "round trips (Workers path: HTTP requests to the libSQL server per event; targets from issue 15)",
    formatRoundTrips(r.trips, TARGETS)
      .split("\n")
      .map((l) => `  ${l}`)
      .join("\n"),
    "  (rows 1-2 are one event, the isolate's first, read for its ack and its processing; rows 3-4 likewise the next question;",
    "   before+writes+after splits processing around the batch that marks the event done)",
  ];
  if (withSql) {
    for (const t of Object.values(r.trips)) lines.push(`  ${t.name}\n   ack:\n${describeLog(t.ackLog)}\n   processing:\n${describeLog(t.processingLog)}`);
  }
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatRoundTripsResult(await runRoundTrips()));
}
