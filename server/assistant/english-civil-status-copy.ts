/*
 * "How do I get a copy of our marriage certificate?", "I lost my child's birth certificate, can I get a copy?",
 * "We need another copy of my father's death certificate": a copy (or a lost, damaged or replacement one) of a
 * birth, marriage or death certificate is an extract copy from the civil status register (dvc-trich-luc), issued
 * by the ward that registered it. Read as "a certified copy" (chứng thực bản sao) plus "marriage" or "birth", it
 * was a tie between certified copies and the registration itself, handed off or answered as certified copies.
 * The row comes before those readings and claims their groups (a certified copy, a birth). A copy to be certified,
 * notarised or translated ("certify a copy of my birth certificate translated into Vietnamese") stays a certified copy.
 */

/** a glossary row of english.ts (claims: the other groups it settles) */
type CopyRow = { pattern: RegExp; words: string; group: string; claims: string[] };

const certificate = String.raw`(?:birth|marriage|death|wedding)\s+certificates?`;

export const copyOfCivilStatusPaper: CopyRow[] = [
  {
    pattern: new RegExp(
      String.raw`^(?![^]*\b(?:certif(?:y|ied|ies|ying|ication)|notari[sz]\w*|notary|translat\w*)\b)[^]*(?:\b(?:cop(?:y|ies)|duplicates?|replacements?|reissu\w*|extracts?|another one|a new one)\b[^.?!]{0,60}\b${certificate}|\b${certificate}\b[^.?!]{0,60}\b(?:cop(?:y|ies)|duplicates?|replace\w*|reissu\w*|extracts?|another one|a new one)\b|\b(?:lost|damaged|torn|missing|misplaced)\b[^.?!]{0,40}\b${certificate})`,
    ),
    words: "trich luc ban sao giay khai sinh giay ket hon",
    group: "certify",
    claims: ["birth"],
  },
];
