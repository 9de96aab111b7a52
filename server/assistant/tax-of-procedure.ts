import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedText } from "./text-analysis";
import { foldedTitle } from "./folded-title";

/*
 * "thế có phải nộp thuế gì không" after transferring a land title, "có phải đóng thuế không" after splitting a plot:
 * the taxes of the procedure at hand, which its fee part lists with the fees ("các khoản phải nộp"). Alone "thuế" is
 * the title of the business households' tax entry, so the turn switched to it. Not when the tax entry is a sibling of
 * the previous one (a title of "thuế" sharing a word of the previous title: "còn thuế thì sao" after registering a
 * business household is that tax entry's), nor when anything else is named ("thuế đất hằng năm nộp ở đâu").
 * "thuê" (rent) folds to the same letters: unaccented, only a paying verb right before it makes it the tax.
 */

/** the words of a question whether a tax is owed, and nothing else (folded, as typed) */
const TAX_WORDS = new Set("the thi vay con ma co phai can nop dong tra chiu mat thue gi nao khong ko k hong a ad nua them khoan tien bao nhieu toi em minh chau bac la".split(" "));
const payingVerb = /\b(?:nop|dong|tra|chiu)\s+thue\b/;

const titleWords = (e: KnowledgeEntry) => new Set(foldedTitle(e).split(/[^a-z0-9]+/).filter((w) => w.length > 1));
const taxTitle = (e: KnowledgeEntry) => /^thue\b/.test(foldedTitle(e));

/**
 * Whether `text` (as typed) asks whether the procedure just answered owes a tax (`entries`: those that apply, asked only
 * on a match; `informative`: a word that tells entries apart, not one most titles have).
 */
export function asksTaxOfProcedure(text: string, previous: KnowledgeEntry, entries: () => readonly KnowledgeEntry[], informative: (w: string) => boolean): boolean {
  if (previous.category === "lua-dao" || taxTitle(previous)) return false;
  const plain = foldedText(text).replace(/[^a-z0-9\s]/g, " ");
  const accented = /thuế/.test(text.normalize("NFC").toLowerCase());
  if (!(accented ? /\bthue\b/.test(plain) : payingVerb.test(plain))) return false;
  if (!plain.split(/\s+/).filter(Boolean).every((w) => TAX_WORDS.has(w))) return false;
  const mine = titleWords(previous);
  return !entries().some((e) => e.id !== previous.id && taxTitle(e) && [...titleWords(e)].some((w) => mine.has(w) && informative(w)));
}
