/*
 * English glossary phrases from session 14's study of the English tuning lines (english.ts reads
 * them at their place in its glossary; within a group only the first phrase that matches counts).
 * Written from the classes, not from single lines.
 */
import type { GlossaryRow } from "./english-glossary-s13";

/**
 * Another copy of a birth, marriage or death certificate registered earlier ("I need a copy of the
 * marriage certificate for my embassy", "I lost my child's birth certificate, can I get a copy?"):
 * an extract copy from the civil register (trích lục), not a certified photocopy of a paper in hand
 * and not a new registration. A "certified copy" or "photocopy" stays with certification; the row
 * settles the certification and birth readings so neither is added on top.
 */
const certificate = String.raw`\b(?:birth|marriage|death) certificates?\b`;
export const civilStatusCopy: Array<GlossaryRow & { claims?: string[] }> = [
  {
    pattern: new RegExp(
      String.raw`\b(?:get|need|request|obtain|ask for|apply for|want|order|issue|reissue)\w*\b[^.?!]{0,20}\b(?:an? |another |new |extra |more |the )?(?<!certified |notari[sz]ed |photo)(?:cop(?:y|ies)|extracts?|replacements?|duplicates?)\b[^.?!]{0,30}${certificate}` +
        String.raw`|\b(?:lost|damaged|torn|misplaced|ruined)\b[^.?!]{0,30}${certificate}|${certificate}[^.?!]{0,30}\b(?:(?:was|is|got|been) (?:lost|damaged|torn|stolen)|replace\w*|reissu\w*)`,
    ),
    words: "ban sao trich luc ho tich",
    group: "certify",
    claims: ["birth"],
  },
];
