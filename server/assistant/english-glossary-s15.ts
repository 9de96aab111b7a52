/*
 * English glossary phrases from session 15's English misses (english.ts reads them at their place
 * in the glossary; within a group only the first phrase that matches counts). Written from the
 * classes, not from single lines.
 */
import type { GlossaryRow } from "./english-glossary-s13";

/** Countries a foreign resident or guest comes from ("a teacher from Canada", "my friend from Japan"); Vietnam is not one. */
const countries =
  "(?:korea|south korea|japan|china|taiwan|hong kong|america|the us|the usa|the states|australia|the uk|britain|england|scotland|ireland|france|germany|canada|india|thailand|singapore|the philippines|russia|italy|spain|the netherlands|holland|sweden|norway|denmark|finland|switzerland|belgium|austria|poland|malaysia|indonesia|cambodia|laos|myanmar|mongolia|brazil|mexico|argentina|israel|turkey|ukraine|the czech republic|portugal|greece|new zealand|south africa)";

/**
 * Someone from a foreign country (the writer or a guest) staying, living, moving in or renting
 * here, or to be registered or declared (the stay cue is part of the pattern, so a follow-up
 * like "what papers do I need from the UK side" still names no topic): a foreigner's temporary residence, like the demonyms
 * ("I'm a Korean student staying…"). Before the stay notice for a guest of a few nights, so "my
 * friend from Japan is staying with me next week" is a foreigner's stay. Never when the writer is a
 * Vietnamese citizen back from abroad (the citizens' phrase before it takes the stay group; and the
 * lookahead below), nor for a Vietnamese relative or friend coming from that country.
 */
export const fromAForeignCountry: GlossaryRow[] = [
  {
    pattern: new RegExp(
      `^(?![^]*\\b(?:i(?:'m| am|m) (?:a )?vietnamese|vietnamese (?:citizens?|nationals?|parents?|mother|father|wife|husband|relatives?|friends?|family)|viet ?kieu|(?:returned|came back|come back|back) (?:home )?from)\\b)(?=[^]*\\b(?:stay\\w*|liv(?:e|es|ing)|mov(?:e|ed|ing)|rent\\w*|regist\\w*|declar\\w*|visiting)\\b)[^]*\\bfrom ${countries}\\b`,
    ),
    words: "nguoi nuoc ngoai tam tru",
    group: "stay",
  },
];

/**
 * A paper that proves where one lives ("my bank asks for a proof of residence", "a residence
 * certificate for my child's school", "form CT07"): the residence confirmation (CT07), before the
 * stay group's phrases that read "residence" as a stay to declare.
 */
export const proofOfResidence: GlossaryRow[] = [
  {
    pattern: /\bproof of (?:residence|residency|address)\b|(?<!\btemporary )\b(?:residence|residency|address) (?:confirmation|certificate|proof|verification)\b|\b(?:confirmation|certificate|verification) of (?:residence|residency|address)\b|\bct ?07\b/,
    words: "xac nhan cu tru",
    group: "stay",
  },
];

/** Being single said in plain words ("a certificate that she is single", "proof I'm not married"): the single-status certificate. */
export const singleStatusInWords: GlossaryRow[] = [
  {
    pattern: /\b(?:certificate|certif\w+|proof|paper|document|letter|confirmation)\b[^.?!]{0,30}\b(?:(?:she|he|i|we)(?:'s|'m| is| am| are) (?:still )?(?:single|unmarried|not married)|of being single|of singleness)\b|\bsingle (?:certificate|paper|status paper)\b/,
    words: "xac nhan tinh trang hon nhan",
  },
];
