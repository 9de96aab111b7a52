import { isFunctionWord } from "./text-analysis";

/**
 * How strongly a spelling correction is supported by the known word pairs it forms with its
 * neighbours (folded): 2 with a content word, 1 only with a function word, 0 with neither.
 * "khai sin cho con" is "khai sinh" (a pair with "khai"), not "xin cho" (a pair with the
 * function word "cho" only): a function word sits beside almost anything and tells little.
 */
export function pairEvidence(hasPair: (a: string, b: string) => boolean, word: string, previous?: string, next?: string): number {
  const withPrevious = !!previous && hasPair(previous, word);
  const withNext = !!next && hasPair(word, next);
  if ((withPrevious && !isFunctionWord(previous!)) || (withNext && !isFunctionWord(next!))) return 2;
  return withPrevious || withNext ? 1 : 0;
}
