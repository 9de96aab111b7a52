/*
 * English glossary phrases from session 16's English misses (english.ts reads them at their place in the glossary; within
 * a group only the first phrase that matches counts). Written from the classes, not from single lines.
 */
import type { GlossaryRow } from "./english-glossary-s13";

/**
 * A message, call or text that pretends to be someone (a bank, the police, the power company) and a report asked of it
 * ("I got a text pretending to be from my bank … Where can I report it?"): the scam reporting entry. The report
 * pattern before needed a scam word right before the noun.
 */
export const reportPretendingMessage: GlossaryRow[] = [
  {
    pattern: /^(?=[^]*\breport\w*\b)[^]*\b(?:texts?|sms|messages?|calls?|callers?|emails?|links?|websites?|numbers?)\b[^.?!]{0,60}\b(?:pretend\w*|impersonat\w*|claim(?:s|ed|ing)? to be|posing as|pos(?:es|ed) as|fake|phishing)\b/,
    words: "bao cao to giac lua dao tin nhan rac",
    group: "report",
  },
];

/**
 * Waste dumped or left in the street ("construction waste blocking our alley", "illegal trash dumping"): a report to the
 * ward, like garbage and litter (after the general report phrase, so it only counts when that one did not).
 */
export const dumpedWaste: GlossaryRow[] = [
  {
    pattern: /\b(?:trash|waste|debris|rubble|junk)\b|\bdump(?:s|ed|ing)?\b[^.?!]{0,30}\b(?:alley|lane|street|road|sidewalk|pavement|canal|lake)\b|\billegal(?:ly)? dump\w*/,
    words: "gui phan anh kien nghi voi phuong",
    group: "report",
  },
];

/**
 * A foreign guest hosted ("I host my Korean friend for two weeks", "we are hosting a foreign couple"): a foreigner's
 * temporary residence, as when the guest is said to stay.
 */
export const hostingForeigner: GlossaryRow[] = [
  {
    pattern: /\bhost(?:s|ed|ing)?\b[^.?!]{0,30}\b(?:foreign\w*|korean|japanese|chinese|taiwanese|american|australian|british|french|german|canadian|indian|thai|russian|italian|spanish|dutch|swedish|irish|malaysian|indonesian)\b/,
    words: "nguoi nuoc ngoai tam tru",
    group: "stay",
  },
];

/** A passport that expired or is to be renewed, said before the verb ("her passport expired, where does she renew it?"): where passports are made. */
export const passportExpired: GlossaryRow[] = [
  { pattern: /\bpassports?\b[^.?!]{0,40}\b(?:expir\w*|renew\w*|out of date)\b/, words: "lam ho chieu" },
];

/**
 * Whether anyone at the ward reads this chat ("Does anyone at the ward read these messages?", "is somebody checking this
 * chat?"): the staff entry answers how residents reach staff.
 */
export const anyoneReadsChat: GlossaryRow[] = [
  {
    pattern: /\b(?:does|do|is|are|will|would) (?:anyone|anybody|someone|somebody|a person|a human|any(?: real)? (?:person|human|staff|officers?)|staff|officers?)\b[^.?!]{0,30}\b(?:read(?:s|ing)?|check(?:s|ing)?|see(?:s|ing)?|monitor(?:s|ing)?|answer(?:s|ing)?|reply|replies|replying)\b[^.?!]{0,20}\b(?:these|this|my|the) (?:messages?|chat|texts?|inbox|questions?)\b/,
    words: "gap can bo phuong nhan tin",
    group: "staff",
  },
];
