/*
 * The asked ward fact first in an English summary: "What time does it open?", "what are the
 * opening hours?" get the sentence with the ward's office hours first, "where is it?" the sentence
 * with its address; the rest of the summary follows unchanged (nothing dropped, nothing added).
 * The Vietnamese path shows the asked part first (issue 10 §2); an English summary is one short
 * paragraph, so its sentences are reordered instead of cut into facets. "How long until someone
 * replies?" asks when staff answer: the sentence with the office hours (staff reply in them) first.
 * askedWardFact says which of the two then leads the reply, so the answer reports the part it
 * leads with (the entry's time or where part holds the same ward fact).
 */
const asksHours = /\bopening hours?\b|\bworking hours?\b|\boffice hours?\b|\bbusiness hours?\b|\bwhat time\b|\bwhen (?:is|are|does|do|will)\b[^.?!]{0,30}\b(?:open|close|closed)\b|\b(?:open|opens|close|closes) (?:until|till|at)\b|\bclosing time\b|\bhours\b/;
const asksReplyTime = /\bhow long\b[^.?!]{0,40}\b(?:reply|replies|answer|answers|respond|responds|get back)\b|\bwhen (?:will|do|does) (?:someone|anyone|they|staff|you|the staff)\b[^.?!]{0,20}\b(?:reply|answer|respond|get back)\b/;
const asksWhere = /\bwhere\b|\baddress\b|\blocat(?:ed|ion)\b/;

/** `summaryEn` with the sentences holding the asked ward facts (hours, address) moved to the front, in their own order. */
export function askedSentenceFirst(summaryEn: string, text: string): string {
  const lower = text.toLowerCase();
  const hours = asksOfficeHours(lower) && summaryEn.includes("ward.office_hours");
  const where = asksWhere.test(lower) && summaryEn.includes("ward.address");
  if (!hours && !where) return summaryEn;
  const sentences = summaryEn.split(/(?<=\.)\s+(?=[A-Z])/);
  const asked = (s: string) => (hours && s.includes("ward.office_hours")) || (where && s.includes("ward.address"));
  return [...sentences.filter(asked), ...sentences.filter((s) => !asked(s))].join(" ");
}

function asksOfficeHours(lower: string): boolean {
  return asksHours.test(lower) || asksReplyTime.test(lower);
}

/**
 * The ward fact an English summary leads with once reordered for `text`: "time" when the hours
 * were asked and lead it, "where" when the address was asked and leads it; else undefined.
 */
export function askedWardFact(summaryEn: string, text: string): "time" | "where" | undefined {
  const lower = text.toLowerCase();
  const first = askedSentenceFirst(summaryEn, text).split(/(?<=\.)\s+(?=[A-Z])/)[0] ?? "";
  if (asksOfficeHours(lower) && first.includes("ward.office_hours")) return "time";
  if (asksWhere.test(lower) && first.includes("ward.address")) return "where";
  return undefined;
}
