/*
 * Two more matters no entry covers (session 16, wave 2; read with uncovered-matters.ts, same shape):
 * - who raises the children after a divorce, and child support ("ly hôn rồi thì ai được nuôi con", "giành quyền nuôi
 *   con", "chồng cũ không chịu cấp dưỡng", "tiền cấp dưỡng nuôi con bao nhiêu"): the court's and a lawyer's, not the
 *   adoption entry that "nuôi con" found ("nhận nuôi con", "nuôi con nuôi" stay adoption; a poor single parent "nuôi con
 *   nhỏ" names no custody word and stays with the support entries).
 * - a faulty power or water meter ("công tơ có vấn đề", "công tơ điện chạy nhanh bất thường", "đồng hồ nước bị hỏng",
 *   "kiểm tra lại chỉ số công tơ"): the utility company's, not the late-file entry that "khiếu nại ở đâu" found. A
 *   caller or a text about the meter stays with the scam check and the fake-bill entry (`unless`, as the utility's
 *   own-service matter in uncovered-matters.ts).
 * No entry or procedure says any of these phrases (checked when added).
 */
import type { Matter } from "./uncovered-matters";

export const custodyMeterMatters: Matter[] = [
  {
    folded: /\b(?:nuoi con(?! nuoi)(?: [a-z0-9]+){0,4} (?<k4>cap duong)|(?:ai|nguoi nao|ben nao|bo hay me|me hay bo) (?:se )?(?:duoc |phai |co quyen )?(?<k>nuoi con)(?! nuoi)|(?:gianh|tranh|gianh lai|tranh chap|mat) (?<k2>quyen nuoi con)|(?<k3>cap duong)(?: nuoi con| cho con)?)\b/,
    accented: /nuôi con|cấp dưỡng/,
  },
  {
    folded: /\b(?:(?<k>cong to|dong ho (?:dien|nuoc))(?: dien| nuoc)?(?: nha (?:toi|em|minh|tao|chau))? (?:co van de|chay (?:nhanh|sai|ao|loan|bat thuong)|nhay (?:nhanh|so)|bi (?:loi|hong|sai|hu|nhay so)|hong|sai)|kiem tra (?:lai )?(?:chi so )?(?<k2>cong to|dong ho (?:dien|nuoc)))\b/,
    accented: /công tơ|đồng hồ (?:điện|nước)/,
    unless: /\b(?:lua|gia mao|gia danh|mao danh|that hay gia|that khong|co that|tin nhan|nhan tin|sms|goi dien|cuoc goi|goi bao|link|duong link|chuyen khoan|chuyen tien|ket ban|cai (?:app|ung dung)|no tien|no cuoc|doa|neu khong|nhan vien)\b/,
  },
];
