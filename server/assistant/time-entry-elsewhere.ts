import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedText } from "./text-analysis";

/*
 * "bao lâu thì có người xử lý" after "Gửi phản ánh", "thế làn xanh làm trong bao lâu" after "Danh mục
 * thủ tục làn xanh": how long, asked of an entry that has no time part, while another entry is about
 * exactly that — its title asks "bao lâu" ("Theo dõi phản ánh đã gửi, bao lâu thì được trả lời",
 * "Thủ tục làn xanh giải quyết trong bao lâu"). The previous entry would answer with its summary or its
 * special cases; the entry whose subject is the time answers. Only when the message alone prefers that
 * entry clearly (part-elsewhere.ts's margins). Unlike part-elsewhere.ts (the fee), a message word may
 * be the previous title's ("làn xanh"): the time entry's title shares it.
 */

const OWN_SCORE = 0.25;
const OWN_LEAD = 1.4;
const timeTitle = /\b(bao lau|mat may ngay|thoi han giai quyet)\b/;
const titleCache = new WeakMap<KnowledgeEntry, boolean>();

/** the entry's title asks how long something takes */
export function titleAsksTime(entry: KnowledgeEntry): boolean {
  let found = titleCache.get(entry);
  if (found === undefined) titleCache.set(entry, (found = timeTitle.test(foldedText(entry.title))));
  return found;
}

/** `timeAsked`: the time asked plainly, with a topic word besides ("mất bao lâu" alone stays a follow-up of the previous entry) */
export function timeEntryElsewhere(o: { timeAsked: boolean; previousHasTime: boolean; other: KnowledgeEntry; confident: boolean; otherScore: number; previousScore: number }): boolean {
  return o.timeAsked && !o.previousHasTime && o.confident && titleAsksTime(o.other) && o.otherScore >= OWN_SCORE && o.otherScore >= OWN_LEAD * o.previousScore;
}
