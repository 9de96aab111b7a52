/*
 * "cái số shipper đó báo ở đâu", "muốn tố giác cái app cho vay đó thì sao", "báo cáo cái link kia cho ai": where to
 * report a scammer's number, link, app or account the resident points at ("đó", "này", "kia", "ấy") — the reporting
 * entry's place, with or without a scam turn remembered (a handoff in between forgets the warning's choices, and the
 * pointed object is enough: a phone number, a link or an app that one reports is the scam's). scam-followups.ts
 * reads only pointer words between the verb and the question; here a few words may describe the object
 * ("số shipper", "app cho vay"). A ward matter ("cái cột điện đó báo ở đâu") names none of these objects.
 * Read folded as typed (typedFolded).
 */
import { typedFolded } from "./scam-followups";

const lead = String.raw`^(?:(?:the|vay|vay thi|the thi|gio|vay gio|con|ma|a|oi|ad oi|ad|ok|nhung|con nua)\s+){0,2}`;
const who = String.raw`(?:(?:toi|em|minh|chau|bac|tui)\s+)?(?:(?:muon|phai|can|nen|se)\s+)?`;
const article = String.raw`(?:(?:cai|con|thang|may|mot|nhung|cac)\s+)?`;
const object = String.raw`(?:so dien thoai|so dt|sdt|so|duong link|link|tin nhan|app|ung dung|trang web|trang|website|web|tai khoan|stk|nick|zalo|facebook|fb|nhom|group|kenh)`;
const pointer = String.raw`(?:do|nay|kia|ay)`;
const verb = String.raw`(?:bao cao|to giac|trinh bao|to cao|bao)`;
const asked = String.raw`(?:o dau|cho ai|voi ai|len dau|ai|dau|the nao|nhu nao|kieu gi|sao|bang cach nao|cho nao|o cho nao)`;
const tail = String.raw`(?:\s+(?:a|ad|vay|day|nhi|ha|duoc|dc|khong|ko))*\s*[?.!]*$`;
const described = String.raw`${article}${object}(?:\s+\S+){0,3}\s+${pointer}`;

const objectFirst = new RegExp(`${lead}${described}\\s+(?:thi\\s+)?${who}${verb}(?:\\s+(?:len|cho|voi))?(?:\\s+(?:cong an|ca|cong an phuong|phuong))?\\s+${asked}${tail}`);
const verbFirst = new RegExp(`${lead}${who}${verb}\\s+${described}\\s+(?:thi\\s+)?${asked}${tail}`);

/** a reporting verb as typed ("báo", "tố", or unaccented): most messages have none and are not folded (runs every turn) */
const verbTyped = /(?:^|[^\p{L}])(?:báo|bao|tố|to|trình|trinh)(?=[^\p{L}]|$)/iu;

/** "cái số shipper đó báo ở đâu": reporting a scammer's object pointed at (the message as typed, or already folded). */
export function reportsPointedObject(text: string): boolean {
  if (text.length > 160 || !verbTyped.test(text)) return false;
  const t = typedFolded(text);
  return t.length <= 120 && (objectFirst.test(t) || verbFirst.test(t));
}
