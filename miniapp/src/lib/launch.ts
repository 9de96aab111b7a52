/*
 * What the app was opened with. A "Gửi phản ánh" link from the chat (format in
 * server/miniapp/report-link.ts) carries a prefill for the report form; it is taken once.
 */
import { parseReportLink, type ReportPrefill } from "../../../server/miniapp/report-link";
import { launchParams } from "./zalo";

let pending: ReportPrefill | undefined | null = null;

function read(): ReportPrefill | undefined {
  if (pending === null) pending = parseReportLink(launchParams());
  return pending;
}

/** True when the app should open on the report form. */
export function launchedForReport(): boolean {
  return read() !== undefined;
}

export function takeLaunchPrefill(): ReportPrefill | undefined {
  const p = read();
  pending = undefined;
  return p;
}
