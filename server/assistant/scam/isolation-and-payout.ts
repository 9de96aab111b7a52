import type { Signals } from "./signals";
import { hasIn } from "./set-tests";
// the bonus rules test through the literal pre-test: most match nothing in a resident's question, and skip their scan
import { matches } from "../../lib/regex-prefilter";
import { asksAboutIt } from "./asks-about-it";
import { toldAsWarning } from "./job-offer-classes";

/*
 * (session 27) Hand points for two script shapes found by probing the check with own wordings of thin families
 * (issue 11, recall; the corpus's training split has six "online kidnapping" and six refund scams), not by
 * validation rows:
 *  - the isolation order of an "online kidnapping": the reader told to take a room alone, go somewhere empty or
 *    cut contact with the family, and to follow an officer's instructions or stay on a video call, with a gag
 *    ("Em phải ở một mình trong phòng, tắt liên lạc với gia đình và làm theo hướng dẫn của cán bộ"). Bộ Công an's
 *    warnings: no officer works with anyone that way;
 *  - money "owed" to the reader (a tax refund, a handout, an insurance payout) paid once they send their bank
 *    account number AND their ID number by message ("vui lòng cung cấp số tài khoản và CCCD để nhận tiền"): refunds
 *    and handouts are paid through eTax, VssID, the bank's app or at the ward's desk; a notice that sends the reader to
 *    a desk in person is a genuine procedure and gets nothing.
 *  - a return promised per day, week or month that no deposit pays ("nhận lãi 15% mỗi tháng", "đảm bảo lãi 300%"):
 *    banks pay a few per cent a YEAR; three per cent a month or more, or a "guaranteed" return in the hundreds, is
 *    the investment scam's bait (a loan's interest is no return: the words must be about what the reader earns); a
 *    resident asking whether such an offer is real keeps the older reading (asks-about-it.ts).
 * Points only: no signal is added, so the trained model is unchanged. Off the official channels only, never in a
 * tip or a warning that tells the script.
 */

const isolation = /\b(o|ngoi|thue|vao|den|tim) (\S+ ){0,3}(phong|nha nghi|khach san|noi vang( nguoi)?|cho vang( nguoi)?)( \S+){0,4} mot minh\b|\bmot minh (\S+ ){0,2}(trong phong|o phong|tai phong|o nha nghi|o khach san)\b|\b(den|toi|ra) (noi|cho) vang( nguoi)?\b|\b(tat|cat|ngat) (het )?(lien lac|lien he|dien thoai|dinh vi|mang xa hoi) (voi )?(gia dinh|nguoi than|nguoi nha|bo me|moi nguoi)\b/;
const officerOrCall = /\b(can bo|cong an|dieu tra|vien kiem sat|toa an|co quan|lam theo huong dan|theo (su )?huong dan|goi video|video|zoom|giu may|khong (duoc )?cup may)\b/;

const accountNumber = String.raw`(so tai khoan|stk|tai khoan ngan hang|so the)`;
const idNumber = String.raw`(so )?(cccd|can cuoc( cong dan)?|cmnd|chung minh (thu|nhan dan)|dinh danh)`;
const payoutDetails = new RegExp(
  String.raw`\b(cung cap|gui|nhap|dien|cho (em|toi|minh) xin|nhan tin|ib) (\S+ ){0,2}(${accountNumber}|${idNumber})( (va|kem|cung|,) (\S+ ){0,2}|, )(${accountNumber}|${idNumber}) (\S+ ){0,3}(de|roi|thi|moi) (\S+ ){0,2}(nhan|duoc nhan|duoc hoan|duoc chuyen|chuyen|linh|giai ngan|hoan)\b`,
);
/** a desk to go to in person: the genuine procedure */
const atDesk = /\b(tai|den|toi|ra) (bo phan|ubnd|uy ban|tru so|quay|diem giao dich|buu cuc|phuong|xa|co quan|chi nhanh|van phong|nha van hoa)\b/;

const ratePerPeriod = /\b(nhan lai|lai|loi nhuan|sinh loi|lai suat) (\S+ ){0,2}?(\d+(?:[.,]\d+)?) ?% ?(\/|moi|mot|1|hang|mot|trong)? ?(ngay|tuan|thang)\b/g;
const guaranteedHuge = /\b(dam bao|cam ket|chac chan) (\S+ ){0,1}(lai|loi nhuan|x) ?\d{3,} ?%/;
const perMonth: Record<string, number> = { ngay: 30, tuan: 4, thang: 1 };
/** the highest return named, per month, in per cent */
function monthlyReturn(f: string): number {
  let best = 0;
  for (const m of f.matchAll(ratePerPeriod)) best = Math.max(best, Number(m[3]!.replace(",", ".")) * perMonth[m[5]!]!);
  return best;
}

export function isolationAndPayoutBonus(signals: Signals, offChannel: boolean, advice: boolean): number {
  if (!offChannel || advice) return 0;
  const has = hasIn(signals.set);
  const f = signals.folded;
  if (has("protective") || matches(toldAsWarning, f)) return 0;
  let points = 0;
  if (has("secrecy") && matches(isolation, f) && matches(officerOrCall, f)) points += 3;
  if (matches(payoutDetails, f) && !matches(atDesk, f) && !has("in_person")) points += 4.5;
  if (has("investment") && !has("loan") && !asksAboutIt(f) && (monthlyReturn(f) >= 3 || matches(guaranteedHuge, f))) points += 2;
  return points;
}

/** The shapes above in plain words for the warning's "Vì sao" (folded body of a warned text, and its signals). */
export function isolationAndPayoutReasons(folded: string, signals: readonly string[]): string[] {
  const out: string[] = [];
  if (isolation.test(folded) && officerOrCall.test(folded))
    out.push("bắt ở một mình, cắt liên lạc với gia đình và làm theo \"cán bộ\" qua điện thoại: đây là cách \"bắt cóc online\", công an không bao giờ làm việc như vậy");
  if (payoutDetails.test(folded) && !atDesk.test(folded))
    out.push("đòi số tài khoản và số căn cước qua tin nhắn để \"nhận tiền\": tiền hoàn thuế, hỗ trợ thật được trả qua ứng dụng chính thức hoặc tại bộ phận một cửa");
  if (signals.includes("investment") && !signals.includes("loan") && (monthlyReturn(folded) >= 3 || guaranteedHuge.test(folded)))
    out.push("hứa lãi vài phần trăm mỗi ngày, mỗi tháng hoặc \"đảm bảo\" lãi gấp nhiều lần: không nơi gửi tiền, đầu tư thật nào trả như vậy");
  return out;
}
