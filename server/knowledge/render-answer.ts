import type { Ward } from "../wards/ward-profile";
import type { KnowledgeBase, KnowledgeEntry, Procedure } from "./knowledge-schema";
import { wardConfirmedEntry, wardConfirmedProcedureFact } from "./fact-confirmations";
import { briefFactText, factText, UNVERIFIED_MARKER } from "./procedure-facts";

export const ZALO_TEXT_LIMIT = 2000;

const placeholderPattern = /\{\{\s*([a-z_]+(?:\.[a-z0-9_-]+)*)\s*\}\}/g;

export class UnresolvedPlaceholderError extends Error {
  constructor(readonly placeholder: string) {
    super(`unresolved placeholder {{${placeholder}}}`);
  }
}

const wardFields = ["name", "address", "office_hours", "hotline", "reception_schedule", "police", "digital_team"] as const;

function numbered(items: string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join("\n");
}

function greenLaneLine(procedure: Procedure, ward: Ward): string {
  const item = ward.profile.green_lane.items.find((i) => i.procedure === procedure.id);
  const sampleNote = ward.profile.green_lane.sample && ward.profile.green_lane.items.length ? " (danh mục mẫu, phường cần xác nhận)" : "";
  if (!item) {
    return `Thủ tục này hiện chưa có trong danh mục làn xanh mà ${ward.name} đã công bố${sampleNote}.`;
  }
  return `Thủ tục này thuộc danh mục làn xanh của ${ward.name}: giải quyết trong ${item.time} (thời hạn theo quy định: ${briefFactText(procedure.legal_time, wardConfirmedProcedureFact(ward, procedure, "legal_time"))})${sampleNote}.`;
}

function greenLaneList(kb: KnowledgeBase, ward: Ward): string {
  const { items, sample } = ward.profile.green_lane;
  if (!items.length) {
    return `${ward.name} chưa cập nhật danh mục thủ tục làn xanh trên kênh này. Ông/bà vui lòng hỏi Bộ phận Một cửa của phường để biết thủ tục nào đang được giải quyết theo làn xanh.`;
  }
  const lines = items.map((item, i) => {
    const procedure = kb.procedures.get(item.procedure);
    const name = procedure?.name ?? item.procedure;
    const legal = procedure ? ` (thời hạn theo quy định: ${briefFactText(procedure.legal_time, wardConfirmedProcedureFact(ward, procedure, "legal_time"))})` : "";
    return `${i + 1}. ${name}: ${item.time}${legal}${item.note ? `. ${item.note}` : ""}`;
  });
  const header = `Danh mục thủ tục làn xanh của ${ward.name}${sample ? " (danh mục mẫu, phường cần xác nhận)" : ""}:`;
  return `${header}\n${lines.join("\n")}`;
}

/** The value of one placeholder, or throws UnresolvedPlaceholderError. */
export function resolvePlaceholder(name: string, kb: KnowledgeBase, ward: Ward): string {
  const [scope, key, field] = name.split(".");
  if (scope === "ward" && key && !field) {
    if (key === "name") return ward.name;
    if ((wardFields as readonly string[]).includes(key)) {
      const value = ward.profile[key as Exclude<(typeof wardFields)[number], "name">];
      if (value) return value;
    }
  }
  if (scope === "green_lane" && key === "list" && !field) return greenLaneList(kb, ward);
  if (scope === "procedure" && key && field) {
    const procedure = kb.procedures.get(key);
    if (procedure) {
      switch (field) {
        case "documents":
          return numbered(procedure.documents);
        // unconfirmed facts carry "(chưa xác nhận)" right after them, unless this ward confirmed them
        case "time":
          return factText(procedure.legal_time, wardConfirmedProcedureFact(ward, procedure, "legal_time"));
        case "fee":
          return factText(procedure.fee, wardConfirmedProcedureFact(ward, procedure, "fee"));
        case "where":
          return factText(procedure.where, wardConfirmedProcedureFact(ward, procedure, "where"));
        case "name":
          return procedure.name;
        case "green_lane":
          return greenLaneLine(procedure, ward);
      }
    }
  }
  throw new UnresolvedPlaceholderError(name);
}

export function listPlaceholders(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((m) => m[1]!);
}

export function fillPlaceholders(text: string, kb: KnowledgeBase, ward: Ward): string {
  return text.replace(placeholderPattern, (_, name: string) => resolvePlaceholder(name, kb, ward));
}

// --- facet markers (contract A; issue 10 owns full facet parsing and may replace this) ---
/** `## Lệ phí` in an entry body is shown on Zalo (plain text) as the line `Lệ phí:`. */
const facetMarkerLine = /^## (Các bước|Nơi làm|Giấy tờ cần mang|Lệ phí|Thời gian giải quyết|Làm trực tuyến|Cơ quan giải quyết|Trường hợp đặc biệt)[ \t]*$/gm;

export function renderFacetMarkers(text: string): string {
  return text.replace(facetMarkerLine, "$1:");
}
// --- end facet markers ---

/** The answer exactly as the resident receives it (before splitting for Zalo's limit). */
export function renderEntryAnswer(entry: KnowledgeEntry, kb: KnowledgeBase, ward: Ward): string {
  // a ward that confirmed the entry's own facts no longer shows their literal markers (procedure facts keep theirs)
  const body = wardConfirmedEntry(ward, entry) ? entry.body.replaceAll(` ${UNVERIFIED_MARKER}`, "") : entry.body;
  const parts = [renderFacetMarkers(fillPlaceholders(body, kb, ward).trim())];
  const link = entry.links[0];
  if (link) parts.push(`${link.label}: ${link.url}`);
  return parts.join("\n\n");
}
