import { withoutHouseholdMove } from "./household-move";
import { idAccountTrade } from "./id-account-trade";
import { adviceAround } from "./advice-phrasing";
import { contactPlea } from "./plea";
import { findLinks, type LinkFinding } from "./links";
import { execAll } from "./exec-all";
import { foldForScam } from "./normalize";
import { agencyNames, brandAppPattern, brandsNamed, officialNumberOwner, type Brand } from "./registry";
import { expiringSubjects, isOwnSite, isOwnVnSite, ownSenderName } from "./own-site";
import { phoneNumbersIn } from "./ward-numbers";
import { contactWord, numberInScript } from "./phone-contact";
import { officerFee } from "./officer-fee";
import { borrowText } from "./want-not-lend";
import { adderTo } from "./set-tests";
import { invitesToGamble } from "./gambling";
import { papersLentOnly } from "./papers-lent";
import { englishSignals } from "./english-cues";
import { premiumGiftLure } from "./premium-gift-lure";
import { auditionFee } from "./audition-fee";
import { tellsScript, withoutQuotedScript } from "./described-script";
import { withoutSurveyWords } from "./survey-words";
import { matches, mayMatch } from "../../lib/regex-prefilter";

/*
 * What a received message asks for and how it pushes, read from its folded text. Each signal is
 * a yes/no feature with a plain-words reason for residents (reply.ts); check.ts weighs them.
 * Demands (money, codes, card data, ID photos, installs, private chats) are what every script
 * ends in; lures (threats, prizes, emergencies, easy money) are how it gets there; the genuine
 * markers (a code given to the reader with "never share it", official links and hotlines, go to
 * the counter) are what real notices look like.
 */

export type SignalName =
  // links
  | "link_unofficial"
  | "link_lookalike"
  | "link_brand_mismatch"
  | "link_hidden"
  | "link_handoff"
  | "link_risky_tld"
  | "link_lure_words"
  | "link_apk"
  | "link_official"
  // demands
  | "otp_request"
  | "card_request"
  | "topup_codes"
  | "stranger_payment"
  | "lock_demand"
  | "mistaken_return"
  | "id_photo_request"
  | "money_to_person"
  | "fee_to_receive"
  | "money_request"
  | "app_install"
  | "click_request"
  | "private_chat"
  | "keypress"
  | "secrecy"
  | "no_callback"
  // lures
  | "threat"
  | "urgency"
  | "prize"
  | "easy_money"
  | "investment"
  | "loan"
  | "emergency"
  | "kidnap"
  | "relative_claim"
  | "authority"
  | "ward_official"
  | "parcel"
  | "romance"
  | "gov_gift"
  | "recovery"
  | "gambling"
  | "deposit"
  | "account_update"
  | "refund"
  | "wrong_number"
  | "borrow"
  | "account_excuse"
  | "link_action"
  | "curiosity"
  | "scarcity"
  | "remote_only"
  | "official_app"
  | "remote_control"
  | "impersonation_call"
  | "asset_check"
  | "private_link"
  | "familiar_payee"
  | "brand_named"
  // genuine markers
  | "code_delivery"
  | "protective"
  | "balance_notice"
  | "official_contact"
  | "in_person"
  | "no_fee"
  | "ignore_if_done"
  | "cancel_lure"
  | "ad_optout"
  | "service_pricing"
  | "purchase_receipt"
  | "fake_papers"
  // (session 27) renting, lending or selling an ID card, bank account, SIM or chat account (id-account-trade.ts)
  | "id_account_trade";

export type Signals = {
  folded: string;
  links: LinkFinding[];
  brands: Brand[];
  /** mobile numbers written in the text (not the brands' hotlines), digits only */
  phones: string[];
  /** bank account numbers asked to pay into, digits only */
  accounts: string[];
  set: Set<SignalName>;
};

const rx = (s: string) => new RegExp(s);

// Negation or restriction shortly before a request turns it into advice ("không cung cấp OTP").
// (session 24) So does "trước khi": "hãy gọi lại cho người thân để xác minh trước khi chuyển tiền" names the act to delay it.
const negationBefore = /((khong bao gio|khong yeu cau|tuyet doi khong|khong bao gio yeu cau|khong (bao gio )?(goi dien|goi|nhan tin|gui tin nhan|lien he|lien lac)\s+(\S+\s+){0,3}?yeu cau)\s+(\S+\s+){0,5}|((?<!(con tien|con|co|duoc|phai|that|biet) )khong|dung|chang|khong nen|khong duoc|khong ai|khong phai|khong can|khong chia se|ke ca)\s+(\S+\s+){0,2}|\btruoc khi\s+(\S+\s+)?)$/;

/** Matches not negated ("không cung cấp…") and not told as done ("con chuyển cho mẹ rồi nhé"). */
const globalCache = new Map<RegExp, RegExp>();

function requested(folded: string, pattern: RegExp): boolean {
  if (!mayMatch(pattern, folded)) return false;
  let global = globalCache.get(pattern);
  if (!global) globalCache.set(pattern, (global = new RegExp(pattern.source, "g")));
  // exec() on the kept global pattern rather than matchAll(), which clones the pattern per call
  global.lastIndex = 0;
  for (let m = global.exec(folded); m; m = global.exec(folded)) {
    if (!m[0].length) global.lastIndex++;
    // negation reaches to the start of its clause only (the last of the 40 characters' clauses)
    const before = lastClause(folded, Math.max(0, m.index - 40), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (negationBefore.test(before)) continue;
    // "chỉ nhập OTP khi…", "việc cung cấp OTP … là cho phép…": a bank's advice, no request (advice-phrasing.ts)
    if (adviceAround(before, folded.slice(m.index + m[0].length, m.index + m[0].length + 100))) continue;
    // "… rồi nhé" tells it done; "… rồi em để hàng / rồi mới giao" is what comes next (then)
    if (/^[^.!?]{0,40}\b(roi|r)\b(?! (em|e|anh|chi|minh|toi|chau|con|shop|ben em|moi|se|thi) )/.test(after) && /\b(con|em|e|minh|toi|chau|bo|me|anh|chi) (da |vua )?$/.test(before.slice(-12)) ) continue;
    return true;
  }
  return false;
}

/** folded.slice(from, to).split(/[.!?;:,]/).pop(), without the split's array */
function lastClause(folded: string, from: number, to: number): string {
  for (let i = to - 1; i >= from; i--) {
    const c = folded.charCodeAt(i);
    // . ! ? ; : ,
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44) return folded.slice(i + 1, to);
  }
  return folded.slice(from, to);
}

// (folded "ma so" is "mã số", a code, and "mà sợ", but afraid: "dùng mã QR nhận tiền cho tiện mà sợ bị lừa")
const codeWords = "(ma otp|otp|ma xac (thuc|nhan|minh)|ma kich hoat|ma 6 so|6 so|ma so(?! (bi|mat|lam|qua|that|lo|nguoi|ho|gap|bhxh|bao hiem|bhyt|the|thue|ho so|dinh danh|ca nhan|can cuoc|cccd|hop dong|khach hang|doanh nghiep|sinh vien|hoc sinh|ho gia dinh|ho)\\b)|ma vua (nhan|gui)|ma code|code|ma giao dich|tin nhan co \\d so|(may|cac|nhung|day) so vua (nhan|gui|nhan ve|gui ve)|\\d so vua (nhan|gui))";
const otpRequest = rx(`${codeWords}.{0,60}\\b(chup|doc|gui|bao) (\\S+ ){0,3}(cho|giup|gium|lai|ho) (em|minh|toi|anh|chi|to|tui)\\b|(cung cap|doc|gui|dua|bao(?! loi| sai)|chup|cho|xac nhan|doc lai|doc giup|gui giup|gui lai|chup giup)\\s+(\\S+\\s+){0,4}${codeWords}|${codeWords}\\s+(\\S+\\s+){0,6}(cho (nhan vien|tong dai|can bo|em|anh|chi|minh|toi|chung toi|ho|no|nguoi ta|nguoi do|nguoi la)|de (mo khoa|huy|nhan|hoan|xac nhan|kich hoat|khoa))|\\b(doc|gui|bao|cung cap|chup) (lai |giup |gium )?ma (nay |do |vua nhan |vua gui )?(cho|giup) (nhan vien|tong dai|can bo|ben|nguoi|ho|em|anh|chi)\\b`);

/*
 * (session 17) "nhập mã xác thực / mã OTP / mã số" is what every app's own screen says ("Mã xác thực không đúng, vui lòng
 * nhập lại mã xác thực", "nhập mã số thuế gồm 10 chữ số"): typing a code into the service that sent it hands it to no
 * one. It is a demand only when the code goes into a page the message links off the official channels, or "vào link".
 */
const otpEntry = rx(`\\bnhap\\s+(\\S+\\s+){0,4}${codeWords}`);
const intoPage = /\bnhap\b[^.]{0,60}\b(vao|tai|len|tren) (\S+ )?(link|duong link|duong dan|lien ket|trang|web|website|form|bieu mau)\b/;
// folded "doi" is both "đòi" (demand) and "đổi" (change): "hãy đổi mật khẩu" is advice, not a demand
/**
 * Asking for card data or credentials. Not: the customer's own request, done ("Yêu cầu cấp lại mật khẩu
 * … đã được thực hiện", a receipt), or typing the password to log into the service itself ("vui lòng
 * nhập mật khẩu để đăng nhập vào DV").
 */
const cardRequest = /\b(nhap(?! sai)(?!\s+(\S+\s+){0,3}de dang nhap (vao )?(dv|dich vu|ung dung|app)\b)|cung cap|doc|gui|xac nhan|dien|khai|xin|hoi|(?<!\b(hay|nen|vui long|can|nen thuong xuyen) )doi|yeu cau(?!\s+(\S+\s+){0,14}da duoc (thuc hien|xu ly|tiep nhan)))\s+(\S+\s+){0,5}(so the|ma cvv|cvv|ngay het han|thong tin the|mat khau|\bmk\b|ten dang nhap|ma pin|tai khoan ngan hang)|(so the|ma cvv|cvv)\s+(\S+\s+){0,3}(tai|o|vao) /;
/**
 * (session 12) "đăng nhập Facebook tại link để bình chọn": the vote-for-my-child and "xem ảnh" pages that
 * take the reader's Facebook or Zalo password; the platforms sign in only in their own apps
 */
const socialLogin = /\bdang nhap (\S+ ){0,2}(facebook|fb|zalo|gmail|email|instagram|messenger|tiktok)\b (\S+ ){0,3}(tai|qua|vao|o|theo|bang) (link|duong link|duong dan|trang|web)\b|\b(link|duong link|trang|web)\b (\S+ ){0,3}dang nhap (\S+ ){0,2}(facebook|fb|zalo|gmail|instagram)\b/;
/**
 * "mua giúp con 5 thẻ Viettel 500k rồi gửi mã qua đây": scratch-card codes are cash that cannot be traced
 * or recalled; a relative's or friend's hijacked Zalo asks for them (Công an's warnings on borrowed
 * accounts). Nobody genuine asks to be sent a card's code. Folded "nhan" is "nhận" (receive: an operator's
 * "nhận mã thẻ") or "nhắn" (text): it counts only when the code goes "qua đây", "cho cháu".
 */
// (session 16) the favour also said "nạp giúp / nạp hộ … thẻ Viettel … gửi mã qua đây", as "mua giúp" is
const topupCodes = /\b(mua|nap (giup|ho|dum|gium)) (\S+ ){0,4}the (cao|dien thoai|nap|viettel|vina\w*|mobi\w*|vietnamobile|garena|game|zing)\b.{0,60}\b(gui|chup|doc|bao|nhan tin) (\S+ ){0,2}(ma|seri|serial|so seri|anh)\b|\b(mua|nap (giup|ho|dum|gium)) (\S+ ){0,4}the (cao|dien thoai|nap|viettel|vina\w*|mobi\w*|vietnamobile|garena|game|zing)\b.{0,60}\bnhan (\S+ ){0,2}(ma|seri|serial)( the)? (\S+ ){0,2}(qua|cho|ve) (day|zalo|fb|facebook|messenger|em|chau|con|minh|t|toi|anh|chi|tao)\b|\b(gui|chup|doc|nhan tin) (\S+ ){0,2}(ma|seri|serial) (\S+ ){0,2}the (cao|dien thoai|nap)/;
/**
 * Paying into something a stranger controls, dressed as a promotion: topping up a card "vào hệ thống
 * nội bộ / website", a top-up "x5 giá trị thẻ nạp" (operators' real promotions add at most a share
 * of the value, never a multiple), or texting a prize claim to a paid short code. Warnings of Viettel,
 * MobiFone and the police quote these (knowledge/scam-corpus: kienthuc/petrotimes/plo pages).
 */
const siteTopup = /(?<!\b(da|vua|duoc|da duoc) )\bnap (\S+ ){0,3}(the|tien|card)\b[^.]{0,40}\b(vao|qua|tai|tren|thong qua) (he thong|website|web|trang web|link|duong link|tai khoan (he thong|noi bo)|cong nap)\b/;
const multipliedTopup = /(\bx ?([2-9]|10)\b|\bgap (\d+|hai|ba|bon|nam|muoi) lan|\b([2-9]\d\d|\d{4,}) ?%) (\S+ ){0,4}(gia tri )?(the nap|menh gia the|tien nap|the cao)\b|\b(the nap|nap the|the cao) (\S+ ){0,4}(x ?([2-9]|10)\b|gap (\d+|hai|ba|bon|nam|muoi) lan)/;
const prizeWon = /(quay so (ngau nhien|trung thuong|may man)|trung thuong|trung giai|da (may man )?nhan duoc (1|mot) (chiec|xe|dien thoai|phan qua|giai))/;
const paidShortCode = /\bsoan (tin )?\S+( \S+)? gui (\d lan (den|toi) )?[678]\d{3}\b|\bgui (\d lan )?(den|toi) [678]\d{3}\b/;
/**
 * (session 15) Also the ID number read out, and the SIM's serial ("Vui lòng đọc số căn cước và 19 số seri sim để
 * chuẩn hóa"): reading the ID number aloud happens only on a call, and the SIM serial is what a SIM swap needs;
 * operators standardise subscriber data in their stores and apps, never over the phone.
 */
const idPhoto = /\bdoc (\S+ ){0,2}so (can cuoc|cccd|cmnd|dinh danh)\b|\b(doc|cung cap|bao|gui|nhan tin|nhap|chup) (\S+ ){0,5}(so )?(seri|serial) (\S+ ){0,1}sim\b|(gui|tai len|cung cap|chup|nop|kem|chi can|can co|yeu cau|gui giup)\s+(\S+\s+){0,3}(anh|hinh)\s+(\S+\s+){0,3}(2 mat|hai mat|mat truoc|can cuoc|cccd|cmnd|chan dung|ho khau|giay to)|\bxin\s+(\S+\s+){0,2}so\s+(cccd|cmnd|can cuoc|dinh danh)\b|\b(doc|gui|nhan|bao|cung cap)\s+(lai\s+)?((giup|gium|cho)\s+){1,2}(em|minh|toi|anh|chi|ben em|can bo|nhan vien)\s+so\s+(cccd|cmnd|can cuoc|dinh danh)\b|(anh|hinh)\s+(\S+\s+){0,3}(2 mat|hai mat|mat truoc|can cuoc|cccd|cmnd|chan dung|ho khau)\s+(\S+\s+){0,3}(qua zalo|cho (em|anh|chi|can bo|minh|so))/;
const transferVerb = "(chuyen|ck|nop|(?<!\\bdi |\\d )dong(?! gia)|nap|thanh toan|dat coc|coc|tam ung|bao lanh|chuyen khoan|gui tien|(?<!(bao|dong) )tra truoc|dong truoc|nop truoc|chuyen truoc)";
// (session 26b) "tài khoản do cán bộ / cơ quan điều tra chỉ định": the account named by the caller, words between
const personalAccount = rx(
  `${transferVerb}\\s+(\\S+\\s+){0,8}(tk (ca nhan|rieng)|tai khoan (ca nhan|tam giu|giam sat|an toan|ban|nguoi quen|chu nha|benh vien|dai dien|to chuc|cong ty|nay|sau|duoi|em gui|toi gui|can bo|chi dinh|(do|ma|theo) (\\S+ ){0,3}chi dinh|truong nhom|nhan vien|(cua )?(bac si|y ta|giao vien|co giao|thay giao))|stk|so tai khoan|so nay|so cua|(?<!(ma giao dich|ma gd|ma don hang|ma|lh|lien he|cskh|hotline|tong dai|goi|tai khoan cua|thue bao|\\(|tk goc)\\s*:?\\s*)(?<!\\b(lh|lien he|sdt|so dien thoai|dien thoai|giao hang|shipper|tai xe|buu ta)( \\S+){0,4}\\s*:?\\s*)(?!1[89]00)\\d{8,})|(stk|so tai khoan)\\s*:?\\s*\\d|(chuyen khoan|chuyen tien|chuyen|ck|nop|dong|thanh toan) (vao|toi|den|qua|cho) (tk|tai khoan|stk|so tai khoan|so tk)( ca nhan| rieng)?\\s*:?\\s*(\\d+x{2,}|x{3,})|chuyen (tien )?(cho|vao tai khoan cua) (ho|no|chung|nguoi do|ong ta|anh ta|ba ta)\\b|rut (het )?tien .{0,30}chuyen`,
);
/** "Pay a 2 million processing fee to claim your prize": a fee to release a prize or a parcel, in English */
const feeEnglish = /\b(pay|send|transfer) (\S+ ){0,4}(processing|handling|release|delivery|customs|clearance|activation) fee\b/;
// (session 24) a student's or the household's health or social insurance ("nộp tiền bảo hiểm y tế học sinh") is a
// premium paid through the school or BHXH, not "phí bảo hiểm khoản vay" asked before a loan is paid out
// (session 28) "đóng" is not "lao động / hoạt động / cộng đồng…", and "tháng / tuần / lần trước" is a time past, not "pay
// first" (with a count, "cọc 1 tháng trước" is a month paid first): "Tôi bị tai nạn lao động ở công trường tháng trước…" read as "đóng … trước", a fee before a payout
const feeToReceive =
  /((?<!mien )phi|le phi|tien)\s+(nhan (thuong|qua|giai|hang|tien)|van chuyen|thong quan|truoc ba|mo dong bang|kich hoat|bao hiem (khoan vay|hang hoa)|ho so|xac minh|giai ngan|xu ly|thu tuc|chong rua tien|luu kho|giao lai|dinh chinh|tham dinh|phap ly|dich vu|so hoa|cap nhat|bao lanh|chung minh|xoa no|mo khoa|bao hiem(?! (y te|xa hoi|hoc sinh|than the|bhyt))|dong phuc|dao tao|giu cho|the ra vao|xet tuyen|nhan viec)|(thue|phi) nhap khau|chung minh (tai chinh|thu nhap|vo toi|trong sach)|tien (bao lanh|chuoc|tam ung)|ma qr (?!.{0,30}(?<!quy )\bkhach\b).{0,30}chuyen|\btruoc .{0,20}\b(moi|roi moi|thi moi|roi) (giao|nhan|giai ngan|rut|duoc)|(chuyen|(?<!\b(di|lao|hoat|bien|cong|chu|tu|rung|xuc|khoi|van) |\d )dong|nop|dat coc|chuyen khoan) (\S+ ){0,4}(?<!(bao|dong) tra |(?<!(\d|mot|hai|ba) )\b(thang|tuan|nam|hom|lan|bua|dot|ky) )truoc\b(?! (ngay |han )?\d{1,2}[/.-]\d{1,2}| (ngay|han|thoi han|ky han|\d{1,2} ?(h|gio))\b)|nap them .{0,25}(moi|de|thi) (rut|hoan thanh|nhan|mo)|((?<!\b(di|lao|hoat|bien|cong|chu|tu|rung|xuc|khoi|van) |\d )dong|nop|chuyen|tra) (\S+ ){0,3}(thue|phi|le phi|tien)\b.{0,25}\b(de|moi|thi moi|roi moi) (\S+ ){0,3}(nhan|giao|rut|lay|linh)\b|hai quan.{0,40}\b(phi|thue)\b|\b(phi|thue)\b.{0,40}\bhai quan|\b(customs|delivery|release|shipping|redelivery|clearance) (fee|charge|duty)|\bpay (the |a )?(\S+ ){0,3}(fee|duty|charge)\b/;
// an amount's unit ends its word ("bảo hành 1 đổi 1. Trả góp" is no "đòi 1 tr"; "2tr5" still counts);
// "cho thuê lại 300tr/năm" is a lease, not "cho (tôi) 300tr"
const moneyRequest = rx(`(neu (khong|ko|k)|khong thi|ko thi) (\\S+ ){0,3}(thanh toan|chuyen|dong|nop|ck)|(thanh toan|chuyen|dong|nop|ck) (\\S+ ){0,3}(neu (khong|ko|k)|khong thi)|${transferVerb}\\s+(\\S+\\s+){0,4}((?!0\\s*(d|dong|vnd)\\b)\\d[\\d.,]*\\s*(trieu|tr|cu|k|nghin|ngan|d|dong|vnd|ty|usd)(?![a-z])|tien|phi|khoan|gap)|(can|muon|xin|cho(?! thue)|chuan bi|doi|bat (nop|dong|chuyen))\\s+(\\S+\\s+){0,2}(gap )?\\d[\\d.,]*\\s*(trieu|tr|cu|ty)(?![a-z])`);
const appInstall = /(cai dat|cai them|cai|tai ve|tai xuong|tai|download)\s+(ung dung|app|phan mem|phien ban|ban (moi|cap nhat))|(cai dat|cai|tai ve|tai xuong|download)\s+(\S+\s+){1,2}(ung dung|app|phan mem)|cai dat (\S+\s+){0,3}(ban moi|phien ban|theo (link|duong link|huong dan)|tai (link|day))|\.apk\b|\bapk\b/;
const fromStore = /(ch play|google play|app store|appstore|kho ung dung)/;
const clickRequest = /(truy cap|bam|nhan vao|click|dang nhap|xac thuc|xac minh|kich hoat|doi qua|nhan qua|tra cuu|nop phat|thanh toan|cap nhat|xem chi tiet|xem ngay|vao link|vao ngay|bam vao|tai:|tai link|tai day|link)/;
const privateChat =
  /((tham gia|vao) (ngay )?nhom (\S+ ){0,2}(zalo|telegram|kin|vip|chat)|ket ban zalo|add zalo|them zalo|zalo (tro ly|chuyen vien|tu van vien|nhan vien|cskh) (\S+ )?0\d|ket ban qua zalo|nhan (tin )?zalo|lien he (qua )?zalo|qua zalo(?! (oa|phuong|xa|cua (phuong|xa|ubnd)|ubnd))|zalo (so )?0\d|zalo \d|zalo ['"]|inbox|ib zalo|telegram|@[a-z0-9_]{4,}|zalo (ca nhan|rieng)\b|(qua|lien he|nhan tin|add|ket ban|nhan) whatsapp|whatsapp:? ?\+?\d|video call|goi video|zoom|ket noi zoom)/;
// (session 26b) "không được chia sẻ với con cháu": a gag towards the family ("… thông tin với người lạ" is a rule: no listener matches)
// (session 24) "thông tin người báo được giữ bí mật": the police promising an informant confidentiality, not a gag
// (session 27) "không được cho ai biết" (nobody may know: no listener follows), and the isolation that comes with an
// "online kidnapping": a hotel room taken alone, contact with the family cut off ("thuê phòng khách sạn một mình", "tắt
// liên lạc với gia đình") — no agency asks that of anyone
// (session 28) …but "không được cho ai biết mã OTP / mật khẩu" is the safety rule itself, told by the resident's family
// ("Con tôi bảo không được cho ai biết mã OTP, nhưng giờ tôi không nhận được mã thì làm sao…" was warned)
// (session 28) also instructed-gag.ts's gag, which kept its own copy of these words; the copy's listeners "người thân",
// "vợ / chồng / con" are here now
export const secrecy =
  /(khong (duoc )?cho (ai|bat ky ai|nguoi nha|gia dinh|nguoi than) biet|khong (duoc )?(noi|bao|ke|tiet lo|chia se|thong bao)( (voi|cho))? ?(vo|chong|con)\b|(thue|vao|o) (\S+ ){0,3}(phong|nha nghi|khach san) (\S+ ){0,3}mot minh|(tat|cat|ngat) (het )?(lien lac|lien he|dien thoai|dinh vi) (voi )?(gia dinh|nguoi than|nguoi nha|bo me|moi nguoi)|khong (duoc )?(noi|bao|thong bao|tiet lo|cho ai biet|ke|chia se thong tin|chia se)( voi| cho)? ?(ai|nguoi than|nguoi nha|gia dinh|bo me|con chau|ai het)|(?<!duoc )giu bi mat|tuyet doi khong noi|khong (duoc )?bao (cong an|ai)|dung (noi|bao|ke) (voi|cho) ?(ai|me|bo|ba|con)|dung bao (cong an|ai)|bao cong an (thi|la)|o mot minh|phong rieng|khong duoc cup may|khong duoc lien lac)(?! (\S+ )?(ma )?(otp|mat khau|pin|ma xac (thuc|nhan)|so the|cvv)\b)/;
const noCallback = /(dien thoai (cua )?(em|minh|chau|con|tao|to)? ?het tien|phai dung so nay|(?<!su )dung goi|khong goi duoc|khong nghe may duoc|may (con |em |chau )?(hong|hu|loi|het pin|vo)|doi so|so moi|nhan bang (may|so) (ban|khac|moi)|het tien dien thoai|dang hop)/;
const keypress = /(bam phim \d|nhan phim \d|an phim \d)/;

const threat =
  /((sap )?bi ngung (dich vu|hoat dong|su dung)|ngung dich vu|phat nguoi|loi vi pham|no (tien|cuoc)|chua (nop|dong) (phat|tien)|bi khoa|se (bi )?khoa|tam khoa|tranh (bi )?khoa|(so|the) (bhxh|bhyt|bao hiem( xa hoi| y te)?|y te)( giay)? (se )?bi huy|huy (so|the) (bhxh|bhyt|bao hiem|y te)|khoa (tai khoan|sim|the|2 chieu|hai chieu|1 chieu|vinh vien)|dong bang|cat dien|ngat dien|ngung cap|thu hoi (so|the|sim)|bi phat|muc phat|cuong che|tam giam|bat giam|lenh bat|bat khan cap|khoi to|trieu tap|vu an|rua tien|ma tuy|dieu tra|vo hieu hoa|tuoc|tam giu|xu ly hinh su|truy to|bi bat(?! nat)|vi pham|buon lau|mua ban nguoi|danh sach den|xoa (cu tru|ten)|mat (diem|quyen)|\b(on hold|suspended|will be (returned|cancelled|suspended|locked|blocked)))/;
const urgency = /(trong (vong )?\d+ ?(h|gio|phut|tieng)|truoc \d+ ?(h|gio)|sau \d+ ?(h|gio)|ngay hom nay|trong hom nay|trong ngay|\bgap\b(?! (nhan vien|can bo|truc tiep|mat|lanh dao|chu tich|to truong|nhau))|khan( cap)?|ngay lap tuc|het han|sap het han|qua han|han cuoi|ngay bay gio|lap tuc|24h|48h|12h|2h|truoc 17h|truoc khi bi|\b(within \d+ ?(hours|hrs|h)|immediately|pay now|right now)\b)/;
const prize = /(\b(you (have )?won|winner|lucky draw|claim your (prize|reward|gift))\b|chuc mung (ban|quy khach|thue bao|so (thue bao|dien thoai))( \S+){0,3} (duoc|trung|nhan)\b|\bkhoan (tien|tro cap|ho tro)( \S+){0,5} chua (nhan|lanh|linh)\b|\b(ban|quy khach|qk) (da )?(nhan duoc|duoc nhan|duoc huong|duoc chi tra) (\S+ ){0,2}(tien|khoan) (tro cap|ho tro)\b|trung thuong|trung giai|qua tang|tri an|nhan qua|doi qua|diem thuong|diem tich luy|hoan tien|duoc tang|voucher|may man|duoc chon|phan qua|giai thuong|nhan thuong|iphone|xe sh|chi vang)/;
const easyMoney = /((moi|1|hang) ngay (\S+ ){0,4}(kiem|nhan|thu nhap|co)[^.]{0,20}\d|(nhan tien|quyet toan|tra luong|thanh toan luong)( ngay)? (trong|ngay|hang) ngay|viec nhe|luong cao|hoa hong|nhiem vu|cong tac vien|ctv|thu nhap \d|kiem tien|kiem them|lam them|dang tuyen|tuyen (nguoi|nhan vien|ctv)|\d+ ?k? ?-? ?\d*(k|tr|trieu)?\/ ?ngay|lam (viec )?tai nha|tha tim|danh gia san pham|chot don|don vip|nap them|rut duoc)/;
// a payment plan ("thanh toán chỉ 1.25%/tháng", "trả góp 2%/tháng") is what the buyer pays, not a return
// (session 28) "chủ đầu tư" is a building's developer, not an investment offer ("đóng phí bảo trì chung cư cho ai, ban
// quản trị hay chủ đầu tư" was warned)
const investment = /((?<!\bchu )dau tu|loi nhuan|lai (co dinh|cam ket|suat cao|\d)|(?=\d)(?<!\b(thanh toan|tra gop|gop) (chi |tu |moi thang )?[\d.,]*)\d+ ?%\/ ?(ngay|tuan|thang)|san (giao dich|quoc te|dau tu)|tien ao|tien so|usdt|coin|forex|ngoai hoi|co phieu|chuyen gia (dau tu|tai chinh|chung khoan|phan tich)|nhom (kin|vip)|cam ket (hoan|lai|loi)|1 lai 10|co tuc)/;
const loan = /(vay (tien|nhanh|von|online|tieu dung)|giai ngan|khoan vay|khong the chap|no xau|duyet (ho so|vay|\d)|khong tham dinh|ho so vay)/;
// (a slight fall the teacher reports as handled, "bé bị ngã nhẹ", is no emergency)
const emergency = /(cap cuu|(phai|can) mo (ngay|gap)|tai nan|bi nga\b(?! nhe)|nga cau thang|benh vien|mo gap|can mo|phau thuat|nhap vien|chan thuong|hon me|bi bat(?! nat)|bi danh|sot cao|vien phi|ket o|mat vi)/;
const kidnap = /(bat coc|chuoc|dang giu|trong tay chung toi|phong toi|khong cho (con )?ra|theo doi con|chuoc mang)/;
const relativeClaim =
  /(\bxung (la )?(con|chau|em|ban|vo|chong) (toi|cua|minh|ba|ong)|(me|bo|ba|ong|chi|anh|co|chu|bac|cau|di|em) oi,? (con|chau|em|anh|chi)\b|^(con|chau|em) day|\b(con|chau|em) (day|doi so|dung so)\b|\b(con|chau|em) [a-z]{1,8}\.? day!|(phai|tam) (dung|muon) (tam )?so (nay|khac)|co giao chu nhiem|giao vien chu nhiem|ban (cua|cung phong)|vo (anh|cua)|phu huynh (em|hoc sinh)|bac si (khoa|cap cuu)|\b(toi|em) la (bac si|y ta|co giao|thay giao|giao vien)\b)/;
const authority = /(cong an|canh sat|toa an|vien kiem sat|dieu tra vien|can bo (dieu tra|thu ly|ky thuat)|cuc an ninh|bo cong an|\b(thuong ta|dai uy|trung ta)\b|co quan dieu tra|csgt)/;
const wardOfficial = /(can bo (phuong|xa|dia chinh|tu phap|van hoa|xa hoi|ho tich)|ubnd phuong|trung tam (phuc vu )?hanh chinh cong|to cong tac|ban quan ly to dan pho|phuong thong bao|cong an (phuong|xa))/;
const parcel = /(don hang|buu pham|buu gui|kien hang|giao hang|shipper|hai quan|thong quan|van chuyen|chuyen phat|cod\b|\b(parcel|package|shipment|customs)\b)/;
// (session 20) not affection for a place or the ward's people ("em yêu phường mình quá", "anh yêu Hà Nội"), nor dollars
// converted ("đổi 500 usd sang tiền việt", "quy đổi 200 usd ra vnd")
const romance = /((em|anh) yeu(?! (phuong|xa|to dan pho|khu pho|ha noi|thu do|que|viet nam|dat nuoc|cac (anh|chi|co|chu|bac|ban)|moi nguoi|ad|admin|cong viec|nghe)\b)|qua tu (my|anh|nuoc ngoai)|gui (cho (em|ban|chi|anh) )?(mot )?(thung|hop|goi|mon) qua|qua tang tu|bac si quan doi|(?<!\b(doi|chuyen doi|quy doi|ty gia|gia) )\b\d+[.,]?\d* ?usd(?! (sang|ra|thanh|bang) (tien viet|vnd|viet nam dong|dong|tien))|lam quen|(hom truoc|lan truoc) (minh|chung ta|anh em|hai dua) (noi chuyen|gap|nhan tin))/;
const recovery = /(lay lai (so )?tien|thu hoi (tien|tai san|von)|tien (bi|da) (lua|mat)|bi lua (dau tu|qua mang)|(?<!thue )luat su(?! bao chua)|hacker|truy vet|tien bi treo|treo tren he thong|hoan tien (cho )?nan nhan|ho tro nan nhan)/;
/** "if it wasn't you, cancel here": a charge or sign-up the reader did not make, to be undone through the message */
const cancelLure = /(neu (day |do )?khong phai (la )?(ban|quy khach|qk|chinh chu)|neu (ban|quy khach|qk) khong (thuc hien|dang ky|yeu cau|su dung))[^.]{0,60}(huy|khoa|tu choi|bao cao|hoan|xac nhan|nhap|bam|truy cap|vao)|(da dang ky|da mo|da kich hoat) (\S+ ){0,6}(dich vu|chuong trinh|goi)[^.]{0,60}(phi|thu phi|tru)[^.]{0,10}\d/;
/** services making fake diplomas, licences and land titles ("nhận làm bằng lái xe, bằng đại học, sổ hồng") */
const fakePapers = /(nhan [il]am (bang|giay to|so (hong|do)|ho so)|[il]am (bang|giay to) (gia|that)|bang (la[il] ?xe|da[il] hoc|cao dang|trung cap).{0,60}(giay to|so (hong|do)|bang))/;
/**
 * advertising SMS carry the opt-out the law requires (Decree 91/2020/ND-CP): "Từ chối QC, soạn TC gửi 199";
 * a paid subscription's messages, the way to cancel it at the operator's short code ("Để hủy dịch vụ,
 * soạn HUY VCLIP gửi 9234"): a short code answers only its registered owner; and the "QC" label the
 * same rules put at the head of an advert ("(QC) Xem Tivi…", "[QC] Sam Tet Viettel…")
 */
const adOptout = /(^[\s([<]*qc\b|tu ?choi (nhan )?(qc|quang cao|quang ba|tin|nhan tin|thong tin)|\btcqc\b|tu ?choi,? (soan )?(tc|bl|no)\d? gui ?\d{3,5}|soan (tc|bl|no|huy qc)\d? gui ?\d{3,5}|(de )?huy (dich vu|dv|goi (cuoc)?)[^.]{0,30}soan (tin )?huy \S+( \S+)? gui \d{3,5}\b)/;
/** a subscription's price stated the way operators must ("sau KM 5.000đ/ngày", "cước 2.000đ/ngày") */
const servicePricing = /((sau km|cuoc sau km|sau khuyen mai|phi dv|phi dich vu|cuoc dv|gia cuoc|cuoc|cuoc thue bao|phi dang ky|phi gia han|mien phi ngay dau|tinh cuoc)[^.]{0,30}\d[\d.,]*\s*(d|dong|k|vnd)?\s*\/\s*(\d{1,2} ?)?(ngay|tuan|thang|lan|tin|p|phut|ph|chu ky))/;
const servicePricingAll = new RegExp(servicePricing.source, "g");
const deposit = /(dat coc|chuyen coc|coc (truoc|1 thang|50|100)|giu phong|giu cho|giu suat|huy khong hoan)/;
/**
 * an order to verify or log in to an account under a threat of locking it ("Xác thực tài khoản để tránh
 * khóa", "… Không thực hiện trong 24h sẽ bị khóa"), or to log in through a link the message gives
 * ("đăng nhập … theo liên kết sau để thay đổi mật khẩu"): banks, operators and agencies send their
 * customers to their own app or site by name, never to "the link below"
 */
const lockThreat = /((de |nham )?tranh (bi )?(khoa|tam (ngung|khoa)|vo hieu)|(neu khong|khong thuc hien|qua han|sau \d+ ?(h|gio|ngay))[^.]{0,40}(se )?bi (khoa|tam (ngung|khoa)|vo hieu|huy))/;
const loginLink = /(dang nhap|truy cap|xac thuc|cap nhat)[^.]{0,60}\b(theo|tai|qua|vao) (\S+ )?(lien ket|duong link|duong dan|link|website|trang web) (sau|nay|ben duoi|duoi day|trong tin)/;
/**
 * "Em nạp nhầm 200k vào số anh, anh nạp trả lại giúp em": someone who says they topped up or
 * transferred to the reader by mistake and asks for it back (the money "sent" is a loan in the reader's
 * name, or never came); a real mistaken transfer is returned through the bank or the operator
 */
const mistakenSent = /\b(nap|chuyen|ck|chuyen khoan|gui|ban) (\S+ ){0,3}nham (\S+ ){0,5}(vao |cho |sang )?(so |tai khoan |tk |stk |the )?(cua )?(anh|chi|ban|em|co|chu|bac|ong|ba|toi|minh|quy khach)\b/;
// (the top-up variant asks for the card's code instead: "bác đọc mã thẻ giúp em", "gửi lại mã thẻ", "nạp lại mã")
const returnAsk = /(\b(nap|chuyen|ck|gui|hoan|tra|ban) (\S+ ){0,2}(lai|tra)\b|tra lai|nap tra|chuyen tra|gui tra|hoan tra|\b(doc|gui|nhan|chup) (lai )?(\S+ ){0,2}ma the\b|\bnap lai ma\b)/;
/**
 * a shop's thanks for a purchase with the order and the points ("Cam on Anh Hoang da mua hang tai … voi
 * don hang: 740.000. Diem hien tai: 65"): a receipt that asks nothing; a "thanks" that goes on to a
 * refund, a cancellation, a code or a payment is not one (checked where the signal is set)
 */
const purchaseReceipt = /\b(cam on|xin cam on) (\S+ ){0,4}da (mua hang|mua sam|dat hang|mua|thanh toan|su dung dich vu)\b[^]{0,120}\b(don hang|hoa don|diem|tich luy|ma don)\b/;
/**
 * a gift for installing or updating an agency's app ("Cài đặt VNeID để nhận quà"): agencies give no
 * gifts for their apps through messages (a ward's campaign at the community house says where: in_person);
 * (session 15) nor money to "withdraw" through one ("tải app VssID-pro tại link để rút" the lump-sum BHXH)
 */
// (session 22) the agency by any of its registry names (registry.ts agencyNames), not only the five listed here: an
// agency-swap run of the training split (brand-swap.ts rewrites) read "Cài đặt VNeID để nhận quà" as a scam and the
// same line naming "Bảo hiểm xã hội Việt Nam" or "Cơ quan thuế" as none
const agencies = `vneid|vssid|dinh danh dien tu|dich vu cong|etax|bhxh|${agencyNames}`;
const govGift = new RegExp(
  String.raw`(cai|cai dat|tai|cap nhat|kich hoat|dang nhap|dang ky) (\S+ ){0,3}(${agencies})\b[^.]{0,40}\bde (nhan|duoc|lay|rut) (\S+ ){0,2}(qua|tien|thuong|ho tro)|(cai|cai dat|tai|kich hoat|dang nhap) (\S+ ){0,3}(${agencies})\b[^.]{0,40}\bde rut\b`,
);
const accountUpdate = /(cap nhat|xac thuc|xac minh|dong bo|chuan hoa|tich hop|sinh trac hoc|ekyc|dinh danh|kich hoat|mo khoa|gia han|nang cap|doi ma)/;
const refund = /(hoan (thue|tien|phi|tra)|duoc hoan|boi thuong|tien thua|dong thua|tinh sai)/;
// (a contact's plea for millions, "giúp em mỗi người 2 triệu", is read in plea.ts; "giúp em 200k tiền ship" is an errand)
// (session 17) "nhờ (em) nhận tiền hộ rồi chuyển lại": the reader's account lent to pass money on, a hijacked account's
// ask; the writer's own "em nhận tiền hộ chị rồi, tối em chuyển lại" reports a favour done
const borrow = /(\bnho (\S+ ){0,3}nhan (tien )?(ho|giup|gium)\b|(?<!khong |ko |chua )(cho|cho (minh|toi|tao|em|to|chi|anh)) muon(?! (so|giay|xe|nha|phong|do|sach|may|dien thoai|the can cuoc|can cuoc|cccd|ho khau)\b)|muon (gap )?\d|can gap \d|chuyen (giup|gium|ho) (\S+ ){0,3}(\d|vao|qua|tien)|(mai|chieu|tuan sau|toi nay) (minh |em |tao |to |chau |con )?(tra|gui lai|chuyen lai)|toi (minh|em|tao|to|chau|con) (tra|gui lai|chuyen lai)|(?<!han )tra (lien|ngay(?! \d))|gui lai (cho )?(chi|anh|ban|ong|ba|me|bo)|(hom nao|mai|toi nay|tuan sau) (\S+ ){0,2}(gui|tra|chuyen) lai|ban (cho )?(em|minh|chau|con|to) (cai |cai the |the|\d))/;
const accountExcuse = /(tai khoan (cua )?(minh|em|tao|to|chi|anh|con|chau)? ?(dang )?(bi loi|loi|bao tri|bi han che|han muc|bi khoa)|(bi loi|loi) han muc|may (em|chau|con|minh)? ?loi khong chuyen)/;
const linkAction = /(dang nhap|nhap (thong tin|so the|mat khau|ma)|thanh toan|nop phat|nop tien|dong phi|dong phat|xac thuc|xac minh|cap nhat|kich hoat|nhan qua|doi qua|doi diem|nhan thuong|nhan tien|nhan hoan|mo khoa|huy (giao dich|ngay)|khang nghi|binh chon|gia han|dat lich|tai (ung dung|app)|khai bao|dien (thong tin|form|mau|ho so)|cung cap (thong tin|so tai khoan|stk)|nhan ngay(?= ?:| tai\b)|dang ky nhan)/;
const curiosity = /((anh|clip|video|hinh) (nong|nhay cam|cua (ban|cau|anh|chi|em|may))|lan truyen|co phai (ban|cau|anh|chi|may) (khong|ko|k)\b|binh chon)/;
const scarcity = /(nhieu nguoi hoi|con it|chi con \d+|so luong co han|sau \d+ (tieng|gio|phut) .{0,25}(huy|mat)|huy khong hoan|het suat|giu cho|giu suat)/;
const remoteOnly = /(chua xem duoc|khong can (xem|gap)|chu (nha )?di (vang|nuoc ngoai)|chi lam online|khong gap mat|gui chia khoa|ship chia khoa)/;
const remoteControl = /(cap quyen|quyen tro nang|tro nang|dieu khien (tu xa|dien thoai)|chia se man hinh|ultraviewer|teamviewer|anydesk)/;
/** a retold call or message from someone claiming to be an organisation or official */
const impersonationCall = /(tu xung|xung la|xung|noi la|bao la|nhan la|gia danh|mao danh)\s+(\S+\s+){0,3}(cong an|canh sat|can bo|nhan vien|toa an|vien kiem sat|dieu tra|ngan hang|dien luc|evn|buu dien|shipper|luat su|giao vien|co giao|bac si|nha mang|tong dai)|(tu xung|xung la|xung|gia danh|mao danh)\s+(\S+\s+){0,2}(bhxh|bao hiem|co quan thue|chi cuc thue|cuc thue|ben thue|kho bac|so y te|benh vien|vneid|bo cong an|ubnd|uy ban)\b/;
/**
 * an agency's app announced with a version number ("ứng dụng VSSID 4.0", "VNeID 2.0"): agencies publish
 * their apps in the stores under their own names; a numbered "new version" to switch to is a fake app, and so
 * (session 15) is one with a suffix ("tải app VssID-pro tại link để rút", "VNeID Plus")
 */
const fakeAppVersion = /\b(vneid|vssid|etax( mobile)?|dich vu cong|evnhanoi|bhxh so|bao hiem so)( \d+\.\d+\b|[ -]?(pro|plus|vip|premium|max)\b)/;
const officialApp = /((ung dung|app) (my viettel|my vnpt|my mobifone|vcb digibank|bidv smartbanking|mbbank|evnhanoi|vneid|vssid|momo|zalopay|viettel money|techcombank mobile|agribank e-mobile|tiki|shopee|lazada|grab|be|etax mobile|co.op|pharmacity)|(tren|trong|qua) (ung dung|app) (chinh thuc|cua (ngan hang|nha mang))|ch play|app store)/;
const familiarPayee = /((so|tai khoan) cu\b|nhu moi (thang|lan)|nhu thuong le|da goi dien (chot|xac nhan))/;
const wrongNumber = /(nhan nham|nham so|xin loi (chi|anh|ban) nhe|(gui|nhan|goi) nham (so|nguoi|ban))/;
const assetCheck = /(xac minh|chung minh|kiem tra|ra soat|niem phong|phong toa|bao quan) (\S+ ){0,2}(tai san|so du|nguon tien|tien trong tai khoan|tien tiet kiem)/;
const privateLink = /(theo|vao|bam|qua) (cai )?(duong dan|link|duong link) (\S+ ){0,2}(em|toi|chung toi|can bo|ben em|minh|anh|chi) (gui|nhan|vua gui|cung cap)|(ung dung|app|phan mem|link) (\S+ ){0,2}(chung toi|ben em|em|toi|can bo) (gui|cung cap|nhan)\b/;

const codeToPerson = /(ma|otp|code)[^.]{0,40}\b(cho|doc cho|gui cho|bao cho|chuyen cho) (nhan vien|tong dai|can bo|em|anh|chi|minh|toi|chung toi|ho|nguoi)\b/;
/*
 * A code handed to the reader: "Mã OTP của Quý khách là 482913", "482913 là mã OTP", and (session 24) the code named with
 * its purpose first, "OTP để xác nhận giao dịch chuyển tiền 2.000.000 VND là 339182", "Mã OTP dùng để kích hoạt ACB ONE
 * trên thiết bị mới là 771205": the bank's own delivery; "để xác nhận / để kích hoạt" there is what the code is for, not
 * the otpRequest's "(give the code) để mở khóa". An amount's dots ("2.000.000") do not end the clause.
 */
const codeDelivery = /((ma otp|otp|ma xac (thuc|nhan|minh)|ma kich hoat|ma dang nhap|ma)( cua (quy khach|ban))?( dang nhap[^.]{0,40})?( la|:)?\s*:?\s*g?-?\d{4,8}\b|\b\d{4,8}\s*(la|-)\s*(ma|otp)|\b(ma otp|otp|ma xac (thuc|nhan|minh))( cua (quy khach|ban))? (dung )?(de|cho) (?:[^.:;!?]|(?<=\d)[.,](?=\d)){0,80}? la:? \d{4,8}\b)/;
// (session 24) also "Đây là thủ đoạn lừa đảo, bà con không làm theo." — the told script called a scam, the reader told to refuse
const protective =
  /((khong|tuyet doi khong|khong bao gio|dung|khong nen)( duoc)? (chia se|cung cap|tiet lo|dua|gui|doc) (\S+ ){0,4}(ma|otp|mat khau|thong tin (ca nhan|the|tai khoan)|so the|cvv|anh|tai khoan|cho (bat ky|nguoi|ai))|khong bao gio (yeu cau|goi|gui|hoi)|khong (gui|yeu cau|lam viec|thu)\b|\b(ngan hang|bhxh|bao hiem xa hoi|cong an|co quan (\S+ ){0,2}|nha mang|dien luc|evn\w*|viettel|vinaphone|mobifone|vcb|vietcombank|bidv|agribank|vietinbank|techcombank|tpbank|acb|sacombank|vpbank|mb|thue|buu dien|ubnd|phuong|xa) (\S+ ){0,2}khong (bao gio )?(goi dien|goi|nhan tin|lien he) (\S+ ){0,3}yeu cau|chi cung cap .{0,40} kenh chinh thuc|canh bao|khuyen cao|luu y|canh giac (voi|truoc)|de phong|khong (lam viec |thong )?qua (dien thoai|mang|zalo|tin nhan)|(tuyet doi )?khong (tin|thuc hien|lam theo|nghe theo) (cac|nhung|bat ky|bat cu|loi|yeu cau|cuoc goi|tin nhan)|deu (la )?(lua dao|gia mao)|\b(day|do) la (\S+ ){0,2}(lua dao|gia mao)\b|\bkhong (lam|nghe) theo(?= ?([.!,;]|$)))/;
const balance = /(\b(sd|so du|sdc|so du kha dung)\s*:?\s*\d[\d.,]*|[+-]\s?[\d][\d.,]*\s?(vnd|d)\b.{0,60}(sd|so du))/;
const inPerson = /(tai quay|diem giao dich|chi nhanh|tru so|den truc tiep|mang theo (cccd|can cuoc|cmnd|so)|cua hang(?! (shopee|lazada|tiki|tiktok|online|truc tuyen))|phong giao dich|buu cuc|bo phan mot cua|nha van hoa)/;
const noFee = /(khong thu (bat ky )?(khoan )?(phi|tien)|khong (mat|nop) (bat ky )?(khoan )?(phi|tien))/;
const ignoreIfDone = /(neu (quy khach |ban )?da (thuc hien|thanh toan|cap nhat),? (vui long )?bo qua|bo qua tin nhan nay)/;
const hotlineWords = /(lh|lien he|cskh|tong dai|hotline|goi|soan .{1,25} gui)\s*:?\s*(?:[a-z]\S* (?:(?:hotline|tong dai|so|cskh) )?)?(\d[\d .]{2,13}\d)/g;

const ownLine = /(thue bao|\btb|so may)\s*:?\s*$/;
// today's 10-digit mobiles, and the pre-2018 11-digit ones (012x, 016x, 018x, 019x) scams of that time and
// old SIMs still carry
const mobilePattern = /(?<![\d])(?:\+84|0)[\s.-]?(?:[35789]\d|1[2689]\d)(?:[\s.-]?\d){7}(?!\d)/g;
const accountPattern = /(stk|so tai khoan|tai khoan|tk|account)\s*:?\s*(so\s*)?((?:\d[\s.-]?){8,19})/g;

/** Mobile numbers (0 + 9 digits, or +84), and numbers after "stk"/"số tài khoản". */
function numbersIn(cleaned: string, folded: string, wardNumbers: ReadonlySet<string>): { phones: string[]; accounts: string[] } {
  const phones = new Set<string>();
  for (const m of execAll(mobilePattern, cleaned)) {
    const digits = m[0].replace(/\D/g, "").replace(/^84/, "0");
    // "thuê bao 0912… của Quý khách": the reader's own line in an operator's notice, not a contact
    if (ownLine.test(foldForScam(cleaned.slice(Math.max(0, m.index! - 16), m.index!)))) continue;
    // the registry's hotlines and the ward's own published numbers are registered contacts
    if (!officialNumberOwner(digits) && !wardNumbers.has(digits)) phones.add(digits);
  }
  const accounts = new Set<string>();
  for (const m of execAll(accountPattern, folded)) {
    const digits = m[3]!.replace(/\D/g, "");
    if (digits.length >= 8 && !phones.has(digits) && !/x/.test(m[0])) accounts.add(digits);
  }
  return { phones: [...phones], accounts: [...accounts] };
}

/** A power cut announced for works: "lịch (tạm) ngừng cấp điện", "cắt điện … để sửa chữa / bảo dưỡng lưới điện". */
const scheduledCutSource = "\\b(lich (tam )?(cat|ngung|ngung cap|ngung cung cap) dien|(cat|ngung cap|tam ngung cap|ngung cung cap) dien( \\S+){0,12} de (sua( chua)?|bao duong|bao tri|thi cong|dau noi|nang cap|ve sinh|thay the|xu ly su co|cai tao))\\b";
const scheduledCut = new RegExp(scheduledCutSource);
const scheduledCutAll = new RegExp(scheduledCutSource, "g");

/** "đã được nạp 50.000đ", "đã thanh toán thành công": something done, not asked for. */
const doneMoney = /\b(da duoc|da|vua|duoc|vua duoc) (nap|chuyen|cong|thanh toan|nhan|nop|ck|tru)\b/g;

/**
 * A safety notice states rules ("VCB không bao giờ yêu cầu cung cấp mật khẩu, OTP hay cài đặt ứng
 * dụng lạ") and describes what scammers do ("đối tượng giả danh công an yêu cầu cài ứng dụng");
 * those sentences are not requests. What is left of the notice is read for requests.
 */
// (session 24) also a sentence naming impostors who impersonate ("Hiện có đối tượng mạo danh nhân viên VPBank…") without a warning word
const noticeMarker = /(deu (la )?(lua dao|gia mao)|(doi tuong|ke gian|ke lua dao) (\S+ ){0,3}(gia danh|mao danh|gia mao|tu xung|xung la|gia lam)|doi voi (cac|nhung) (cuoc goi|tin nhan)|canh bao|khuyen cao|luu y|thong bao|canh giac|tuyet doi khong|khong bao gio|\b(ngan hang|bhxh|bao hiem xa hoi|cong an|co quan (\S+ ){0,2}|nha mang|dien luc|evn\w*|viettel|vinaphone|mobifone|vcb|vietcombank|bidv|agribank|vietinbank|techcombank|tpbank|acb|sacombank|vpbank|mb|thue|buu dien|ubnd|phuong|xa) (\S+ ){0,2}khong (bao gio )?(goi dien|goi|nhan tin|lien he) (\S+ ){0,3}yeu cau)/;
const ruleSentence = /(tu xung|xung danh|bat ky (cuoc goi|tin nhan|ai) nao|khong bao gio|tuyet doi khong|khong yeu cau|khong lam viec qua|khong (goi|gui|nhan tin|de nghi)|doi tuong|ke gian|ke lua dao|gia danh|mao danh|gia mao|thu doan|canh giac|de phong|xuat hien)/;
/**
 * "…, bạn hãy / vui lòng …": what the sentence then asks of the reader. Folded "hay" is also "or"
 * ("yêu cầu cài ứng dụng hay cung cấp OTP"), so it counts only at a clause's start or after the reader.
 */
const askOfReader = /(?<=(^|[,:]\s*|\b(ban|quy khach|anh|chi|ong|ba|nguoi dan|ba con) ))(hay|vui long|de nghi|can phai)\b/g;
/**
 * "Anh tuyệt đối không tin ai khác, chuyển 50 triệu vào tài khoản tạm giữ ngay": a script's rule
 * followed by its demand. A warning's list also goes on after commas, its negation carried over
 * ("không cung cấp OTP, chuyển tiền cho người lạ"), so a clause counts as a demand only when it is an
 * order with the particulars a script gives — an amount, the account to use, "ngay" — and none of a
 * warning's generic objects ("người lạ", "theo yêu cầu", "bất kỳ ai").
 */
const demandClause = /^((anh|chi|ban|ong|ba|em|chau|co|chu|bac|quy khach) )?((can|phai|lap tuc|hay) )?(chuyen|ck|gui|nop|dong|nap|doc|cung cap|cai|tai)\b/;
const particulars = /\b\d+([.,]\d+)? ?(trieu|tr|nghin|ngan|k|d|dong|ty)\b|\btai khoan (tam giu|an toan|giam sat|chi dinh|nay|sau|duoi day|cua (toi|em|chung toi|ben em))\b|\b(ngay|lien|gap)\b/;
const genericObject = /\bnguoi (la|khong quen)\b|\b(tai khoan|so tai khoan|link|duong link|ung dung|app|trang|web|website|so dien thoai) la\b|\btheo yeu cau\b|\bbat ky\b|\bkhong\b|\b(doi tuong|ke gian|ke lua dao|gia danh|mao danh|gia mao)\b/;
function demandAfterComma(sentence: string): string {
  const clauses = sentence.split(/\s*,\s*/);
  for (let i = 1; i < clauses.length; i++) {
    const clause = clauses[i]!;
    if (demandClause.test(clause) && particulars.test(clause) && !genericObject.test(clause)) return clauses.slice(i).join(", ");
  }
  return "";
}
function withoutRuleSentences(folded: string): string {
  if (!matches(noticeMarker, folded)) return folded;
  return folded
    .split(/(?<=[.!?;\n])\s+/)
    .map((sentence) => {
      // (session 24) or that tells someone else's script in other words: described-script.ts
      if (!ruleSentence.test(sentence) && !tellsScript(sentence)) return sentence;
      // (session 15) "yêu cầu bà nộp 150 triệu vào tài khoản tạm giữ, tuyệt đối không thông báo cho ai": the
      // script's own gag order, not a safety rule; its sentence keeps what it asks (a warning describing it names
      // the impostors: "đối tượng dặn nạn nhân không được nói với ai")
      if (matches(secrecy, sentence) && !matches(impostors, sentence) && !tellsScript(sentence)) return sentence;
      // a sentence naming "kẻ gian" and then asking the reader ("để ngăn kẻ gian…, bạn hãy đọc mã OTP
      // cho tổng đài viên") keeps what it asks, unless that part again describes impostors
      const asks = execAll(askOfReader, sentence).pop();
      const tail = asks ? sentence.slice(asks.index) : "";
      if (tail && !ruleSentence.test(tail) && !tellsScript(tail)) return tail;
      // the script's words quoted after its teller are the script's, not a demand of the sender's
      return demandAfterComma(withoutQuotedScript(sentence));
    })
    .filter(Boolean)
    .join(" ");
}

/**
 * What the sender (not the impostors a warning describes) asks the reader to do outside official
 * channels: pay into an account, hand over a code or card data, install an app, send ID photos,
 * open a link off the registry or call a number that is no registered hotline. Read on the text
 * without the warning's rule sentences, so a bank's notice quoting the fake link it warns about
 * still counts as a warning.
 */
const offChannelDemands: SignalName[] = ["money_to_person", "fee_to_receive", "otp_request", "card_request", "topup_codes", "stranger_payment", "id_photo_request"];
function asksOffChannel(set: Set<SignalName>, requestText: string, unofficialLink: boolean | undefined, phones: string[]): boolean {
  if (offChannelDemands.some((d) => set.has(d))) return true;
  const offLink = unofficialLink ?? findLinks(requestText).some((l) => !l.official);
  if (offLink) return true;
  // an agency recommending its own app ("cài đặt ứng dụng VNeID", "… Bluezone tại bluezone.gov.vn") stays
  // on the official channels; an app from anywhere else, or an .apk, does not
  if (set.has("app_install") && (set.has("link_apk") || fakeAppVersion.test(requestText) || !(set.has("link_official") || officialApp.test(requestText)))) return true;
  const digits = requestText.replace(/[\s.-]/g, "");
  return phones.some((p) => digits.includes(p) || digits.includes(p.replace(/^0/, "+84")));
}

const impostors = /(gia danh|mao danh|xung danh|tu xung|gia mao|doi tuong|ke gian|ke lua dao)/;
const scriptMarks: SignalName[] = ["money_request", "money_to_person", "fee_to_receive", "otp_request", "card_request", "topup_codes", "stranger_payment", "id_photo_request", "app_install", "secrecy", "kidnap", "asset_check", "private_link", "private_chat", "keypress", "remote_control", "link_unofficial"];
const describedLures: SignalName[] = ["mistaken_return", "threat", "authority", "impersonation_call", "urgency", "account_update", "refund", "prize", "parcel", "emergency", "ward_official"];

/**
 * `wardNumbers`: the numbers the resident's ward publishes in its profile (digits, leading 0; see
 * ward-numbers.ts). The caller passes them in, so the check reads no files and
 * runs the same on Workers. A ward notice giving its office's, police's or staff's number is then no
 * "contact outside official channels".
 */
export function readSignals(body: string, wardNumbers: ReadonlySet<string> = new Set()): Signals {
  // ("chuyển hộ khẩu" is moving a registration, no money transfer: household-move.ts)
  const folded = withoutHouseholdMove(foldForScam(body));
  const requestText = withoutRuleSentences(folded);
  // the verb of a payment already made is dropped ("vừa nạp thành công 50.000đ" is no request)
  const moneyText = folded.replace(doneMoney, "$1 xong");
  // a warning's sentences about what scammers ask ("đối tượng giả danh công an … yêu cầu chuyển tiền")
  // are not the sender asking; a concrete account to pay into still counts wherever it is
  const askedMoneyText = requestText === folded ? moneyText : requestText.replace(doneMoney, "$1 xong");
  const pricing = matches(servicePricing, folded);
  const lureText = pricing ? folded.replace(servicePricingAll, " ") : folded;
  // the customer's own domain an expiry notice names is what expires, not a link to follow
  const found = findLinks(body);
  const subjects = expiringSubjects(folded, found);
  const links = subjects.size ? found.filter((l) => !subjects.has(l.host)) : found;
  const brands = brandsNamed(folded);
  const { phones, accounts } = numbersIn(body, folded, wardNumbers);
  const set = new Set<SignalName>();
  const on = adderTo(set);

  // (a shop's advert headed by its own name linking that name under .vn is its own site: own-site.ts)
  const unofficial = links.filter((l) => !l.official && !isOwnVnSite(l, folded));
  on("link_unofficial", unofficial.length);
  on("link_lookalike", unofficial.some((l) => l.lookalike || l.fakeGov));
  // a message that names a brand and links anywhere but that brand's (or another listed brand's) domains,
  // other than the sender's own site (a reseller's advert signed with its name: own-site.ts)
  const sender = unofficial.length && brands.length ? ownSenderName(folded) : undefined;
  on("link_brand_mismatch", brands.some((b) => b.kind !== "platform") && unofficial.some((l) => !isOwnSite(l, sender)));
  on("link_hidden", unofficial.some((l) => l.shortener || l.ip || l.punycode));
  on("link_handoff", links.some((l) => l.handoff));
  on("link_risky_tld", unofficial.some((l) => l.riskyTld));
  on("link_lure_words", unofficial.some((l) => l.lureWords));
  on("link_apk", links.some((l) => l.apk) || /\.apk\b/.test(folded));
  on("link_official", links.some((l) => l.official));

  // a message that gives the reader a code ("Nhập mã OTP 2278 để…") asks for it only when it
  // says to hand it to someone
  const givesCode = matches(codeDelivery, folded);
  const codeIntoPage = requested(requestText, otpEntry) && (unofficial.length > 0 || matches(intoPage, requestText));
  on("otp_request", (requested(requestText, otpRequest) || codeIntoPage) && (!givesCode || requested(requestText, codeToPerson)));
  on("card_request", requested(requestText, cardRequest) || requested(requestText, socialLogin));
  on("topup_codes", requested(requestText, topupCodes));
  on(
    "stranger_payment",
    (requested(requestText, siteTopup) && !links.some((l) => l.official)) ||
      matches(multipliedTopup, folded) ||
      (matches(prizeWon, folded) && brands.length > 0 && matches(paidShortCode, folded) && !matches(adOptout, folded)) ||
      (premiumGiftLure(folded) && !matches(adOptout, folded)),
  );
  on("id_photo_request", requested(requestText, idPhoto));
  // "đối tượng … yêu cầu chuyển tiền vào tài khoản an toàn" in a warning is what impostors ask, not the sender
  on("money_to_person", requested(askedMoneyText, personalAccount) || accounts.length > 0);
  on("fee_to_receive", requested(askedMoneyText, feeToReceive) || requested(askedMoneyText, feeEnglish) || auditionFee(askedMoneyText));
  on("money_request", requested(askedMoneyText, moneyRequest));
  // "tại ứng dụng Shopee" is in the official app, not a download
  const installText = requestText.replace(/\btai (ung dung|app) (my viettel|my vnpt|my mobifone|vcb digibank|bidv smartbanking|mbbank|evnhanoi|vneid|vssid|momo|zalopay|viettel money|shopee|lazada|tiki|grab|etax mobile)\b/g, "trong ung dung $2");
  on("app_install", (requested(installText, appInstall) && !matches(fromStore, folded)) || matches(fakeAppVersion, requestText));
  on("click_request", links.length && matches(clickRequest, folded));
  // asked to move to a private chat (Zalo, Telegram, a group, a video call); a number to call: below
  const optout = matches(adOptout, folded);
  // (session 24) read without a warning's sentences about what impostors do ("đối tượng … yêu cầu kết bạn Zalo, kết nối
  // Zoom", "cuộc gọi yêu cầu bấm phím 1", "dặn không được báo công an"): those are the script told, not the sender's
  on("private_chat", requested(requestText, privateChat));
  on("keypress", matches(keypress, requestText));
  on("secrecy", matches(secrecy, requestText));
  on("no_callback", matches(noCallback, folded));

  // a power cut scheduled for works ("lịch cắt điện …", "cắt điện … để sửa chữa lưới điện") is no threat
  // (a census's "điều tra viên", "Tổng điều tra dân số" is a survey, no investigation: survey-words.ts)
  const surveyless = withoutSurveyWords(folded);
  on("threat", matches(threat, surveyless) && !(scheduledCut.test(folded) && !matches(threat, surveyless.replace(scheduledCutAll, " "))));
  on("urgency", matches(urgency, folded));
  on("prize", matches(prize, folded));
  on("easy_money", matches(easyMoney, lureText));
  on("investment", matches(investment, folded));
  on("loan", matches(loan, folded));
  on("emergency", matches(emergency, folded));
  on("kidnap", matches(kidnap, requestText));
  on("relative_claim", matches(relativeClaim, folded));
  on("authority", matches(authority, surveyless));
  on("ward_official", matches(wardOfficial, folded));
  on("parcel", matches(parcel, folded));
  on("romance", matches(romance, folded));
  on("recovery", matches(recovery, folded));
  on("gambling", invitesToGamble(folded, body));
  on("fake_papers", matches(fakePapers, folded));
  on("id_account_trade", idAccountTrade(requestText));
  on("deposit", matches(deposit, folded));
  on("account_update", matches(accountUpdate, folded));
  on("lock_demand", !links.some((l) => l.official) && !/chinh thuc/.test(requestText) && !matches(officialApp, requestText) && ((matches(accountUpdate, requestText) && matches(lockThreat, requestText)) || matches(loginLink, requestText)));
  on("mistaken_return", matches(mistakenSent, requestText) && matches(returnAsk, requestText));
  on("gov_gift", matches(govGift, requestText) && !matches(inPerson, folded));
  on("refund", matches(refund, folded));
  on("wrong_number", matches(wrongNumber, folded));
  // (session 28) "cho em mượn cái CCCD photo…, mai em trả": a paper lent, no money (papers-lent.ts)
  on("borrow", (matches(borrow, borrowText(body, folded)) || contactPlea(folded)) && !papersLentOnly(folded));
  on("asset_check", requested(folded, assetCheck));
  on("private_link", requested(folded, privateLink));
  // (session 22) any registered bank's, wallet's or operator's app (registry.ts brandAppPattern), unless the text also links off its domains
  on("official_app", (matches(officialApp, folded) || (!unofficial.length && brandAppPattern.test(folded))) && !set.has("app_install"));
  on("remote_control", matches(remoteControl, folded));
  on("impersonation_call", matches(impersonationCall, folded));
  on("familiar_payee", matches(familiarPayee, folded));
  on("link_action", unofficial.length && matches(linkAction, folded));
  on("curiosity", matches(curiosity, folded));
  on("scarcity", matches(scarcity, folded));
  on("remote_only", matches(remoteOnly, folded));
  on("account_excuse", matches(accountExcuse, folded));
  on("brand_named", brands.length);
  // the same scripts written in English (english-cues.ts)
  for (const s of englishSignals(folded)) set.add(s);

  // a code handed over to be read out to someone ("Mã OTP của quý khách là 482913… vui lòng đọc mã cho nhân viên"):
  // the first half of the OTP script, not the bank's delivery
  on("code_delivery", matches(codeDelivery, folded) && !(givesCode && requested(requestText, codeToPerson)));
  // a mobile number to call or text is a private contact only in a message that also carries a script's
  // own mark (phone-contact.ts); a delivery man's, a ward officer's or a clinic's number in an ordinary
  // notice is how such notices are written (bench:scam slice "phone numbers")
  // "liên hệ cán bộ thuế 0978… để được cài đặt, phí 800.000đ": a fee asked through an officer's number (officer-fee.ts)
  const feeThroughOfficer = phones.length > 0 && !matches(inPerson, folded) && officerFee(requestText);
  if (feeThroughOfficer) set.add("money_request");
  on("private_chat", phones.length > 0 && !optout && contactWord.test(folded) && numberInScript(set, folded));
  // warning words head scams too ("CẢNH BÁO: … chuyển sang tài khoản an toàn", "Lưu ý: đọc mã OTP cho
  // tổng đài viên"): a message is protective only when it asks nothing through an unofficial channel
  on("protective", matches(protective, folded) && !asksOffChannel(set, requestText, requestText === folded ? unofficial.length > 0 : undefined, phones));
  // a bank's or agency's warning quoting the fake links it warns about ("tin nhắn giả mạo … không truy cập …")
  if (set.has("protective") && /(gia mao|mao danh|lua dao)/.test(folded) && !set.has("money_request") && !set.has("otp_request")) {
    for (const s of ["link_unofficial", "link_lookalike", "link_brand_mismatch", "link_risky_tld", "link_hidden", "link_lure_words", "link_action", "click_request"] as const) set.delete(s);
  }
  // a warning that describes impostors' calls and tells the reader to refuse them ("Đối với các cuộc gọi
  // giả danh công an… thông báo nợ tiền điện…, người dùng tuyệt đối không thực hiện…"): the threats,
  // authorities and prizes it names are the impostors', not the sender's. Only when the sender asks
  // nothing at all and the text carries none of a script's own marks (secrecy, a number to call).
  if (set.has("protective") && (matches(impostors, folded) || tellsScript(folded)) && !phones.length && !scriptMarks.some((m) => set.has(m))) {
    for (const s of describedLures) set.delete(s);
  }
  on("balance_notice", matches(balance, folded));
  on("in_person", matches(inPerson, folded));
  on("no_fee", matches(noFee, folded));
  on("ignore_if_done", matches(ignoreIfDone, folded));
  on("ad_optout", optout);
  on("cancel_lure", unofficial.length > 0 && matches(cancelLure, folded));
  on("service_pricing", pricing);
  const receiptSpoilers: SignalName[] = ["otp_request", "card_request", "money_to_person", "fee_to_receive", "money_request", "topup_codes", "stranger_payment", "id_photo_request", "app_install", "keypress", "link_lookalike", "link_hidden", "link_risky_tld", "link_brand_mismatch", "link_action", "refund", "cancel_lure", "lock_demand", "prize"];
  on("purchase_receipt", matches(purchaseReceipt, folded) && !receiptSpoilers.some((x) => set.has(x)));
  let officialContact = false;
  for (const m of execAll(hotlineWords, folded)) if (officialNumberOwner(m[2]!.replace(/\D/g, ""))) officialContact = true;
  // the ward's own number marks its notice only when the notice asks nothing off-channel: a scam can
  // quote the ward's real number next to "chuyển 500.000đ vào số tài khoản … của cán bộ thu phí"
  const asksOff = accounts.length > 0 || unofficial.length > 0 || offChannelDemands.some((d) => set.has(d));
  if (wardNumbers.size && !asksOff && phoneNumbersIn(body).some((n) => wardNumbers.has(n))) officialContact = true;
  on("official_contact", officialContact);

  return { folded, links, brands, phones, accounts, set };
}
