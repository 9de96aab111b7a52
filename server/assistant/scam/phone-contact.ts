import type { SignalName } from "./signals";

/*
 * When a mobile number written in a message counts as a private contact (private_chat).
 *
 * Ordinary notices give a number to call all the time: "LH nhân viên giao hàng 0986…", "Tài xế … số điện
 * thoại 0903…", "liên hệ cán bộ một cửa chị Lan 0983…", "đổi lịch xin gọi lễ tân 0985…". The corpus masks
 * every mobile number ("0986xxxxxx"), so for sessions the check counted any number next to "liên hệ / gọi"
 * as a private channel without that costing anything on bench:scam; in production every such notice got
 * +2 (+1.5 more with a brand or an official named) and many were warned (bench:scam slice "phone numbers":
 * a quarter of those genuine messages). A number is the scammer's channel when the message also asks for
 * what scripts ask (money to a person, a fee, a code, card data, ID photos, an app, a key press, secrecy)
 * or tells a script's story (a relative in trouble, the police, a loan, a job paying by the day, a won
 * prize's "procedure" is scored apart in check.ts) — then the number is where the victim is steered.
 * A registry hotline or the ward's own number is never in `phones` (signals.ts numbersIn).
 */

/** The message speaks of contacting (folded). */
export const contactWord = /(lien he|\blh\b|goi|nhan tin|ket ban|zalo|sdt|so dien thoai|hotline|\bqua so\b)/;

/** Marks that make a number to call the script's channel. Not: prize, urgency, parcel, threat, a named brand
 *  or ward officer, a plain link — ordinary promotions, deliveries, cut-off notices and ward notices carry those. */
const scriptMarksForNumber: SignalName[] = [
  "otp_request", "card_request", "topup_codes", "stranger_payment", "id_photo_request", "money_to_person", "fee_to_receive",
  "app_install", "keypress", "remote_control", "asset_check", "private_link", "secrecy", "lock_demand", "mistaken_return",
  "link_lookalike", "link_brand_mismatch", "link_hidden", "link_risky_tld", "link_apk", "link_handoff",
  "kidnap", "emergency", "relative_claim", "authority", "impersonation_call", "romance", "investment", "easy_money", "loan",
  "recovery", "wrong_number", "gambling", "gov_gift", "fake_papers", "borrow", "account_excuse",
];

/**
 * (session 13) A property advert's "đầu tư" ("lô góc chỉ 388tr, gọi 0120… để sở hữu, đầu tư dễ dàng"): land and
 * flats are sold with an agent's number, and "investment" there is no scheme. The scheme's own words (profit
 * promised, a rate per day, a trading floor, crypto, forex, shares, a private group) still count.
 */
const property = /\b(dat nen|lo (goc|dat)|nen dat|can ho|chung cu|du an|so do|so hong|bat dong san|bds|mat tien|nha pho|biet thu|shophouse)\b/;
const scheme = /(loi nhuan|lai (co dinh|cam ket|suat cao|\d)|\d+ ?%\/ ?(ngay|tuan|thang)|san (giao dich|quoc te|dau tu)|tien ao|tien so|usdt|coin|forex|ngoai hoi|co phieu|chuyen gia|nhom (kin|vip)|cam ket (hoan|lai|loi)|1 lai 10|co tuc)/;
function propertyAdvert(folded: string): boolean {
  return property.test(folded) && !scheme.test(folded);
}

/** a bill "not paid" or "overdue" (folded): with a cut-off threat, the impersonated utility's collection script */
const unpaidBill = /\b(chua (thanh toan|nop|dong|tra)|no (tien|cuoc)|qua han)\b/;

/** paying the courier at the door (folded): "thanh toán COD", "trả tiền khi nhận hàng", "thu hộ" */
const cashOnDelivery = /\b(cod|thu ho|(thanh toan|tra tien|gui tien|nhan tien|chuan bi tien) (\S+ ){0,4}khi (nhan|giao) hang)\b/;

const prizeClaim = /\b(trung (thuong|giai)|nhan (giai|thuong)|lam thu tuc|thu tuc nhan)\b/;

export function numberInScript(set: ReadonlySet<SignalName>, folded: string): boolean {
  if (scriptMarksForNumber.some((s) => set.has(s) && !(s === "investment" && propertyAdvert(folded)))) return true;
  if (numberInNoticeScript(set, folded)) return true;
  // "pay" next to a number, unless the message hands the reader a code (the bank's own confirmation:
  // "Nhập mã OTP … để xác nhận chuyển 2.000.000 VND cho …, số điện thoại 0918…") or the pay is cash on delivery
  // ("shipper … 0913… sẽ liên hệ. Thanh toán COD 185.000đ khi nhận hàng": paid to the courier at the door)
  return set.has("money_request") && !set.has("code_delivery") && !cashOnDelivery.test(folded);
}

/**
 * The notice shapes in which any private number is the channel: a bill's cut-off, a prize's procedure, an account's
 * lock.
 */
export function numberInNoticeScript(set: ReadonlySet<SignalName>, folded: string): boolean {
  // "Tiền điện tháng 11 chưa thanh toán, sẽ cắt điện lúc 14h, LH 0912…": a cut-off for a debt, settled through
  // a private number (the utilities' own reminders give their registered hotline, which is no "phone" here)
  if (set.has("threat") && unpaidBill.test(folded)) return true;
  // a prize won or money "waiting", claimed through the number ("trúng giải nhì … liên hệ hotline 0876… để làm thủ
  // tục nhận giải"; "khoản tiền BHXH chưa nhận … liên hệ cán bộ … để làm thủ tục"): shops' promotions name gifts,
  // not a procedure to claim them
  if (set.has("prize") && prizeClaim.test(folded)) return true;
  // an account or SIM to be "updated" under a lock or cut-off threat, through the number
  return set.has("threat") && set.has("account_update");
}
