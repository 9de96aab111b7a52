/*
 * `vneid báo "Tài khoản của bạn đã bị khóa tạm thời…", mở khóa sao ạ`, `bấm Nộp thì báo "Hệ thống đang
 * bận, vui lòng thử lại sau"`, `tra cứu mã hồ sơ thì báo "không tìm thấy hồ sơ"`: the resident quotes,
 * word for word, what an app, a portal or the ward's system showed them, with their own trouble around
 * it. The quote made the scam check read a forwarded text and answer "không thấy dấu hiệu lừa đảo rõ
 * ràng"; but nothing was received: the service's own status or error text (no request to pay, click, call
 * back or share) is the resident's question about that service, answered from the knowledge base.
 *
 * What tells it: a display verb ("báo", "hiện", "ghi", "thông báo") right before the quote, said of the
 * app, the site or a step done on it ("vneid báo", "nó báo", "đăng nhập xong thì báo", "lần nào cũng
 * báo") — not of a message or a person ("tin nhắn báo", "có người gọi báo", "họ nhắn"); a quote that
 * reads as a status or an error; no link but official ones, no phone or account number, none of the
 * check's demands; and no question whether the text is genuine ("có phải lừa đảo không", "thật không":
 * that is a notice forwarded to be checked, and keeps its reply).
 */
import { foldedAsTyped } from "./scam-followups";

/** signals a service's own status text may carry: a lock, an account to verify, a brand or app named, an official link */
const statusSignals = new Set(["threat", "urgency", "account_update", "account_excuse", "brand_named", "official_app", "link_official"]);

const quotePattern = /["“”«»]([^"“”«»]{4,300})["“”«»]/gu;

/** the display verb right before the quote (folded as typed, the text before the quote) */
const shownBefore = /(?:^|\s)(?:bao|hien|hien len|hien ra|hien thi|thong bao|ghi|bao loi|hien loi|ra dong|ra chu|bao la|hien la|ghi la|bao rang)\s*(?:la\s*)?[:,]?\s*$/;

/** an app or a site named in the words before the verb */
const appNamed = /\b(?:no|app|ung dung|vneid|vn eid|vssid|ihanoi|i hanoi|cong|dich vu cong|dvc|he thong|trang|web|website|man hinh|may|phan mem|etax|thue dien tu)\b/;

/** a step done on the app or site right before the verb: "đăng nhập thì báo", "bấm Nộp xong báo", "lần nào cũng báo" */
const stepBefore = /\b(?:dang nhap|bam|an|tra cuu|nop|tich hop|vao|mo|cai|thanh toan|tai|gui|xac thuc|kich hoat|dang ky|cap nhat|xong|thi|lai|cu|van|toan|luon|cung|mai|hoai)\s*$/;

/** a message, a call or a stranger telling it: a forwarded text or a retold call, not a screen ("hồ sơ", "thông tin" fold to "ho so", "thong tin") */
const messageBefore = /\b(?:tin nhan|(?<!thong )tin|sms|nhan tin|cuoc goi|goi|goi dien|nguoi|nguoi ta|ai|ho(?! so)|so la|so nay|nhan vien|can bo|tong dai|zalo|facebook|fb|messenger|nhom)\s+(?:\S+\s+){0,2}$/;

/** a person telling it ("mẹ em bảo", "cô giáo báo"), unless an app is named there too ("VNeID của mẹ em báo") */
const personBefore = /\b(?:me|bo|ong|ba|co|chu|bac|thay|con|chau|vo|chong|ban|chi|anh|em)\s+(?:\S+\s+){0,1}$/;

/** what a status or an error says */
const statusWords =
  /\b(?:loi|ma loi|error|khong tim thay|khong ton tai|khong hop le|khong chinh xac|khong dung|khong khop|khong thanh cong|that bai|chua (?:duoc )?(?:xac thuc|dang ky|kich hoat|thanh toan|cap nhat|co)|het han|het phien|dang ban|qua tai|thu lai|bi khoa|da khoa|tam khoa|sai (?:mat khau|thong tin|ma)|khong co du lieu|chua co du lieu|khong ket noi|mat ket noi|vuot qua|da tiep nhan|dang xu ly|da xu ly|cho xu ly|dang cho|tu choi|khong du dieu kien|vui long (?:thu|kiem tra|xac thuc|dang nhap|cap nhat|nhap))\b/;

/** the resident asks whether the text is genuine: a notice forwarded to be checked */
const asksGenuine =
  /\blua( dao)?\b|\bgia mao\b|\bco phai (?:la )?(?:gia|that|tin|cua)\b|\b(?:that|gia) (?:khong|ko|k|hong|hok|ha|a|hay gia|hay khong)\b|\bco that\b|\b(?:dang|co the) tin\b|\btin (?:duoc|dc) (?:khong|ko|k)\b|\bco nen (?:lam theo|tin|bam|nhan|cai|chuyen|nop|goi lai)\b|\b(?:tin|tin nhan|sms|cai) (?:nay|do|kia)\b|\bnhan (?:duoc|dc) (?:tin|cai)\b/;

type CheckedMessage = { signals: readonly string[]; phones: readonly string[]; accounts: readonly string[]; domains: readonly string[] };

/**
 * Whether a message the scam check found "no clear signs" in quotes a service's own status or error
 * text the resident is stuck with (their question about that service, not a forwarded message).
 */
export function quotesServiceMessage(text: string, checked: CheckedMessage): boolean {
  if (checked.phones.length || checked.accounts.length) return false;
  if (!checked.signals.every((s) => statusSignals.has(s))) return false;
  if (checked.domains.length && !checked.signals.includes("link_official")) return false;
  const folded = foldedAsTyped(text);
  let shown = false;
  let last = 0;
  let framing = "";
  const accented = text.normalize("NFC").toLowerCase();
  for (const m of folded.matchAll(quotePattern)) {
    const before = folded.slice(0, m.index);
    framing += folded.slice(last, m.index) + " ";
    last = m.index + m[0].length;
    const verb = shownBefore.exec(before);
    if (!verb) return false;
    // "bảo" (told) written with its accents is a person speaking ("folded as typed" keeps one character for one)
    if (/bảo/.test(accented.slice(verb.index, m.index))) return false;
    const ahead = before.slice(0, verb.index).trimEnd() + " ";
    const head = ahead.slice(-48);
    if (messageBefore.test(head)) return false;
    if (personBefore.test(head) && !appNamed.test(head)) return false;
    if (!appNamed.test(ahead) && !stepBefore.test(ahead.trimEnd())) return false;
    if (!statusWords.test(m[1]!)) return false;
    shown = true;
  }
  if (!shown) return false;
  framing += folded.slice(last);
  return !asksGenuine.test(framing);
}

/** the app's screen showing a status or an error, quoted or not: "báo "không tìm thấy thông tin"", "nó cứ hiện là hệ thống đang bận" (folded) */
const statusShown = new RegExp(String.raw`\b(?:bao|hien|hien len|hien ra|hien thi|ghi|thong bao)\s+(?:la\s+|rang\s+)?["“”«]?\s*(?:\S+\s+){0,4}?` + statusWords.source.replace(/^\\b/, ""));

/** Whether the message (folded) tells what an app's screen shows: a status or an error after "báo", "hiện", "ghi". */
export function showsServiceStatus(folded: string): boolean {
  return statusShown.test(folded);
}
