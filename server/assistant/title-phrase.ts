import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { functionWords } from "./lexicon";
import { foldedText } from "./text-analysis";

/*
 * A near tie between siblings (khai sinh / cải chính hộ tịch, phạt nguội / iHanoi, mã OTP / sự cố
 * VNeID) is often settled by the title: the message says "đăng ký khai sinh", which is the top
 * entry's title, while the second shares only "khai sinh" with it. When the top's title holds a
 * longer run of the message's words than any close rival's title, and every rival's run is a part
 * of the top's, the message names the top entry's subject; the rivals matched it in their bodies or
 * in a shorter name. Asking back between them would ask the resident what they already said.
 * The run must hold one of the top's keywords: a title's generic words ("… bao lâu thì được trả
 * lời") name no subject.
 */

/** at least this many content words (not function words) in the run the top's title shares */
export const TITLE_RUN_CONTENT_WORDS = 2;
/** candidates below this share of the top's score are not rivals (chosen on tuning5/tuning4) */
export const TITLE_RIVAL_SHARE = 0.5;

function words(text: string): string[] {
  return foldedText(text).replace(/[^a-z0-9 ]+/g, " ").split(/\s+/).filter(Boolean);
}

function contentWords(run: string): number {
  return run.split(" ").filter((w) => w && !functionWords.has(w)).length;
}

/** The longest run of consecutive message words found, word for word, in the title ("" when none). */
export function longestSharedRun(message: string[], title: string[]): string {
  if (plainWords(message) && plainWords(title)) return longestSharedWords(message, title);
  const joined = title.join(" ");
  const padded = ` ${joined} `;
  // a run found in the title spans at most the title's pieces (each message word is one piece or
  // more): longer runs are not joined and looked for (a long message against each rival's title
  // made this the costliest step of its ask(), cubic in the message's length)
  const pieces = joined.split(" ").length;
  let best = "";
  let bestWords = 0;
  for (let i = 0; i < message.length; i++) {
    for (let j = Math.min(message.length, i + pieces); j > i + bestWords; j--) {
      const run = message.slice(i, j).join(" ");
      if (padded.includes(` ${run} `)) {
        if (j - i > bestWords) {
          best = run;
          bestWords = best.split(" ").filter(Boolean).length;
        }
        break;
      }
    }
  }
  return best;
}

/** Words neither empty nor holding a space (as words() makes them): a run is then found word for word. */
function plainWords(words: string[]): boolean {
  for (const w of words) if (w === "" || w.includes(" ")) return false;
  return true;
}

/**
 * longestSharedRun over plain words, compared as words (no run joined per start and end): the
 * first start whose run of consecutive message words equals consecutive title words is longest.
 */
function longestSharedWords(message: string[], title: string[]): string {
  let bestStart = 0;
  let bestWords = 0;
  for (let i = 0; i + bestWords < message.length; i++) {
    for (let t = 0; t + bestWords < title.length; t++) {
      let k = 0;
      while (i + k < message.length && t + k < title.length && message[i + k] === title[t + k]) k++;
      if (k > bestWords) {
        bestWords = k;
        bestStart = i;
      }
    }
  }
  return message.slice(bestStart, bestStart + bestWords).join(" ");
}

export class TitlePhrases {
  private readonly titles = new Map<string, string[]>();
  private readonly keywords = new Map<string, string[]>();

  private title(entry: KnowledgeEntry): string[] {
    let t = this.titles.get(entry.id);
    if (!t) this.titles.set(entry.id, (t = words(entry.title)));
    return t;
  }

  private keywordsOf(entry: KnowledgeEntry): string[] {
    let k = this.keywords.get(entry.id);
    if (!k) this.keywords.set(entry.id, (k = entry.keywords.map((w) => words(w).join(" ")).filter(Boolean)));
    return k;
  }

  /**
   * Whether the message (raw text) names the top's title more fully than any rival's: the top's
   * shared run has TITLE_RUN_CONTENT_WORDS content words and one of its keywords, is longer than each rival's run, and
   * contains it.
   */
  leads(text: string, top: KnowledgeEntry, rivals: KnowledgeEntry[]): boolean {
    if (!rivals.length) return false;
    const message = words(text);
    const run = longestSharedRun(message, this.title(top));
    const length = run ? run.split(" ").length : 0;
    const padded = ` ${run} `;
    const named = this.keywordsOf(top).filter((k) => padded.includes(` ${k} `));
    if (!named.length) return false;
    // a keyword of two syllables or more whose one content word comes with a syllable that folds like a
    // function word ("khai tu" is "khai tử", "ma otp" is "mã OTP") names the subject as fully as two content words
    if (contentWords(run) < TITLE_RUN_CONTENT_WORDS && !named.some((k) => k.includes(" ") && contentWords(k) >= 1)) return false;
    return rivals.every((rival) => {
      const other = longestSharedRun(message, this.title(rival));
      // (a rival sharing only function words, "nào", "cho", names nothing)
      return !contentWords(other) || (other.split(" ").length < length && padded.includes(` ${other} `));
    });
  }
}
