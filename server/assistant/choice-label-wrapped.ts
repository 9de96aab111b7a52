import type { OfferedChoice } from "./ask-result";
import { foldDiacritics, normalizeText } from "./vietnamese-text";
import { boundedMemo } from "../lib/bounded-memo";

/*
 * A numbered choice picked by its label inside chat words: "cho hỏi lệ phí với", "thế còn giấy tờ",
 * "em muốn xem thời gian", "cho tôi xem đầy đủ với", "ok gặp cán bộ", "các bước thế nào ạ", "cái thứ 2 ấy, giấy tờ cần mang".
 * choice-picking.ts takes the label alone (or with "xem"/"thế còn" before it), so these were read
 * as questions of their own: "cho tôi xem giấy tờ với" answered the entry on documents in VNeID,
 * "em muốn xem thời gian" asked which entry's hours, "xem đầy đủ giúp em" showed the summary again.
 * Only a closed list of chat words is taken off either end; what is left must be one offered
 * label (or a label's beginning of two words or more: "giấy tờ", "thời gian"), so a message with
 * a topic of its own ("cho hỏi thời gian làm việc") is never read as a pick.
 */

/** words a resident puts before a pick: who speaks, asking, wanting, agreeing, "thế còn" */
const leadWords = new Set(
  "ok oke okay vang da u uh vay the con thi cho hoi xem biet em toi minh chau to bac muon ad ban oi nhe a".split(" "),
);
/** words after a pick: politeness, "đi", "giúp em", "luôn", "với" */
const tailWords = new Set("voi a ah nhe nha di giup dum ho em toi minh chau luon nua nhi oi ad ban voi".split(" "));
/** a question after a part's label ("các bước thế nào ạ", "còn lệ phí thì sao"): a part only, not "xem đầy đủ"/"gặp cán bộ" */
const questionTail = /\s(?:the nao|nhu nao|nhu the nao|ra sao|thi sao|sao)$/;
/** a choice's number said before a label ("cái thứ 2 ấy, giấy tờ cần mang"): the label decides (the number may be of an earlier list) */
const numberFirst = /^(?:(?:cai|so|muc|lua chon) )?(?:thu )?(\d{1,2}) (?:(?:ay|do|nay|a) )?/;
/** "đầy đủ" for "Xem đầy đủ" once "xem" is taken off as a chat word ("cho tôi xem đầy đủ với") */
const bareFull = "day du";

const fold = (text: string) => foldDiacritics(normalizeText(text)).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const foldedLabel = boundedMemo(fold);

/** The words left once chat words are taken off both ends (and a question's tail when `question`). */
function core(words: string[], question: boolean): string {
  const left = [...words];
  let start = 0;
  for (let changed = true; changed; ) {
    changed = false;
    while (left.length > 0 && tailWords.has(left[left.length - 1]!)) (left.pop(), (changed = true));
    const tail = question ? questionTail.exec(` ${left.join(" ")}`) : null;
    if (tail) (left.splice(left.length - tail[0].trim().split(" ").length), (changed = true));
  }
  while (start < left.length && leadWords.has(left[start]!)) start++;
  return left.slice(start).join(" ");
}

function labelMatches(c: OfferedChoice, rest: string): boolean {
  if (!rest) return false;
  const label = foldedLabel(c.label);
  if (label === rest) return true;
  // ("xem" was taken off as a chat word)
  if (c.action.do === "show" && c.action.shown === "full" && rest === bareFull) return true;
  return rest.includes(" ") && label.startsWith(`${rest} `);
}

/** The offered choice whose label the message names inside chat words, when exactly one does. */
export function pickWrappedLabel(text: string, offered: OfferedChoice[]): OfferedChoice | undefined {
  if (!offered.length) return undefined;
  let folded = fold(text);
  const said = numberFirst.exec(folded);
  if (said) folded = folded.slice(said[0].length);
  const words = folded.split(" ").filter(Boolean);
  if (words.length < (said ? 1 : 2) || words.length > 9) return undefined;
  const plain = core(words, false);
  const asked = core(words, true);
  const picked = offered.filter(
    (c) => labelMatches(c, plain) || (asked !== plain && c.action.do === "show" && c.action.shown !== "full" && labelMatches(c, asked)),
  );
  return picked.length === 1 ? picked[0] : undefined;
}
