import type { Signals } from "./signals";
import { hasIn } from "./set-tests";
// the bonus rules test through the literal pre-test: most match nothing in a resident's question, and skip their scan
import { matches } from "../../lib/regex-prefilter";

/*
 * (session 24) Hand points for script classes found by probing the check with own wordings of the families in
 * police, bank and telecom warnings (issue 11, recall), not by corpus rows. Each is a money offer or alert that
 * no bank, fund, agency or operator makes outside its own app, counter or registered hotline:
 *  - money pooled ("góp vốn", "ủy thác", "đầu tư") said to pay interest or a sum by the day or the week, or
 *    to be withdrawn "at any time": the Ponzi scheme's pitch; banks pay savings interest by the year;
 *  - money said to be credited, refunded or handed out, to be collected at a link that is not a brand's or by
 *    scanning a QR code ("tài khoản vừa được cộng 5.000.000đ, rút tiền tại http://…", "quét mã QR này để nhận
 *    tiền trợ cấp", "chi trả 5 triệu cho mỗi hộ, đăng ký nhận qua đường link"): a QR code pays, it never
 *    receives, and handouts are paid through the ward, BHXH or the bank's own app;
 *  - a credit card's limit "raised" through a link that is not the bank's, a private number or a Zalo chat:
 *    the card-details phishing police warn of; banks raise limits in their own app;
 *  - a loan "with only the ID card" through a private number or chat: the instant-loan scam's opener (the
 *    ID photos, then an "insurance" or "unfreezing" fee); lenders' own adverts carry the legal opt-out,
 *    where the hand weights decide alone;
 *  - a bank's "unusual transaction" alert that sends the reader to a mobile number: a bank's own alerts name
 *    its registered hotline, never a private mobile (registered hotlines are not in `phones`);
 *  - a prize won, to be claimed by calling a private number ("trúng 1 giải thưởng … gọi 0869… để nhận giải");
 *  - a fee paid before a loan is paid out ("nộp 30% giá trị khoản vay để … giải ngân"): lenders deduct fees from
 *    the loan, they never take a transfer first;
 *  - valuables or a gift "sent from abroad" (customs, an airport, an oil rig) with a fee to pay to receive them:
 *    the romance-gift script.
 * Points only: no signal is added, so the trained model is unchanged. Off the official channels only (the
 * caller passes offChannel: no registered link, app or hotline, no advertising opt-out), never in a tip.
 */

const pooledMoney = /\b(gop von|von gop|gop tien|gop \d|goi von|uy thac|bo von|dau tu|gui (tien|von) (vao|cho))\b/;
/** interest or a sum paid by the day or the week, or the stake taken out whenever one likes */
const periodicReturn =
  /\b(lai|tien lai|loi nhuan|hoa hong|co tuc|nhan (ve |lai |duoc )?\d+(?:[.,]\d+)? ?(k|nghin|ngan|tr|trieu|cu|%))\b(\S* ){0,6}?(moi ngay|hang ngay|hang tuan|moi tuan|1 ngay|mot ngay|ngay nao cung)\b|\b(moi ngay|hang ngay) (\S+ ){0,3}(nhan|lai|duoc|an)\b|\brut (goc|von|tien goc) (\S+ ){0,2}(bat cu|bat ky|luc nao|khi nao)\b|\d+(?:[.,]\d+)? ?% ?(\/|moi|mot|1) ?(ngay|tuan)\b/;

const moneyToCollect =
  /\b(duoc cong|vua duoc cong|da duoc cong|duoc chuyen|nhan (duoc )?(tien|khoan tien|so tien|tien thuong|tien hoan|tro cap|ho tro)|rut (tien|ve)|lanh (tien|tro cap)|linh (tien|tro cap)|chi tra|hoan tien|tien hoan)\b/;
/** collected through a QR code: a QR code pays, it never receives */
const qrToReceive = /\b(quet|scan) (ma )?qr\b(\S* ){0,6}?(de |roi |la |thi )?(nhan|rut|lanh|linh) (ngay )?(tien|khoan tien|so tien|tro cap|ho tro|tien ho tro|tien hoan|hoan tien)\b/;
/** a sum handed to each household or person, registered for online */
const handoutOnline = /\b(chi tra|ho tro|tang|phat) \d+(?:[.,]\d+)? ?(k|nghin|ngan|tr|trieu|dong)?( dong)? (cho )?(moi|1|mot) (ho|nguoi|gia dinh|khau)\b/;
const registerAtLink = /\b(dang ky|nhan|xac nhan|khai) (\S+ ){0,2}(qua|tai|theo|o) (duong )?(link|duong dan|lien ket)\b/;

const limitRaise = /\b(nang|tang) (\S+ ){0,2}han muc\b/;
const loanWithIdOnly = /\b(vay|giai ngan|khoan vay)\b/;
const idOnly = /\b(chi can (co )?(cccd|can cuoc|cmnd|cmt|chung minh|ho khau|anh can cuoc)|khong can (giay to|the chap|tham dinh|chung minh thu nhap|gap mat))\b/;
/** a fee paid before a loan is paid out ("nộp 30% giá trị khoản vay để sửa lỗi và giải ngân", "đóng phí bảo hiểm để được giải ngân") */
const feeBeforePayout = /\b(nop|dong|chuyen|dat coc|phi|tra truoc)\b[^.]{0,60}\b(de|moi|truoc khi|thi moi|roi moi) (\S+ ){0,3}(duoc )?(giai ngan|nhan (tien vay|khoan vay|tien giai ngan)|rut (tien vay|khoan vay))\b/;

/** a gift or valuables sent from abroad by a new acquaintance, a fee to pay before it arrives: the romance-gift script */
const giftSent = /\b(gui|tang|chuyen) (\S+ ){0,4}(qua|vang|do la|\bdo\b|usd|hop qua|kien hang|trang suc|tien mat)\b/;
const fromAbroad = /\b(nuoc ngoai|tu (my|anh|phap|uc|duc|canada|singapore|han quoc|nhat)|hai quan|thong quan|san bay|van chuyen quoc te|gian khoan|quan y)\b/;
const feeToReceive = /\b(dong|nop|chuyen|tra) (\S+ ){0,2}(phi|thue|le phi|tien (van chuyen|thong quan))\b/;

const unusualTransaction = /\b(giao dich (bat thuong|dang ngo|la)|neu (khong phai|quy khach khong|ban khong) (\S+ ){0,3}(thuc hien|giao dich)|phat sinh giao dich|tai khoan (\S+ ){0,3}(bi tru|bi rut))\b/;
const bankContext = /\b(ngan hang|the (tin dung|atm|ghi no)|tai khoan|bank)\b/;

const prizeWon = /\b(trung (\S+ ){0,3}(thuong|giai)|nhan giai|da may man)\b/;
const callToClaim = /\b(goi|lien he|lh|nhan tin|zalo) (ngay |lai |den |cho |toi )?(so )?(\d|tong dai \d)/;

/**
 * A mobile number to contact written with hidden digits ("LH 0903xxxxxx", "goi 0869.xxx.xxx"): how the corpus (and
 * the press) print a private number. A full number is in `phones` already; a masked one is a private mobile as much.
 */
const maskedMobileToContact = /\b(goi|lien he|lh|zalo|nhan tin|sdt|hotline|so) (\S+ ){0,2}(\+84|0)[35789]\d{0,3}[ .-]?x{2,}/;

/** Points for the classes above (folded body of a received text). */
export function moneyOfferBonus(signals: Signals, offChannel: boolean, advice: boolean): number {
  if (!offChannel || advice) return 0;
  const has = hasIn(signals.set);
  const f = signals.folded;
  const unofficialLink = signals.links.some((l) => !l.official);
  const privateNumber = signals.phones.length > 0 || matches(maskedMobileToContact, f);
  const privateChannel = privateNumber || has("private_chat");
  let bonus = 0;
  if (matches(pooledMoney, f) && matches(periodicReturn, f)) bonus += 4.5;
  if ((unofficialLink && matches(moneyToCollect, f)) || matches(qrToReceive, f) || (matches(handoutOnline, f) && (unofficialLink || matches(registerAtLink, f)))) bonus += 4.5;
  if (matches(limitRaise, f) && (unofficialLink || privateChannel)) bonus += 4.5;
  if (matches(loanWithIdOnly, f) && matches(idOnly, f) && privateChannel) bonus += 4.5;
  if (matches(loanWithIdOnly, f) && matches(feeBeforePayout, f)) bonus += 4.5;
  if (matches(giftSent, f) && matches(fromAbroad, f) && matches(feeToReceive, f)) bonus += 4.5;
  if (matches(bankContext, f) && matches(unusualTransaction, f) && privateNumber) bonus += 5;
  if (has("prize") && matches(prizeWon, f) && matches(callToClaim, f) && privateNumber) bonus += 4;
  return bonus;
}

/** The classes above in plain words for the warning's "Vì sao" (folded body of a warned text). */
export function moneyOfferReasons(folded: string): string[] {
  const out: string[] = [];
  if (pooledMoney.test(folded) && periodicReturn.test(folded)) out.push("rủ góp vốn, đầu tư rồi hứa trả lãi theo ngày, theo tuần: đây là cách dụ dỗ của các vụ lừa đảo đa cấp, huy động vốn");
  if (qrToReceive.test(folded)) out.push("bảo quét mã QR để nhận tiền: mã QR chỉ dùng để trả tiền, quét là tiền đi khỏi tài khoản của mình");
  else if (moneyToCollect.test(folded) || handoutOnline.test(folded)) out.push("báo có tiền được cộng, hoàn hoặc hỗ trợ rồi bảo nhận qua đường link lạ: tiền hỗ trợ thật được chi trả qua phường, cơ quan bảo hiểm xã hội hoặc ứng dụng chính thức của ngân hàng");
  if (limitRaise.test(folded)) out.push("mời nâng hạn mức thẻ tín dụng qua đường link, số điện thoại hoặc Zalo riêng: ngân hàng chỉ làm việc này trên ứng dụng hoặc tại quầy của mình");
  if (loanWithIdOnly.test(folded) && feeBeforePayout.test(folded)) out.push("bảo nộp phí, đóng tiền trước thì mới giải ngân khoản vay: công ty tài chính thật trừ phí vào khoản vay, không bắt chuyển tiền trước");
  if (giftSent.test(folded) && fromAbroad.test(folded) && feeToReceive.test(folded)) out.push("báo có quà, tiền gửi từ nước ngoài rồi bảo đóng phí để nhận: đây là kịch bản lừa đảo làm quen, gửi quà");
  if (loanWithIdOnly.test(folded) && idOnly.test(folded)) out.push("cho vay \"chỉ cần căn cước\" qua số điện thoại, Zalo riêng: sau đó sẽ đòi phí bảo hiểm, phí giải ngân trước");
  if (bankContext.test(folded) && unusualTransaction.test(folded)) out.push("báo giao dịch bất thường rồi bảo gọi vào một số di động: ngân hàng chỉ dùng tổng đài chính thức in trên thẻ, trên trang web của mình");
  if (prizeWon.test(folded) && callToClaim.test(folded)) out.push("báo trúng thưởng rồi bảo gọi vào một số di động để nhận giải: chương trình thật không bắt gọi số riêng hay nộp phí trước");
  return out;
}
