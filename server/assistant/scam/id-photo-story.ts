import type { Signals } from "./signals";

/*
 * "có người bảo chụp căn cước gửi qua zalo để nhận quà", "bên cho vay bắt chụp ảnh căn cước 2 mặt gửi qua
 * zalo": a resident telling, in their own words, that someone wants photos of their ID card asks what to do
 * with their personal data; the knowledge base's entry on it (never send ID photos to strangers, report a
 * leak to the ward police) is the answer residents expect, not a warning about a message. A demand that
 * also wants money, a code, card data, an app, promises a gift, comes by a call with a pretext, or comes
 * with a link, a number or an account stays a script.
 */
const idCardPhoto = /\b(chup|anh|hinh|gui)\s+(\S+\s+){0,2}(can cuoc|cccd|cmnd|chung minh)\b/;
const alreadySent = /\b(lo|da|vua|trot) (\S+ ){0,2}(gui|chup|dua|nop|cho)\b|\broi\b/;
/** someone's demand told in the resident's words: "có người bảo", "bên cho vay bắt", "người bán đòi" */
const toldDemand = /\b(co nguoi|nguoi ta|ho|ben \S+( \S+)?|nguoi \S+( \S+)?|shop|cua hang|no|chung no|nhan vien|ai do)( \S+){0,3} (bao|bat|doi|yeu cau|xin|muon)\b/;
/** the marks a retold ID-photo demand may carry and stay a question about personal data */
const mildMarks = new Set(["id_photo_request", "private_chat", "loan", "brand_named", "urgency", "parcel"]);
/** a call with a pretext ("gọi báo sim sai thông tin, bắt gửi ảnh căn cước") is an impostor's script */
const call = /\b(goi|dien thoai|cuoc goi)\b/;

export function idPhotoStory(signals: Signals, quoted: boolean): boolean {
  if (quoted || signals.links.length || signals.phones.length || signals.accounts.length) return false;
  if (!idCardPhoto.test(signals.folded) || !toldDemand.test(signals.folded)) return false;
  // "lỡ gửi ảnh căn cước … rồi, giờ làm sao": already sent, which the victim steps or the warning answer
  if (alreadySent.test(signals.folded) || call.test(signals.folded)) return false;
  for (const s of signals.set) if (!mildMarks.has(s)) return false;
  return true;
}
