import type { SignalName, Signals } from "./signals";

/*
 * (session 27, issue 11: false alarms) A local job advert: a shop, restaurant, workshop or office hiring for work done
 * there ("Tuyển nhân viên phục vụ quán cà phê, lương 25k/giờ, làm ca tối, liên hệ 0912… gặp chị Hoa", "Xưởng may tuyển
 * công nhân, lương 8-10 triệu, phỏng vấn trực tiếp tại xưởng"). The hiring words read as the task scam's "easy money"
 * and the n-gram model warned them. What the task and "CTV" scams never give is a place to work at and a wage by the
 * hour or the month for a job done there; they offer work from home or by phone, paid by the task, the order or the
 * day, and move the reader to a chat. Such an advert is scored as the other genuine shapes are (never over the
 * threshold) only when it has none of that: no task, online or at-home work, no day or task pay, no "lương cao /
 * việc nhẹ", no deposit, fee or money asked, no link, no Zalo / Telegram chat, none of a script's demands.
 * A mobile number to call (a named person at the shop) is how such adverts are written and is allowed: the number
 * alone makes private_chat here (phone-contact.ts counts easy_money as a script's mark), so that signal is not a bar;
 * a chat named in words (Zalo, Telegram, "ib", "kết bạn", a group) is.
 */

const hiring = /\b(tuyen|can tuyen|tuyen gap|dang tuyen|can (\d+|mot|hai|ba) (ban|nguoi|nhan vien))\b/;
/** a job done at a place: a role there, or the place named */
const placeJob =
  /\b(quan (ca phe|cafe|com|an|pho|bun|nuoc|nhau|tra sua)|nha hang|xuong|cua hang|tiem|sieu thi|khach san|nha nghi|tiem toc|salon|gara|garage|cong trinh|kho hang|trang trai|phu bep|dau bep|phuc vu|chay ban|rua bat|thu ngan|ban hang tai|pha che|bao ve|tap vu|giup viec|cong nhan|tho (phu|chinh|may|dien|han|xay|son|moc|cat toc)|lai xe|trong tre|ke toan)\b/;
/** paid by the hour or the month, or a wage to be agreed, or an interview in person */
const plainPay = /\b(\d+(?:[.,]\d+)? ?(k|nghin|ngan)? ?\/ ?(gio|h|thang)\b|(luong|thu nhap) (tu )?\d+(?:[.,]\d+)?( ?- ?\d+(?:[.,]\d+)?)? ?(tr|trieu|cu)\b|luong thoa thuan|luong theo thang|\d+ ?(tr|trieu) ?\/ ?thang|phong van truc tiep|(den|gap|xin viec) truc tiep|truc tiep tai)/;
/** what a task or "CTV" scam offers instead */
const scamOffer =
  /\b(online|tai nha|qua dien thoai|tren mang|nhiem vu|chot don|don ao|lam don|tha tim|like|danh gia san pham|xem video|tuong tac|ctv|cong tac vien|viec nhe|luong cao|thu nhap (cao|khung|hap dan|khong gioi han)|hoa hong|zalo|telegram|tele|inbox|ib|ket ban|nhom|\/ ?ngay|moi ngay|theo ngay|cuoi ngay|trong ngay|nap|coc|dat coc|phi|dong tien|chuyen tien|ung truoc|khong can (von|lam gi))\b/;
/**
 * (session 28) Work on the road or at a site — delivery, loading, a builder's labourer — is paid by the day in real
 * adverts too ("Tuyển shipper nội thành, có xe máy, 300-500k/ngày, liên hệ anh Tuấn 09…"): for such a job, a wage by the
 * day counts as plain pay and is not the task scam's "/ngày". The scams that borrow the shipper's name ask the recruit
 * to advance the goods' money, a deposit or a fee first, and stay warned (scamOffer, scriptDemands).
 */
const dayLabour = /\b(shipper|ship hang|giao hang|boc xep|boc vac|phu ho|phu xe|lai xe|tai xe|tho xay|tho phu)\b/;
const dayPay = /\d+(?:[.,]\d+)? ?(k|nghin|ngan)?( ?- ?\d+(?:[.,]\d+)? ?(k|nghin|ngan)?)? ?\/ ?ngay\b/g;
const advanceAsked = /\b(ung (tien|truoc)|tien hang|thanh toan truoc|tra truoc)\b/;
const scriptDemands: SignalName[] = ["otp_request", "card_request", "topup_codes", "stranger_payment", "id_photo_request", "app_install", "remote_control", "keypress", "lock_demand", "asset_check", "private_link", "secrecy", "kidnap", "money_to_person", "money_request", "fee_to_receive", "deposit", "investment", "id_account_trade", "link_unofficial"];

export function localJobAdvert(signals: Signals): boolean {
  const f = signals.folded;
  if (signals.links.length || signals.accounts.length || scriptDemands.some((d) => signals.set.has(d))) return false;
  if (!hiring.test(f)) return false;
  if (dayLabour.test(f) && !advanceAsked.test(f)) {
    const rest = f.replace(dayPay, " ");
    if (rest !== f && !scamOffer.test(rest)) return true;
  }
  return placeJob.test(f) && plainPay.test(f) && !scamOffer.test(f);
}
