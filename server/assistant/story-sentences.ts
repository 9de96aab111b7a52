/*
 * Which sentences of a message ask. A resident who marks her questions with "?" tells her story
 * in sentences ended by "." ("Tuần trước tôi nộp hồ sơ xin bản sao giấy khai sinh cho con. …
 * Có xem tiến độ hồ sơ trên mạng được không ạ?"): such a sentence is background, though a
 * "không" or a part word inside it ("không ai để ý", "nộp hồ sơ") looks like a question. Read as a
 * second question it answered the story's entry beside the one asked (tuning-s27/s28 long
 * accented messages). A sentence with an ask marker ("cho tôi hỏi …") still asks.
 */
import { hasAskMarker } from "./question-clause";

export type Segment = { text: string; end: string };

/** The message's segments (trimmed, raw) with the break that ended each ("" at the end of the message). */
export function segmentsWithEnds(text: string, breakPattern: RegExp): Segment[] {
  const pattern = new RegExp(breakPattern.source, `${breakPattern.flags.replace("g", "")}g`);
  const out: Segment[] = [];
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    out.push({ text: text.slice(from, m.index).trim(), end: m[0] });
    from = m.index! + m[0].length;
  }
  out.push({ text: text.slice(from).trim(), end: "" });
  return out;
}

/** A message that marks its questions with a question mark. */
export function marksQuestions(text: string): boolean {
  return /[?？]/u.test(text);
}

/** A sentence ended by ".", ";" or "!" in a message that marks its questions with "?", without an ask marker: story, not a question (`folded`: the segment folded). */
export function storySentence(segment: Segment, folded: string, marked: boolean): boolean {
  return marked && /^[.;!]/.test(segment.end) && !hasAskMarker(folded);
}
