/*
 * The fee or the processing time of an entry, in English, for a foreign resident who asked it in
 * English ("how much is it?", "how long does it take?"). Each line of the entry's facet section
 * that is a procedure's fee or time ("Sao y: {{procedure.chung-thuc-ban-sao.fee}}") is written
 * from that procedure's English rendering (`fee.text_en`, `legal_time.text_en`, checked by kb:check
 * against the Vietnamese numbers) under its English name; a green-lane line from the ward's list
 * when its time is a plain duration. Whatever has no faithful English (prose, a label without an
 * English name, a green-lane note) stays in Vietnamese below an honest note; nothing is dropped.
 */
import { parseEntryFacets } from "../knowledge/entry-facets";
import { factTextEn } from "../knowledge/english-facts";
import { wardConfirmedProcedureFact } from "../knowledge/fact-confirmations";
import type { KnowledgeBase, KnowledgeEntry, Procedure } from "../knowledge/knowledge-schema";
import { fillPlaceholders } from "../knowledge/render-answer";
import type { Ward } from "../wards/ward-profile";
import { englishDocuments } from "./english-documents";

export type EnglishFacet = {
  /** lines written in English (may be empty) */
  english: string[];
  /** lines kept in Vietnamese, placeholders filled (may be empty) */
  vietnamese: string[];
};

const linePattern = /^(?:([^{}:]{1,60}):\s*)?\{\{\s*procedure\.([a-z0-9-]+)\.(fee|time|green_lane)\s*\}\}\s*$/;

/** "02 giờ làm việc" → "2 working hours": a duration and nothing else, else undefined. */
export function durationEn(text: string): string | undefined {
  const m = /^\s*(\d+)\s+(giờ|ngày|tuần|tháng)( làm việc)?\s*$/u.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = { giờ: "hour", ngày: "day", tuần: "week", tháng: "month" }[m[2] as "giờ" | "ngày" | "tuần" | "tháng"];
  return `${n} ${m[3] ? "working " : ""}${unit}${n === 1 ? "" : "s"}`;
}

function greenLaneEn(procedure: Procedure, ward: Ward): string | undefined {
  const { items, sample } = ward.profile.green_lane;
  const item = items.find((i) => i.procedure === procedure.id);
  const sampleNote = sample && items.length ? " (sample list: the ward still has to confirm it)" : "";
  if (!item) return `This procedure is not yet in the green-lane (fast-track) list ${ward.name} has published${sampleNote}.`;
  const time = durationEn(item.time);
  if (!time || item.note) return undefined;
  return `In ${ward.name}'s green lane (fast track): handled within ${time}${sampleNote}.`;
}

/** The fee or time facet of `entry` split into English lines and lines left in Vietnamese; undefined when the entry has no such part. */
export function englishFacet(entry: KnowledgeEntry, key: "fee" | "time" | "documents", kb: KnowledgeBase, ward: Ward): EnglishFacet | undefined {
  if (key === "documents") return englishDocuments(entry, kb, ward);
  const section = parseEntryFacets(entry.body).sections.find((s) => s.key === key)?.text ?? (entry.procedures[0] ? `{{procedure.${entry.procedures[0]}.${key}}}` : undefined);
  if (!section) return undefined;
  const lines = section.split("\n").map((l) => l.trim()).filter(Boolean);
  const named = new Set(lines.map((l) => linePattern.exec(l)?.[2]).filter(Boolean)).size > 1;
  const out: EnglishFacet = { english: [], vietnamese: [] };
  for (const line of lines) {
    const m = linePattern.exec(line);
    const procedure = m ? kb.procedures.get(m[2]!) : undefined;
    let en: string | undefined;
    if (m && procedure) {
      if (m[3] === "green_lane") en = greenLaneEn(procedure, ward);
      else {
        const factKey = m[3] === "fee" ? "fee" : "legal_time";
        const text = factTextEn(procedure[factKey], wardConfirmedProcedureFact(ward, procedure, factKey));
        // a labelled line ("Sao y:") or several procedures in one part need the procedure's English name
        const label = m[1] || named ? procedure.name_en : "";
        if (text && label !== undefined) en = label ? `${label}: ${text}` : text;
      }
    }
    if (en) out.english.push(en);
    else out.vietnamese.push(fillPlaceholders(line, kb, ward));
  }
  return out;
}
