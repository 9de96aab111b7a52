/*
 * A file already handed in, named by its procedure, whose progress the resident wants to follow: "hồ sơ tách hộ nộp
 * tuần trước giờ tra cứu xem đến đâu rồi", "nộp hồ sơ làm sổ đỏ rồi mà chưa thấy gọi, muốn kiểm tra tiến độ", "tôi nộp
 * hồ sơ cấp đổi sổ đỏ hơn tháng rồi … tự xem hồ sơ đang ở khâu nào". The procedure's name pulls its own entry first;
 * what is asked is the look-up entry's (its title "Tra cứu tình trạng, tiến độ hồ sơ đã nộp").
 *
 * The criterion is the intent, not the procedure: a file handed in ("nộp … rồi / xong / tuần trước / tháng trước / từ
 * …", "đã nộp") and its progress asked ("đến đâu", "tiến độ", "khâu nào", "bước nào", "tình trạng", "tra cứu"). How long
 * a procedure takes ("nộp rồi bao lâu thì có", "làm khai sinh mất mấy ngày") stays with the procedure (its time part):
 * the tuning sets label it so. Asking staff to look at one's own file is a handoff decided before (own-case-check.ts);
 * a pasted message (quotes, a link) is the scam check's. Put first wherever the message's own ranking has the entry
 * (assistant.ts askedAction): the procedure's words push it down to the seventh to tenth place.
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle } from "./folded-title";
import { typedFolded } from "./scam-followups";

/** handed in some time ago (folded): "nộp … rồi", "nộp tuần trước", "nộp hơn tháng rồi", "đã nộp", "nộp từ thứ 2" */
const handedIn =
  /\bda nop\b|\bnop\b(?: [a-z0-9]+){0,8}? (?:roi|r|xong|tuan truoc|thang truoc|hom (?:truoc|qua|kia|thu)|tu (?:hom|tuan|thang|thu|ngay|dau|\d)|duoc (?:\d+|mot|hai|ba|may|hon) (?:ngay|tuan|thang|hom)|hon (?:mot )?thang)\b/;
/** its progress asked: "đến đâu rồi", "tiến độ", "ở khâu nào", "đến bước nào", "tình trạng", "tra cứu" */
const progressAsked = /\b(?:den dau|toi dau|tien do|(?:o|den|toi) (?:khau|buoc) nao|tinh trang|tra cuu)\b/;
/** a pasted message or a link (as written): the scam check reads it */
const pasted = /["“”«»]|https?:|www\.|\.(?:com|vn|net|link|info)\b/i;

/** Whether the message (as written) asks how far a file already handed in has got. */
export function tracksSubmittedFile(text: string): boolean {
  const plain = typedFolded(text);
  return handedIn.test(plain) && progressAsked.test(plain) && !pasted.test(text);
}

/** The look-up entry of files handed in: its title begins "Tra cứu" and names their progress or state. */
export function isFileTrackingEntry(entry: KnowledgeEntry): boolean {
  const title = foldedTitle(entry);
  return /^tra cuu\b/.test(title) && /\b(?:tien do|tinh trang)\b/.test(title) && /\bho so\b/.test(title);
}

/** The look-up entry among the message's ranked entries, when the message follows a file handed in. */
export function submittedFileTracking<T extends { entry: KnowledgeEntry }>(text: string, ranked: readonly T[]): T | undefined {
  if (!tracksSubmittedFile(text)) return undefined;
  return ranked.find((x) => isFileTrackingEntry(x.entry));
}
