/*
 * A part asked in English right after an English handoff: "who has to do the declaration, me or the owner?" after the
 * foreigners' temporary residence was answered was handed off, then "and how soon?"; "I need to certify copies of my
 * marriage certificate and my passport for my visa application" was handed off (nearest entry: certified copies), then
 * "How much per page?". The English handoff forgot everything, so the part had nothing to lean on and was handed off
 * again, with no candidates. Like a Vietnamese handoff (memory.handedOff, after-handoff.ts), an English one that
 * answered nothing remembers for one turn the matter it was about: the conversation's entry when there was one, else the
 * entry the handed-off message led clearly (PART_AFTER_HANDOFF_LEAD). A next English turn that asks a part only
 * (englishAsksPartOnly: no topic of its own) is read as a follow-up of that entry, as after an English answer.
 * Handoffs for a person, for another thing named ("visa extension", "SIM card"), or for a resident elsewhere remember
 * nothing: their next turn is read alone as before.
 */
import type { AskResult, ScoredEntry } from "./ask-result";
import { extended } from "../lib/extended";
import { handoffLead, LEAD_ALONE, PART_AFTER_HANDOFF_LEAD } from "./part-after-handoff";

/** An English handoff that answered nothing, remembering its matter for one turn (see above). */
export function rememberingMatter(result: AskResult, previousEntryId: string | undefined, scored: ScoredEntry[]): AskResult {
  const lead = previousEntryId ? LEAD_ALONE : handoffLead(scored);
  const id = previousEntryId ?? scored[0]?.id;
  if (!id || lead === undefined || lead < PART_AFTER_HANDOFF_LEAD) return result;
  return { ...result, memory: extended(result.memory, { handedOff: id, handedOffLead: lead }) };
}

/** The entry an English part-only turn leans on right after an English handoff (one turn), or undefined. */
export function englishHandedOffMatter(ctx: { memory: { entryId?: string; lang?: "vi" | "en" }; handedOff?: string; handedOffLead?: number }): string | undefined {
  if (ctx.memory.entryId || ctx.memory.lang !== "en" || !ctx.handedOff) return undefined;
  return (ctx.handedOffLead ?? 0) >= PART_AFTER_HANDOFF_LEAD ? ctx.handedOff : undefined;
}
