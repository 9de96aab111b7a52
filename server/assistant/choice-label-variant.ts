import type { OfferedChoice } from "./ask-result";
import { foldDiacritics, normalizeText } from "./vietnamese-text";
import { boundedMemo } from "../lib/bounded-memo";

/*
 * A numbered choice picked by its label said another way: "nơi đăng ký", "chỗ nộp", "noi lam thu tuc" for "3. Nơi làm",
 * "giay to can nop" for "Giấy tờ cần mang", "cac buoc lam" for "Các bước". The label's head word is typed (or a word
 * for the same thing: "chỗ" for "nơi"), the rest are only the words any procedure uses (làm, nộp, đăng ký, hồ sơ, thủ
 * tục …). choice-picking.ts takes the label whole or its beginning only, so "đăng ký" was read as a topic of its own
 * and "noi dang ky" after voluntary social insurance answered the entry on deleting a residence registration.
 * Only a short message, only among the parts of one entry (not a clarify's entries), and only when one offered choice's head is named.
 */

/** words any procedure's part uses: nothing of a topic */
const procedureWords = new Set(
  "lam nop dang ky ki khai thu tuc ho so can mang chuan bi giai quyet cap o dau di a nhe nha phai gi nhung viec".split(" "),
);
/** a word for the same head as the label's ("chỗ" for "nơi") */
const sameHead: Record<string, string> = { cho: "noi", phi: "le" };
const accentedHead: Record<string, string> = { cho: "chỗ", phi: "phí" };

const fold = (text: string) => foldDiacritics(normalizeText(text)).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
/** a label's folded words, remembered (labels are few; folding one on every turn also pushed the message out of normalizeText's memo) */
const wordsOfLabel = boundedMemo((label) => fold(label).split(" "));
/** Whether the choices that show a part are all of one entry, and there is one at least. */
function oneEntryShown(offered: OfferedChoice[]): boolean {
  let seen = false;
  let id: unknown;
  for (const c of offered) {
    if (c.action.do !== "show") continue;
    if (!seen) {
      seen = true;
      id = c.action.entryId;
    } else if (!Object.is(c.action.entryId, id)) return false;
  }
  return seen;
}

/** The offered choice whose label's head the message names, the rest of it only procedure words. */
export function pickByLabelVariant(text: string, offered: OfferedChoice[]): OfferedChoice | undefined {
  if (!offered.length) return undefined;
  // the parts of one entry offered after its answer (a clarify's choices are entries: their titles are read as a question)
  if (!oneEntryShown(offered)) return undefined;
  const words = fold(text).split(" ").filter(Boolean);
  if (words.length < 2 || words.length > 5) return undefined;
  // (folded, "cho" is also "cho tôi đăng ký", "cho hỏi": "chỗ" as written, or unaccented only before "nộp"/"làm")
  const written = normalizeText(text).trim().split(/\s+/)[0]!.toLowerCase();
  const synonym = !!sameHead[words[0]!] && (written !== words[0] ? written === accentedHead[words[0]!] : words[0] !== "cho" || /^(?:nop|lam)$/.test(words[1]!));
  const head = synonym ? sameHead[words[0]!]! : words[0]!;
  const matching = offered.filter((c) => {
    if (c.action.do !== "show") return false;
    const label = wordsOfLabel(c.label);
    // the label's head: its first word, and its second where the first is not a word of its own ("lệ phí", "giấy tờ", "các bước")
    if (label[0] !== head) return false;
    const headLength = label.length >= 2 && words[1] === label[1] ? 2 : 1;
    return words.slice(headLength).every((w) => procedureWords.has(w) || label.includes(w));
  });
  return matching.length === 1 ? matching[0] : undefined;
}
