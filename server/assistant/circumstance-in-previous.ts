import { contrastOpens } from "./contrast-title-named";
import { foldedText } from "./text-analysis";

/*
 * "bọn em chưa đăng ký kết hôn thì sao", "nếu bố mẹ không đăng ký kết hôn thì sao" after the birth
 * registration: a circumstance, negated, then an open question ("thì sao", "thì làm thế nào"). Its words
 * name another entry's title ("Đăng ký kết hôn"), so the message alone goes there; but the previous
 * entry writes that very circumstance ("Cha mẹ chưa đăng ký kết hôn vẫn khai sinh cho con được"): the
 * resident asks the procedure at hand under it. Only when the negated words stand in the previous entry
 * word for word (any negation: "không"/"chưa"), at least three of them, and the question after "thì"
 * asks nothing of its own. "thế còn X thì sao" is a switch to X (contrast-title-named.ts), never this.
 * The reply puts the entry's own sentence first (circumstanceSentence): the entry's special cases are
 * often clipped before it.
 */

/** the open question after "thì" (folded): nothing of a topic */
const openQuestion =
  /^(?:sao|the nao|nhu the nao|lam sao|lam the nao|phai lam sao|phai lam the nao|co duoc khong|co sao khong|co lam duoc khong|duoc khong|xu ly the nao|xu ly sao|giai quyet the nao|khai the nao|lam duoc khong)(?: (?:a|ad|nhi|vay|nhe|chi|anh|em|ban))*$/;
const negations = new Set(["khong", "chua", "chang", "ko", "hong"]);
const MIN_WORDS = 3;

/**
 * The negated circumstance of `folded` (the message folded, words only) that the previous entry's text (` … `,
 * folded) writes word for word, without its negation ("dang ky ket hon"); undefined for any other message.
 */
export function circumstanceInPrevious(text: string, folded: string, previousText: string): string | undefined {
  if (contrastOpens(text)) return undefined;
  const at = folded.lastIndexOf(" thi ");
  if (at < 0 || !openQuestion.test(folded.slice(at + 5).trim())) return undefined;
  const words = folded.slice(0, at).split(" ").filter(Boolean);
  let negation = -1;
  words.forEach((w, i) => {
    if (negations.has(w)) negation = i;
  });
  if (negation < 0) return undefined;
  const phrase = words.slice(negation + 1);
  if (phrase.length < MIN_WORDS) return undefined;
  const said = phrase.join(" ");
  return [...negations].some((n) => previousText.includes(` ${n} ${said} `)) ? said : undefined;
}

/**
 * The sentence of an entry's body that writes the circumstance (negated), as written, when it can be shown
 * as is: no placeholder ("{{…}}"), heading or link to render.
 */
export function circumstanceSentence(body: string, said: string): string | undefined {
  for (const line of body.split("\n")) {
    for (const sentence of line.split(/(?<=\.)\s+/)) {
      const folded = ` ${foldedText(sentence)} `;
      if (![...negations].some((n) => folded.includes(` ${n} ${said} `))) continue;
      const shown = sentence.trim();
      return /\{\{|^#|\]\(|^[-*]\s/.test(shown) ? undefined : shown;
    }
  }
  return undefined;
}
