/*
 * Facets of an entry (knowledge contract A): an optional lead paragraph, then sections each
 * opened by one exact Markdown heading. The headings double as the labels of the numbered
 * choices residents see, and as the plain-text labels ("Lệ phí:") when an entry is shown whole.
 */

export const facetKeys = ["steps", "where", "documents", "fee", "time", "online", "who", "special"] as const;
export type FacetKey = (typeof facetKeys)[number];

/** The choice label and marker text of each facet (the marker line is `## <label>`). */
export const facetLabels: Record<FacetKey, string> = {
  steps: "Các bước",
  where: "Nơi làm",
  documents: "Giấy tờ cần mang",
  fee: "Lệ phí",
  time: "Thời gian giải quyết",
  online: "Làm trực tuyến",
  who: "Cơ quan giải quyết",
  special: "Trường hợp đặc biệt",
};

const keyByMarker = new Map<string, FacetKey>(facetKeys.map((k) => [`## ${facetLabels[k]}`, k]));

export type EntryFacets = {
  /** the text before the first section (may be empty) */
  lead: string;
  /** sections in the order written; text without its marker line, placeholders unfilled */
  sections: Array<{ key: FacetKey; text: string }>;
  /** heading lines that are not one of the allowed markers (kb:check reports them) */
  unknownHeadings: string[];
  /** markers used twice (kb:check reports them) */
  duplicates: FacetKey[];
};

/** Splits an entry body into its lead and facet sections. Lines are compared trimmed of trailing spaces. */
export function parseEntryFacets(body: string): EntryFacets {
  const lead: string[] = [];
  const sections: EntryFacets["sections"] = [];
  const unknownHeadings: string[] = [];
  const duplicates: FacetKey[] = [];
  let current: { key: FacetKey; lines: string[] } | undefined;
  const close = () => {
    if (current) sections.push({ key: current.key, text: current.lines.join("\n").trim() });
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (/^#{1,6}\s/.test(line)) {
      const key = keyByMarker.get(line);
      if (key) {
        close();
        if (sections.some((s) => s.key === key)) duplicates.push(key);
        current = { key, lines: [] };
        continue;
      }
      unknownHeadings.push(line);
    }
    (current ? current.lines : lead).push(raw);
  }
  close();
  return { lead: lead.join("\n").trim(), sections, unknownHeadings, duplicates };
}

/** The body as plain text for Zalo: each marker line becomes its label followed by a colon. */
export function markersToLabels(body: string): string {
  return body
    .split(/\r?\n/)
    .map((line) => {
      const key = keyByMarker.get(line.trimEnd());
      return key ? `${facetLabels[key]}:` : line;
    })
    .join("\n");
}
