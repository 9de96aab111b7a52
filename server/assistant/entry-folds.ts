import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { IndexReader, IndexWriter } from "./index-encoding";
import { foldedText } from "./text-analysis";

/*
 * The entries' titles, keywords and not-covered subjects as foldedText() reads them, stored with the search index
 * (format 5, section `ef.folded`): the Assistant's helpers fold them over every entry on first need (bare-subject.ts's
 * keywords, entry-scope.ts's subjects at construction, story-words-aside.ts, named-app-use.ts), which at 2,000
 * entries cost ~200 ms of analysis in a fresh process's first asks. Only the folded forms are stored: the texts are
 * the entries' own, listed again at first use in the same order (the index is only loaded over the entries, in order,
 * of the version it was built from). foldedText is a pure function of the text for a given analysis, and the index
 * is refused when built by another (analysis-fingerprint.ts): a stored fold is the fold computed here.
 */

/** folds a text as foldedText() does */
export type Fold = (text: string) => string;

/** the distinct texts folded over every entry, in first-seen order */
function foldedTexts(entries: readonly KnowledgeEntry[]): string[] {
  const seen = new Set<string>();
  for (const e of entries) {
    seen.add(e.title);
    for (const k of e.keywords) seen.add(String(k));
    for (const s of e.not_covers ?? []) seen.add(s);
  }
  return [...seen];
}

export function writeEntryFolds(w: IndexWriter, entries: readonly KnowledgeEntry[]): void {
  w.lines("ef.folded", foldedTexts(entries).map((t) => foldedText(t)));
}

/**
 * The stored folds as a Fold: the section is decoded on the first call (not at load; its bounds are checked there); a
 * text not among them (a part of a title, a message) is folded as usual, and so is every text if the section does not
 * match the entries.
 */
export function storedEntryFolds(r: IndexReader, entries: readonly KnowledgeEntry[]): Fold {
  // damaged or truncated bytes are refused at load, as for the other sections
  r.checkLines("ef.folded");
  let known: Map<string, string> | undefined;
  return (text) => {
    if (!known) {
      known = new Map();
      const texts = foldedTexts(entries);
      let folded: string[] = [];
      try {
        folded = r.lines("ef.folded");
      } catch {
        // (a damaged section: every text folded as usual)
      }
      if (folded.length === texts.length) texts.forEach((t, i) => known!.set(t, folded[i]!));
    }
    return known.get(text) ?? foldedText(text);
  };
}
