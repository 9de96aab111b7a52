/*
 * Short English replies inside an English conversation. "Contact information", "Opening hours?",
 * "fees?" after an English answer are too short for isEnglish's counts (two words, no function
 * word), and fell to the Vietnamese path: a Vietnamese handoff to an English speaker. After an
 * English turn, up to four words that are all English (no Vietnamese syllable among them, unless
 * it is an English word too) go on in English. Also: "do it on VNeID", "is that done at the ward?"
 * ask of the procedure just answered, done some way or somewhere (english.ts englishRefersBack).
 */

/** After an English turn: a short message made only of English words. */
export function shortEnglishReply(words: string[], isSyllable: (w: string) => boolean, isEnglishWord: (w: string) => boolean, isShared: (w: string) => boolean): boolean {
  if (!words.length || words.length > 4) return false;
  return words.every((w) => !isSyllable(w) || isEnglishWord(w)) && words.some((w) => w.length >= 3 && !isSyllable(w) && !isShared(w));
}

/** "Can she do it on the VNeID app?", "can i file it online", "Can I get it online through VNeID?", "Is that done at the ward office?": the procedure just answered. */
export const doneThatWay =
  /\b(?:do|file|submit|declare|register|apply for|make|get|request|obtain) (?:it|this|that|them)\b[^.?!]{0,12}\b(?:on|via|through|using|online)\b|\b(?:is|are|can) (?:it|that|this|they) (?:be )?(?:done|handled|filed|made|issued|processed|registered) (?:at|by|on|in|via|through|online)\b/;
