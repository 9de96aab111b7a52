import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { Scored } from "./search-index";
import { foldedText } from "./text-analysis";
import { boundedMemo } from "../lib/bounded-memo";

/*
 * Titles that share a generic head ("Xin giấy xác nhận tình trạng hôn nhân", "… cấp giấy xác nhận
 * khuyết tật") are told apart by the words after the head. A message naming the head with the
 * words of one title ("làm xác nhận khuyết tật") is about that title, even when the rest of the
 * message (or the words left once "người khuyết tật" is read as who it is for) points to the other.
 */

/** generic heads of procedure titles, folded */
const HEADS = ["xac nhan", "cap lai", "cap doi", "dang ky", "chung thuc", "tro cap", "trich luc", "gia han"];
/** verbs of doing that name a subject as well ("làm khai sinh", "xin căn cước") */
const VERBS = ["lam", "xin"];
const HEADS_AND_VERBS = [...HEADS, ...VERBS];
/** words between the head and what it is about ("xác nhận giấy …", "đăng ký cho …") */
const FILLER = new Set(["giay", "cho", "lai", "ve", "mot", "cai", "the", "so"]);
/** how many words after the head name the subject */
const SUBJECT_WORDS = 2;

/** Whether `words` has the words of `head` from `at` (a loop: a closure per position was a third of ask()'s garbage). */
function startsAt(words: string[], at: number, head: string[]): boolean {
  for (let k = 0; k < head.length; k++) if (words[at + k] !== head[k]) return false;
  return true;
}

export class TitleHeads {
  private readonly titles = new Map<string, string>();

  /** The entry's title, folded and padded with spaces. */
  private title(entry: KnowledgeEntry): string {
    let t = this.titles.get(entry.id);
    if (t === undefined) {
      t = ` ${foldedText(entry.title).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()} `;
      this.titles.set(entry.id, t);
    }
    return t;
  }

  /** The (head, subject) pairs the message names: "lam xac nhan khuyet tat co can" → [xac nhan, khuyet tat]. */
  private subjects(folded: string, heads: string[] = HEADS): Array<{ head: string; subject: string }> {
    const words = wordsOfText(folded);
    const found: Array<{ head: string; subject: string }> = [];
    for (const head of heads) {
      const h = wordsOfHead(head);
      for (let i = 0; i + h.length <= words.length; i++) {
        if (!startsAt(words, i, h)) continue;
        let j = i + h.length;
        while (j < words.length && FILLER.has(words[j]!)) j++;
        const subject = words.slice(j, j + SUBJECT_WORDS);
        if (subject.length === SUBJECT_WORDS) found.push({ head, subject: subject.join(" ") });
      }
    }
    return found;
  }

  /**
   * The top's title shares a head the message names but not the subject the message gives it, and a
   * close candidate's title has both: that candidate ("xác nhận khuyết tật" → the disability
   * certificate, not the marital-status one).
   */
  named(top: Scored | undefined, candidates: Scored[], folded: string): Scored | undefined {
    if (!top) return undefined;
    const topTitle = this.title(top.entry);
    // the message also asks for the top's own subject ("chưa đăng ký kết hôn thì làm khai sinh …",
    // not "người khuyết tật" describing who asks): it stands
    // (a message naming no head, most of them, has nothing to tell apart: the readings below are skipped)
    const headed = this.subjects(folded);
    if (!headed.length) return undefined;
    const asked = this.subjects(folded, HEADS_AND_VERBS).map((x) => x.subject);
    if (this.subjects(topTitle).some((t) => asked.includes(t.subject))) return undefined;
    for (const { head, subject } of headed) {
      if (!topTitle.includes(` ${head} `) || topTitle.includes(` ${subject} `)) continue;
      const other = candidates
        .find((x) => x.entry.id !== top.entry.id && this.title(x.entry).includes(` ${head} `) && this.title(x.entry).includes(` ${subject} `));
      if (other) return other;
    }
    return undefined;
  }
}

/** a text's words (the message's and the titles' are split again for every head list and candidate): remembered, never changed */
const wordsOfText = boundedMemo((folded) => folded.replace(/[^a-z0-9 ]+/g, " ").split(/\s+/).filter(Boolean));

/** a head's words, split once per head (subjects() runs over every head on every message) */
const headWords = new Map<string, string[]>();
function wordsOfHead(head: string): string[] {
  let words = headWords.get(head);
  if (!words) headWords.set(head, (words = head.split(" ")));
  return words;
}
