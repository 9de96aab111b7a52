import { matches } from "../../lib/regex-prefilter";
import type { SignalName, Signals } from "./signals";

/*
 * (session 28) A resident telling their own matter in the first person, over several sentences — "Tôi bị tai nạn lao
 * động…, công ty chỉ trả tiền viện phí…, hồ sơ hưởng chế độ làm thế nào ạ?", "Hàng xóm thả chó cắn con tôi…, tôi muốn
 * họ bồi thường tiền viện phí mà họ không chịu", "Số điện thoại tôi đăng ký VNeID là số cũ… nó gửi mã OTP về số cũ" —
 * names hospitals, fees, compensation or a code the way a script does, and was warned (tuning-s28: a resident asking
 * about a procedure must never be told it is a scam). What such a story never holds is what a received script needs:
 * a way to reach the sender (a number, an account, a link, a chat, a call or a text), the reader addressed, or an
 * offer (a prize, a job, a loan, an investment, a gamble, a recovery, a romance, a gift), a gag, someone's ID or
 * account wanted. A resident retelling a call ("có người gọi bảo…") names the call, and stays with the retelling rules.
 */

/** the writer, or the writer's family, as the one the story is about */
const firstPerson = /\b(toi|tui|chung toi|gia dinh toi)\b/g;
/** how a script reaches or names its sender: calls, texts, chats, links, strangers, impostors, a scam itself */
const contactWords =
  /\b(goi|goi dien|cuoc goi|nhan tin|tin nhan|nhan duoc (tin|cuoc|sms|thong bao|email|mail|loi moi)|sms|ket ban|zalo|facebook|fb|messenger|telegram|viber|whatsapp|link|duong link|nguoi la|so la|dau so|tu xung|xung la|gia danh|mao danh|lua|lua dao|doi tuong|ke gian|quy khach|ban oi|nhom|tuyen|hoa hong)\b/;
/** what only a sender offers or demands */
const sendersMarks: SignalName[] = [
  "prize", "easy_money", "investment", "loan", "gambling", "romance", "recovery", "deposit", "kidnap", "authority",
  "gov_gift", "wrong_number", "private_chat", "private_link", "id_account_trade", "remote_control", "app_install",
  "card_request", "topup_codes", "stranger_payment", "money_to_person", "id_photo_request", "keypress", "secrecy",
  "link_unofficial", "relative_claim", "impersonation_call", "borrow", "mistaken_return", "lock_demand", "click_request",
];

export function ownStory(signals: Signals, addressedToReader: boolean): boolean {
  if (addressedToReader || signals.links.length || signals.phones.length || signals.accounts.length) return false;
  const f = signals.folded;
  if (f.length < 90 || matches(contactWords, f) || sendersMarks.some((s) => signals.set.has(s))) return false;
  return (f.match(firstPerson)?.length ?? 0) >= 2;
}
