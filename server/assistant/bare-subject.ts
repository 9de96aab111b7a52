import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { Scored } from "./search-index";
import type { Fold } from "./entry-folds";
import { foldedText } from "./text-analysis";

/*
 * A bare procedure noun that several entries share (both titles name it) ("lệ phí chứng thực", "chứng thực ở đâu":
 * copies and signatures, or contracts and wills) means the plainest of them: the entry that lists
 * the bare noun itself among its keywords ("chứng thực"), not one that only lists longer phrases
 * built on it ("chứng thực hợp đồng"). The part asked (fee, place) is not part of the subject.
 */

/** words that say "a procedure" without naming one */
const GENERIC = new Set(["thu", "tuc", "lam", "xin", "di"]);
/** a bare subject is a short phrase */
const MAX_WORDS = 3;
/** the top's core coverage over the plainest's from which the top is titled for the whole message */
const CORE_MARGIN = 0.2;

export class BareSubjects {
  private keywords: Map<string, Set<string>> | undefined;

  private readonly titles = new Map<string, string>();

  /** `fold`: foldedText, or the folds stored with the search index (entry-folds.ts) */
  constructor(
    private readonly entries: readonly KnowledgeEntry[],
    private readonly fold: Fold = foldedText,
  ) {}

  private title(entry: KnowledgeEntry): string {
    let t = this.titles.get(entry.id);
    if (t === undefined) this.titles.set(entry.id, (t = ` ${this.fold(entry.title).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()} `));
    return t;
  }

  /** folded keyword → ids of the entries listing it (built on first need) */
  private byKeyword(): Map<string, Set<string>> {
    if (this.keywords) return this.keywords;
    const map = new Map<string, Set<string>>();
    for (const entry of this.entries) {
      for (const keyword of entry.keywords) {
        const key = this.fold(keyword);
        if (!key) continue;
        let ids = map.get(key);
        if (!ids) map.set(key, (ids = new Set()));
        ids.add(entry.id);
      }
    }
    return (this.keywords = map);
  }

  /**
   * The candidate (not the top) that lists the message's whole subject as a keyword of its own,
   * when the top does not and no other candidate does either; undefined otherwise.
   */
  plainest(topicTerms: string[], candidates: Scored[]): Scored | undefined {
    const words = topicTerms.filter((t) => !GENERIC.has(t));
    if (words.length < 2 || words.length > MAX_WORDS || candidates.length < 2) return undefined;
    const ids = this.byKeyword().get(words.join(" "));
    if (!ids || ids.has(candidates[0]!.entry.id)) return undefined;
    const listing = candidates.filter((c) => ids.has(c.entry.id));
    if (listing.length !== 1) return undefined;
    // the top's core holds the words around the subject (the part asked, "bản sao") that the plainest lacks: the top is
    // the entry titled for them ("làn xanh … trong bao lâu", "bản sao khai sinh"), not a longer phrase on the noun
    if (candidates[0]!.coreCoverage - listing[0]!.coreCoverage >= CORE_MARGIN) return undefined;
    // a noun the entries share: both titles name it ("Chứng thực bản sao …", "Chứng thực hợp đồng …")
    const phrase = ` ${words.join(" ")} `;
    return this.title(candidates[0]!.entry).includes(phrase) && this.title(listing[0]!.entry).includes(phrase) ? listing[0] : undefined;
  }
}
