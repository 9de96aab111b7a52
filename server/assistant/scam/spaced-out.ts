/*
 * (session 15) A text spelled out one character at a time, digits, dots and hyphens included, so that
 * filters and link detectors miss it: "Truy cap s h 0 p e e - q u a . c o m", "v c b - x a c t h u c . v i p".
 * foldForScam already joins runs of single letters ("c h u y e n"); a run that holds a digit standing for a
 * letter ("s h 0 p e e") or a link's dot and hyphen was left apart, so neither the brand, the l33t word nor
 * the link was read. Four characters at least, from a letter on, three of them letters ("voucher 5 t r i e u" keeps its amount apart): "từ 1 - 2 ngày", "5 - 7 triệu" and
 * a phone number written in spaced digits stay as they are.
 */

const run = /(?<![\p{L}\p{N}.-])[a-z] (?:[a-z0-9.-] ){2,}[a-z0-9](?![\p{L}\p{N}])/gu;
/** a quick test before the run pattern: three single characters in a row */
const maybe = /(?:^|[^\p{L}\p{N}])[a-z0-9.-] [a-z0-9.-] [a-z0-9.-] /u;

/** The lowercased text with every spelled-out run joined ("s h 0 p e e - q u a . c o m" → "sh0pee-qua.com"). */
export function joinSpacedOut(lower: string): string {
  if (!maybe.test(lower)) return lower;
  return lower.replace(run, (m) => {
    const joined = m.replace(/ /g, "");
    return (joined.match(/[a-z]/g)?.length ?? 0) >= 3 ? joined : m;
  });
}
