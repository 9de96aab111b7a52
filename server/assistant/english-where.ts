/*
 * "Where do I go?", "Which office do I go to?" asked in English right after an English answer:
 * the place from the English rendering of the procedure's place (`where.text_en`, held by kb:check
 * to the Vietnamese text's numbers and to English), the unconfirmed marker added from `verified`
 * (or a ward's own confirmation), each procedure under its English name when the entry has several.
 * The ward's own place follows where the entry's place part names it (`{{ward.address}}` with the
 * office hours in English, `{{ward.police}}`), filled from the profile, sample markers gathered at
 * the end. When any of the entry's procedures has no English place, nothing is decided here: the
 * English summary answers as before. Only a follow-up (the previous entry is known) is read this way.
 */
import { parseEntryFacets } from "../knowledge/entry-facets";
import { factTextEn } from "../knowledge/english-facts";
import { wardConfirmedProcedureFact } from "../knowledge/fact-confirmations";
import type { KnowledgeBase, KnowledgeEntry } from "../knowledge/knowledge-schema";
import { fillPlaceholders } from "../knowledge/render-answer";
import { gatherSampleMarkers } from "../knowledge/sample-markers";
import type { Ward } from "../wards/ward-profile";
import { englishWardFacts } from "./english-ward-facts";
import type { AskResult, ConversationMemory } from "./ask-result";
import { englishPartAnswer, englishProcedureLines } from "./english-part-answer";

/** "where do I go", "where is it done", "which office", "what address": the place of the procedure at hand. */
const asksPlace = /\bwhere\b|\bwhich (?:office|place|desk|police station)\b|\bwhat address\b/;
/** "where is the ward office", "what are the opening hours": the ward's own facts, answered by the summary's sentences */
const asksWardItself = /\bopening hours?\b|\boffice hours?\b|\bwhat time\b|\bward (?:office|committee)\b|\bpeople'?s committee\b/;

/** The English place of every procedure of `entry`, one line each; undefined when one has none. */
export function englishPlaceLines(entry: KnowledgeEntry, kb: KnowledgeBase, ward: Ward): string[] | undefined {
  return englishProcedureLines(entry, kb, (p) => (p.where.text_en ? factTextEn(p.where, wardConfirmedProcedureFact(ward, p, "where")) : undefined));
}

/** The ward's own office or police named by the entry's place part, as English lines with placeholders. */
function wardPlaceLines(entry: KnowledgeEntry): string[] {
  const where = parseEntryFacets(entry.body).sections.find((s) => s.key === "where")?.text ?? "";
  const lines: string[] = [];
  if (where.includes("{{ward.address}}")) lines.push(`The ward's one-stop office: {{ward.address}}${where.includes("{{ward.office_hours}}") ? ". Office hours: {{ward.office_hours}}." : ""}`);
  if (where.includes("{{ward.police}}")) lines.push("The ward police: {{ward.police}}");
  return lines;
}

/** The answer to an English "where do I go?" about the previous entry, or undefined to leave it to the summary. */
export function englishWhereFollowUp(text: string, previous: KnowledgeEntry | undefined, ctx: { ward: Ward; memory: ConversationMemory }, kb: KnowledgeBase): AskResult | undefined {
  const lower = text.toLowerCase();
  if (!previous || previous.action === "handoff" || !asksPlace.test(lower) || asksWardItself.test(lower)) return undefined;
  const lines = englishPlaceLines(previous, kb, ctx.ward);
  if (!lines) return undefined;
  const own = wardPlaceLines(previous).map((l) => fillPlaceholders(englishWardFacts(l, ctx.ward), kb, ctx.ward));
  const body = gatherSampleMarkers(`Where to go for this procedure, as the ward's information gives it:\n${[...lines, ...own].join("\n")}`, "en");
  return englishPartAnswer(
    previous,
    body,
    "where",
    `Tin nhắn tiếng Anh hỏi nơi làm của mục "${previous.title}" (${previous.id}): bản tiếng Anh của nơi làm trong hồ sơ thủ tục.`,
    ctx.memory,
  );
}
