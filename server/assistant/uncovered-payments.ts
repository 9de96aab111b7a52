/*
 * More matters no entry covers (session 13, out of coverage; read with uncovered-matters.ts, same shape):
 * - the resident's own pension as it is paid ("lương hưu tháng này chưa về tài khoản", "lương hưu bị chậm",
 *   "lĩnh lương hưu ở bưu điện nào", "bao giờ tăng lương hưu"): the social insurance agency's. Its words are the
 *   voluntary insurance entry's ("… để có lương hưu") and the old-age allowance's ("không có lương hưu"), so the
 *   look-alike answered or asked back. Not an authorisation to draw it (chứng thực's paper), nor a pension lost to
 *   a scam (the victim's steps), nor paying in to get one later (voluntary insurance).
 * - a power or water cut told with a word between ("mất điện thật từ sáng", "cúp nước luôn từ tối qua"): the
 *   utility's; uncovered-matters.ts reads "mất điện từ sáng".
 */
import type { Matter } from "./uncovered-matters";

const pensionPaid =
  String.raw`\b(?:(?:tien )?luong huu(?: [a-z0-9]+){0,4} (?:chua (?:ve|nhan|co|thay|duoc)|(?:bi )?(?:cham|tre|tru|cat|giam|dung|treo)|khong (?:ve|thay|nhan|duoc)|tang|dieu chinh|moi)|(?:linh|lanh|nhan|rut|chi tra|tra) (?:tien )?luong huu(?: [a-z]+){0,2} (?:o dau|cho nao|noi nao|buu dien|ngay nao|ngay may|thang nao|luc nao|khi nao)|(?:tang|dieu chinh|chi tra|cham tra) (?:tien )?luong huu)\b`;

const cutWithWord =
  String.raw`\b(?:mat|cat|cup) (?:dien|nuoc) (?:that|luon|het|roi|suot|lien) (?:[a-z]+ )?(?:tu (?:sang|chieu|toi|dem|hom qua|qua)|ca (?:ngay|dem|tuan)|(?:\d+|may|hai|ba|nhieu) (?:ngay|tieng|hom))\b`;

export const morePaymentMatters: Matter[] = [
  {
    folded: new RegExp(pensionPaid),
    accented: /hưu/,
    // (a pension taken by a scam is the victim's: "bấm link xong lương hưu bị trừ hết")
    unless: /\b(?:uy quyen|lua|lua dao|gia mao|mao danh|hack|chiem doat|link|bam|otp|chuyen khoan|xung|goi dien|cuoc goi|tin nhan|nhan tin|cap nhat|(?:mat|tru|rut) (?:het|sach)|tu nguyen|dong (?:bao hiem|bhxh|them|tiep|bu)|muc dong|huu tri xa hoi)\b/,
  },
  {
    folded: new RegExp(cutWithWord),
    accented: /điện|nước/,
    unless: /\b(?:tin nhan|nhan tin|sms|goi dien|cuoc goi|link|chuyen khoan|chuyen tien|no tien|no cuoc|doa|neu khong)\b/,
  },
];
