/*
 * A ward profile still holding sample data says so inside its values ("(dữ liệu mẫu) …",
 * "… (dữ liệu mẫu, phường cần xác nhận)", "(danh mục mẫu, …)"). Filled into prose, those
 * markers land in the middle of sentences, several times per reply. A reply states it once,
 * at its end.
 */
const markerPattern = /[ \t]*\((?:dữ liệu mẫu|danh mục mẫu)[^()]*\)[ \t]*/gu;

export const SAMPLE_DATA_NOTE = "(dữ liệu mẫu: phường cần xác nhận các thông tin trên)";
export const SAMPLE_DATA_NOTE_EN = "(sample data: the ward still has to confirm the details above)";

/** Removes the sample-data markers from `text`; `sample` tells whether there were any. */
export function stripSampleMarkers(text: string): { text: string; sample: boolean } {
  // every marker starts "(d": a reply without one is left as it is, unscanned (the scan runs on every reply)
  if (!text.includes("(d")) return { text, sample: false };
  let sample = false;
  const stripped = text.replace(markerPattern, (match, offset: number, whole: string) => {
    sample = true;
    const before = whole[offset - 1];
    const after = whole[offset + match.length];
    // keep one space between words; none at a line's start or end, or before punctuation
    if (before === undefined || before === "\n" || after === undefined || after === "\n" || /[.,;:!?)]/.test(after)) return "";
    return " ";
  });
  return { text: stripped, sample };
}

/** The reply with its sample-data markers gathered into one note at the end. */
export function gatherSampleMarkers(text: string, lang: "vi" | "en" = "vi"): string {
  const { text: stripped, sample } = stripSampleMarkers(text);
  return sample ? `${stripped.trimEnd()}\n\n${lang === "en" ? SAMPLE_DATA_NOTE_EN : SAMPLE_DATA_NOTE}` : stripped;
}
