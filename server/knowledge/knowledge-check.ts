import type { Ward } from "../wards/ward-profile";
import type { KnowledgeProblem } from "./knowledge-files";
import { checkEntryScope } from "./entry-scope-fields";
import { checkEntryYesNo } from "./entry-yes-no";
import { checkEntryFacets } from "./facet-check";
import type { KnowledgeBase, KnowledgeEntry } from "./knowledge-schema";
import { checkProcedureFacts } from "./procedure-facts";
import { checkEnglishDocuments } from "./english-documents";
import { checkEnglishTexts } from "./english-texts";
import { checkSpecialEn } from "./entry-special-en";
import { listPlaceholders, renderEntryAnswer, resolvePlaceholder, ZALO_TEXT_LIMIT } from "./render-answer";

/** Domains whose pages count as official sources (and their subdomains). */
const officialDomains = [
  "gov.vn",
  "chinhphu.vn",
  "baochinhphu.vn",
  "quochoi.vn",
  "dangcongsan.vn",
  "evn.com.vn",
  "evnhanoi.vn",
  "evnhanoi.com.vn",
  "tinnhiemmang.vn",
  "vneid.gov.vn",
  "dichvucong.gov.vn",
  "baohiemxahoi.gov.vn",
  "binhdanhocvuso.gov.vn",
  "tongdai111.vn",
  "vnnic.vn",
  "ihanoi.vn",
];

export function isOfficialSource(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return officialDomains.some((d) => host === d || host.endsWith(`.${d}`));
}

/*
 * Numbers in prose. Dates, document numbers, percentages, times and counts with a unit are
 * fine; anything else with three or more digits reads as a phone number or an amount and must
 * be on the allowed list (national hotlines) or come from structured data.
 */
const moneyPattern = /\d(?:[\d.,]*\d)?\s*(đồng|vnđ|vnd|nghìn|ngàn|triệu|tỷ|usd)(?![\p{L}])|\d(?:[\d.,]*\d)?\s*(đ|k)(?![\p{L}\d])/giu;
const numberRunPattern = /(?<![\d/\-.,:\p{L}])\+?\d[\d .]*\d(?![\d/\-\p{L}%])/gu;
const unitAfter = /^\s*(ngày|tháng|năm|giờ|phút|tuổi|ký tự|lần|người|nhóm|bước|km|m2|m²|%|h\d|triệu|giây|tiếng|số|chữ số|xã|phường|tỉnh|thủ tục|trang|bản)/iu;

export function findUnallowedNumbers(text: string, allowed: string[]): string[] {
  const allowedDigits = new Set(allowed.map((a) => a.replace(/\D/g, "")));
  const found: string[] = [];
  for (const m of text.matchAll(moneyPattern)) found.push(m[0].trim());
  for (const m of text.matchAll(numberRunPattern)) {
    const raw = m[0].trim();
    const digits = raw.replace(/\D/g, "");
    if (digits.length < 3) continue;
    if (allowedDigits.has(digits)) continue;
    if (/^(19|20)\d\d$/.test(digits) && !raw.includes(" ")) continue; // a year
    const after = text.slice(m.index! + m[0].length);
    if (unitAfter.test(after)) continue;
    // "8h00", "19h30": times are not phone numbers
    if (/^h\d/.test(after)) continue;
    found.push(raw);
  }
  return [...new Set(found)];
}

export type CheckInput = {
  kb: KnowledgeBase;
  files: Map<string, string>;
  wards: Ward[];
  /** wards used only to check that placeholders resolve (e.g. an extreme green-lane list) */
  placeholderOnlyWards?: Ward[];
  requiredTopics: Array<{ id: string; category: string }>;
  allowedNumbers: string[];
};

/** Every rule of `npm run kb:check`; returns the problems (empty when the knowledge base is good). */
export function checkKnowledge(input: CheckInput): KnowledgeProblem[] {
  const { kb, files, wards, requiredTopics, allowedNumbers } = input;
  const lengthChecked = new Set(wards.map((w) => w.slug));
  const allWards = [...wards, ...(input.placeholderOnlyWards ?? [])];
  const problems: KnowledgeProblem[] = [];
  const fileOf = (e: KnowledgeEntry) => files.get(`entry:${e.id}`) ?? e.id;
  const byId = new Map(kb.entries.map((e) => [e.id, e]));

  for (const topic of requiredTopics) {
    const entry = byId.get(topic.id);
    if (!entry) problems.push({ file: `(topic ${topic.id})`, message: "required topic has no entry" });
    else if (entry.status !== "published") problems.push({ file: fileOf(entry), message: "required topic is not published" });
    else if (entry.category !== topic.category) problems.push({ file: fileOf(entry), message: `category should be ${topic.category}` });
  }

  for (const entry of kb.entries) {
    const file = fileOf(entry);
    if (!entry.sources.some((s) => isOfficialSource(s.url))) problems.push({ file, message: "no official source (gov.vn, chinhphu.vn, …)" });
    if (!entry.verified && !entry.unverified) problems.push({ file, message: "verified: false needs an `unverified` note saying what to confirm" });
    for (const id of entry.procedures) if (!kb.procedures.has(id)) problems.push({ file, message: `unknown procedure ${id}` });
    for (const n of findUnallowedNumbers([entry.body, entry.summary ?? "", entry.summary_en ?? ""].join("\n\n"), allowedNumbers)) {
      problems.push({ file, message: `number or amount "${n}" in prose: use a placeholder, a procedure record, or allowed-numbers.yaml` });
    }
    for (const message of checkEntryFacets(entry)) problems.push({ file, message });
    for (const message of checkEntryScope(entry)) problems.push({ file, message });
    for (const message of checkEntryYesNo(entry)) problems.push({ file, message });
    for (const message of checkSpecialEn(entry)) problems.push({ file, message });
    for (const ward of allWards) {
      if (entry.wards !== "all" && !entry.wards.includes(ward.slug)) continue;
      for (const name of listPlaceholders(entry.body)) {
        try {
          resolvePlaceholder(name, kb, ward);
        } catch {
          problems.push({ file, message: `placeholder {{${name}}} cannot be filled for ward ${ward.slug}` });
        }
      }
      if (!lengthChecked.has(ward.slug)) continue;
      try {
        const rendered = renderEntryAnswer(entry, kb, ward);
        if (rendered.length > ZALO_TEXT_LIMIT) {
          problems.push({ file, message: `answer for ward ${ward.slug} is ${rendered.length} characters (Zalo's limit is ${ZALO_TEXT_LIMIT})` });
        }
      } catch {
        // reported above as an unresolvable placeholder
      }
    }
  }

  for (const [id, procedure] of kb.procedures) {
    const file = files.get(`procedure:${id}`) ?? id;
    if (!procedure.sources.some((s) => isOfficialSource(s.url))) problems.push({ file, message: "no official source" });
    for (const message of checkProcedureFacts(procedure, isOfficialSource)) problems.push({ file, message });
    for (const message of checkEnglishDocuments(procedure)) problems.push({ file, message });
    for (const message of checkEnglishTexts(procedure)) problems.push({ file, message });
  }
  return problems;
}
