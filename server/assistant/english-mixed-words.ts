/*
 * Vietnamese words typed bare inside an English message ("do i need dang ky tam tru and how",
 * "im viet kieu back home"): returnees name the procedure in Vietnamese. When the English glossary
 * finds no topic, runs of three or more such words are passed to the Vietnamese search as they are.
 * A word counts only when it is a Vietnamese syllable and no English word: "to", "the", "can",
 * "long", "man"… are both, so they break a run.
 */
import { vietnameseSyllable } from "./vietnamese-text";

/** English words that are also Vietnamese syllables typed bare (beyond english.ts's own list). */
const englishToo = new Set(
  ("a an am at in on to so no go do he be me my by hi oh ok us the then them than this that these those can man long ban bank hot got cut bat cat hat " +
    "ten tan con tin nam mat sang hang ho hung bang ca co den tom ton ta bo lam nan cho mo mom dan sun gone done bin pin tip top mop hop hope nope " +
    "one lot not non sam tim kim van ben bob phone thin than chin chat that ngo yo ya la").split(" "),
);

/** The runs of bare Vietnamese words in a lower-cased English message, joined ("" when none). */
export function vietnameseRunsIn(lower: string, isEnglishWord: (word: string) => boolean): string {
  const runs: string[] = [];
  let run: string[] = [];
  const close = () => {
    // three words at least: two are mostly a place ("hoan kiem", "bach mai") or a dish, no procedure
    if (run.length >= 3) runs.push(run.join(" "));
    run = [];
  };
  for (const token of lower.split(/\s+/)) {
    const word = token.replace(/^[^a-z]+|[^a-z]+$/g, "");
    if (word && /^[a-z]+$/.test(word) && vietnameseSyllable.test(word) && !isEnglishWord(word) && !englishToo.has(word)) run.push(word);
    else close();
    if (/[^a-z]$/.test(token)) close();
  }
  close();
  return runs.join(" ");
}
