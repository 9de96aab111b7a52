/*
 * English glossary phrases from session 18's voices (foreign employees, exchange students). Written from the classes,
 * not from single lines (english.ts reads them at their place in the glossary; within a group only the first match counts).
 */
import type { GlossaryRow } from "./english-glossary-s13";

/**
 * Looking a number, an account, a link or a website up against scams before paying ("check whether a bank account is on
 * a scam list", "look up if a phone number is a scammer", "is there a blacklist of fraud numbers"): the entry on checking,
 * as "is this a scam?" is. The row after it wanted the scam word within 40 characters of "check" and missed the longer
 * sentence, whose "phone number" then led to the ward's contact entry.
 */
export const checkAgainstScams: GlossaryRow[] = [
  {
    pattern: /\b(?:scam|fraud|black)[- ]?lists?\b|\bblacklist\w*|\b(?:check\w*|verify\w*|look(?:ing)? up|lookup|search\w*|find out)\b[^.?!]{0,80}\b(?:scam\w*|fraud\w*)/,
    words: "cach kiem tra link so dien thoai so tai khoan co phai lua dao",
    group: "scam",
  },
];
