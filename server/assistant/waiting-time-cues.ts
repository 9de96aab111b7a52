import type { FacetKey } from "../knowledge/entry-facets";

/*
 * How long until the result, in the words residents wait with: "mất bao nhiêu ngày mới xong",
 * "mấy hôm thì lấy được", "sáng nộp thì chiều có lấy được không", "bao giờ thì nhận được".
 * facet-cues.ts takes out "bao nhiêu ngày" and leaves "mất … mới xong" in the topic words: "mất"
 * then reads as a death or a loss (khai tử, mất giấy tờ) and "xong", "lấy" as words no entry has,
 * and the right entry is handed off as a weak match. The whole phrase is the time asked.
 * Read just before facet-cues.ts's own time cue (which would take out "bao nhiêu ngày" alone): the phrase is taken out of the topic words.
 */
// (a question word, not a figure: "được 2 tuần", "5 ngày rồi" tell how long it has been)
// ("bữa" is a day in Central and Southern speech: "mấy bữa thì xong")
const amount = String.raw`(?:bao nhieu|may) (?:ngay|hom|bua|tuan|thang|tieng|buoi)(?: lam viec)?`;
// "làm xong trong buổi sáng được không", "nộp có lấy trong ngày không": finished within a span of the day
const within = String.raw`(?:trong|ngay trong|kip trong) (?:(?:mot|nua) )?(?:buoi(?: sang| chieu)?|sang|chieu|ngay|hom nay|sang nay|chieu nay|ngay hom nay)`;
const done = String.raw`(?:thi|moi|la)(?: co the)? (?:xong|co ket qua|co giay|co|lay duoc|lay|nhan duoc|nhan|duoc)`;
const later = String.raw`(?:chieu|chieu nay|mai|sang mai|chieu mai|ngay mai|hom sau|toi nay|trong ngay|cuoi tuan)`;

export const waitingTimeCues: Array<{ facet: FacetKey; strong: RegExp }> = [
  // "mất bao nhiêu ngày mới xong", "hết mấy hôm thì có", "mấy ngày thì lấy được"
  { facet: "time", strong: new RegExp(String.raw`\b(?:(?:mat|het|ton) )?${amount} ${done}\b`) },
  // "sáng nộp thì chiều có lấy được không", "hôm nay nộp mai lấy được chưa"
  { facet: "time", strong: new RegExp(String.raw`\b(?:thi )?${later} (?:(?:co|thi|la|da) )?(?:lay|nhan|co)(?: duoc)?(?: (?:luon|ngay|ket qua))?(?= (?:khong|ko|k|hong|chua|a|ha|vay|ad)\b| ?$)`) },
  // "làm xong trong buổi sáng được không", "lấy được trong ngày hôm nay không"
  { facet: "time", strong: new RegExp(String.raw`\b(?:xong|lay(?: duoc)?|nhan(?: duoc)?|co ket qua|tra ket qua) ${within}\b`) },
  // "bao giờ thì lấy được", "khi nào mới nhận được"
  { facet: "time", strong: /\b(?:bao gio|khi nao)(?: (?:thi|moi))? (?:lay|nhan) duoc\b/ },
];
