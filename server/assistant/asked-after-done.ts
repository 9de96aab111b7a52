import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { titleWords } from "./other-subject";

/*
 * "kích hoạt xong rồi mà giờ quên mật khẩu" after "Kích hoạt VNeID mức 2", "mua xong có xem thẻ trên
 * vssid được không" after buying health insurance, "đăng nhập rồi thì nộp hồ sơ tiếp thế nào" after
 * logging in: a clause of what is done ("X xong", "X rồi"), then what is asked. The done clause names
 * the previous topic — that is why the whole message (and the conversation) stays on it — but it is
 * only the context: the asked object comes after it. When the asked part alone finds another entry
 * clearly, by a word of that entry's title the previous title lacks, it is a new question for that
 * entry. An asked part that names nothing ("sửa xong mất mấy ngày", "gửi rồi thì sao") or only the
 * previous entry's words ("cài vssid xong đăng nhập bằng gì" is decided before, app-login.ts) stays a
 * follow-up.
 */

/** words allowed after "xong"/"rồi" before the "thì"/"mà" that opens the question ("làm xong khai sinh thì …") */
const MAX_OBJECT_WORDS = 3;
/** the asked part alone prefers its entry to the previous one by at least this much */
export const AFTER_DONE_LEAD = 1.3;

const donePattern = /^(\S.*?)\s(?:xong|roi)(?:\s(?:xong|roi))*\s(.+)$/;

/** The asked part after a clause of what is done (folded text), or undefined without such a clause. */
export function askedAfterDone(folded: string): string | undefined {
  const m = donePattern.exec(folded.trim());
  if (!m) return undefined;
  let tail = m[2]!.trim();
  // "… xong khai sinh thì thẻ bhyt …", "… rồi mà giờ …": the question starts after the "thì"/"mà" close behind
  const words = tail.split(/\s+/);
  const opener = words.slice(0, MAX_OBJECT_WORDS + 1).findIndex((w) => w === "thi" || w === "ma");
  if (opener >= 0) tail = words.slice(opener + 1).join(" ");
  return tail || undefined;
}

/** The asked part names `other`'s subject by an informative title word the previous title lacks, alone finds `other`
 *  confidently, clearly above the previous entry, and the previous entry's core holds fewer of its words ("cài vssid xong
 *  đăng nhập bằng gì": logging in is VssID's own business too, its core has the words). */
export function switchesAfterDone(o: {
  askedTerms: string[];
  previous: KnowledgeEntry;
  other: KnowledgeEntry;
  confident: boolean;
  otherScore: number;
  previousScore: number;
  /** shares of the asked part's topic words in each entry's core (title, summary, keywords) */
  otherCore: number;
  previousCore: number;
  informative: (word: string) => boolean;
}): boolean {
  if (!o.confident || o.other.id === o.previous.id || o.otherScore < AFTER_DONE_LEAD * o.previousScore || o.otherCore <= o.previousCore) return false;
  const theirs = titleWords(o.other);
  const mine = titleWords(o.previous);
  return o.askedTerms.some((t) => theirs.has(t) && !mine.has(t) && o.informative(t));
}

/*
 * The other way round: "làm xong thì mất mấy ngày", "làm xong rồi thì lệ phí bao nhiêu" after "Đăng ký khai sinh":
 * what is asked after the done clause is only a part (how long, the fee) in words most entries use, and the previous
 * entry has that part. Nothing new is named: it is the part of the procedure just answered, not what comes next
 * (follow-through.ts would take the whole message's top, which "xong" and "mấy ngày" alone pull to the green lane's time).
 */
export function asksPartAfterDone(o: { part: string | undefined; previousHasPart: boolean; askedTerms: string[]; partOnly: (terms: string[]) => boolean; next: KnowledgeEntry }): boolean {
  // ("có tài khoản rồi thì nộp hồ sơ các bước ra sao": common words, but the title of what comes next — filing — names them)
  const theirs = titleWords(o.next);
  return !!o.part && o.previousHasPart && o.partOnly(o.askedTerms) && !o.askedTerms.some((t) => theirs.has(t));
}
