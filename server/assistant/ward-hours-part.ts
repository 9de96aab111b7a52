import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { parseEntryFacets } from "../knowledge/entry-facets";
import { matches } from "../lib/regex-prefilter";

/*
 * When the ward itself is open, asked in everyday words: "phường mấy giờ mở cửa", "trưa có nghỉ
 * không", "thứ 7 có làm việc không", "chủ nhật có ai trực không", "sáng thứ mấy tiếp dân",
 * "12h trưa ra nộp có ai làm không". Read only for an entry whose time part is the ward's own
 * schedule (its office hours or reception days, filled from the ward profile): there the hours
 * answer the question; on a procedure's entry "thứ 7 có làm căn cước không" is not asking how
 * long the procedure takes, so its time part is not shown for these words.
 * Folded text (no diacritics).
 */

const day = String.raw`(?:thu (?:2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|t[2-7]|chu nhat|cn|cuoi tuan|ngay le|le tet|ngay nghi|sang|chieu|trua|toi|buoi trua|buoi sang|buoi chieu)`;
const work = String.raw`(?:lam viec|lam|mo cua|mo|dong cua|dong|tiep dan|tiep cong dan|tiep|nhan ho so|nhan|truc|co nguoi|co ai|co can bo|nghi)`;

const wardHoursPattern = new RegExp(
  [
    // "mấy giờ phường mở cửa", "mấy h thì đóng cửa", "tới mấy giờ thì nghỉ"
    String.raw`\bmay (?:gio|h)\b(?: [a-z0-9]+){0,4} (?:mo cua|dong cua|nghi|lam viec|tiep dan|tiep cong dan|nhan ho so)\b`,
    // "trưa có nghỉ không", "mấy giờ nghỉ trưa", "nghỉ trưa từ mấy giờ"
    String.raw`\bnghi trua\b|\btrua(?: [a-z0-9]+){0,3} (?:co )?nghi\b`,
    // "thứ 7 có làm việc không", "chủ nhật phường có ai trực", "sáng thứ bảy có mở cửa không"
    String.raw`\b${day}\b(?: [a-z0-9]+){0,5} (?:co )?${work}\b(?: [a-z0-9]+){0,3} (?:khong|ko|k|hong|hok|chua|nao|khg|kh)\b`,
    // "phường làm việc thứ 7 không", "ủy ban mở cửa chủ nhật ko ạ": the day after the verb, no "có"
    String.raw`\b${work}\b (?:vao )?${day}\b(?: [a-z0-9]+){0,2} (?:khong|ko|k|hong|hok|chua|khg|kh)\b`,
    // "sang chiều thứ mấy tiếp dân", "thứ mấy làm việc", "ngày nào tiếp công dân"
    String.raw`\b(?:thu may|ngay nao|hom nao|buoi nao)\b(?: [a-z0-9]+){0,3} ${work}\b`,
    String.raw`\b${work}\b(?: [a-z0-9]+){0,3} (?:thu may|ngay nao|hom nao|buoi nao)\b`,
    // "12h trưa ra phường có ai làm không", "5h chiều còn nhận hồ sơ không"
    String.raw`\b\d{1,2} ?(?:h|gio)(?: ?\d{1,2})?(?: (?:trua|sang|chieu|toi))?\b(?: [a-z0-9]+){0,6} (?:co |con )?${work}\b`,
    // "giờ mở cửa", "giờ làm việc", "giờ hành chính", "mở cửa không", "còn mở cửa không"
    String.raw`\bgio (?:mo cua|dong cua|lam viec|hanh chinh|tiep dan)\b|\b(?:mo|dong) cua (?:khong|ko|k|hong|chua|luc nao|khi nao|may)\b`,
  ].join("|"),
);

/** The message asks when the ward is open or receives residents (the ward's days and hours). */
export function wardHoursAsked(folded: string): boolean {
  return matches(wardHoursPattern, folded);
}

const scheduleTime = new WeakMap<KnowledgeEntry, boolean>();

/** The entry's time part is the ward's own schedule (office hours or reception days from the ward profile). */
export function timeIsWardSchedule(entry: KnowledgeEntry): boolean {
  let is = scheduleTime.get(entry);
  if (is === undefined) {
    const time = parseEntryFacets(entry.body).sections.find((s) => s.key === "time")?.text ?? "";
    is = /\{\{\s*ward\.(?:office_hours|reception_schedule)\s*\}\}/.test(time);
    scheduleTime.set(entry, is);
  }
  return is;
}
