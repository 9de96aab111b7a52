import { functionWords, synonyms, teenCode } from "./lexicon";
import { analyze, isFunctionWord } from "./text-analysis";
import { accentedCompounds } from "./compound-accents";
import { foldNormalized } from "./vietnamese-text";

/**
 * A digest of how this code analyses text, stored in the search index's header: an index built
 * by other analysis (a lexicon or sense rule changed in a deploy, the knowledge not) is ignored
 * and built again, instead of ranking with postings the queries no longer match. It analyses
 * every lexicon phrase and a few sentences for the sense rules, and the function words; a rule
 * none of them exercises is not seen (bump INDEX_FORMAT for those).
 *
 * Computed when the code changes, not per process: analysing the probes cost 13–32 ms of CPU at
 * every cold start (more than the rest of loading an 82-entry index), so the digest is kept in
 * analysis-fingerprint-value.ts, which loading compares with the stored header's, and
 * tests/analysis-fingerprint.test.ts fails until that value is this function's again
 * (`npm run index:fingerprint` rewrites it).
 */
const SENSE_PROBES = [
  "bố tôi mới mất", "mẹ em mất rồi", "bị mất tiền", "mất 50 triệu", "chuyển 200k", "3 tr", "ck e mất rồi",
  "ck 500k cho shop", "vợ ck", "bị mất phí", "bị mất lệ phí", "bn tiền", "vậy bn", "bí mật",
  "căn cước đk ở đâu", "trưa 12h", "19h30", "ko dc", "zậy", "đc không", "lam can cuoc", "hoà hòa thuỷ thủy", "giấy tờ giấy tở",
  // a tone mark that contradicts a synonym phrase (synonym-accents.ts)
  "số đó", "sợ đổ", "sổ đỏ", "công chúng",
  // only the tone decides, not a slipped letter mark ("sở đỏ")
  "sở đỏ",
  // a nationality spelt exactly, and not before a place word
  "người nhặt", "người Tày", "người Tây Hồ",
  // regional words read as the standard ones (regional-words.ts)
  "ngoài ni được hông", "ở mô rứa", "làm răng dzậy", "bầm tui", "mạ vô nhà",
  // regional-words-more.ts
  "ở phường mô rứa", "cần giấy chi hông", "được nhen",
];

export function computeAnalysisFingerprint(): string {
  const probes = [...synonyms.flat(), ...Object.keys(teenCode), ...Object.values(teenCode), ...SENSE_PROBES, ...accentedCompounds.map(foldNormalized)];
  // one text (one pass of analysis, a few ms cold) rather than one call per probe
  const tokens = analyze(probes.join(" , ")).map((t) => `${t.folded}/${t.accented ?? ""}${isFunctionWord(t.folded) ? "*" : ""}`);
  const text = JSON.stringify({ tokens, functionWords: [...functionWords].sort() });
  // two FNV-1a runs with different seeds: 64 bits, enough to tell versions apart (not a security check)
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, "0");
  };
  return fnv(0x811c9dc5) + fnv(0x01234567);
}
