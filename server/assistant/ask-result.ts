import type { FacetKey } from "../knowledge/entry-facets";
import type { ScamVerdict } from "./scam/check";

/*
 * What the assistant decides for one message: a discriminated union by `kind`. Every channel
 * reads the same fields: `reply` is the text a resident reads in a plain-text chat (answer,
 * links and numbered choices written out); `body`, `links` and `choices` let a channel that
 * shows buttons lay them out itself. `memory` is what the conversation remembers after this
 * turn (the caller stores it; the assistant itself keeps nothing).
 */

export type Choice = { n: number; label: string };
export type ReplyLink = { label: string; url: string };
export type ScoredEntry = { id: string; title: string; score: number };

/** What was shown of an entry: one facet, its summary, or all of it. */
export type Shown = FacetKey | "summary" | "full";

/** What picking a numbered choice does. */
export type ChoiceAction =
  | { do: "show"; entryId: string; shown: Shown }
  | { do: "staff" };

export type OfferedChoice = Choice & { action: ChoiceAction };

export type ConversationMemory = {
  /** the entry the conversation is about, and what of it was shown last */
  entryId?: string;
  shown?: Shown;
  /** the numbered choices offered in the last reply */
  choices: OfferedChoice[];
  /** the resident's last question (for "không phải, ý tôi là …"), at most 300 characters */
  question?: string;
  lang?: "vi" | "en";
  /** the scam entry of last turn's warning to a victim: the next message is read as about that scam (one turn only) */
  scamVictim?: string;
  /** a part asked without a topic ("lệ phí bao nhiêu"; the assistant asked which procedure): the next message's topic is answered at it (one turn only) */
  partAsked?: FacetKey;
  /** the entry a handed-off question came nearest to: a short next question may lean on it (one turn only; after-handoff.ts) */
  handedOff?: string;
  /** how far that entry led the handed-off question (its score over the second's; one turn only; part-after-handoff.ts) */
  handedOffLead?: number;
  /** the message handed off last turn as a matter out of the ward's coverage ("… muốn ly hôn"): an aspect asked next ("thế chia tài sản thì sao") is read with it (one turn only; handed-off-matter.ts) */
  handedOffMatter?: string;
  /**
   * A question the conversation waits an answer to, set by another part of the system (e.g. a
   * satisfaction survey after a handoff: `{ kind: "survey", handoffId }`). The assistant carries
   * it unchanged from turn to turn; whoever set it reads and clears it.
   */
  awaiting?: { kind: string; [key: string]: unknown };
};

export const emptyMemory = (): ConversationMemory => ({ choices: [] });

export type HandoffReason = "out_of_scope" | "asked_for_person" | "empty" | "emergency" | "scam_victim";

/** What the scam check found (server/assistant/scam/), for replies and for spotting waves. */
export type ScamFacts = Pick<ScamVerdict, "outcome" | "signals" | "domains" | "brands" | "body" | "phones" | "accounts">;

/** A reply as the scam module words it (server/assistant/scam/reply.ts), before it becomes a turn's result. */
export type ScamReply = {
  kind: "scam_warning" | "scam_no_signs";
  reply: string;
  entries: ScoredEntry[];
  suggestions: Array<{ title: string; query: string }>;
  links: ReplyLink[];
  handoff?: { reason: "scam_victim" };
  scam: ScamFacts;
  explanation: string;
};

type Common = {
  reply: string;
  body: string;
  links: ReplyLink[];
  choices: Choice[];
  entries: ScoredEntry[];
  /** why the assistant decided as it did (shown to staff in "Thử trợ lý") */
  explanation: string;
  lang: "vi" | "en";
  memory: ConversationMemory;
};

export type AnswerResult = Common & {
  kind: "answer";
  entry: { id: string; title: string };
  shown: Shown;
  /** answered from the previous turn's entry (a follow-up or a picked choice) */
  followup: boolean;
  /** further entries answered in the same reply (two questions in one message) */
  also: Array<{ id: string; title: string; shown: Shown }>;
};
export type ClarifyResult = Common & { kind: "clarify" };
export type HandoffResult = Common & { kind: "handoff"; handoff: { reason: HandoffReason; topic?: string } };
export type SmalltalkResult = Common & { kind: "smalltalk"; smalltalk: "greeting" | "thanks" | "ack" | "bye" };
/**
 * A scam warning. Its `scam.outcome` is "scam" (a message the resident received) or "victim" (a
 * resident who was just robbed: the immediate steps, and `handoff` to a person at the ward). One
 * kind for both: both are the scam check's warning, and the shared scorer counts them as such.
 */
export type ScamWarningResult = Common & { kind: "scam_warning"; scam: ScamFacts; handoff?: { reason: "scam_victim" } };
/** a forwarded message without clear signs: how to check it, never "this is safe" */
export type ScamNoSignsResult = Common & { kind: "scam_no_signs"; scam: ScamFacts };

export type AskResult = AnswerResult | ClarifyResult | HandoffResult | SmalltalkResult | ScamWarningResult | ScamNoSignsResult;
export type AskKind = AskResult["kind"];

/** The handoff a result asks for, whatever its kind (a handoff, or a victim's scam warning). */
export function handoffOf(result: AskResult): HandoffResult["handoff"] | undefined {
  if (result.kind === "handoff") return result.handoff;
  if (result.kind === "scam_warning") return result.handoff;
  return undefined;
}

/** The scam check's findings on a result, if it is one of the scam kinds. */
export function scamOf(result: AskResult): ScamFacts | undefined {
  return result.kind === "scam_warning" || result.kind === "scam_no_signs" ? result.scam : undefined;
}
