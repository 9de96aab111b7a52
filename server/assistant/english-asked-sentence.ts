/*
 * The asked ward fact first in an English summary: "What time does it open?", "what are the
 * opening hours?" get the sentence with the ward's office hours first, "where is it?" the sentence
 * with its address; the rest of the summary follows unchanged (nothing dropped, nothing added).
 * The Vietnamese path shows the asked part first (issue 10 §2); an English summary is one short
 * paragraph, so its sentences are reordered instead of cut into facets.
 */
const asksHours = /\bopening hours?\b|\bworking hours?\b|\boffice hours?\b|\bbusiness hours?\b|\bwhat time\b|\bwhen (?:is|are|does|do|will)\b[^.?!]{0,30}\b(?:open|close|closed)\b|\b(?:open|opens|close|closes) (?:until|till|at)\b|\bclosing time\b|\bhours\b/;
const asksWhere = /\bwhere\b|\baddress\b|\blocat(?:ed|ion)\b/;

/** `summaryEn` with the sentences holding the asked ward facts (hours, address) moved to the front, in their own order. */
export function askedSentenceFirst(summaryEn: string, text: string): string {
  const lower = text.toLowerCase();
  const hours = asksHours.test(lower) && summaryEn.includes("ward.office_hours");
  const where = asksWhere.test(lower) && summaryEn.includes("ward.address");
  if (!hours && !where) return summaryEn;
  const sentences = summaryEn.split(/(?<=\.)\s+(?=[A-Z])/);
  const asked = (s: string) => (hours && s.includes("ward.office_hours")) || (where && s.includes("ward.address"));
  return [...sentences.filter(asked), ...sentences.filter((s) => !asked(s))].join(" ");
}
