import type { Signals } from "./signals";
import { hasIn } from "./set-tests";
// the bonus rules test through the literal pre-test: most match nothing in a resident's question, and skip their scan
import { matches } from "../../lib/regex-prefilter";

/*
 * (session 20) Hand points for notice scripts whose only ask is a link or a number, which the hand weights
 * left under the bar when the n-gram model had not seen their family (bench/scam-cv-family.ts, training split):
 *  - a parcel that "could not be delivered" or a traffic violation "to look up", with nothing but a link (or
 *    "here", "click") to follow — in Vietnamese and English; the real ones are looked up in the carrier's own
 *    app or on csgt.vn, and a registered link keeps the notice out (offChannel);
 *  - an English "your power will be disconnected tonight … call / click" over an unpaid bill;
 *  - an English "investigation … case number … against you" police script;
 *  - a debt-collection threat ("thanh toán nợ … vi phạm hợp đồng … lập biên bản"), even headed "Cảnh báo";
 *  - a bare "nhận quà tặng 100.000 đồng" gift bait;
 *  - the police summoning the reader over a case, to be handled through Zalo, a number, online or in secret
 *    ("kết nối Zalo với cán bộ điều tra … làm việc trực tuyến, không đến trụ sở", "không được tiết lộ");
 *  - a stranger introduced by an acquaintance ("bạn của cô Mai … giới thiệu … làm quen"), the opener of
 *    the romance-and-gift script.
 * Points only: no signal is added, so the trained model is unchanged.
 */

const deliveryFailed =
  /\b(khong (the )?giao (hang )?(duoc|thanh cong)|giao (hang )?(khong|chua) (thanh cong|duoc)|chua the giao|khong the giao|(chua|khong) (the )?giao (hang )?duoc|giao (hang )?that bai|khong (the )?phat (duoc|thanh cong)|phat (hang )?(khong|chua) thanh cong|(cannot|could not|couldn'?t|can'?t|unable to) (be )?deliver(ed)?|(delivery|redelivery) (failed|unsuccessful|attempt)|failed (delivery|to deliver)|incomplete address|address (is )?(incomplete|incorrect|invalid)|owed to you|unclaimed (parcel|package|shipment)|(held|on hold|stuck|waiting) (at|in) (the )?(warehouse|customs|depot))\b/;
const linkAsk =
  /\b((bam|nhan|click|an|cham|truy cap|vao|mo|xem) (vao )?(link|duong link|duong dan|lien ket|day|tai day|o day)|(click|bam|nhan) (de|va) (xem|tra cuu|cap nhat|xac nhan|bo sung|nop)|(bo sung|cap nhat|xac nhan|sua) (lai )?(dia chi|thong tin) (\S+ ){0,3}(link|tai|qua)|(tai|qua|theo) (link|duong link|duong dan)|(in|via|through|at|on) (the|this) link|click (here|the link|below|to)|tap (here|the link|to)|(here|below)\s*[:.!]?\s*$|(confirm|update|verify) (your )?(address|details|information)|schedule (for |a |your )?(re)?delivery|claim (ownership|your (parcel|package)))/;
const trafficViolation =
  /\b(vi pham giao thong|loi vi pham|phat nguoi|bien ban (vi pham|xu phat|phat)|quyet dinh xu phat|xu phat (hanh chinh|vi pham|giao thong)|nop phat|traffic (violation|fine|ticket|offen[cs]e)|speeding (ticket|fine)|unpaid (toll|fine|ticket|parking))\b/;
const trafficLook = /\b((click|bam|nhan|an|truy cap|vao) (vao )?(link|duong link|duong dan|day|de (xem|tra cuu|nop))|(xem|tra cuu) (loi|chi tiet|bien ban) (tai|qua|o) (link|duong dan|day)|(in|via|at) the link|click (here|the link|below|to)|tap (here|to))/;

const powerCut =
  /\b(electricity|power( supply)?|electric (supply|service)|your meter)\b[^.!?]{0,40}\b(will|would|is going to|to) be (disconnected|cut( off)?|suspended|shut (off|down)|terminated)\b|\b(disconnection|cut[- ]off) (of (your )?(electricity|power)|notice)\b/;
const billReason = /\b(bill|payment|overdue|unpaid|outstanding|arrears?|balance|not (been )?(paid|updated|settled))\b/;
const powerAsk = /\b(call|contact|click|tap|pay|settle|reach|text|whatsapp|link)\b/;
const maintenance = /\b(maintenance|planned|scheduled (outage|work|maintenance)|repair works?|upgrad(e|ing) (works?|the grid))\b/;

const caseAgainst =
  /\b(investigation|legal (action|proceedings?)|notice of action|arrest warrant|lawsuit|criminal (case|charges?))\b[^.!?]{0,80}\b(against you|in your name|pertaining to you)\b|\b(case|reference) number\b/;
const caseAsk = /\b(call (us |back |me )?|contact|reach|press \d|failure to (contact|respond|call|cooperate|appear)|cooperate|reference)\b/;

const debtThreat =
  /\b(thanh toan no|tra no|no qua han|khoan no|giay bao no|no xau|vi pham (dieu khoan )?hop dong|cic)\b/;
const debtAction =
  /\b(lap bien ban|khoi kien|kien ra toa|cuong che|thi hanh an|truy to|gui (giay bao no|thong bao) (\S+ ){0,3}(ubnd|uy ban|dia phuong|co quan|noi cu tru|cong an)|phap ly|tranh chap)\b/;
const debtDemand = /\b(yeu cau (\S+ ){0,3}(thanh toan|tra|hop tac|lien he|nghe may)|nghe may|lien he (ngay|gap|lai)?|thanh toan (ngay|truoc|gap|trong))\b/;

/** "Nhận quà tặng 100.000 đồng" as the whole message, or followed by a link or a click to claim it */
const giftBait =
  /^\W*(\S+ ){0,3}((nhan|linh|tang) (ngay |ngay lien )?(qua tang|qua|tien thuong|tien mat|phan thuong|voucher|the cao|li xi)|(da |vua )?duoc (tang|nhan|trung|thuong)( ngay)?( (qua tang|qua|tien thuong|tien mat|phan thuong|voucher|the cao|li xi))?) (tri gia |len den |len toi |toi )?\d[\d.,]* ?(d|dong|vnd|k|nghin|ngan|trieu|tr|cu)\b/;
/** the writer's own gift ("tôi nhận quà tặng 100 nghìn từ công ty", "mẹ tôi được tặng 500k"): told, not received */
const ownGift = /^\W*(toi|tui|minh|con|chau|be|chung toi|nha toi|nha minh|(me|bo|ba|ong|vo|chong|con|chau) (toi|minh|tui|em))\b/;
/** (session 20) a bare line giving the reader an amount of money as a gift: bait, not a resident's search topic */
export const giftAmountBait = (folded: string): boolean => giftBait.test(folded) && !ownGift.test(folded) && !shopContext.test(folded);
const bareLine = (f: string) => !f.includes("?") && f.split(" ").length <= 12;
const shopContext = /\b(mua|don hang|hoa don|khi (mua|thanh toan|nap)|nap (the|tien)|cua hang|sieu thi|ap dung|tu choi|huy dang ky|tu \d{1,2}\/\d{1,2})\b/;

/** an acquaintance named by title and name: "bạn của cô Mai", "cô Mai giới thiệu", "được chú Hùng giới thiệu" */
const introducedBy =
  /\b(ban|nguoi quen|chau|dong nghiep) cua (co|chu|bac|di|duong|thim|anh|chi|ba) [a-z]+\b|\b(co|chu|bac|di|duong|thim|anh|chi|ba) [a-z]+ (da |co )?(gioi thieu|noi (cho|voi) (em|anh|chi|con|chau) (biet )?chua)\b|\b(duoc|nho) (co|chu|bac|di|anh|chi|ba) [a-z]+ gioi thieu\b/;
/** …who passed the reader's number on, or "told you about me yet?": the stranger is the one writing */
const firstContact =
  /\b((dua|cho|xin|gui) (\S+ )?(so|sdt|so dien thoai|zalo|nick) (nay )?(cua )?(em|anh|chi|con|chau) (cho|de)|(dua|cho|xin|gui) (cho )?(anh|em|chi|toi) (xin )?(so|sdt|so dien thoai|zalo) (cua )?(em|anh|chi|con|chau)|noi (cho|voi) (em|anh|chi|con|chau) (biet )?chua|(khong|chua) (noi|ke) (gi )?ve (anh|em|chi) (voi|cho) (em|anh|chi))\b/;

const selfIntroduced = /\b(chao (em|chi|anh|con|chau|ban)|(anh|em|chi|toi|minh) (ten( la)?|la ban cua|la chau cua) )/;

/** a case, a summons or an investigation the reader is said to be tied to */
const caseTied = /\b(giay trieu tap|trieu tap|vu an|dieu tra|rua tien|duong day|khoi to|lenh bat)\b/;
/** …to be dealt with online, through a private chat or number, in secret, or without coming to the station */
const caseOnline =
  /\b(ket noi zalo|qua zalo|lam viec (truc tuyen|online|qua (dien thoai|zalo|video))|truc tuyen|khong (can |phai )?(den|len|toi) (tru so|co quan|don)|khong duoc (tiet lo|noi|chia se)|giu bi mat|(lien he|goi|ket noi) (\S+ ){0,6}(qua|theo) so)\b/;
/** the police's own rule ("công an không làm việc qua điện thoại", "không triệu tập qua Zalo") */
const policeRule = /\bkhong (bao gio )?(lam viec|trieu tap|yeu cau|goi dien|moi)\b/;

/** the resident telling of their own (or their family's) summons */
const ownCase = /\b(toi|tui|minh|em|con toi|chong toi|vo toi|bo toi|me toi|nha toi) (\S+ ){0,2}(nhan|bi|duoc|co)\b/;

/** (session 20) a recorded call: "cuộc gọi tự động", "giọng nữ đọc", "tổng đài tự động", "bấm 9 để nghe" */
const robocall =
  /\b(cuoc goi tu dong|goi tu dong|tong dai tu dong|giong (noi )?(nu|nam|may|thu am|ghi am)( \S+){0,2} (doc|noi|thong bao|bao)|ghi am san|(bam|nhan|an) (phim |so )?\d (de|gap|nghe|ket noi|noi chuyen)\b|(automated|recorded|robo) ?(call|message|voice)|press \d (to|for))/;
/** …in the name of an agency that never calls that way: the police, BHXH, a court, the tax office, a ministry */
const robocallAgency =
  /\b(cong an|bo cong an|canh sat|bhxh|bao hiem xa hoi|bhyt|toa an|vien kiem sat|cuc thue|chi cuc thue|co quan thue|bo y te|bo tai chinh|police|social (security|insurance)|court|tax (office|department))\b/;
/** …with its ask or its threat: press a key, contact a number, an account to be locked, a card misused */
const robocallAsk =
  /\b((bam|nhan|an) (phim |so )?\d|lien he|theo so|goi (lai|den|cho)|phong toa|khoa|trai phep|bi su dung|lien quan|vi pham|press \d|call back|suspend|blocked|misused)\b/;

/** (session 20) the reader's card or identity "misused", and the reader handed on to the police by a number: the transfer script */
const identityMisused = /\b(bi su dung trai phep|bi (ke gian )?(mao danh|loi dung)|bi su dung de (mo|dang ky|vay)|dung ten (cua )?(ong ba|anh chi|ban|quy khach) de)\b/;
const handedToPolice = /\b(lien he|ket noi|chuyen (may|cuoc goi)|goi) (\S+ ){0,3}(cong an|canh sat|co quan dieu tra|dieu tra vien)\b[^.!?]{0,30}\b(theo so|so sau|qua so|sdt|\d{3})|\b(chuyen may|chuyen cuoc goi|ket noi) (\S+ ){0,3}(cong an|canh sat|dieu tra vien)\b/;

/** (session 20) a composed borrow from an acquaintance's account: "ck hộ e 5 củ vào tk này, tối e gửi lại" */
const transferForMe =
  /\b(ck|chuyen|chuyen khoan|bank|banking) (ho|giup|gium|truoc|tam)( cho)?( (e|em|minh|to|tao|chau|con))? (\S+ ){0,2}\d[\d.,]* ?(k|d|dong|nghin|ngan|tr|trieu|cu|lit|xi)\b/;
const intoThisAccount = /\bvao (so )?(tk|stk|tai khoan|so tai khoan|so tk|the) (nay|sau|nay nhe|\d)/;
const payBack = /\b(mai|toi( nay)?|chieu( nay)?|lat( nua)?|tuan sau|sang mai|cuoi tuan|dau thang|thang sau|xong) (e |em |minh |to |tao |chau |con )?(tra|gui lai|chuyen lai|hoan lai|tra lai)\b/;

/** (session 20) a payee the reader knows (teacher, school, landlord) asking to pay into a "new" or "other" account */
const newAccount = /\b(tai khoan|tk|stk|so tai khoan|so tk) (moi|khac)\b|\b(doi|thay doi|chuyen sang) (sang )?(tai khoan|tk|stk|so tai khoan)\b/;
const oldAccountExcuse = /\b(tai khoan|tk|stk) cu (\S+ ){0,2}(bi )?(loi|khoa|phong toa|bao tri|dong|het han|van de)|\b(do|vi) (tai khoan|tk) (\S+ ){0,2}(bi )?(loi|khoa|phong toa|bao tri)|\btu nay\b|\bkhong (dung|chuyen vao) (tai khoan|tk|stk) cu\b/;
const schoolPayee = /\b(co giao|thay giao|giao vien|co chu nhiem|thay chu nhiem|gvcn|nha truong|truong|ke toan truong|phu huynh|hoc phi|quy lop|tien hoc|chu nha|chu tro|ban quan ly)\b/;
const payWords = /\b(chuyen|ck|chuyen khoan|nop|dong|thanh toan|gui)\b/;

export function noticeScriptBonus(signals: Signals, offChannel: boolean, advice: boolean): number {
  if (!offChannel || advice) return 0;
  const has = hasIn(signals.set);
  const f = signals.folded;
  let bonus = 0;
  // a parcel that could not be delivered, or a traffic violation, with a link as the only way on
  if (matches(deliveryFailed, f) && matches(linkAsk, f) && (has("parcel") || /\b(hang|buu|don|giao|parcel|package|delivery|shipment)\b/.test(f))) bonus += 4;
  if (matches(trafficViolation, f) && (matches(trafficLook, f) || (signals.links.length > 0 && !signals.links.some((l) => l.official)))) bonus += 4;
  // English: the power cut tonight over an unpaid bill, call or click
  if (matches(powerCut, f) && matches(billReason, f) && matches(powerAsk, f) && !matches(maintenance, f)) bonus += 4;
  // English: a case number, an investigation against the reader, call back
  if (matches(caseAgainst, f) && matches(caseAsk, f) && /\b(you|your)\b/.test(f)) bonus += 4.5;
  // a debt collector's threat of proceedings and of telling the reader's ward (a "Cảnh báo" header is no tip here)
  if (matches(debtThreat, f) && matches(debtAction, f) && matches(debtDemand, f)) bonus += 4 + (has("protective") ? 2.5 : 0);
  // a bare gift of money to be received
  if (matches(giftBait, f) && !matches(ownGift, f) && (bareLine(f) ? !/\b(khong|ko|gi|nao|sao|dau|chua)\b/.test(f) : matches(linkAsk, f) || signals.links.length > 0) && !matches(shopContext, f) && !has("ad_optout") && !has("purchase_receipt")) bonus += 4;
  // a stranger introduced by someone the reader is said to know, making acquaintance
  // (a stranger greeting the reader or naming himself — "Chào em", "Anh tên Long" — is plainly writing to them)
  if (matches(introducedBy, f) && matches(firstContact, f)) bonus += 4.5 + (matches(selfIntroduced, f) ? 3 : 0);
  // the police or a ward officer summoning the reader over a case, to be handled online or in secret
  if ((has("authority") || has("ward_official")) && matches(caseTied, f) && matches(caseOnline, f) && !matches(policeRule, f) && !matches(ownCase, f)) bonus += 4 + (has("protective") ? 2.5 : 0) + (has("in_person") ? 1.5 : 0);
  // an automated call in an agency's name telling the reader to press a key or call a number (retold or quoted)
  if (matches(robocall, f) && matches(robocallAgency, f) && matches(robocallAsk, f) && !matches(policeRule, f)) bonus += 4.5;
  // "your card was used illegally, contact the police at this number": one agency handing the reader to another
  if (matches(identityMisused, f) && matches(handedToPolice, f) && !matches(policeRule, f)) bonus += 4.5;
  // a composed borrow: a transfer "for me" of an amount, into "this account", to be paid back tonight or tomorrow
  if (!has("borrow") && matches(transferForMe, f) && (matches(intoThisAccount, f) || signals.accounts.length > 0) && matches(payBack, f)) bonus += 4.5;
  // a teacher, school or landlord asking for a payment into a new account ("tài khoản cũ bị lỗi")
  if (matches(newAccount, f) && matches(schoolPayee, f) && matches(payWords, f) && (matches(oldAccountExcuse, f) || signals.accounts.length > 0 || /\b(cua (co|thay|em|chi|anh|truong))\b/.test(f))) bonus += 4.5;
  return bonus;
}
