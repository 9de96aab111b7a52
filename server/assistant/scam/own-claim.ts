import type { Signals } from "./signals";

/*
 * (session 22) "Cài VssID để nhận tiền trợ cấp thất nghiệp phải không ạ", "Cài ứng dụng VNeID thì được nhận
 * tiền hỗ trợ đúng không ạ": a resident asking whether what they heard of an agency's or a brand's app is so.
 * The words are a gift lure's ("cài … để nhận"), but one sentence closed by "phải không / đúng không" (is it so
 * that …), with no link, number or account, not written to a reader and demanding nothing but the install the
 * resident asks about, is their own question — answered normally. A lure sent to the reader ("Bạn cài VNeID để
 * nhận quà", "Quý khách vui lòng…", a link) or asked about as a message ("… có phải lừa đảo không") is not this.
 */
const confirmationTag = /\b(phai|dung) (khong|ko|k|hong|hok)( (a|ha|vay|nhi|ah|ak|ta))*\s*[?.!]*$/;
/** what a sender's lure adds that a resident's question does not */
const senderMarks = ["otp_request", "card_request", "topup_codes", "stranger_payment", "id_photo_request", "money_to_person", "fee_to_receive", "money_request", "private_chat", "keypress", "lock_demand", "mistaken_return", "asset_check", "private_link", "remote_control", "secrecy", "urgency", "threat", "kidnap"] as const;
const benefit = /\b(nhan|duoc|huong|linh)\b.{0,30}\b(tien|qua|tro cap|ho tro|hoan thue|luong huu|thuong|tang|uu dai)\b/;

export function ownClaimQuestion(signals: Signals): boolean {
  if (signals.links.length || signals.phones.length || signals.accounts.length || !signals.brands.length) return false;
  const f = signals.folded;
  // one sentence: no sentence end before the close
  if (!confirmationTag.test(f) || /[.!?] \S/.test(f)) return false;
  if (senderMarks.some((s) => signals.set.has(s))) return false;
  return signals.set.has("gov_gift") || benefit.test(f);
}
