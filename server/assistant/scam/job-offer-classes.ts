import type { Signals } from "./signals";
import { hasIn } from "./set-tests";
// the bonus rules test through the literal pre-test: most match nothing in a resident's question, and skip their scan
import { matches } from "../../lib/regex-prefilter";

/*
 * (session 26) Hand points for two script families police warnings name again and again, found by probing the check
 * with own wordings (issue 11, recall), not by validation rows:
 *  - the job / task scam's offer: "việc nhẹ lương cao", a "CTV" or "part-time" job of tasks (liking videos, rating
 *    products, "chốt đơn", "đặt đơn ảo") paid by the day, the task or the order, or a daily sum named outright ("ngày
 *    kiếm 500 nghìn"): the deposits asked later ("nạp tiền làm đơn") are the scam. Real job adverts name a workplace,
 *    an employer and a monthly wage;
 *  - the money-mule offer: renting, buying or selling bank (or wallet) accounts, "nhận tiền hộ / chuyển khoản hộ" for a
 *    fee, lending one's ID card to open an account in one's name. The accounts carry other victims' money, and renting
 *    or selling them is an offence (Bộ luật Hình sự, article 291); banks and the police warn of it.
 * Neither is said by a genuine sender, so points need no private contact; a notice that forbids it ("không cho thuê,
 * cho mượn tài khoản") is a rule, not an offer (negated verbs and safety advice are left out). Points only: no signal
 * is added, so the trained model is unchanged. Off the official channels only, never in a tip.
 */

/** a job, a hiring or a side income offered */
const jobWords = /\b(tuyen|tuyen dung|can (tuyen|\d+ ban|\d+ nguoi|nguoi|ban)|ctv|cong tac vien|viec lam|lam them|part ?time|nhan vien|kiem them|thu nhap them|cong viec|viec (nhe|online|tai nha))\b/;
/** the task scam's tasks: clicks and orders that pay */
const taskWords = /\b(nhiem vu|chot don|dat don|don ao|lam don|don hang ao|tha tim|like|danh gia (san pham|khach san|nha hang|shop)|xem (video|quang cao)|tuong tac|tang (tuong tac|luot|view|don))\b/;
/** "việc nhẹ lương cao" and its variants: the phrase is the script's own signature */
const lightWork = /\b(viec|cong viec) (nhe|nhe nhang|don gian|de dang)( \S+){0,2} (luong|thu nhap) (cao|khung|hap dan)\b/;
/** pay named by the day, the task or the order ("ngày kiếm 500 nghìn", "300-800k/ngày", "mỗi đơn 50k", "hoa hồng 15% mỗi đơn") */
const amount = String.raw`\d+(?:[.,]\d+)*(?: ?- ?\d+(?:[.,]\d+)*)? ?(k|nghin|ngan|tr|trieu|cu|d|dong|vnd)?`;
const payByDayOrTask = new RegExp(
  [
    String.raw`\b(ngay|moi ngay|1 ngay|mot ngay|hang ngay) (kiem|duoc|nhan|co|thu ve)( (them|duoc|tu|toi|den|khoang|tam|ngay))? ${amount}`,
    String.raw`\b${amount} ?(\/|moi|1|mot) ?(ngay|nhiem vu|don|luot|video)\b`,
    String.raw`\b(moi|1|mot) (nhiem vu|don|luot|video|danh gia) (duoc |nhan |tra )?${amount}`,
    String.raw`\bhoa hong (cao|\d+(?: ?- ?\d+)? ?%)`,
    String.raw`\b(nhan |tra )?luong (theo ngay|cuoi ngay|trong ngay|ngay)\b`,
    String.raw`\b(lam den dau|lam bao nhieu) (nhan|huong|an) (luong|tien|bay nhieu)`,
  ].join("|"),
);

/** a bank or wallet account ("tài khoản ngân hàng", "tk chính chủ", "tài khoản Momo") */
const accountThing = String.raw`(tai khoan|tk|stk|the atm|the ngan hang)`;
const accountKind = String.raw`(ngan hang|chinh chu|momo|zalopay|viettel money|vi dien tu|da ekyc|ekyc|ca nhan|dung ten)`;
/**
 * renting, buying or selling accounts, or lending one's ID to open one ("cho mượn CCCD để mở tài khoản", "cần người
 * đứng tên mở tài khoản"). Folding makes "bán" "bạn", "mượn" "muốn" and "thuê" "thuế": bare "thuê / mua" count only right
 * before an account of a named kind; the unambiguous ones ("cho thuê", "thu mua", "mua bán") a few words before any
 * ("cho thuê bao" is an operator's "thuê bao", the subscriber: "vừa nạp thành công 100.000đ cho thuê bao 09…").
 */
const accountTrade = new RegExp(
  [
    String.raw`\b(cho thue(?! bao)|can thue(?! bao)|thue lai|thu mua|can mua|mua ban|mua lai|ban lai|can ban|cho muon|can muon)( \S+){0,3} ${accountThing}\b`,
    String.raw`\b(thue|mua) ${accountThing} ${accountKind}\b`,
    String.raw`\b${accountThing}( ${accountKind})?( \S+){0,5} (cho thue|thue lai|ban lai|thu mua|can thue|can mua)\b(?! bao)`,
    String.raw`\b(cho muon|can muon|cho thue(?! bao)|can thue(?! bao)|thu mua|muon) (\S+ ){0,1}(cccd|can cuoc|cmnd|chung minh thu|chung minh nhan dan) (\S+ ){0,3}(de |roi )?(mo|dang ky|lam) (\S+ ){0,1}(tai khoan|tk|the|vi)\b`,
    String.raw`\b(nguoi|ban|ai) dung ten (\S+ ){0,2}mo (\S+ ){0,1}(tai khoan|tk|the)\b`,
  ].join("|"),
);
/** "nhận tiền hộ", "chuyển khoản hộ": a stranger's money passed through the reader's account (money named: "nhận hộ bưu kiện" is a favour) */
const moneyPassedThrough = /\b(nhan|chuyen|rut) (tien|khoan|tien khoan) (ho|giup|dum|gium)\b(?! (toi|em|minh|chau|con|ong|ba|bo|me|anh|chi)\b)|\b(chuyen khoan|ck) (ho|giup|dum|gium)\b(?! (toi|em|minh|chau|con|ong|ba|bo|me|anh|chi)\b)|\bnhan ho tien\b|\bnhan tien (\S+ ){0,3}qua tai khoan (cua )?(em|ban|anh|chi|minh)\b/;
/** what is paid for it: a sum, "trả công", "giá cao", an income */
const paidFor = /\b(tra (cong|phi|tien|\d)|tien cong|gia cao|gia (\d|tot)|thu nhap|\d+(?:[.,]\d+)? ?(k|nghin|ngan|tr|trieu|cu)\b|hoa hong|duoc tra|nhan ngay|kiem them)\b/;
/** the offer's way in: a chat, a number, "ib" */
const contactWays = /\b(ib|inbox|nhan tin|lien he|lh|zalo|telegram|tele|ket ban|sdt|goi)\b/;
/**
 * the trade negated or forbidden: a warning that tells the rule ("không cho thuê, cho mượn, mua bán tài khoản", "đừng
 * nhận tiền hộ người lạ"); "đừng" folds like "đứng" ("đứng tên") and "dùng" ("tài khoản không dùng"), so it counts only
 * right before the verb, and an unused account ("không dùng / không sử dụng") is no negation
 */
const tradeVerb = String.raw`(cho thue|cho muon|thue|mua ban|mua|ban|nhan tien ho|nhan ho|chuyen ho|chuyen khoan ho|cung cap|dung ten|de nguoi khac)`;
const forbidden = new RegExp(
  String.raw`\b(khong|ko|khong nen|khong duoc|nghiem cam|cam|tranh|tuyet doi khong)\b (\S+ ){0,3}${tradeVerb}\b|\bdung ${tradeVerb}\b|\b(vi pham phap luat|pham toi|toi pham|xu ly hinh su|bi xu ly|bi phat|canh bao|khuyen cao)\b`,
);
const unusedAccount = /\b(khong|ko|chua) (dung|su dung|xai)\b/g;
const forbids = (f: string): boolean => forbidden.test(f.replace(unusedAccount, " "));
/** (session 27) the same test for id-account-trade.ts */
export const forbidsTrade = forbids;

function jobOfferPoints(f: string): number {
  const task = matches(taskWords, f);
  if (matches(lightWork, f)) return 4.5;
  if (matches(jobWords, f) && task && matches(payByDayOrTask, f)) return 4.5;
  return 0;
}

function muleOfferPoints(f: string, contact: boolean): number {
  const trade = matches(accountTrade, f);
  const through = matches(moneyPassedThrough, f);
  if (!trade && !through) return 0;
  // a rule against it, not an offer
  if (forbids(f)) return 0;
  return matches(paidFor, f) || contact ? 5 : 0;
}

/**
 * a warning that tells the script ("Công an cảnh báo: đối tượng tuyển CTV làm nhiệm vụ…", "thủ đoạn…", "đó là lừa
 * đảo"): the offer's words quoted, not made. The scam's own "uy tín, không lừa đảo" is not this.
 */
export const toldAsWarning = /\b(canh bao|canh giac|khuyen cao|thu doan|chieu (tro|lua)|doi tuong|ke gian|mao danh|gia danh|(la|deu la|chinh la) (hinh thuc )?lua dao)\b/;

/** Points for the classes above (folded body of a received text). */
export function jobOfferBonus(signals: Signals, offChannel: boolean, advice: boolean): number {
  if (!offChannel || advice) return 0;
  const has = hasIn(signals.set);
  const f = signals.folded;
  if (has("protective") || matches(toldAsWarning, f)) return 0;
  const contact = signals.phones.length > 0 || has("private_chat") || matches(contactWays, f);
  return Math.max(jobOfferPoints(f), muleOfferPoints(f, contact));
}

/** The classes above in plain words for the warning's "Vì sao" (folded body of a warned text). */
export function jobOfferReasons(folded: string): string[] {
  const out: string[] = [];
  if (lightWork.test(folded) || (jobWords.test(folded) && taskWords.test(folded) && payByDayOrTask.test(folded)))
    out.push("mời làm việc nhẹ lương cao, làm nhiệm vụ, chốt đơn ăn hoa hồng theo ngày: đây là cách dụ dỗ quen thuộc, sau đó sẽ bắt nạp tiền để nhận nhiệm vụ hoặc rút tiền");
  if ((accountTrade.test(folded) || moneyPassedThrough.test(folded)) && !forbids(folded))
    out.push("rủ thuê, mua bán tài khoản ngân hàng hoặc nhận tiền hộ: tài khoản đó sẽ bị dùng để nhận tiền lừa đảo, người cho thuê, cho mượn có thể bị xử lý hình sự");
  return out;
}
