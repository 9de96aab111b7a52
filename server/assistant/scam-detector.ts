/*
 * The scam check lives in server/assistant/scam/ (signals, links against the official-domain
 * registry, forwarded-text extraction, victims, replies). This module keeps the old import path.
 */
export { checkScam, type ScamVerdict, type ScamOutcome } from "./scam/check";
export { signalExplanations } from "./scam/explanations";
export type { SignalName as ScamSignal } from "./scam/signals";
