/*
 * The question inside a long message. Residents often tell their situation before they ask
 * ("nhà tôi mới chuyển về đây, con đang học lớp 2, giờ muốn hỏi là …"): scored as a whole, the
 * story's words dilute the match, so an entry that the question itself names clearly ends up a
 * weak candidate. This module finds the clauses that ask — the words after "hỏi là / cho hỏi /
 * muốn hỏi", and each sentence or comma clause with a question word — so the caller can score
 * them alone and let the whole message only confirm (the same entry on top).
 */

import { marksQuestions, segmentsWithEnds, storySentence } from "./story-sentences";

/** "cho em hỏi (là)", "muốn hỏi", "xin hỏi", "hỏi là": what follows is the question (folded). */
/** ("hỏi thử" is part of the marker, but not the "thủ" of "cho em hỏi thủ tục …": folded, both are "thu") */
const askMarker = /\b(?:(?:cho|xin|muon|can)\s+(?:(?:toi|em|minh|bac|chau|con|tui|anh|chi|co|chu|ong|ba)\s+)?hoi(?:\s+(?:la|xem|thu(?!\s+tuc\b)|chut|ti|them))?|hoi\s+la)\s+/g;

/** The message (folded) has an ask marker ("cho tôi hỏi", "muốn hỏi"). */
export function hasAskMarker(folded: string): boolean {
  askMarker.lastIndex = 0;
  const found = askMarker.test(folded);
  askMarker.lastIndex = 0;
  return found;
}

/** A message that compares two things ("khác nhau", "khác gì", "khác chỗ nào") (folded). */
const comparisonPattern = /\bkhac (?:nhau|gi|cho nao|the nao|ra sao)\b/;

/** Where a message breaks into clauses (raw text, before folding). */
const clauseBreak = /[?？!.;:\n]+|,\s*/u;

/** A message shorter than this (words) is its own question. */
export const LONG_MESSAGE_WORDS = 13;

/** A clause shorter than this (words) asks too little alone ("ở đâu"): it is read with the clause before it. */
const MIN_CLAUSE_WORDS = 4;

/** A clause that asks: a question word, or a question particle at its end ("…được không ạ") — not a "không" of negation inside it (folded). */
const asksPattern = /\b(?:gi|nao|dau|sao|bao nhieu|bao lau|khi nao|bao gio|the nao|ntn|la gi|ai|co phai)\b|\b(?:khong|chua|ko|k)(?:\s+(?:a|ak|ah|ad|ha|nhi|vay|the|nhe|chau|em|ban|ta))*\s*$/;

/** The question clause alone must name its entry this clearly (chosen on the tuning sets): score… */
export const CLAUSE_MIN_SCORE = 0.25;
/** …and share of its words the entry covers */
export const CLAUSE_MIN_COVERAGE = 0.6;
/** …and it has at least this many topic words… */
export const CLAUSE_MIN_WORDS = 2;
/** …that are informative (inverse document frequency; "phường" is in nearly every entry) */
export const CLAUSE_MIN_IDF = 0.1;

/** The question clause alone names its entry clearly enough: the top's score and coverage, and informative topic words of its own. */
export function clauseNamesEntry(top: { score: number; coverage: number }, topicTerms: string[], idfFor: (term: string) => number): boolean {
  const informative = topicTerms.filter((w) => idfFor(w) >= CLAUSE_MIN_IDF).length;
  return top.score >= CLAUSE_MIN_SCORE && top.coverage >= CLAUSE_MIN_COVERAGE && informative >= CLAUSE_MIN_WORDS;
}

/**
 * The whole message ranks the clause's entry close enough to be its own question's: first, or among its first three
 * with at least this share of the top's score. A story's words ("thuê nhà", "sổ đỏ", "chồng cũ mất") lift the entry
 * they name a little over the one the question clause names clearly (tuning-s27/s28 long accented messages).
 */
export const CLAUSE_LEADER_SHARE = 0.8;

/** …only in a story this long (words): in a shorter message the other clauses are part of the question (tuning sets: below it, more broke than mended) */
export const STORY_WORDS = 30;

/** A message long enough to be a story told before its question (STORY_WORDS words or more). */
export function toldAsStory(text: string): boolean {
  return words(text).length >= STORY_WORDS;
}

export function clauseAmongLeaders(id: string, ranked: ReadonlyArray<{ entry: { id: string }; score: number }>, text: string): boolean {
  const top = ranked[0];
  if (!top) return false;
  if (top.entry.id === id) return true;
  return toldAsStory(text) && ranked.slice(1, 3).some((x) => x.entry.id === id && x.score >= CLAUSE_LEADER_SHARE * top.score);
}

/** (remembered: the same message and clauses are counted several times per turn; only their number is read) */
const wordLists = new Map<string, string[]>();
function words(s: string): string[] {
  let list = wordLists.get(s);
  if (!list) {
    if (wordLists.size >= 256) wordLists.clear();
    wordLists.set(s, (list = s.split(/\s+/).filter(Boolean)));
  }
  return list;
}

/**
 * The question clauses of a long message (raw text), at most three, last first: the words
 * after the last ask marker, then clauses that ask (a short one joined
 * with the clause before it). Empty for a short message.
 */
export function questionClauses(text: string, fold: (s: string) => string): string[] {
  if (words(text).length < LONG_MESSAGE_WORDS) return [];
  const out: string[] = [];
  const folded = fold(text);
  // "tạm trú với lưu trú khác nhau thế nào": a comparison asks about two entries; one clause's entry is no answer
  if (comparisonPattern.test(folded)) return [];
  let marker: RegExpExecArray | null;
  let after: string | undefined;
  askMarker.lastIndex = 0;
  while ((marker = askMarker.exec(folded))) after = folded.slice(marker.index + marker[0].length);
  if (after && words(after).length >= 2 && words(after).length < words(folded).length - 2) out.push(after);
  // (a message of one clause is its own question; the story's clauses count for that)
  const several = text.split(clauseBreak).filter((c) => c.trim()).length >= 2;
  const clauses = askingClauses(text, fold);
  for (let i = clauses.length - 1; several && i >= 0 && out.length < 3; i--) {
    const own = fold(clauses[i]!);
    if (!asksPattern.test(own)) continue;
    const clause = words(own).length < MIN_CLAUSE_WORDS && i > 0 ? `${fold(clauses[i - 1]!)} ${own}` : own;
    if (!out.includes(clause) && words(clause).length >= 2) out.push(clause);
  }
  // a condition or a story ended by "thì", then the question: the words after the last "thì", when they ask
  const then = conditionThenQuestion(text, fold);
  if (then && out.length < 3 && !out.includes(then)) out.push(then);
  return out;
}

/** Where a message breaks into sentences (raw text): a sentence's end tells whether it asks (story-sentences.ts). */
const sentenceBreak = /[?？!.;\n]+/u;

/**
 * The message's clauses (raw, trimmed), without those of its story sentences: in a message that marks its questions
 * with "?", a sentence ended by "." tells the story even when it reports a question ("tuần trước họ có hỏi tôi chuyện
 * mua bảo hiểm y tế cho cháu ở đâu."), and its clause is no question of the resident's own (story-sentences.ts).
 */
function askingClauses(text: string, fold: (s: string) => string): string[] {
  const marked = marksQuestions(text);
  const split = (s: string) => s.split(clauseBreak).map((c) => c.trim()).filter(Boolean);
  if (!marked) return split(text);
  return segmentsWithEnds(text, sentenceBreak).flatMap((s) => (storySentence(s, fold(s.text), marked) ? [] : split(s.text)));
}

/** The question after a condition ended by "thì" must be at least this long (words): "khiếu nại ở đâu" alone names no case */
const THEN_QUESTION_MIN_WORDS = 5;

/** The "thì" that ends a condition or a story, written with or without its accent (raw text: folded, "thị trường" would be one too). */
const thenWord = /(?:^|\s)th(?:ì|i)(?=\s)/giu;

/**
 * "bà mất ở bệnh viện tỉnh khác thì về phường đăng ký khai tử được không": the words after the last
 * "thì" (folded), when they ask and the words before them do not; else undefined. (The caller also
 * wants it to name its entry's title: "… ly hôn thì nộp đơn ở phường được không" asks nothing of the
 * entry that "nộp đơn ở phường" finds.)
 */
export function conditionThenQuestion(text: string, fold: (s: string) => string): string | undefined {
  let last: RegExpExecArray | undefined;
  let m: RegExpExecArray | null;
  thenWord.lastIndex = 0;
  while ((m = thenWord.exec(text))) last = m;
  if (!last) return undefined;
  const before = fold(text.slice(0, last.index));
  const after = fold(text.slice(last.index + last[0].length)).trim();
  if (words(after).length < THEN_QUESTION_MIN_WORDS || !asksPattern.test(after) || asksPattern.test(before)) return undefined;
  return after;
}

/** The story before an ask marker must be at least this long (words) to be a story, not part of the question ("cho hỏi"). */
export const STORY_MIN_WORDS = 6;

/**
 * A story, then an ask marker, then the question ("em ở quê lên làm công nhân, thuê phòng trọ…,
 * cho em hỏi lệ phí chứng thực hợp đồng ở đâu"): the two parts (folded), or undefined. The story's
 * words can pull the whole message to the entry they name (tạm trú for "thuê phòng trọ") although
 * the writer said where the question starts.
 */
export function storyThenQuestion(text: string, fold: (s: string) => string): { story: string; asked: string } | undefined {
  const folded = fold(text);
  if (words(folded).length < LONG_MESSAGE_WORDS || comparisonPattern.test(folded)) return undefined;
  let marker: RegExpExecArray | null;
  let last: RegExpExecArray | undefined;
  askMarker.lastIndex = 0;
  while ((marker = askMarker.exec(folded))) last = marker;
  if (!last) return undefined;
  const story = folded.slice(0, last.index).trim();
  const asked = folded.slice(last.index + last[0].length).trim();
  if (words(story).length < STORY_MIN_WORDS || words(asked).length < 3) return undefined;
  return { story, asked };
}
