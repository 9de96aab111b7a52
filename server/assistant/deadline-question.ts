/*
 * "Con sinh được bao nhiêu ngày thì phải đi làm khai sinh, quá hạn có sao không?", "khai sinh cho con trong bao nhiêu
 * ngày thì không bị phạt", "bé sinh ngày 2/10, giờ là 29/11 chưa làm khai sinh có bị quá hạn không": the resident asks
 * the procedure's deadline (its time part), not how to register late. The words of the consequence ("quá hạn",
 * "phạt") are the title of the late-registration entry ("Khai sinh quá hạn; đăng ký lại …"), which won, or tied with
 * the procedure's own entry (tuning10, tuning2, tuning8). When the message asks how many days one has, or whether a
 * short wait (days, weeks, dates; not years: "con 6 tuổi rồi chưa làm khai sinh" is a late registration) is already
 * late, the consequence clause is taken out and what is left decides, answered from its time part.
 */
import { matches } from "../lib/regex-prefilter";

/** asks the deadline itself: "bao nhiêu ngày", "mấy ngày", "trong (vòng) bao lâu", "thời hạn", "hạn chót" (folded) */
const deadlineAsked = /\b(?:bao nhieu|may) (?:ngay|tuan|thang)\b|\btrong (?:vong )?bao lau\b|\bthoi han\b|\bhan chot\b/;
/** asks whether it is already late: "có bị quá hạn không", "có bị phạt không" (folded) */
const whetherLate = /\bco bi (?:qua han|tre han|phat|muon)\b/;
/** the consequence clause: "quá hạn có sao không", "(thì) không bị phạt", "có bị quá hạn không", "để quá hạn thì sao" (folded) */
const consequence =
  /(?:^|[\s,.;])(?:de |neu |ma |con )?(?:qua han|tre han|lam muon|muon)(?: thi)? (?:co )?(?:sao|bi (?:sao|phat|gi)|bi phat gi)(?: (?:khong|ko|k|hong))?(?=$|[\s,.;?!])|(?:^|[\s,.;])(?:thi |de )?(?:co |khong |ko |k )?bi (?:qua han|tre han|phat|muon)(?: (?:khong|ko|k|hong|chua))?(?=$|[\s,.;?!])/g;
/** asks an amount: "nộp bao nhiêu", "phạt bao nhiêu", "mất bao nhiêu tiền", "bao nhiêu tiền" (folded) */
const amountAsked = /\b(?:nop|phat|mat|ton|het|dong|tra) (?:bao nhieu|bn)\b|\b(?:bao nhieu|bn) tien\b|\bmuc phat\b/;
/** how long it has been, or a date: the resident's situation, no topic word ("được 3 tuần", "ngày 2/10") */
const elapsed = /\b(?:duoc |da )?\d+ (?:ngay|tuan|thang)\b|\b(?:ngay )?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g;
/** an elapsed time in years or a birth year: a late registration, not a deadline ("6 tuổi rồi", "từ năm 2018") */
const years = /\b\d+ (?:tuoi|nam)\b|\bnam (?:19|20)\d\d\b|\b(?:may|nhieu|vai) nam\b/;

/**
 * The message without its consequence clause when it asks a deadline (or whether a short wait is late),
 * or undefined. `folded`: the message diacritic-folded.
 */
export function deadlineQuestion(folded: string): string | undefined {
  if (!matches(deadlineAsked, folded) && !matches(whetherLate, folded)) return undefined;
  // "khai sinh quá hạn có bị phạt không, phải nộp bao nhiêu": lateness told, its amount asked (no deadline asked)
  if (!deadlineAsked.test(folded) && amountAsked.test(folded)) return undefined;
  if (years.test(folded)) return undefined;
  const rest = folded.replace(consequence, " ").replace(elapsed, " ").replace(/\s+/g, " ").trim();
  return rest !== folded.trim() && rest.split(" ").length >= 3 ? rest : undefined;
}
