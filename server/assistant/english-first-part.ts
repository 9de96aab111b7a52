/*
 * The place or the online way asked in an English first message ("Where can I get certified copies
 * of my passport?", "Can the temporary residence declaration be done online?"), not only in a
 * follow-up: the entry found strongly by the message's own words is the procedure at hand, and its
 * English place (english-where.ts) or online way (english-who-online.ts) answers, as the
 * Vietnamese first reply answers the part asked. "Who …?" in a first message is left to the
 * summary: "who has to declare, me or the landlord?" asks whose duty it is, not who decides.
 * Entries whose procedures lack the English text answer with the summary, as before.
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { AskResult } from "./ask-result";

/** The entry a first message's own words found strongly (no previous entry), else undefined. */
export function firstMessageEntry(previous: KnowledgeEntry | undefined, r: { top: { entry: KnowledgeEntry } | undefined; weak: boolean } | undefined, entry: KnowledgeEntry | undefined): KnowledgeEntry | undefined {
  return !previous && r?.top && !r.weak && entry === r.top.entry ? entry : undefined;
}

/** A "who decides" part answered only as a follow-up. */
export function notWhoAtFirst(result: AskResult | undefined, previous: KnowledgeEntry | undefined): AskResult | undefined {
  return result && "shown" in result && result.shown === "who" && !previous ? undefined : result;
}
