import { z } from "zod";
import { checkEnglishFact } from "./english-facts";

/*
 * Fact-level verification of procedure records (CONTRACTS.md A). A record's place, legal time,
 * fee and legal basis each say whether an official source confirms them; an unconfirmed fact is
 * shown to residents with the marker right after it, never as a plain fact.
 */

/** Written right after a fact that is not confirmed, in answers and in entry prose. */
export const UNVERIFIED_MARKER = "(chưa xác nhận)";

const sourceUrl = z.string().url().regex(/^https?:\/\//, "source must be a web link");

const verification = {
  verified: z.boolean(),
  /** where the fact was confirmed (required when verified) or found */
  source: sourceUrl.optional(),
  /** what is left to confirm (required when not verified) */
  note: z.string().min(3).optional(),
};

function requireSourceOrNote(fact: { verified: boolean; source?: string; note?: string }, ctx: z.RefinementCtx) {
  if (fact.verified && !fact.source) ctx.addIssue({ code: "custom", path: ["source"], message: "a verified fact needs its source" });
  if (!fact.verified && !fact.note) ctx.addIssue({ code: "custom", path: ["note"], message: "an unverified fact needs a note saying what to confirm" });
}

export const textFactSchema = z.object({ text: z.string().min(1), text_en: z.string().min(1).optional(), ...verification }).strict().superRefine(requireSourceOrNote);
export const listFactSchema = z.object({ items: z.array(z.string().min(2)).min(1), ...verification }).strict().superRefine(requireSourceOrNote);

export type TextFact = z.infer<typeof textFactSchema>;
export type ListFact = z.infer<typeof listFactSchema>;
export type Fact = TextFact | ListFact;

/** Mã thủ tục in the national catalogue (Cổng Dịch vụ công quốc gia), e.g. 1.001193. */
export const procedureCodePattern = /^\d\.\d{6}$/;

/** The fields a procedure record adds for codes and fact-level verification. */
export const procedureFactFields = {
  code: z.string().regex(procedureCodePattern, "code: mã thủ tục like 1.001193").optional(),
  code_url: z.string().url().startsWith("https://", "code_url must be https").optional(),
  where: textFactSchema,
  legal_time: textFactSchema,
  fee: textFactSchema,
  legal_basis: listFactSchema,
};

type WithFacts = {
  code?: string;
  code_url?: string;
  where: TextFact;
  legal_time: TextFact;
  fee: TextFact;
  legal_basis: ListFact;
};

export const factKeys = ["where", "legal_time", "fee", "legal_basis"] as const;
export type FactKey = (typeof factKeys)[number];

export const factLabels: Record<FactKey, string> = {
  where: "Nơi làm",
  legal_time: "Thời hạn giải quyết",
  fee: "Lệ phí",
  legal_basis: "Căn cứ pháp lý",
};

/**
 * A fact as a resident reads it: unconfirmed facts carry the marker right after the text. When
 * the text ends a sentence, the marker goes before the final full stop so it stays on the fact.
 */
export function factText(fact: TextFact, confirmedByWard = false): string {
  const text = fact.text.trim();
  if (fact.verified || confirmedByWard) return text;
  if (text.endsWith(UNVERIFIED_MARKER) || text.endsWith(`${UNVERIFIED_MARKER}.`)) return text;
  return text.endsWith(".") ? `${text.slice(0, -1)} ${UNVERIFIED_MARKER}.` : `${text} ${UNVERIFIED_MARKER}`;
}

/**
 * The first clause of a fact (up to the first comma, semicolon or sentence end outside brackets),
 * with the marker when unconfirmed: a compact reference next to a green-lane time.
 */
export function briefFactText(fact: TextFact, confirmedByWard = false): string {
  const text = fact.text.trim();
  let depth = 0;
  let end = text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === "," || ch === ";" || (ch === "." && (i === text.length - 1 || text[i + 1] === " ")))) {
      end = i;
      break;
    }
  }
  const clause = text.slice(0, end).trim();
  return fact.verified || confirmedByWard ? clause : `${clause} ${UNVERIFIED_MARKER}`;
}

export function factValue(fact: Fact): string {
  return "items" in fact ? fact.items.join("; ") : fact.text;
}

/** The record's facts that still wait for confirmation, in display order. */
export function unverifiedFacts(procedure: WithFacts): Array<{ key: FactKey; label: string; value: string; note: string; source?: string }> {
  return factKeys
    .filter((key) => !procedure[key].verified)
    .map((key) => ({ key, label: factLabels[key], value: factValue(procedure[key]), note: procedure[key].note ?? "", source: procedure[key].source }));
}

/** A record is verified when every one of its facts is. */
export function isProcedureVerified(procedure: WithFacts): boolean {
  return factKeys.every((key) => procedure[key].verified);
}

/** kb:check rules for one record beyond its schema; `isOfficial` decides which sources count. */
export function checkProcedureFacts(procedure: WithFacts, isOfficial: (url: string) => boolean): string[] {
  const problems: string[] = [];
  if (procedure.code && !procedure.code_url) problems.push("code needs code_url (the procedure's page in the national catalogue)");
  if (procedure.code_url && !procedure.code) problems.push("code_url without code");
  for (const key of factKeys) {
    const fact = procedure[key];
    if (fact.verified && fact.source && !isOfficial(fact.source)) problems.push(`${key}: verified from ${fact.source}, which is not an official source`);
    if ("text" in fact) for (const p of checkEnglishFact(fact)) problems.push(`${key}: ${p}`);
  }
  return problems;
}
