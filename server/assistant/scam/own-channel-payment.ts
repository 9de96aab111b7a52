import type { SignalName, Signals } from "./signals";

/*
 * (session 26, issue 11: false alarms) A bill or fee to be paid through the payee's own channels: "thanh toán qua ứng
 * dụng ngân hàng hoặc tại quầy giao dịch của Điện lực", "chuyển khoản vào tài khoản công ty ghi trên hóa đơn, hoặc nộp
 * tiền mặt tại văn phòng ban quản lý", "đề nghị thanh toán trước 25/12 qua ngân hàng hoặc tại điểm thu, quá hạn sẽ tạm
 * ngừng cấp điện". The money and the due date read as a scam's demand and threat; what scams never give is a way to pay
 * that does not reach them: a counter, an office, the bank's or the brand's own app, the account printed on the bill.
 * Such a text is no scam when it gives no way out of those channels: no link off the registry, no mobile number, no
 * account number written out, no QR code to scan from the message, no chat, and none of a script's other demands.
 */

/** where the payee takes the money itself (folded) */
const ownChannel =
  /\b(thanh toan|nop|dong|chuyen khoan|tra)\b[^.]{0,80}\b((qua|bang|tren|tai) (ung dung|app) (ngan hang|my viettel|my vnpt|my mobifone|evnhanoi|vssid|etax mobile|vneid|cua (ngan hang|nha truong|cong ty))|(tai|o) (quay|diem thu|diem giao dich|van phong|phong (tai vu|ke toan|giao dich)|bo phan mot cua|ubnd|uy ban|nha van hoa|cua hang|buu cuc|buu dien|le tan|tru so)|(cho|qua) to truong|ghi tren (hoa don|thong bao|bien lai)|(da )?niem yet)\b/;
/** the demands of a script other than the money itself */
const scriptDemands: SignalName[] = ["otp_request", "card_request", "topup_codes", "stranger_payment", "id_photo_request", "app_install", "remote_control", "keypress", "lock_demand", "private_chat", "asset_check", "private_link", "secrecy", "kidnap", "gov_gift", "mistaken_return", "link_unofficial"];

export function ownChannelPayment(signals: Signals): boolean {
  if (signals.phones.length || signals.accounts.length || scriptDemands.some((d) => signals.set.has(d))) return false;
  const f = signals.folded;
  // a QR code to scan from the message pays whoever made it; one inside the brand's app does not
  if (/\b(qr|quet ma)\b/.test(f) && !/\b(trong|tren) (ung dung|app)\b/.test(f)) return false;
  return ownChannel.test(f);
}
