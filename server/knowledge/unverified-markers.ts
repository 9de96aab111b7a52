import { UNVERIFIED_MARKER } from "./procedure-facts";

/*
 * A reworded answer (the optional language model) must keep "(chưa xác nhận)" next to every
 * unconfirmed amount or deadline it repeats; otherwise a resident would read it as a plain fact.
 */

const figurePattern = /\d(?:[\d.,]*\d)?\s*(?:đồng|ngày làm việc|ngày|giờ|tháng|năm)(?![\p{L}])/giu;

function collapse(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/g, " ");
}

/** Amounts and deadlines that the source texts state before a marker, on the same line. */
export function unverifiedFigures(texts: string[]): string[] {
  const figures = new Set<string>();
  for (const text of texts) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(UNVERIFIED_MARKER, from);
      if (at < 0) break;
      // a procedure fact is rendered as one line with the marker at its end, so everything from the
      // line start (or the previous marker) counts; in prose this may take in more, which only makes
      // the check stricter
      const before = text.slice(0, at);
      const previousMarker = before.lastIndexOf(UNVERIFIED_MARKER);
      const start = Math.max(before.lastIndexOf("\n") + 1, previousMarker < 0 ? 0 : previousMarker + UNVERIFIED_MARKER.length);
      for (const m of before.slice(start).matchAll(figurePattern)) figures.add(collapse(m[0]));
      from = at + UNVERIFIED_MARKER.length;
    }
  }
  return [...figures];
}

/** Unconfirmed figures the reply repeats without the marker in the same line. */
export function unmarkedFigures(reply: string, sourceTexts: string[]): string[] {
  const figures = unverifiedFigures(sourceTexts);
  const missing: string[] = [];
  for (const line of reply.split("\n")) {
    const folded = collapse(line);
    for (const figure of figures) if (folded.includes(figure) && !line.includes(UNVERIFIED_MARKER)) missing.push(figure);
  }
  return [...new Set(missing)];
}
