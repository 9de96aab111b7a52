import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { analyze, isFunctionWord, type Token } from "./text-analysis";

/*
 * A follow-up whose part is the subject of a sibling entry: "còn thuế thì sao" after "Đăng ký hộ
 * kinh doanh" is "Thuế hộ kinh doanh"; "giải quyết mất bao lâu" after "Danh mục thủ tục làn xanh"
 * is "Thủ tục làn xanh giải quyết trong bao lâu". Siblings share informative words of their
 * titles (before any parenthesis); the sibling's title names a word of the message that the
 * previous entry's title lacks. Accents the resident typed must agree ("thuê" is not "thuế"); a
 * word typed without accents counts only within a pair the title has ("giai quyet"): alone it
 * is ambiguous ("giam" is "giảm" or "giám").
 */

const titleCache = new WeakMap<KnowledgeEntry, Token[]>();

function titleTokens(entry: KnowledgeEntry): Token[] {
  let tokens = titleCache.get(entry);
  if (!tokens) {
    tokens = analyze(entry.title.split("(")[0]!);
    titleCache.set(entry, tokens);
  }
  return tokens;
}

/**
 * How much of a subject siblings share: the idf of their common title words. "hộ kinh doanh"
 * (5.3) and "thủ tục làn xanh" (4.1) are families; "điện thoại" (VssID vs VNeID troubles, 1.3)
 * or "tài khoản VNeID" (1.2) are words many titles have.
 */
const SIBLING_SHARED_IDF = 2;

const content = (t: Token) => !isFunctionWord(t.folded) && !/^\d+$/.test(t.folded);

/** Whether `sibling`'s title names a part of the message (as typed) that `previous` does not have. */
export function namesSiblingSubject(message: string, previous: KnowledgeEntry, sibling: KnowledgeEntry, idf: (word: string) => number): boolean {
  if (sibling.category !== previous.category || sibling.id === previous.id) return false;
  const before = new Set(titleTokens(previous).filter(content).map((t) => t.folded));
  const title = titleTokens(sibling);
  const words = title.filter(content);
  let shared = 0;
  for (const word of new Set(words.filter((t) => before.has(t.folded)).map((t) => t.folded))) shared += idf(word);
  if (shared < SIBLING_SHARED_IDF) return false;
  const own = words.filter((t) => !before.has(t.folded));
  const titlePairs = new Set(title.slice(1).map((t, i) => `${title[i]!.folded} ${t.folded}`));
  const tokens = analyze(message);
  return tokens.some((m, i) => {
    if (!content(m) || !own.some((t) => t.folded === m.folded && (m.accented === null || t.accented === m.accented))) return false;
    if (m.accented !== null) return true;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    return (!!before && titlePairs.has(`${before.folded} ${m.folded}`)) || (!!after && titlePairs.has(`${m.folded} ${after.folded}`));
  });
}
