import type { Scored } from "./search-index";

/*
 * The words that name the part asked are taken out and the rest searched alone when the whole message is a near tie
 * (retrieveTopic). Some of those words are the subject itself: "chỗ nào ở phường hướng dẫn nộp hồ sơ trực tuyến" asks
 * for the help desk ("hướng dẫn" and "trực tuyến" read as the steps and online parts); what is left, "ở phường nộp hồ
 * sơ", named the ward's contacts, an entry the whole message ranked tenth, and it answered confidently (session 12).
 * The topic-only answer stands only when the whole message ranks its entry among its LEADERS first candidates; else the
 * whole message's own near tie decides (a clarify between its leaders).
 */
const LEADERS = 5;

/** Whether the topic-only retrieval's top entry is among the whole message's first candidates. */
export function topicAmongLeaders(topic: { top: Scored | undefined }, wholeRanked: readonly Scored[]): boolean {
  const entry = topic.top?.entry;
  if (!entry) return false;
  for (let i = 0; i < wholeRanked.length && i < LEADERS; i++) if (wholeRanked[i]!.entry === entry) return true;
  return false;
}
