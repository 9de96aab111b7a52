import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { factsOf, statedYesNo } from "./stated-yes-no";
import { foldedText } from "./text-analysis";

/*
 * "có bị phạt tiền không" after "Khai sinh quá hạn; đăng ký lại khai sinh…": a yes/no follow-up whose subject is the
 * entry just answered, so the message leaves it out. The entry states the fact (`yes_no`: "khai sinh + bị phạt" →
 * "Dạ có, khai sinh quá hạn có thể bị nhắc nhở hoặc xử phạt…"), but its asks name the subject, and the message
 * alone matches none of them: the turn was asked back (tuning-s29) or kept with a summary that never says it
 * (eight "có bị phạt không" lines in earlier tuning conversations). Here the previous entry's title stands in for
 * the subject left out, under guards that keep the fact to what the message asks:
 * - the message itself names a part of the ask of two words or more that the title lacks ("bị phạt"), and the title
 *   supplies only the rest: the title alone never answers ("làm online được không" after "Khai báo tạm vắng khi đi
 *   làm ăn xa" matched "đi làm + tạm vắng" from the title's own words);
 * - every informative topic word of the message lies inside that part: "bố mẹ có phải đi cùng không" after VNeID
 *   level 2 ("cùng" outside "phải đi") and "bố tôi 78 tuổi có lương hưu thì có được không" after the social allowance
 *   ("lương hưu" outside "78 tuổi") ask more than the fact says;
 * - no scam entry: its facts answer "is it a scam", and a follow-up on another matter ("có người nhắn lấy lại tiền giúp,
 *   tin được không" after the investment scam) borrowed "lãi cao" from the title.
 * The fact's `unless` is read on the message, as for a first question.
 */

const padded = (s: string) => ` ${s} `;

/** "Dạ có, …" / "Dạ không, …" of a fact of `entry` that the yes/no follow-up `folded` asks with the title as its subject. */
export function factInPreviousContext(entry: KnowledgeEntry, folded: string, topicTerms: string[], informative: (w: string) => boolean): string | undefined {
  if (entry.category === "lua-dao" || !entry.yes_no?.length || statedYesNo(entry, folded)) return undefined;
  const message = padded(folded);
  const title = padded(foldedText(entry.title));
  const asked = topicTerms.filter(informative);
  for (const fact of factsOf(entry)) {
    if (fact.unless.some((p) => message.includes(p))) continue;
    for (const parts of fact.asks) {
      const own = parts.filter((p) => message.includes(p) && !title.includes(p));
      if (!own.some((p) => p.trim().includes(" "))) continue;
      if (!parts.every((p) => message.includes(p) || title.includes(p))) continue;
      if (asked.every((t) => own.some((p) => p.includes(padded(t))))) return fact.lead;
    }
  }
  return undefined;
}
