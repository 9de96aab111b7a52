import type { BatchItem } from "drizzle-orm/batch";
import type { AskResult } from "../assistant/assistant";
import type { Database } from "../db/database";
import { scamReports } from "../db/schema-scam";
import { indicatorsOf, maskPersonalData } from "./indicators";

/*
 * The hook where messages are processed (conversation-service, the mini app's scam check):
 * a message the check warned about is kept, masked, with what recognises it, so the same scam
 * reaching other residents and wards shows up as a wave. It joins the batch that stores the
 * message, so it is written exactly when the message is.
 */

export type ScamReportInput = {
  wardId: number;
  /** "zalo:<resident id>" or "miniapp:<user id>" */
  residentKey: string;
  channel: "zalo" | "miniapp";
  result: Pick<AskResult, "kind" | "scam">;
  now: number;
};

/** The row to add to the message's batch; none unless the check warned. */
export function scamReportWrites(db: Database, input: ScamReportInput): BatchItem<"sqlite">[] {
  const findings = input.result.scam;
  if (input.result.kind !== "scam_warning" || !findings || findings.outcome !== "scam") return [];
  const indicators = indicatorsOf(findings);
  if (!indicators.length) return [];
  return [
    db.insert(scamReports).values({
      wardId: input.wardId,
      residentKey: input.residentKey,
      channel: input.channel,
      sample: maskPersonalData(findings.body).slice(0, 600),
      signals: JSON.stringify({ signals: findings.signals, brands: findings.brands }),
      indicators: JSON.stringify(indicators.map((i) => `${i.kind}:${i.value}`)),
      createdAt: input.now,
    }),
  ];
}
