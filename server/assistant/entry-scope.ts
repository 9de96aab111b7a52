import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { Scored } from "./search-index";
import type { Fold } from "./entry-folds";
import { foldedText } from "./text-analysis";

/*
 * Where an entry ends, as its front matter says (knowledge/entry-scope-fields.ts):
 * - a message naming a subject the entry lists in `not_covers` is not answered from it
 *   ("mua bảo hiểm nhân thọ ở đâu" shares "bảo hiểm" with the health-insurance entry);
 * - an entry of kind "assistance" (help for elderly or disabled people, social allowances) gives
 *   way to a close candidate whose procedure the message names ("bà tôi nằm một chỗ, có cán bộ
 *   đến nhà làm căn cước không" asks about căn cước, not the home-help team).
 */

/** a close candidate: at least this share of the assistance entry's score */
const NAMED_SHARE = 0.6;
/** only the next few candidates are looked at */
const NAMED_PLACES = 3;

/** "và", "lẫn", "với", "hay", "hoặc" joining two kinds of one thing, an optional "cả" after it (folded) */
const joiner = String.raw`(?:va|lan|voi|hay|hoac)(?: ca)?`;

/**
 * The subject named beside a sibling of the same head, as one of two kinds the message speaks of: "cả khách Việt và khách
 * Tây", "khách Việt và cả khách nước ngoài", "người Việt lẫn người nước ngoài". The message is about both; the entry for
 * the kind it covers is not ruled out by the other (tuning sets: homestays with Vietnamese and foreign guests asked how to
 * give the stay notice had lost the stay-notice entry entirely). `padded`: the message folded, padded with spaces.
 */
export function coordinatedWithSibling(subject: string, padded: string): boolean {
  const head = subject.split(" ")[0]!;
  const sibling = String.raw`${head} (?!${subject.slice(head.length + 1)}\b)\w+`;
  return new RegExp(String.raw` (?:${sibling} ${joiner} ${subject}|${subject} ${joiner} ${sibling}) `).test(padded);
}

export class EntryScopes {
  /** per entry, its not-covered subjects (folded) and each padded with spaces, as the message is: built once, not per test */
  private readonly excluded = new Map<string, Array<{ subject: string; padded: string }>>();
  /** per entry, its names padded with spaces */
  private readonly names = new Map<string, string[]>();

  /** `fold`: foldedText, or the folds stored with the search index (entry-folds.ts) */
  constructor(
    entries: KnowledgeEntry[],
    private readonly fold: Fold = foldedText,
  ) {
    for (const e of entries) {
      if (e.not_covers?.length) this.excluded.set(e.id, e.not_covers.map((p) => fold(p)).map((subject) => ({ subject, padded: ` ${subject} ` })));
    }
  }

  /** Whether any of these entries lists scopes (so the message need be folded at all). */
  hasScopes(ranked: Scored[]): boolean {
    return ranked.some((x) => this.excluded.has(x.entry.id));
  }

  /** The subject this entry does not cover that the message (folded, padded with spaces) names, if any. */
  outOfScope(entry: KnowledgeEntry, padded: string): string | undefined {
    const subjects = this.excluded.get(entry.id);
    if (!subjects) return undefined;
    for (const s of subjects) if (padded.includes(s.padded) && !coordinatedWithSibling(s.subject, padded)) return s.subject;
    return undefined;
  }

  /**
   * The top is an assistance entry whose own names (keywords, title parts of two or more
   * syllables) the message does not use, and a close candidate's are used: that candidate.
   */
  namedProcedure(ranked: Scored[], padded: string): Scored | undefined {
    const [top] = ranked;
    if (!top || top.entry.kind !== "assistance" || this.named(top.entry, padded)) return undefined;
    // (a name the help entry's own title says is what it helps with, not another procedure: "nộp hồ sơ trực tuyến" of
    // "ai giúp nộp hồ sơ trực tuyến")
    const helpedWith = ` ${this.fold(top.entry.title)} `;
    return ranked.slice(1, NAMED_PLACES).find((x) => x.score >= NAMED_SHARE * top.score && x.entry.kind !== "assistance" && this.named(x.entry, padded, helpedWith));
  }

  /** The message uses one of the entry's names (keywords, title parts of two or more syllables), not one inside `besides`. */
  private named(entry: KnowledgeEntry, padded: string, besides = ""): boolean {
    let names = this.names.get(entry.id);
    if (!names) {
      const parts = [...entry.keywords.map(String), entry.title].flatMap((k) => k.split(/[,;()–-]/));
      names = [...new Set(parts.map((k) => this.fold(k).trim()).filter((k) => k.split(" ").length >= 2))].map((k) => ` ${k} `);
      this.names.set(entry.id, names);
    }
    return names.some((k) => padded.includes(k) && !besides.includes(k));
  }
}
