import type { Scored } from "./search-index";

/*
 * The words that name the part asked are taken out and the rest searched alone when the whole message is a near tie
 * (retrieveTopic). Some of those words are the subject itself: "chỗ nào ở phường hướng dẫn nộp hồ sơ trực tuyến" asks
 * for the help desk ("hướng dẫn" and "trực tuyến" read as the steps and online parts); what is left, "ở phường nộp hồ
 * sơ", named the ward's contacts, which the whole message scored at a third of its leader's score, and it answered
 * confidently (session 12). The topic-only answer stands only when the whole message gives its entry at least
 * LEADER_SHARE of its leader's score; else the whole message's own near tie decides (a clarify between its leaders).
 * (A whole message pulled off by a look-alike, "làm căn cước có bị mất phí không" read near "bí mật", still scores
 * the entry its topic names close to its leader: the topic answer stands.)
 */
const LEADER_SHARE = 0.5;

/** Whether the whole message scores the topic-only retrieval's top entry at least LEADER_SHARE of its own leader's score. */
export function topicAmongLeaders(topic: { top: Scored | undefined }, wholeRanked: readonly Scored[]): boolean {
  const entry = topic.top?.entry;
  const leader = wholeRanked[0];
  if (!entry || !leader) return false;
  for (const x of wholeRanked) if (x.entry === entry) return x.score >= LEADER_SHARE * leader.score;
  return false;
}
