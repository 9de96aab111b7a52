/*
 * Shorthand and form codes typed in a hurry on a phone keyboard: a number glued to the word before it
 * ("cccd2 so het han chua", "gks1 ban"), a verb glued to a form code ("xinct07", "xin ct07"). The index has
 * never seen such a token, so it counted as an unknown word against every entry and the message was
 * handed off. Only tokens the index does not know are read apart (search-index.ts, correct), and only
 * into words it knows or residents' known shorthand: a brand or a code the entries use ("ct07",
 * "vneid") stays as typed.
 */
import { teenCode } from "./lexicon";

/** Letters then digits, nothing else: "cccd2", "xinct07". */
const LETTERS_DIGITS = /^([a-z]+)(\d+)$/;

/** The shorthand's words when `word` is residents' shorthand (teen-code), else the word when the index knows it. */
function known(word: string, knownWord: (w: string) => boolean): string | undefined {
  const expansion = teenCode[word];
  if (expansion !== undefined && expansion !== word) return expansion;
  return word.length >= 2 && knownWord(word) ? word : undefined;
}

/**
 * The reading of a folded token the index does not know as words it knows, or undefined:
 * - a word glued to a code the entries use: "xinct07" → "xin ct07";
 * - a known word or shorthand glued to a number: "cccd2" → "can cuoc 2".
 * (Letters swapped in shorthand are not guessed: "dkhk" is đăng ký hộ khẩu, not "dkkh" đăng ký kết hôn.)
 */
export function readGluedCode(folded: string, knownWord: (w: string) => boolean): string | undefined {
  const glued = LETTERS_DIGITS.exec(folded);
  if (glued) {
    const [, letters, digits] = glued as unknown as [string, string, string];
    // a code the entries write ("ct07") after a word of two letters or more ("xin")
    for (let cut = 2; cut < letters.length; cut++) {
      const code = letters.slice(cut) + digits;
      const head = known(letters.slice(0, cut), knownWord);
      if (head && knownWord(code)) return `${head} ${code}`;
    }
    const head = letters.length >= 2 ? known(letters, knownWord) : undefined;
    return head ? `${head} ${digits}` : undefined;
  }
  return undefined;
}
