import { z } from "zod";
import type { KnowledgeEntry, Procedure } from "./knowledge-schema";
import { factValue, type FactKey } from "./procedure-facts";

/*
 * A ward's own confirmation of a shared fact ("đã xác nhận" in the console). It is kept in that
 * ward's profile, so it changes only that ward's answers; other wards keep the marker until they
 * confirm too, or a city admin marks the shared record verified. It names the value it confirmed
 * (a hash): when the shared record's text changes, the old confirmation no longer applies.
 */
export const confirmedFactSchema = z.object({
  kind: z.enum(["procedure", "entry"]),
  /** procedure or entry id */
  id: z.string().min(1),
  /** where | legal_time | fee | legal_basis for procedures; "entry" for an entry's own facts */
  fact: z.string().min(1),
  hash: z.string().regex(/^[0-9a-f]{8}$/),
  by: z.number().int(),
  by_name: z.string(),
  at: z.number().int(),
});
export type ConfirmedFact = z.infer<typeof confirmedFactSchema>;

/** FNV-1a, 32 bits: a stable, synchronous fingerprint of the confirmed text (not a security hash). */
export function valueHash(value: string): string {
  let h = 0x811c9dc5;
  for (const ch of value.normalize("NFC")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function procedureFactHash(procedure: Procedure, key: FactKey): string {
  return valueHash(factValue(procedure[key]));
}

/** An entry's unconfirmed facts live in its prose; the confirmation covers the text as it was. */
export function entryHash(entry: Pick<KnowledgeEntry, "body" | "unverified">): string {
  return valueHash(`${entry.body}\n${entry.unverified ?? ""}`);
}

type WithConfirmations = { profile: { confirmed_facts?: ConfirmedFact[] } };

export function findConfirmation(ward: WithConfirmations, kind: ConfirmedFact["kind"], id: string, fact: string, hash: string): ConfirmedFact | undefined {
  return ward.profile.confirmed_facts?.find((c) => c.kind === kind && c.id === id && c.fact === fact && c.hash === hash);
}

export function wardConfirmedProcedureFact(ward: WithConfirmations, procedure: Procedure, key: FactKey): boolean {
  return findConfirmation(ward, "procedure", procedure.id, key, procedureFactHash(procedure, key)) !== undefined;
}

export function wardConfirmedEntry(ward: WithConfirmations, entry: KnowledgeEntry): boolean {
  return findConfirmation(ward, "entry", entry.id, "entry", entryHash(entry)) !== undefined;
}
