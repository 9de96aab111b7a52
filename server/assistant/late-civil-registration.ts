/*
 * A birth or a death registered late is the late-registration entry (dvc-dang-ky-lai-ho-tich: "Khai sinh
 * quá hạn; đăng ký lại khai sinh, kết hôn, khai tử khi mất giấy tờ gốc"), not the ordinary registration:
 * - a birth whose registration is past its deadline, told as a fact ("khai sinh quá hạn có bị phạt tiền
 *   không", "con sinh được 3 tháng rồi mà chưa đi làm khai sinh, quá hạn có bị phạt không"); asking what the
 *   deadline is ("bao nhiêu ngày thì phải làm, quá hạn có sao không", "có bị quá hạn không") stays the
 *   ordinary registration, which states it;
 * - a death years ago never registered ("ông tôi mất từ năm 1995 mà chưa làm giấy chứng tử", "ba tôi mất từ
 *   năm 2002 mà hồi đó không làm khai tử"); weeks or months late ("mất được 2 tháng rồi mà chưa khai tử")
 *   stays the death registration, whose entry tells the late case.
 * - (session 26) a child's age past the deadline told, never registered (childAged below).
 * The event's word ("khai sinh", "mất") pulls the ordinary entry first. Put first only when the message's own
 * ranking has the entry among its first five (assistant.ts askedAction), as re-registration-asked.ts's cases are.
 */
import { RE_REGISTRATION_ENTRY } from "./re-registration-asked";

const birthPastDeadline = /\b(?:khai sinh|giay ks|gks)\b.*\bqua han\b|\bqua han\b.*\b(?:khai sinh|giay ks|gks)\b/;
/** the deadline itself asked: "bao nhiêu ngày", "trong bao lâu", "có bị quá hạn không", "hạn là bao lâu" */
const deadlineAsked = /\b(?:bao nhieu ngay|may ngay|trong (?:vong )?bao lau|thoi han|han (?:la|cuoi|chot)|(?:co )?(?:bi )?qua han (?:khong|ko|k|chua|hong)|da qua han chua)\b/;
const deathPaper = String.raw`(?:khai tu|chung tu|giay bao tu|bao tu)`;
/** a death years back: "mất từ năm 1995", "mất năm 2002", "mất 10 năm rồi", "mất từ hồi xưa" */
const yearsAgo = /\b(?:mat|qua doi|chet|tu tran)\b(?: [a-z]+){0,2} (?:(?:tu |vao |hoi )?nam (?:19|20)?\d\d|(?:duoc |da |cach day )?(?:\d+|hai|ba|bon|nam|muoi|may|nhieu) nam|tu (?:hoi )?(?:xua|truoc|lau)|lau (?:lam )?roi)\b/;
/** never registered: "chưa làm giấy chứng tử", "hồi đó không làm khai tử", "chưa khai tử" */
const neverRegistered = new RegExp(String.raw`\b(?:chua|khong|ko|k|chua bao gio|chua tung)(?: [a-z]+){0,2} (?:lam|dang ky|khai|co|di)?(?: [a-z]+){0,2} ?${deathPaper}\b|\bchua ${deathPaper}\b`);
/**
 * (session 26) a child past the 60 days told by age, never registered: "con 3 tuổi chưa làm giấy khai sinh", "cháu nội
 * 5 tuổi chưa có khai sinh", "bé được 4 tháng rồi mà chưa đăng ký khai sinh" (a child word, then an age in years, or in
 * months from three on; then "chưa … khai sinh"). Without the words "quá hạn" the ordinary entry's "khai sinh" pulled.
 */
const childAged =
  /\b(?:con|be|chau|em be|dua nho|dua be)(?: [a-z]+){0,3} (?:(?:duoc|da|moi|len) )?(?:(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) ?(?:tuoi|t)|(?:[3-9]|1[0-2]|ba|bon|nam|sau|bay|tam|chin|muoi) thang)\b/;
const birthNeverRegistered = /\bchua(?: (?:lam|dang ky|co|di|khai|di lam|lam giay|co giay|dang ky giay)){0,2} (?:giay )?(?:khai sinh|ks|gks)\b/;
const copyOrAgain = /\b(?:ban sao|trich luc|sao y|dang ky lai|lam lai|cap lai|that lac|bi mat)\b/;

/** The late-registration entry, when a birth is told past its deadline or a death years ago was never registered (folded as typed). */
export function lateCivilRegistrationEntry(plain: string): string | undefined {
  if (copyOrAgain.test(plain)) return undefined;
  if (birthPastDeadline.test(plain) && !deadlineAsked.test(plain)) return RE_REGISTRATION_ENTRY;
  if (childAged.test(plain) && birthNeverRegistered.test(plain) && !deadlineAsked.test(plain)) return RE_REGISTRATION_ENTRY;
  if (yearsAgo.test(plain) && neverRegistered.test(plain)) return RE_REGISTRATION_ENTRY;
  return undefined;
}
