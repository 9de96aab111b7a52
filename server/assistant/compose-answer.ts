import { facetLabels, markersToLabels, parseEntryFacets, type EntryFacets, type FacetKey } from "../knowledge/entry-facets";
import type { KnowledgeBase, KnowledgeEntry } from "../knowledge/knowledge-schema";
import { fillPlaceholders, wardEntryText } from "../knowledge/render-answer";
import { gatherSampleMarkers, SAMPLE_DATA_NOTE, stripSampleMarkers } from "../knowledge/sample-markers";
import type { Ward } from "../wards/ward-profile";
import type { OfferedChoice, ReplyLink, Shown } from "./ask-result";
import { partHeading } from "./part-heading";
import { analyze } from "./text-analysis";

/*
 * Facet-first answers: the part asked about ("bao nhiêu tiền" → the fee), or the entry's summary
 * for a plain topic, in a few lines a resident reads on one phone screen; then numbered choices
 * for the other facets, "Xem đầy đủ" (the whole entry) and "0. Gặp cán bộ".
 */

/** Characters of answer text before the choices (the whole first reply stays near 450). */
export const SHORT_LIMIT = 330;
/** Characters of the steps shown first: they stop at a step, "Xem đầy đủ" has the rest. */
export const STEPS_LIMIT = 250;
/** Within a two-question reply, each answer gets this much. */
export const BRIEF_LIMIT = 200;

export const STAFF_LABEL = "Gặp cán bộ";
export const FULL_LABEL = "Xem đầy đủ";

/** Facets offered as choices, most asked first. */
const choiceOrder: FacetKey[] = ["documents", "fee", "where", "time", "online", "steps", "who", "special"];
const MAX_FACET_CHOICES = 4;

const parsed = new WeakMap<KnowledgeEntry, EntryFacets>();
function facetsOf(entry: KnowledgeEntry): EntryFacets {
  let facets = parsed.get(entry);
  if (!facets) parsed.set(entry, (facets = parseEntryFacets(entry.body)));
  return facets;
}

type ProcedureLike = { deciding_body?: unknown; submission?: unknown; online?: unknown; special?: unknown; dvc_url?: unknown };

/**
 * The raw text (placeholders unfilled) of one facet: the entry's own section, else what its
 * procedure record states (place, documents, fee and time through the procedure placeholders,
 * so their unverified markers come along).
 */
function facetSource(entry: KnowledgeEntry, key: FacetKey, kb: KnowledgeBase): string | undefined {
  const section = facetsOf(entry).sections.find((s) => s.key === key);
  if (section) return section.text;
  const id = entry.procedures[0];
  const procedure = id ? (kb.procedures.get(id) as ProcedureLike | undefined) : undefined;
  if (!procedure) return undefined;
  switch (key) {
    case "where":
    case "documents":
    case "fee":
    case "time":
      return `{{procedure.${id}.${key}}}`;
    case "who":
      return typeof procedure.deciding_body === "string" ? procedure.deciding_body : undefined;
    case "online":
      if (typeof procedure.online === "string") return procedure.online;
      if (procedure.submission === "online_full") return "Thủ tục này có dịch vụ công trực tuyến toàn trình: nộp hồ sơ trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID.";
      if (procedure.submission === "online_partial") return "Thủ tục này có dịch vụ công trực tuyến một phần: nộp hồ sơ trực tuyến được, một số bước vẫn làm trực tiếp.";
      if (procedure.submission === "in_person") return "Thủ tục này hiện làm trực tiếp, chưa nộp trực tuyến được.";
      return undefined;
    case "special":
      return typeof procedure.special === "string" ? procedure.special : undefined;
    case "steps":
      return undefined;
  }
}

/** A ward with no facts: fills ward placeholders with nothing, to read an entry's own words. */
const noWard: Ward = {
  id: 0,
  slug: "",
  name: "",
  oaId: null,
  appId: null,
  profile: { address: " ", office_hours: " ", hotline: " ", reception_schedule: " ", police: " ", digital_team: " ", timezone: "Asia/Ho_Chi_Minh", working_hours: { days: [1], periods: [["08:00", "17:00"]] }, green_lane: { sample: false, items: [] } },
};

const facetWords = new WeakMap<KnowledgeEntry, Map<FacetKey, Set<string>>>();

/** The folded words of each facet of an entry (procedure placeholders filled in). */
function wordsByFacet(entry: KnowledgeEntry, kb: KnowledgeBase): Map<FacetKey, Set<string>> {
  let map = facetWords.get(entry);
  if (map) return map;
  map = new Map();
  for (const key of choiceOrder) {
    const raw = facetSource(entry, key, kb);
    if (raw === undefined) continue;
    let text: string;
    try {
      text = fillPlaceholders(raw, kb, noWard);
    } catch {
      text = raw;
    }
    map.set(key, new Set(analyze(text).map((t) => t.folded)));
  }
  facetWords.set(entry, map);
  return map;
}

/** The facet whose text holds most of `terms` (folded), when it holds at least half of them. */
export function bestFacetFor(entry: KnowledgeEntry, terms: string[], kb: KnowledgeBase): FacetKey | undefined {
  let best: FacetKey | undefined;
  let bestShare = 0.5 - 1e-9;
  for (const [key, words] of wordsByFacet(entry, kb)) {
    const share = terms.filter((t) => words.has(t)).length / terms.length;
    if (share > bestShare) {
      best = key;
      bestShare = share;
    }
  }
  return best;
}

/** Facets this entry can answer, in choice order. */
export function availableFacets(entry: KnowledgeEntry, kb: KnowledgeBase): FacetKey[] {
  return choiceOrder.filter((key) => facetSource(entry, key, kb) !== undefined);
}

export function hasFacet(entry: KnowledgeEntry, key: FacetKey, kb: KnowledgeBase): boolean {
  return facetSource(entry, key, kb) !== undefined;
}

/** The summary: the entry's own, else the opening of its lead (or body), a paragraph or more. */
function summarySource(entry: KnowledgeEntry): string {
  if (entry.summary) return entry.summary;
  const facets = facetsOf(entry);
  const paragraphs = (facets.lead || entry.body).split(/\n\s*\n/);
  let out = "";
  for (const p of paragraphs) {
    out = out ? `${out}\n${p.trim()}` : p.trim();
    if (out.length >= 150) break;
  }
  return out;
}

/** Whole lines up to `limit`; a longer first line is cut after a sentence, else a word, and marked "…". */
export function clip(text: string, limit: number): { text: string; clipped: boolean } {
  if (text.length <= limit) return { text, clipped: false };
  const lines = text.split("\n");
  let out = "";
  for (const line of lines) {
    const next = out ? `${out}\n${line}` : line;
    if (next.length > limit) break;
    out = next;
  }
  if (out.trim().length < limit * 0.4) {
    const window = text.slice(0, limit);
    const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("; "));
    const cut = sentence > limit * 0.5 ? sentence + 1 : window.lastIndexOf(" ");
    out = window.slice(0, cut > 0 ? cut : limit);
  }
  return { text: `${out.trimEnd().replace(/[,;:]$/, "")} …`, clipped: true };
}

function fill(text: string, kb: KnowledgeBase, ward: Ward): string {
  return fillPlaceholders(text, kb, ward).trim();
}

/** Ward facts filled in, cut to `limit`, the sample-data note (if any) once at the end. */
function shortText(entry: KnowledgeEntry, raw: string, kb: KnowledgeBase, ward: Ward, limit: number): { text: string; clipped: boolean } {
  const { text, sample } = stripSampleMarkers(fill(wardEntryText(raw, entry, ward), kb, ward));
  const clipped = clip(text, limit);
  return sample ? { text: `${clipped.text}\n${SAMPLE_DATA_NOTE}`, clipped: clipped.clipped } : clipped;
}

export type AnswerView = {
  body: string;
  links: ReplyLink[];
  offered: OfferedChoice[];
  shown: Shown;
};

export type ComposeOptions = {
  shown: Shown;
  /** a sentence that answers a yes/no question, put first ("Dạ có, …", "Dạ không, …") */
  yesNo?: string;
  /** length of the answer text (SHORT_LIMIT, BRIEF_LIMIT within a two-question reply) */
  limit?: number;
  /** with choices (false inside a two-question reply, which offers its own) */
  choices?: boolean;
};

/** The whole entry as plain text: placeholders filled, facet markers as labels, sample-data note at the end. */
export function fullText(entry: KnowledgeEntry, kb: KnowledgeBase, ward: Ward): string {
  return gatherSampleMarkers(markersToLabels(fill(wardEntryText(entry.body, entry, ward), kb, ward)));
}

/** An answer from one entry, facet first. */
export function composeAnswer(entry: KnowledgeEntry, kb: KnowledgeBase, ward: Ward, options: ComposeOptions): AnswerView {
  const limit = options.limit ?? SHORT_LIMIT;
  let shown = options.shown;
  let text: string;
  let clipped = false;
  let heading: string;
  const facetRaw = shown !== "summary" && shown !== "full" ? facetSource(entry, shown, kb) : undefined;
  if (shown === "full") {
    text = fullText(entry, kb, ward);
    heading = `${entry.title}:`;
  } else if (facetRaw !== undefined && shown !== "summary") {
    ({ text, clipped } = shortText(entry, facetRaw, kb, ward, shown === "steps" ? Math.min(limit, STEPS_LIMIT) : limit));
    heading = partHeading(facetLabels[shown], entry.title);
  } else {
    shown = "summary";
    // a short entry without parts is shown whole: nothing to choose from
    const whole = facetsOf(entry).sections.length === 0 && entry.body.length <= limit * 2 ? fullText(entry, kb, ward) : undefined;
    if (whole !== undefined && whole.length <= limit) {
      text = whole;
      shown = "full";
    } else ({ text, clipped } = shortText(entry, summarySource(entry), kb, ward, limit));
    // an entry's own summary names its topic ("Dạ, cha mẹ cần đăng ký khai sinh…"); the opening of a body may not
    heading = entry.summary && shown === "summary" ? "" : `${entry.title}:`;
  }
  const body = [options.yesNo, heading ? `${heading}\n${text}` : text].filter(Boolean).join("\n");
  const links = shown === "summary" || shown === "full" || shown === "online" || shown === "steps" ? entry.links.slice(0, shown === "full" ? 3 : 1) : [];
  const offered = options.choices === false ? [] : answerChoices(entry, kb, shown, clipped);
  return { body: body.trim(), links, offered, shown };
}

/** The numbered choices after an answer: other facets, "Xem đầy đủ", "0. Gặp cán bộ". */
export function answerChoices(entry: KnowledgeEntry, kb: KnowledgeBase, shown: Shown, clipped: boolean): OfferedChoice[] {
  const offered: OfferedChoice[] = [];
  if (shown !== "full") {
    const others = availableFacets(entry, kb)
      .filter((key) => key !== shown)
      .slice(0, shown === "summary" ? MAX_FACET_CHOICES : MAX_FACET_CHOICES - 1);
    for (const key of others) offered.push({ n: offered.length + 1, label: facetLabels[key], action: { do: "show", entryId: entry.id, shown: key } });
    const more = clipped || facetsOf(entry).sections.length > 0 || shown !== "summary" || entry.body.length > SHORT_LIMIT;
    if (more) offered.push({ n: offered.length + 1, label: FULL_LABEL, action: { do: "show", entryId: entry.id, shown: "full" } });
  }
  offered.push(staffChoice());
  return offered;
}

export function staffChoice(): OfferedChoice {
  return { n: 0, label: STAFF_LABEL, action: { do: "staff" } };
}
