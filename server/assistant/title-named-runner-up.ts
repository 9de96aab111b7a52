import type { KnowledgeEntry } from "../knowledge/knowledge-schema";

/*
 * "thế tôi đăng ký thường trú ở nhà con gái thì cần gì" after "Xóa đăng ký thường trú …", "thế đăng ký kết hôn
 * trước rồi mới thêm tên bố đc ko" after recognising the father: the turn says another entry's title subject whole
 * (title-subject-named.ts), its bracketed name (title-alias-named.ts) or a title inside the previous title
 * (title-inside-previous.ts). Those rules switch when the message alone ranks that entry first; but the previous
 * entry's own words in the turn ("đăng ký", "thêm tên bố") can keep it first on the message alone, the named entry
 * right behind — and then the turn was answered with the previous entry as if it were its follow-up. A title named
 * whole is the turn's own subject: the runner-up answers when it is close behind (a share of the top's score).
 */

/** the runner-up must score at least this share of the previous entry's score on the message alone */
export const RUNNER_UP_SHARE = 0.75;

export function namedRunnerUp(o: {
  /** the message alone ranks the previous entry first, not weakly */
  previousFirst: boolean;
  runnerUp: { entry: KnowledgeEntry; score: number } | undefined;
  topScore: number;
  /** the turn names this entry's title as the title rules read it */
  named: (entry: KnowledgeEntry) => boolean;
}): KnowledgeEntry | undefined {
  const r = o.runnerUp;
  return o.previousFirst && r && r.score >= RUNNER_UP_SHARE * o.topScore && o.named(r.entry) ? r.entry : undefined;
}
