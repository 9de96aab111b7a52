import type { Signals } from "./signals";
import { hasIn } from "./set-tests";
// the bonus rules test through the literal pre-test: most match nothing in a resident's question, and skip their scan
import { matches } from "../../lib/regex-prefilter";

/*
 * (session 23) Hand points for script classes found by probing the check with new wordings of the issue's
 * families (real-SMS style: no accents, abbreviations), not by training rows:
 *  - top-up card codes to be sent to a person, a number or a chat ("gửi mã thẻ vào số 0912…", "mua giúp em
 *    5 thẻ cào rồi gửi mã thẻ qua tin nhắn"): operators take a card's code only through their own short code
 *    or app, so a code handed to someone is money handed over;
 *  - a deposit said to come back multiplied ("nạp 10 triệu nhận 15 triệu sau 7 ngày", "nạp thẻ 500k nhận
 *    5tr"): no bank, operator or fund pays that; operators' top-up promotions add a share of the value;
 *  - a paid package "registered" on the reader's number, to be cancelled at a link that is not the
 *    operator's ("… đã bị đăng ký gói cước 499.000đ/tháng. Nếu không đăng ký, hủy ngay tại http://…"):
 *    operators cancel by short code, app or hotline;
 *  - an unheard voice message, an unread letter or a file waiting for the reader at a link that is not a
 *    brand's ("Bạn có 1 tin nhắn thoại chưa nghe. Nghe ngay tại http://bit.ly/…").
 *  - a job done from home or by phone, paid per order, task or video or by the day, with a private contact
 *    ("Tuyển 10 bạn làm đơn online tại nhà, mỗi đơn được 50k, trả lương cuối ngày. Liên hệ Zalo …"): the task
 *    scam's opener; real job adverts name a workplace and a monthly wage. (session 24: "trả lương theo ngày", "400k/ngày")
 *  - someone saying they are "from" a utility, a bank, BHXH, the post or the police ("em bên điện lực", "cháu
 *    bên BHXH") asking for money into their own account, photos of the ID card, the card's digits or a code:
 *    those bodies collect at their counters and apps, never into a staff member's account or by a photo;
 *    the ID photos or the card's digits asked for alone ("cho cháu xin ảnh căn cước 2 mặt", "đọc giúp em 16
 *    số trên thẻ và ngày hết hạn"), in the words the signals' patterns do not know;
 *  - a stranger making friends ("muốn kết bạn lâu dài", "mình là doanh nhân ở Singapore") who brings up an
 *    investment with high returns: the romance-investment script's opener.
 * Points only: no signal is added, so the trained model is unchanged. Off the official channels only (the
 * caller passes offChannel: no registered link, app or hotline, no advertising opt-out), never in a tip.
 */

/** a card's code (or serial) sent to a person, a number or a chat */
const cardCodeSent =
  /\b(gui|chup|doc|nhan tin|nt|ib|inbox|chuyen) (\S+ ){0,2}(ma|seri|serial|so seri|ma so) (\S+ ){0,1}the( cao| nap| dien thoai)?\b (\S+ ){0,3}(vao|qua|cho|ve|toi|den) (so|sdt|tin nhan|zalo|fb|facebook|messenger|nick|em|chau|con|minh|to|tao|toi|anh|chi|ad|admin|inbox|day)\b/;

/** an amount put in, then a bigger amount said to come out: "nạp 10 triệu nhận 15 triệu", "bỏ 2tr thu về 6tr" */
const putInGetOut =
  /\b(nap|gui|dau tu|bo|chuyen|coc|dong|von)( the| tien| vao)? (\d+(?:[.,]\d+)?) ?(k|nghin|ngan|tr|trieu|cu|ty)\b(?: \S+){0,3}? (nhan|duoc|thu|thu ve|rut|rut ve|ve|lai|lai ve|an|hoan) (ve |lai |ngay |duoc |lien )?(\d+(?:[.,]\d+)?) ?(k|nghin|ngan|tr|trieu|cu|ty)\b/;
/** a time or an investment's words beside it: the multiplied deposit of a scheme */
const returnWords = /\b(sau \d+ (ngay|tuan|thang|gio|phut)|moi ngay|hang ngay|\/ ?ngay|lai|loi nhuan|hoa hong|san|dau tu|rut (tien )?(bat cu|bat ky|ngay|lien)|cam ket|dam bao)\b/;

const unitFactor: Record<string, number> = { k: 1e3, nghin: 1e3, ngan: 1e3, tr: 1e6, trieu: 1e6, cu: 1e6, ty: 1e9 };
const amountOf = (n: string, unit: string) => Number.parseFloat(n.replace(",", ".")) * (unitFactor[unit] ?? 1);

/** the amount out is at least twice the amount in, or bigger beside a scheme's words */
export function multipliedDeposit(folded: string): boolean {
  const m = putInGetOut.exec(folded);
  if (!m) return false;
  const into = amountOf(m[3]!, m[4]!);
  const out = amountOf(m[7]!, m[8]!);
  if (!(into > 0) || !(out > into)) return false;
  // "nạp 100k nhận thêm 20k": the extra is smaller than the deposit (an operator's promotion)
  return out >= 2 * into || returnWords.test(folded);
}

/** a package or service "registered" on the reader's number (or a charge made), cancelled at a link */
const subscribed = /\b(da (bi )?(dang ky|kich hoat|gia han|mo)|bi (dang ky|tru (\S+ )?(tien|cuoc|\d[\d.,]*(d|dong|vnd|k)?))|se bi (tru|thu) (tien|cuoc|phi))\b/;
const packageWords = /\b(goi|goi cuoc|dich vu|chuong trinh|thue bao|cuoc)\b/;
const cancelAtLink = /\b(huy|tu choi|khieu nai|hoan tien|bao cao|ngung)( (goi|dich vu|dang ky))? (ngay )?(tai|qua|vao|theo|o) (link|duong link|duong dan|day|https?:|www\.|[a-z0-9-]+\.[a-z]{2,})/;

/** something waiting for the reader to open: a voice message, a letter, a file, a card */
const waitingItem =
  /\b(tin nhan thoai|thu thoai|hop thu thoai|voicemail|voice message|ban co (\d+|mot|1) (tin nhan|thu|buu thiep|tep|file|tai lieu|hinh anh|anh|video)\b[^.]{0,30}\b(chua (doc|nghe|xem|mo|nhan)|dang cho|moi))\b/;
const openAtLink = /\b(nghe|xem|doc|mo|nhan|tai) (ngay |lai )?(tai|qua|o|theo|vao) /;

const hiring = /\b(tuyen|can tuyen|dang tuyen|tuyen gap|viec lam|tim (nguoi|ban)|cong tac vien|ctv|nhan viec)\b/;
const remoteWork = /\b(tai nha|online|qua mang|bang dien thoai|tren dien thoai|chi can (co )?dien thoai|khong can kinh nghiem|thoi gian tu do|lam them)\b/;
const piecePay =
  /\b(moi|1) (don|nhiem vu|video|luot|san pham|task) (duoc |nhan |an |la )?\d+ ?(k|nghin|ngan)\b|\d+ ?(k|nghin|ngan) ?(\/|moi|1) ?(don|nhiem vu|video|luot|task)\b|\btra (luong|tien) (cuoi ngay|trong ngay|hang ngay|ngay)\b|\bnhan (luong|tien) (cuoi ngay|trong ngay|ngay)\b|\b(tra|nhan) (luong|tien) theo ngay\b|\d+ ?(k|nghin|ngan|tr|trieu) ?\/ ?ngay\b/;

const claimedStaff =
  /\b(em|chau|toi|minh|anh|chi|con)( la)? (ben|o ben|tu ben|nhan vien|nv|can bo|lam o|lam ben|goi tu|goi tu ben) (\S+ )?(dien luc|evn|cap nuoc|nuoc sach|ngan hang|bank|bhxh|bao hiem|buu dien|buu cuc|nha mang|tong dai|viettel|vinaphone|mobifone|cong an|thue|toa an|shopee|lazada|tiki|giao hang|phuong|ubnd|dia chinh)\b/;
const intoWritersAccount =
  /\b(chuyen|ck|chuyen khoan|nop|dong|gui) (\S+ ){0,6}(vao|qua|cho) (tai khoan|tk|stk|so tk|so tai khoan) (cua )?(em|chau|minh|toi)\b/;
const idPhotoAsked = /\b(xin|gui|chup|nop) (\S+ ){0,2}(anh|hinh) (\S+ )?(can cuoc|cccd|cmnd|cmt|the can cuoc)\b|\b(can cuoc|cccd|cmnd|cmt) (2|hai) mat\b/;
const cardDigitsAsked =
  /\b(doc|gui|cung cap|nhan|chup|cho (em|chau|minh) xin) (\S+ ){0,3}((16|19) so (tren|cua|o|in tren|mat truoc)|so (in |o )?(tren )?(mat (sau|truoc) (cua )?the|the)|ngay het han (cua |tren )?the|ma cvv|3 so (o |mat )?sau)\b/;
/** the same words in a rule not to give them ("không cung cấp 16 số trên thẻ…") */
const refusal = /\b(khong (bao gio )?|dung |chua bao gio |tuyet doi khong |khong duoc )(yeu cau |doi |hoi )?(\S+ ){0,2}(cung cap|gui|doc|chia se|chup|nhan|xin)\b/;
const friendOpener =
  /\b((muon|xin|duoc) (ket ban|lam quen)|ket ban (lau dai|voi (ban|em|chi|anh))|thay (ban|em|chi|anh) (dep|xinh|de thuong|hien)|(minh|anh|em|toi) (la|lam) (doanh nhan|ky su|bac si|phi cong|quan nhan|sy quan)|(song|lam viec|dinh cu) (o|tai) (my|uc|anh|phap|duc|singapore|nuoc ngoai|han quoc|nhat|canada))\b/;

export function probeClassBonus(signals: Signals, offChannel: boolean, advice: boolean): number {
  if (!offChannel || advice) return 0;
  const has = hasIn(signals.set);
  const f = signals.folded;
  const unofficialLink = signals.links.some((l) => !l.official);
  let bonus = 0;
  if (!has("topup_codes") && matches(cardCodeSent, f)) bonus += 4.5;
  if (multipliedDeposit(f)) bonus += 4;
  if (unofficialLink && matches(subscribed, f) && matches(packageWords, f) && matches(cancelAtLink, f)) bonus += 4;
  if (unofficialLink && matches(waitingItem, f) && (matches(openAtLink, f) || has("link_action") || has("click_request"))) bonus += 3.5;
  if (matches(hiring, f) && matches(remoteWork, f) && matches(piecePay, f) && (has("private_chat") || signals.phones.length > 0)) bonus += has("easy_money") ? 1.5 : 3.5;
  const idPhoto = !has("id_photo_request") && matches(idPhotoAsked, f);
  const cardDigits = !has("card_request") && matches(cardDigitsAsked, f);
  if (!matches(refusal, f)) {
    if (matches(claimedStaff, f) && (matches(intoWritersAccount, f) || idPhoto || cardDigits || has("otp_request") || has("id_photo_request") || has("card_request"))) bonus += 4.5;
    else if (idPhoto) bonus += 2.5;
    else if (cardDigits) bonus += 5;
  }
  if (has("investment") && matches(friendOpener, f) && /\b(lai cao|loi nhuan|chia se|huong dan|du an|co hoi)\b/.test(f)) bonus += 4;
  return bonus;
}

/**
 * The classes above in plain words for the warning's "Vì sao" (a warning they alone raised would otherwise give
 * no reason, or only "yêu cầu chuyển tiền"). Read from the received text's folded body; called only for a warning.
 */
export function probeClassReasons(folded: string): string[] {
  const out: string[] = [];
  if (cardCodeSent.test(folded)) out.push("bảo gửi mã thẻ cào cho người khác qua tin nhắn, số điện thoại: tiền trong mã thẻ mất là không lấy lại được");
  if (multipliedDeposit(folded)) out.push("hứa nạp, gửi tiền vào rồi nhận lại gấp nhiều lần: không ngân hàng, nhà mạng hay quỹ đầu tư thật nào trả như vậy");
  if (subscribed.test(folded) && packageWords.test(folded) && cancelAtLink.test(folded)) out.push("báo một gói cước, khoản phí ông/bà không đăng ký rồi bảo hủy qua đường link: nhà mạng chỉ hủy bằng tin nhắn tới tổng đài, ứng dụng hoặc số hotline chính thức");
  if (waitingItem.test(folded)) out.push("báo có tin nhắn thoại, thư hay tệp đang chờ để dụ bấm vào đường link lạ");
  if (hiring.test(folded) && remoteWork.test(folded) && piecePay.test(folded)) out.push("tuyển làm việc tại nhà, trả tiền theo đơn, theo video hoặc trả ngay trong ngày: đây là cách mở đầu của lừa đảo làm nhiệm vụ");
  if (!refusal.test(folded)) {
    if (claimedStaff.test(folded) && intoWritersAccount.test(folded)) out.push("xưng là nhân viên điện lực, ngân hàng, bảo hiểm xã hội… rồi bảo chuyển tiền vào tài khoản của chính người đó");
    if (idPhotoAsked.test(folded)) out.push("xin ảnh căn cước hai mặt: kẻ gian dùng ảnh này để mở tài khoản, vay tiền mạo danh");
    if (cardDigitsAsked.test(folded)) out.push("bảo đọc số thẻ, ngày hết hạn hoặc mã in sau thẻ: ngân hàng không bao giờ hỏi những số này");
  }
  if (friendOpener.test(folded) && /\b(dau tu|loi nhuan|lai cao)\b/.test(folded)) out.push("người lạ làm quen rồi rủ đầu tư lãi cao: đây là kịch bản lừa đảo tình cảm, đầu tư");
  return out;
}
