/*
 * More everyday matters no entry covers (session 13, out of coverage; read with uncovered-matters.ts, same shape):
 * - a divorce said "ly dị" ("vợ chồng tôi muốn ly dị thì làm thế nào"): the court's, as "muốn ly hôn" already is; the
 *   words "vợ chồng" made the household split (tách hộ) answer.
 * - a company set up ("thủ tục mở công ty cổ phần", "thành lập doanh nghiệp cần gì"): the city's business registration
 *   office, not the household business entry (hộ kinh doanh, which the ward registers) nor a question back.
 * - the power company's planned cuts ("lịch cắt điện tuần này xem ở đâu"): the utility's, not the fake power-bill entry;
 *   a text or a call threatening a cut stays the scam's.
 */
import type { Matter } from "./uncovered-matters";

export const everydayMatters: Matter[] = [
  { folded: /\b(?:(?:muon|thu tuc|nop don|don xin|viet don|cach|lam sao de|lam the nao de|dinh|tinh) (?<k>ly di)|(?<k2>ly di) (?:thi|phai|can|o dau|nop|the nao|lam sao))\b/, accented: /dị/ },
  {
    folded: /\b(?:mo|thanh lap|dang ky thanh lap|dang ky|lap) (?<k>cong ty|doanh nghiep)(?: (?:tnhh|co phan|tu nhan|mot thanh vien|rieng|moi))?\b/,
    accented: /công ty|doanh nghiệp/,
    // (a household business compared with it names its own entry: namesEntrySubject keeps that)
    unless: /\bho kinh doanh\b/,
  },
  {
    folded: /\blich (?:cat|cup|ngung|ngung cung cap|tam ngung) (?<k>dien|nuoc)\b|\b(?:cat|cup) (?:dien|nuoc) (?:theo )?lich\b/,
    accented: /điện|nước/,
    unless: /\b(?:tin nhan|nhan tin|sms|goi dien|cuoc goi|link|chuyen khoan|chuyen tien|no tien|no cuoc|doa|neu khong|lua)\b/,
  },
];
