/*
 * A resident telling that they (or family) already gave away identity data and nothing else — a photo
 * of the ID card, its number, name and date of birth ("lỡ gửi ảnh căn cước cho người lạ qua Zalo rồi, giờ
 * phải làm gì", "mẹ tôi lỡ đọc tên, ngày sinh, số căn cước cho họ rồi", "tôi bị lộ ảnh căn cước") — asks
 * what a leak of personal data means and what to do: the knowledge base's personal-data entry
 * (kns-du-lieu-ca-nhan: never send ID photos, report a leak to the ward police), not a warning about a
 * forwarded message nor the at-risk steps for a code or an app given away (lock the bank account). The
 * scam check reads "gửi ảnh căn cước" as an ID-photo request, or the act done as at risk, and the bait words
 * around it ("nhận quà", "cho vay", "nhận hàng") pull a scam entry. A code, a password, a card, an app, a
 * link, money or a face video given with it is a script or a loss: those keep the scam reply.
 * Put first only when the message's own ranking has the entry among its first five (assistant.ts askedAction).
 */

export const PERSONAL_DATA_ENTRY = "kns-du-lieu-ca-nhan";

/** identity data: the ID card (its photo, its number), name with date of birth, "thông tin cá nhân" (folded as typed) */
const identity = String.raw`(?:anh (?:chup )?(?:the )?(?:can cuoc|cccd|cmnd|chung minh(?: thu| nhan dan)?)|(?:so )?(?:can cuoc|cccd|cmnd)|(?:hai|2) mat (?:the|can cuoc|cccd)|ngay sinh|thong tin ca nhan|du lieu ca nhan)`;
/** given away: sent, read out, handed, photographed for someone */
const give = String.raw`(?:gui|doc|dua|cung cap|chup|noi|cho|khai)`;
/** the act told as done: "lỡ/đã/vừa/trót gửi…", "…gửi … rồi", or a leak ("bị lộ ảnh căn cước") */
const doneGiven = new RegExp(
  String.raw`\b(?:lo|da|vua|trot|moi)(?: [a-z0-9]+){0,2} ${give}\b(?: [a-z0-9]+){0,6} ${identity}\b` +
    String.raw`|\b(?:gui|doc|dua|cung cap|chup)(?: [a-z0-9]+){0,4} ${identity}\b.*\broi\b` +
    String.raw`|\bbi lo (?:het )?${identity}\b`,
);
/** the teller or family gave it (not a stranger sending theirs: "chị ấy còn gửi cả ảnh cccd để chứng minh") */
const ownSide = /\b(?:toi|em|minh|tui|chau|con|bac|me|bo|ba|ong|vo|chong|nha)\b|^(?:lo|da|vua|trot)\b/;
const otherSends = /\b(?:chi ay|anh ay|ho|no|nguoi do|ben kia|doi tuong|nguoi la|ke gian)(?: [a-z]+){0,2} (?:gui|dua|chup) (?:ca |luon )?(?:anh|so|hinh)\b/;
/** an impostor's call with a pretext ("gọi bảo đọc số căn cước để đồng bộ địa chỉ"), or the card's own paperwork ("căn cước hết hạn rồi") */
const notALeak = /\b(?:goi|goi dien|cuoc goi)(?: [a-z]+){0,3} (?:bao|bat|xung|yeu cau|noi|de nghi)\b|\bbi goi\b|\b(?:het han|cap lai|cap doi|lam lai|doi sang|lam can cuoc)\b/;
/** anything beyond identity data given or lost: a code, a password, a card, an app or link, money, the face */
const beyond =
  /\b(?:otp|ma (?:xac|gui ve|so|pin|qr)|mat khau|mat ma|so the|cvv|the (?:ngan hang|atm|tin dung)|tai khoan ngan hang|stk|app|ung dung|link|duong link|cai|bam|tai ve|apk|khuon mat|sinh trac|video|quay mat|chuyen (?:tien|khoan)|ck|nap|mat (?:het |sach )?tien|bi (?:tru|rut)|\d[\d.,]* ?(?:trieu|tr|k|nghin|ty|cu)\b)/;

/** The personal-data entry, when the message tells identity data already given away and nothing more (folded as typed). */
export function personalDataGivenEntry(plain: string): string | undefined {
  if (!plain.includes("can cuoc") && !plain.includes("cccd") && !plain.includes("cmnd") && !plain.includes("chung minh") && !plain.includes("ngay sinh") && !plain.includes("ca nhan")) return undefined;
  if (!doneGiven.test(plain) || !ownSide.test(plain) || otherSends.test(plain) || notALeak.test(plain) || beyond.test(plain)) return undefined;
  return PERSONAL_DATA_ENTRY;
}
