import { parseEntryFacets } from "./entry-facets";
import type { KnowledgeEntry } from "./knowledge-schema";

export const SUMMARY_LIMIT = 300;

/**
 * kb:check rules for what residents see first (contract A): every entry has a summary of at
 * most 300 characters as written, in Vietnamese with diacritics, and its body uses only the
 * allowed facet markers, each at most once. Numbers in summaries follow the prose rule
 * (checked by the caller with the same function as the body).
 */
export function checkEntryFacets(entry: KnowledgeEntry): string[] {
  const problems: string[] = [];
  if (!entry.summary) problems.push("summary: required (one or two sentences that answer the main question and name the next step)");
  else {
    if (entry.summary.length > SUMMARY_LIMIT) problems.push(`summary: ${entry.summary.length} characters (at most ${SUMMARY_LIMIT})`);
    if (!/[\u00C0-\u1EF9]/.test(entry.summary)) problems.push("summary: write it in Vietnamese with full diacritics");
  }
  const facets = parseEntryFacets(entry.body);
  for (const heading of facets.unknownHeadings) {
    problems.push(`heading "${heading}" is not a facet marker (allowed: ## Các bước, ## Nơi làm, ## Giấy tờ cần mang, ## Lệ phí, ## Thời gian giải quyết, ## Làm trực tuyến, ## Cơ quan giải quyết, ## Trường hợp đặc biệt)`);
  }
  for (const key of facets.duplicates) problems.push(`facet marker for "${key}" used more than once`);
  for (const section of facets.sections) if (!section.text) problems.push(`facet "${section.key}" has an empty section`);
  return problems;
}
