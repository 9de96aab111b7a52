import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titleWords } from "./other-subject";

/*
 * "khai tử xong thì có phải làm xóa hộ khẩu cho mẹ không", "làm xong khai sinh rồi thì thẻ bảo hiểm y tế của bé có tự
 * cấp không", "xong có phải xóa tên ông trong hộ khẩu không" after the death (birth) registration: the clause of what is
 * done names the procedure just answered — or nothing, "xong" alone — and the question after it names the next
 * procedure. The whole message still ranks the done procedure first (its name is in it, and its text mentions what comes
 * next), and the asked part alone may keep it close (asked-after-done.ts wants a clear lead): but the resident has
 * finished that one and asks about what follows. The entry answering is the best-ranked other entry whose title holds an
 * informative asked word the previous title lacks, when it ranks among the first few and not far behind.
 */

/** the next procedure's entry is among this many of the whole message's ranking */
export const NEXT_RANK = 3;
/** and scores at least this share of the previous entry's score */
export const NEXT_SHARE = 0.6;

const leadingDone = /^(?:(?:lam|xong)\s)*xong(?:\s(?:roi|thi|ma))*\s(.+)$/;

/** "xong có phải xóa tên ông trong hộ khẩu không": only "xong" (or "làm xong") opens the message, the done thing unsaid. */
export function askedAfterBareDone(folded: string): string | undefined {
  const m = leadingDone.exec(folded.trim());
  return m?.[1]?.trim() || undefined;
}

/** The clause before the asked part (folded), "" when the asked part opens the message. */
export function doneClause(folded: string, asked: string): string {
  const at = folded.lastIndexOf(asked);
  return at > 0 ? folded.slice(0, at).trim() : "";
}

export function nextProcedure(o: {
  /** topic words of the done clause */
  doneTerms: string[];
  /** topic words of the asked part */
  askedTerms: string[];
  previous: KnowledgeEntry;
  /** the whole message's ranking */
  ranked: Array<{ entry: KnowledgeEntry; score: number }>;
  informative: (word: string) => boolean;
}): KnowledgeEntry | undefined {
  const mine = titleWords(o.previous);
  // the done clause is the previous procedure: it names it (an informative word of its title) or names nothing
  const donePrevious = !o.doneTerms.length || o.doneTerms.some((t) => mine.has(t) && o.informative(t));
  if (!donePrevious || !o.askedTerms.length) return undefined;
  // and the asked part does not name the previous procedure again ("khai sinh xong thì khai sinh bản sao …")
  if (o.askedTerms.some((t) => mine.has(t) && o.informative(t))) return undefined;
  const previousScore = o.ranked.find((x) => x.entry.id === o.previous.id)?.score ?? 0;
  for (const c of o.ranked.slice(0, NEXT_RANK)) {
    if (c.entry.id === o.previous.id) continue;
    if (c.score < NEXT_SHARE * previousScore) return undefined;
    const theirs = titleWords(c.entry);
    if (o.askedTerms.some((t) => theirs.has(t) && !mine.has(t) && o.informative(t))) return c.entry;
  }
  return undefined;
}
