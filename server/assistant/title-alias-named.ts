import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titleWords } from "./other-subject";

/*
 * "chồng sắp cưới của em ở tỉnh khác, anh ấy cần xin giấy độc thân ở đâu" after "Đăng ký kết hôn":
 * the turn names, in the resident's own words, another entry's subject as its title gives it in
 * brackets — the name people use ("Xin giấy xác nhận tình trạng hôn nhân (giấy độc thân)", "Đăng ký
 * thường trú (nhập hộ khẩu)", "Tách hộ (tách hộ khẩu)"). The previous entry's body speaks of that
 * paper in passing, so the turn stayed on it; title-subject-named.ts only knows the title's first
 * clause. An alias is a bracket without commas of two words or more (a bracket that lists cases,
 * "(mất, rách, hư hỏng…)", is no name). Its words said in order, at most a word or two apart
 * ("giấy xác nhận độc thân"), not negated, with a word the previous title lacks: a new question,
 * answered by that entry when the message alone ranks it above the previous one.
 */

const MIN_ALIAS_WORDS = 2;
/** words allowed between two words of the alias ("giấy [xác nhận] độc thân") */
const MAX_GAP = 2;
const NEGATIONS = new Set(["chua", "khong", "ko", "k", "kh", "chang", "khoi"]);

const aliasCache = new WeakMap<KnowledgeEntry, string[][]>();

/** folded one character for one, as typedFolded; not through its memo of the turn's texts (a title would push the message out) */
function foldPlain(text: string): string {
  return text.normalize("NFC").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
}

/** The title's bracketed names, folded: [["giay","doc","than"]] of "Xin giấy xác nhận tình trạng hôn nhân (giấy độc thân)". */
export function titleAliases(entry: KnowledgeEntry): string[][] {
  let found = aliasCache.get(entry);
  if (!found) {
    found = [...entry.title.matchAll(/\(([^()]*)\)/g)]
      .map((m) => m[1]!)
      .filter((inside) => !/[,;]/.test(inside))
      .map((inside) => foldPlain(inside).split(/[^a-z0-9]+/).filter(Boolean))
      .filter((words) => words.length >= MIN_ALIAS_WORDS);
    aliasCache.set(entry, found);
  }
  return found;
}

/** Whether the alias's words occur in order in `words`, each at most MAX_GAP words after the one before, the first not negated. */
function saysInOrder(words: string[], alias: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== alias[0]) continue;
    let at = i;
    let k = 1;
    for (; k < alias.length; k++) {
      let next = -1;
      for (let j = at + 1; j <= at + 1 + MAX_GAP && j < words.length; j++)
        if (words[j] === alias[k]) {
          next = j;
          break;
        }
      if (next < 0) break;
      at = next;
    }
    if (k === alias.length && !NEGATIONS.has(words[i - 1] ?? "") && !NEGATIONS.has(words[i - 2] ?? "")) return true;
  }
  return false;
}

/** Whether `typed` (the message folded as typed) names one of `other`'s title aliases, with a word `previous`'s title lacks. */
export function namesTitleAlias(typed: string, previous: KnowledgeEntry, other: KnowledgeEntry): boolean {
  if (other.id === previous.id) return false;
  const mine = titleWords(previous);
  const words = typed.split(/[^a-z0-9]+/).filter(Boolean);
  return titleAliases(other).some((alias) => !alias.every((w) => mine.has(w)) && saysInOrder(words, alias));
}
