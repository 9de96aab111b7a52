/*
 * The documents part of an entry in English, for "What papers do I need?", "do I need to bring the
 * original?" asked in English. Each `{{procedure.X.documents}}` line of the entry's documents
 * section becomes that procedure's English list (`documents_en`, kept to the Vietnamese list item
 * by item by kb:check: knowledge/english-documents.ts). A section written in prose, not from the
 * records, is replaced by the records' English lists only when every procedure of the entry has
 * one; anything else stays in Vietnamese under the honest note of english-facet.ts.
 */
import { parseEntryFacets } from "../knowledge/entry-facets";
import { documentsEn } from "../knowledge/english-documents";
import type { KnowledgeBase, KnowledgeEntry } from "../knowledge/knowledge-schema";
import { fillPlaceholders } from "../knowledge/render-answer";
import type { Ward } from "../wards/ward-profile";
import type { EnglishFacet } from "./english-facet";

/**
 * The documents asked in English: which papers, papers needed or to bring, what to bring, the
 * original. "a certified copy of my documents" names documents as the thing copied, not asked.
 */
const asksDocuments = new RegExp(
  [
    /\b(?:what|which|any|other)\b(?:\s+(?:other|kind of|kinds of|sort of|type of|types of|else|more|supporting|original))*\s+(?:documents?|papers?|paperwork)\b/.source,
    /\b(?:documents?|papers?|paperwork)\b[^.?!]{0,25}\b(?:need(?:ed)?|required|require|bring|prepare|necessary|submit)\b/.source,
    /\b(?:need|bring|prepare|submit)\b(?: to (?:bring|prepare|submit|have|show))?\s+(?:any |the |my |all |our |his |her )?(?:other |original |supporting )?(?:documents?|papers?|paperwork)\b/.source,
    /^\W*(?:and |also |the )*(?:documents?|papers?|paperwork)\W*$/.source,
    /\bbring\b(?! (?:my|our|his|her|a|the) (?:child|children|kids?|son|daughter|baby|wife|husband|friends?|mother|father|mum|mom|dad|parents?|family)\b)/.source,
    /\b(?:need|have|bring)\b[^.?!]{0,25}\b(?:originals?|photocop\w*)\b/.source,
    /\bwhat (?:do|does|should|must) (?:i|we|he|she|they) (?:need|prepare)(?: to (?:bring|prepare|have|submit))?(?:\s+(?:for|with)\b[^.?!]*)?\s*(?:[?.!]|$)/.source,
  ].join("|"),
);

export function englishAsksDocuments(lower: string): boolean {
  return asksDocuments.test(lower);
}

const placeholderLine = /^\{\{\s*procedure\.([a-z0-9-]+)\.documents\s*\}\}$/;

/** The entry's documents in English where its records give them, the rest in Vietnamese; undefined when the entry has no documents part. */
export function englishDocuments(entry: KnowledgeEntry, kb: KnowledgeBase, ward: Ward): EnglishFacet | undefined {
  const section = parseEntryFacets(entry.body).sections.find((s) => s.key === "documents")?.text;
  const procedures = entry.procedures.map((id) => kb.procedures.get(id));
  const lines = (section ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
  const out: EnglishFacet = { english: [], vietnamese: [] };
  if (lines.some((l) => placeholderLine.test(l))) {
    lines.forEach((line, i) => {
      const procedure = kb.procedures.get(placeholderLine.exec(line)?.[1] ?? "");
      const en = procedure ? documentsEn(procedure) : undefined;
      if (en) out.english.push(en);
      // "Cần khai:" only leads into the list below it: shown in English, it is said by the list itself
      else if (!(line.endsWith(":") && placeholderLine.test(lines[i + 1] ?? "") && documentsEn(kb.procedures.get(placeholderLine.exec(lines[i + 1]!)![1]!) ?? {}))) out.vietnamese.push(fillPlaceholders(line, kb, ward));
    });
    return out;
  }
  if (!procedures.length || procedures.some((p) => !p || !documentsEn(p) || (procedures.length > 1 && !p.name_en))) {
    return section ? { english: [], vietnamese: lines.map((l) => fillPlaceholders(l, kb, ward)) } : undefined;
  }
  for (const p of procedures) out.english.push(procedures.length > 1 ? `${p!.name_en}:\n${documentsEn(p!)}` : documentsEn(p!)!);
  return out;
}
