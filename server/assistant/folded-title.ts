import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedText } from "./text-analysis";

/*
 * An entry's title as foldedText reads it, remembered per entry: tests like "is this the entry on following a
 * report" run over every published entry in a turn, and foldedText keeps only a few recent texts (all of those
 * titles pushed the message's own folds out, and each title was analysed again on every such turn).
 * The title read is kept beside its fold: an entry whose title changed is folded again.
 */
const folds = new WeakMap<KnowledgeEntry, { title: string; folded: string }>();

export function foldedTitle(entry: KnowledgeEntry): string {
  const known = folds.get(entry);
  if (known !== undefined && known.title === entry.title) return known.folded;
  const folded = foldedText(entry.title);
  folds.set(entry, { title: entry.title, folded });
  return folded;
}

/** The one entry of `entries` that `test` holds for; none, or two of them (the turn cannot tell which), is no answer. */
export function onlyEntry(entries: readonly KnowledgeEntry[], test: (entry: KnowledgeEntry) => boolean): KnowledgeEntry | undefined {
  const found = entries.filter(test);
  return found.length === 1 ? found[0] : undefined;
}

/** The one entry whose title, folded, matches `title` (a pattern without the g flag). */
export const onlyEntryTitled = (entries: readonly KnowledgeEntry[], title: RegExp): KnowledgeEntry | undefined => onlyEntry(entries, (e) => title.test(foldedTitle(e)));
