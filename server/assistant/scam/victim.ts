import { foldForScam } from "./normalize";
import { paidThenRemindedOnly } from "./paid-then-reminded";
import { instructedGag } from "./instructed-gag";
import { paidNothingCame } from "./paid-nothing-came";
import { matches } from "../../lib/regex-prefilter";
import { withoutFrontage } from "./frontage";
import { asksWhereToReport } from "./report-where";
import { credentialOnly } from "./credential-given";
import { refundPretextOnly } from "./refund-pretext";
import { paysMoreToGetPaid } from "./pay-more-victim";
import { transferredAtOnce } from "./transferred-at-once";

/*
 * A resident telling that they (or family) were just scammed: "bị lừa mất 50 triệu rồi",
 * "mẹ tôi lỡ đọc mã OTP", "vừa bấm link thì bị rút sạch tiền". Every minute counts (the bank can
 * still stop the money), so this is answered with the steps at once, at any hour, and a person
 * at the ward is told. Hypotheticals ("nếu bị lừa thì…") and questions about the topic are not
 * victims; a forwarded scam text ("tài khoản của quý khách bị trừ…") is not one either.
 */

const hypothetical = /^(neu|khi|lo nhu|gia su|truong hop|phong khi|lam sao de (khong|tranh)|lam the nao de (khong|tranh)|cach (de )?(tranh|phong))\b|\b(so|lo|ngai) (\S+ ){0,6}bi (lua|hack)\b|\b(hay|de|co the) bi lua\b|\b(sap|dinh|muon|chuan bi|se) (chuyen|ck|coc|dat coc|nop|dong)\b|\b(co the|se) bi lua\b|\b(de khong|tranh|khong|chong|phong|khoi|keo) bi lua\b(?! (nua|lan nua))|\bkhong bi lua\b(?! (nua|lan nua))|\bco nen (\S+ ){0,5}(khong|ko|k)\s*\??$/;
/** money as a cost: "tiền", "phí", "lệ phí", "tiền phạt", "tiền lệ phí" (session 20: "có mất tiền phạt không" was read as a loss told) */
const COST = String.raw`(tien|phi|le phi)( phat| nop phat| phi| le phi)?`;
/**
 * worry about losing money ("có mất tiền không", "sợ mất tiền") or a question about a cost ("khai
 * sinh có phải mất tiền không", "có bị mất phí ko", and (session 11) a question ending "… làm lại có mất tiền" without its
 * "không") is a question, unless something was already done
 */
const worry = new RegExp([
  String.raw`\bco (phai |bi |can |se |duoc )?(mat|ton) (them )?${COST}( gi| oan| nua)? (khong|ko|k|hong|hok|chu|a)\b`,
  String.raw`\b(mat|ton) (them )?${COST} (khong|ko|k|hong|hok)\s*(a|vay|nhi)?\s*[?.!]*$`,
  String.raw`\b(so|lo|ngai) (\S+ ){0,6}mat tien\b`,
  String.raw`\bco (phai |bi |can |se )?(mat|ton) (them )?${COST}\s*[?.!]*$`,
  // (session 20) the cost sense in other words: "có mất đồng nào không", "được cấp không mất tiền" (free),
  // "khai sinh muộn mất tiền phạt bao nhiêu"
  String.raw`\b(mat|ton) (them )?(mot )?(dong|xu|dong xu|cac) (nao|gi)\b`,
  String.raw`\b(khong|ko|chang|khoi|mien) (phai |bi |can )?(mat|ton) (them )?${COST}\b`,
  String.raw`(?<!\b(bi|nhien|khoan|tk|the|vi) )\b(mat|ton) (them )?${COST} (bao nhieu|bn|bnhieu|nhieu (khong|ko|k))\b(?! (ngay|lau|lan|thang|nam|gio|tuan|hom|phut))`,
].join("|"));
/**
 * "…but no money is gone yet": the resident did something risky (read an OTP, installed an app,
 * gave a card number) and the account is still whole. Not a loss: they need what to do now to keep
 * it that way (lock the account through the bank's hotline, 113), not the victim's reply.
 */
// (session 28) "thẻ căn cước … vẫn còn hạn" is an ID card still valid, not a bank card untouched
const notYet = /\bchua (\S+ ){0,2}(bi (tru|rut|mat|chiem)|mat|tru|rut|chuyen|thay (tru|mat|gi)|co (gi|chuyen gi)|sao)\b|\b(tai khoan|tk|tien|the(?! (can cuoc|cccd|cmnd|bhyt|bao hiem|cu tri)))\b.{0,20}\b(van con|van nguyen|chua sao|van binh thuong)\b|\bvan con (tien|nguyen)\b/g;
/** "để không (bị) mất tiền", "tránh mất tiền": a purpose, not a loss ("…không mất thêm tiền" after a loss stays) */
// (session 20) "khỏi", "đỡ" said for "không" ("dặn mẹ gì để khỏi mất tiền", "làm sao cho đỡ mất tiền"), and "không mất tiền"
// for free of charge ("thẻ bhyt cho bé được cấp không mất tiền ạ", "làm online ko mất phí hả"), not after a done thing ("mà không mất
// tiền" told of an account, "không mất thêm tiền" after a loss)
const avoidLoss = /\b(de|nham|sao cho|cho) (khong|ko|k|tranh|khoi|do) (bi )?mat tien\b|\b(tranh|khoi|do) (bi )?mat tien\b|(?<!\b(?:ma|nhung|van|chua|roi|tai khoan|tk) )\b(?:khong|ko|k|hok|hong) (?:phai |can |bi )?mat (?:tien|phi|dong nao|xu nao)\b(?! (?:nua|them|oan))/g;
/** money actually gone, not only a risky act */
const moneyGone = /\b(con|ve) (0|khong) (dong|d|vnd|xu)\b|\b(rut|lay|cuom) (sach|het) (tien|so tien|so du|tai khoan|tk)\b|\bbi (\S+ ){0,2}(tru|rut|mat|lua)\b|\bmat (het |sach |trang )?(tien|\d)|\d[\d.,]* ?(trieu|tr|cu|ty|k|nghin)\b|\b(chuyen|ck|chuyen khoan) (tien|khoan|het|\d)/;
/** the risky act done: a code, card, password, photo, link or app given away or used */
const riskyAct = /\b(vua|da|lo|moi|trot)? ?(doc|noi|dua|cung cap|nhap|bam|an|cai|gui|cho|tai|mo|chup|quet)\b.{0,40}\b(otp|ma|qr|so the|cvv|mat khau|link|duong link|app|ung dung|anh can cuoc|can cuoc|cccd|thong tin|dieu khien)\b|\b(otp|ma xac thuc|so the|cvv|mat khau|can cuoc|cccd|anh giay to)\b.{0,30}\b(gui|doc|dua|noi) (cho |qua )?(nguoi la|ho|no|ke gian|nguoi goi|nguoi do)\b/;
const doneAct = /\b(vua|da|lo|moi) (\S+ ){0,3}(cho|chuyen|ck|doc|dua|cung cap|nhap|bam|cai|gui|nop|dong|bi)\b/;
/** a payment that went through but the record lags ("bị trừ tiền rồi mà hồ sơ vẫn báo chưa thanh toán"), with no scam in sight */
// a payment that went wrong with no one else in it: charged but the bill still shows unpaid, or charged twice
// ("nộp lệ phí online bị trừ tiền 2 lần", "thanh toán tiền điện bị trừ hai lần")
// (session 28) or a payment reported failed though the account was charged ("báo giao dịch không thành công mà tài khoản
// đã bị trừ tiền"): the bank's reversal, not a scam
// (session 30) also with the sum said ("tài khoản bị trừ 50.000đ mà trên cổng vẫn hiện chưa thanh toán"), the record's
// "chưa nộp" ("bị trừ tiền rồi mà hồ sơ báo chưa nộp"), and the record told first ("chuyển khoản lệ phí rồi mà hồ sơ vẫn báo
// chưa thanh toán, tiền trong tài khoản bị trừ rồi"); a charge to come ("sẽ bị trừ") is no payment made
const paymentGlitch = /\b(bi )?tru (tien|\d[\d.,]* ?(trieu|tr|k|nghin|d|dong|vnd)?)\b.{0,60}\b(van (bao|hien|chua)|(bao|hien|ghi) chua|chua (thanh toan|cap nhat|nhan|duoc|nop|dong))\b|\b(van|bao|hien|ghi) (\S+ )?chua (thanh toan|nop|dong|cap nhat)\b.{0,60}(?<!\bse )\bbi tru (tien|roi|r|het|\d)|\bgiao dich (khong thanh cong|that bai|bi loi|loi)\b.{0,60}\b(bi )?tru tien\b|\b(bi )?tru tien\b.{0,60}\bgiao dich (khong thanh cong|that bai|bi loi|loi)\b|\b(bi )?tru (tien |\d[\d.,]* ?(trieu|tr|k|nghin|d|dong) )?(2|hai|ba|3|nhieu) lan\b/;
const scamHint = /(lua|\bgia\b|nguoi la|ke gian|link|otp|mat khau|xung|mao danh|gia danh|chan|block)/;
const subject = /(^no\b|\b(ong|ba|anh|chi|co|chu|bac) (ay|do)\b|\b((?<!chung )toi|minh|mik|mjk|mk|em|tui|tao|t|e|chau|con)\b|\b(me|bo|ba|ong|vo|chong|con|chau|anh|chi|em|co|chu|bac) (toi|minh|em|tui|nha toi|nha minh|cua toi)\b|\bnha (toi|minh|em)\b|\bca nha\b|\bong nha toi\b|\bba nha toi\b)/;
/** money sent to the scammer: "chuyển (nhầm) (tiền) cho kẻ lừa đảo", "ck vào tài khoản của bọn lừa đảo" */
const transferToScammer = /(?<!\b(dung|khong|ko|k|chua|cam|tranh|de|se|sap|dinh|muon|hay|nen|can|khi|neu) )\b(chuyen|ck|chuyen khoan|gui|dua)( nham)?( (tien|khoan|het|\d[\d.,]* ?(trieu|tr|cu|ty|k|nghin)?))? (cho |vao (tai khoan|tk|stk) (cua )?)(ke|bon|thang|con|lu|nguoi|doi tuong|tui)( (lua( dao)?|gian|xau))\b/;
// (session 23) deposits told by their count ("nạp 3 lần rồi mà không rút được", "nạp mấy lần rồi") are money put in too;
// a demand for more before the payout ("bảo nạp thêm mới rút được") is not this (no "không rút được" told: session 22's try)
const depositStuckWords = /\b(nap|chuyen|ck|dau tu|bo vao|gui) (\S+ ){0,3}(\d[\d.,]* ?(trieu|tr|cu|ty|k|nghin)|tien|het|(\d+|hai|ba|bon|nam|may|nhieu|vai) (lan|lan roi|dot))\b.{0,40}\b(khong|ko|k|chua) (rut|lay lai|lay ve|rut ra)( (duoc|dc|lai|ve))?\b/;
/** where deposits are kept by a scheme: an app, a site, a trading floor, a task, an investment, a stranger */
const depositPlace = /\b(app|ung dung|web|website|trang|san|nhiem vu|dau tu|hoa hong|cong tac vien|ctv|nguoi la|ke gian|lua( dao)?|link|he thong|telegram|tai khoan ao)\b/;
/** an ordinary slip, not a scheme: a top-up or a transfer to the wrong number or account ("nạp nhầm số", "nạp tiền điện thoại") */
const depositSlip = /\bnham (so|sdt|thue bao|tai khoan|tk|stk|nguoi)\b|\b(nap|mua) (the|tien dien thoai|tien dt|card)\b|\btien dien thoai\b/;
// a follow-up in a scam conversation names no place ("nạp 10 triệu rồi giờ không rút được"), so only a slip with no place is left out
const depositStuck = { test: (folded: string) => matches(depositStuckWords, folded) && (matches(depositPlace, folded) || !matches(depositSlip, folded)) };
const lostPatterns: Array<{ test(folded: string): boolean }> = [
  // a scam and a completed event: "bị giả danh công an lừa hết tiền", "bị lừa đảo rồi"
  /\b(bi (\S+ ){0,3}lua( dao)?|gia danh|mao danh|bi hack|chiem doat|ke gian|ke lua dao)\b.{0,60}\b(mat|het|sach|bi (tru|rut)|chuyen (tien|khoan|het|\d)|\d+ ?(trieu|tr|cu|ty|k))\b/,
  /\bbi (\S+ ){0,3}lua( dao)? (that )?(roi|r)\b/,
  // a first-person statement of being scammed, with nothing more said: "tôi bị lừa đảo qua mạng"
  // (not "tôi bị lừa đảo không?": a question whether they are)
  /^(?!.*\b(khong|ko|k|chua|a|ha|nhi|phai khong)\s*\?*$)(\S+ ){0,2}(toi|em|minh|mik|mk|tui|chau|e|t) (vua |da |moi |lai )?bi (\S+ ){0,2}lua( dao)?\b/,
  /\b(vua|da|lo|moi) (bi (\S+ ){0,3}lua|bi hack|bi chiem)\b/,
  /\bbi (tru|rut) (het |sach )?(tien|\d[\d.,]* ?(trieu|tr|cu|ty|k|nghin)\b)/,
  // a transfer already made, said with "rồi": "ông chuyển 200 triệu rồi", "chuyển cho người xưng công an 200 triệu rồi"
  /\b(chuyen|ck|chuyen khoan|nop|dong|dua) (\S+ ){0,6}\d[\d.,]* ?(trieu|tr|cu|ty|k|nghin) roi\b/,
  // (session 23) paid and the goods never came: "chuyển r mà ko thấy hàng đâu" (not "chưa": a delivery may be late)
  /\b(chuyen|ck|chuyen khoan|thanh toan|coc|dat coc)\b.{0,30}\b(roi|r|xong)\b.{0,30}\b(khong|ko|k) (thay|nhan duoc|nhan) hang\b/,
  // (session 23) an account emptied: "vừa bị rút sạch tài khoản", "nó lấy hết tiền trong tài khoản rồi", "tài khoản còn 0 đồng"
  /\b(bi )?(rut|lay|cuom|chuyen) (sach|het|can|toan bo) (tien|so tien|so du|tai khoan|tk)\b/,
  /\b(tai khoan|tk)\b.{0,20}\b(con|ve) (0|khong) (dong|d|vnd|xu)\b/,
  // money sent to "nó": "mẹ em lỡ chuyển khoản cho nó 20 triệu rồi", "ck cho nó rồi"
  /\b(chuyen|ck|chuyen khoan|nap|gui|dua) (tien |khoan )?(\S+ ){0,2}cho (no|bon no|tui no|chung no)\b.{0,40}\b(roi|r|xong|het|\d[\d.,]* ?(trieu|tr|cu|ty|k|nghin))\b/,
  /\bbi (\S+ ){0,2}lua\b.{0,40}\b(mat|het|roi|chuyen (tien|khoan|het|\d)|ck|\d+ ?(trieu|tr|cu|ty|k|nghin))\b/,
  /\bbi lua\b(\s+(roi|that roi|mat roi))?\s*[.!]*$/,
  /\b(lo|da|vua|moi|mat) (chuyen|ck|chuyen khoan|doc|dua|cung cap|nhap|bam|cai|gui|nop|dong|cho)\b.{0,60}(\b(tien|otp|ma|so the|cvv|link|app|ung dung|anh can cuoc|can cuoc|mat khau|coc|phi|so tiet kiem|vang|the atm|the ngan hang)\b|\d\s*(trieu|tr|cu|ty|k)\b)/,
  /(?<!(doi|bat|bao|yeu cau|de nghi|doa) )\b(chuyen|ck|chuyen khoan|coc|dat coc|nop)\b.{0,100}\b(chan|block|mat tich|khong lien lac|mat lien lac|bien mat|khong tra loi|khong nghe may|tat may|khoa tai khoan|(goi lai )?thue bao)\b/,
  /\b(moi|gio|roi|sau do|thi) (biet|phat hien) (la |minh )?(bi )?lua\b/,
  /\b(tai khoan|tk|the)\b.{0,25}\bbi (tru|rut|mat|chiem)\b/,
  /\bmat (het |sach |trang )?(tien|\d[\d.,]* ?(trieu|tr|cu|ty|k|nghin))\b/,
  /\b(bi )?rut (sach|het) tien\b/,
  // "bị lừa tiền", "bị lừa hết tiền qua Zalo"
  /\bbi (\S+ ){0,3}lua( dao)? (\S+ ){0,2}tien\b/,
  // an account taken over: "Zalo của tôi bị chiếm", "bị hack facebook"
  // (a phone stolen, "điện thoại bị mất cắp", is a theft, not an account taken: session 17)
  /\b(zalo|facebook|fb|nick|tai khoan|tk|sim|dien thoai)\b.{0,30}\bbi (chiem|hack|mat(?! (cap|trom)\b))\b|\bbi (hack|chiem|mat) (zalo|facebook|fb|nick|tai khoan|tk|sim)\b/,
  /\bbi (chiem doat|chiem quyen|chiem|hack|lua dao)\b.{0,40}(\b(tien|tai khoan|zalo|facebook|dien thoai|roi)\b|\d\s*(trieu|tr|cu|ty|k)\b)/,
  /\b(chuyen|dua|gui|rut) (het|sach|toan bo) (tien|so tien|so du|tien tiet kiem)\b/,
  /\b(da|vua|lo) (cho|de) nguoi la (dieu khien|dung)\b/,
  /\bchuyen (tien|khoan) (xong|roi)\b.{0,40}\b(lua|chan|mat tich|khong lien lac)\b/,
  // money put into a platform that will not pay out: "nạp 30 triệu rồi, không rút được" (task and
  // investment scams keep the deposits)
  depositStuck,
  // a transfer already made ("ck", "chuyển khoản" is money): "lỡ ck cho người lạ rồi"
  /\b(lo|da|vua|moi) (ck|chuyen khoan)\b/,
  // money sent to the scammer, said bare: "chuyển nhầm cho kẻ lừa đảo rồi", "ck cho bọn lừa đảo 5 triệu"
  transferToScammer,
];
/**
 * an advertisement for "getting the money back" mentions being scammed too; so does a resident retelling such an
 * offer after the loss (session 16: "luật sư bảo lấy lại được 80%, phí 5 triệu", "có người nhận hack lại tiền"),
 * which is the recovery scam's warning, not the fresh victim's steps
 */
// (session 23) "không rút được tiền" is the loss itself, not an advert's "rút được tiền"
const offer = /(nhan (lay lai|ho tro|thu hoi)|ho tro lay lai|cam ket|tu van mien phi|lien he (ngay|telegram|zalo)|chuyen gia|(?<!\b(khong|ko|k|chua|van khong|van chua) )rut duoc tien|\binbox\b|chi thu \d+ ?%|chung toi|lay lai (duoc )?\d+ ?%|hack lai tien|(luat su|nguoi|ben|dich vu)( \S+){0,3} (nhan|hua) (lay lai|thu hoi|hack lai|rut lai))/;
/** something went wrong: a scam, a stranger, money gone (so "đã nộp hồ sơ" is not a loss) */
// (session 23) also: money gone to "nó / bọn nó" (the scammer as residents name them), an account emptied ("còn 0 đồng",
// "lấy hết tiền trong tài khoản"), "mất trắng", goods never seen after paying ("ko thấy hàng"), a transfer made by mistake
// told first ("lỡ ck rồi")
const lossContext = /((khong|ko|k) (rut|lay lai)( ra| ve| lai)? (duoc|dc)|\bcho (no|bon no|tui no|chung no)\b|\b(con|ve) (0|khong) (dong|d|vnd|xu)\b|\b(lay|cuom|rut|chuyen) (het|sach|toan bo) (tien|so tien|so du|tai khoan|tk)\b|\bmat trang\b|\b(khong|ko|k|chua) (thay|nhan duoc|nhan) hang\b|^(lo|trot|da lo) (ck|chuyen khoan|chuyen tien|chuyen)\b|\b(shipper|nguoi|nhan vien|can bo|cong an|chu nha|shop|trang|web|app|ung dung|tai khoan|nick|link|luat su|ngan hang|dien luc|bac si|giao vien) gia\b|\bxung\b|goi (lai )?khong (duoc|dc)|(chu nha|nguoi ban|shop|nhan vien|can bo|cong an) gia|mat lien lac|tu nhan( la)?|doi so|so la|lam theo|(trang|link|web) (la|gia|doi diem|doi qua)|so the|\botp\b|\bcvv\b|mat khau|lua|\bgia (can bo|cong an|nhan vien|ngan hang|danh)|bat coc|chung no|ke xau|doi tuong|tu (dong )?(chuyen|rut)|mat quyen|mat (het |sach )?(tien|\d)|bi (tru|rut|chiem|hack)|nguoi la|ke gian|gia danh|mao danh|tu xung|xung la|chan (zalo|facebook|het|roi|lien lac|so)|thue bao|tat may|khong (thay|nhan duoc) hang|block|khong lien lac|bien mat|moi biet|khong (on|dung)|dieu khien|rut sach)/;
const resolvedQuestionOnly = /^(co|lam sao|lam the nao|cach|tai sao|vi sao)\b.{0,60}\b(bi lua|lua dao)\b.{0,30}\b(khong|ko|k)\s*\??$/;
const receivedText = /(quy khach|cua ban|vui long|truy cap|kinh gui|thong bao:|\btoi la (can bo|dieu tra|nhan vien|bac si|luat su|thuong ta|dai uy)|yeu cau (chuyen|ong|ba|anh|chi|ban|quy)|anh\/chi|ong\/ba)|(^|[:,.] )(\S+ )?(chi|anh|me|bo|ba|ong|co|chu|bac|ban|cau|em|di|thim) oi\b.{0,80}\b(giup|gium|ho) (em|minh|chau|con|to|tui)\b/;

export type VictimState = "victim" | "at_risk";

/** the resident's own act, done: "tôi cài rồi", "mình lỡ gửi ảnh căn cước rồi" */
// (session 23) also told without a subject ("lỡ cài app lạ rồi giờ làm sao", "đã cài app nó gửi")
const ownDoneAct = /\b(toi|minh|em|tui|chau|con|bac|me toi|bo toi|ba toi|ong toi)\b (da |lo |vua |trot |cung )*(cai|gui|doc|bam|nhap|cung cap|chup|tai|dua|an)\b.{0,60}\broi\b|^(da |lo |vua |trot )+(cai|gui|doc|bam|nhap|cung cap|chup|tai|dua|an|quet)\b/;
/** (session 23) the app, link or file came from the scammer: "app nó gửi", "cái link họ đưa" */
const strangersThing = /\b(app|ung dung|link|duong link|file|phan mem|ma qr)\b (ma |do |cua )?(no|ho|bon no|tui no|nguoi la|ke gian|doi tuong|ben kia|nguoi do|nguoi ta) (gui|dua|cho|bao|nhan)\b/;
/** …and what now: "thì sao", "phải làm gì", or the act told and nothing more */
const whatNow = /\b(thi sao|gio sao|gio (phai )?lam (sao|gi)|bay gio (sao|lam (gi|sao))|phai lam (gi|sao)|lam (gi|sao) (bay gio|gio)|co sao (khong|ko|k)|co (bi gi|van de gi))\b|\broi\s*[?.!]*$/;
/** someone else asked for the act: "họ bắt cài…", "người lạ bảo gửi…" */
const strangerAsked = /\b(ho|no|nguoi la|ke gian|nguoi goi|nguoi do|ben kia|doi tuong|nguoi ta|ai do|bon no|tui no|ong ay|ba ay|anh ay|chi ay)\b (\S+ ){0,3}(bat|bao|yeu cau|xui|huong dan|doi|nho|de nghi|gui link|goi)\b/;
/** a scam named outright, which an official name does not clear ("họ giả danh cán bộ phường bắt cài…") */
const scamWords = /\b(lua( dao)?|gia danh|mao danh|gia mao|nguoi la|ke gian|xung( la)?|(app|ung dung|link|web|trang|so) (gia|la))\b/;
/** what was installed or sent is official or the ward's own: VNeID, the public service portal, a ward officer (unless a stranger's link brought it) */
const officialTarget = /\b(vneid|vssid|ihanoi|etax|dich vu cong|cong dich vu cong|can bo phuong|ubnd|uy ban|mot cua|bo phan mot cua|phuong)\b/;

/** "người già" (the elderly), read as "người cao tuổi" before folding: folded it is lossContext's "người giả" (an impostor) */
const elderly = /người già/giu;

/** A loss ("victim"), a risky act not yet a loss ("at_risk"), or neither. */
export function readVictim(text: string): VictimState | undefined {
  // "bị scam rồi": the English word as residents use it; "bj" is teen-code for "bị"
  // ("làm lại mặt tiền" is a house's frontage, not "mất tiền": frontage.ts)
  // (session 28) "người già" (the elderly) folds to "nguoi gia", lossContext's "người giả" (an impostor): "làm căn cước cho người
  // già không đi được" after a wallet lost read as a scam's victim. Read with its diacritics, it is said as "người cao tuổi".
  const plain = withoutFrontage(foldForScam(text.replace(elderly, "người cao tuổi")), text);
  // the replacements below never shorten the text: a long message (an announcement, a forwarded
  // text) is no first-person account, and is left before they copy it
  if (plain.length > 400) return undefined;
  // "…cần lưu ý gì để không mất tiền": a purpose ("so as not to lose money") tells no loss
  // (session 23) "dính lừa", "mắc lừa", "sập bẫy (lừa đảo)", "trúng bẫy" said for "bị lừa"
  const folded = plain.replace(/\bscam(med)?\b/g, "lua dao").replace(/\bbj\b/g, "bi").replace(/\b(bi )?(dinh|mac|sap|trung|mac phai|dinh phai) (bay|lua)( lua( dao)?)?\b/g, "bi lua").replace(avoidLoss, "de giu tien");
  // (session 26) already in a scheme that now wants more money before it pays out: a loss told, before the
  // hypothetical and offer tests ("có nên đóng không", "mới rút được tiền") read it as a question (pay-more-victim.ts)
  if (folded.length <= 400 && !matches(receivedText, folded) && paysMoreToGetPaid(folded)) return "victim";
  if (folded.length > 400 || matches(hypothetical, folded) || matches(resolvedQuestionOnly, folded) || matches(receivedText, folded) || matches(offer, folded) || refundPretextOnly(folded)) return undefined;
  // (session 27) "Ông cần chuyển toàn bộ tiền…, không được nói với ai": the caller's order, not a loss (instructed-gag.ts)
  if (instructedGag(folded)) return undefined;
  // (session 28) a bill paid, a reminder since: a question about the reminder, nothing lost (paid-then-reminded.ts)
  if (paidThenRemindedOnly(folded)) return undefined;
  // (session 27) paid and nothing came: blocked, out of reach, more demanded, nothing delivered (paid-nothing-came.ts)
  if (paidNothingCame(folded)) return "victim";
  // (session 29b) sent at once after a scam call, told with "chuyển luôn / chuyển ngay" and no "rồi" (transferred-at-once.ts)
  if (transferredAtOnce(folded)) return "victim";
  if (asksWhereToReport(folded, (rest) => matches(moneyGone, rest) || matches(riskyAct, rest))) return undefined;
  const spared = folded.replace(notYet, " ");
  if (spared !== folded) {
    // what remains after "chưa bị trừ tiền" still tells a loss ("bị trừ 9 triệu rồi, chưa chuyển thêm")
    if (lossIn(spared) && matches(moneyGone, spared)) return "victim";
    return matches(riskyAct, folded) ? "at_risk" : undefined;
  }
  if (isAccountTakenOnly(text)) return undefined;
  // "nick Zalo bị hack, nó nhắn mượn tiền cả danh bạ": the account is being misused, nobody has paid
  // yet and nothing was given away: the knowledge base's "warn your contacts", not a victim's steps
  if (matches(socialAccountTaken, folded) && !matches(moneyGone, folded) && !matches(riskyAct, folded) && !/\b(da|roi|xong) (chuyen|ck)|\b(chuyen|ck) (\S+ ){0,2}roi\b/.test(folded)) return undefined;
  // "lỡ đọc OTP rồi, có mất tiền không", "cho người lạ điều khiển máy, sợ mất tiền": a risky act, a worry, no money gone
  if (matches(worry, folded) && matches(riskyAct, folded) && !moneyGone.test(folded.replace(worry, " "))) return "at_risk";
  // "…có bị mất tiền oan không": the worry is a question, not a loss told
  // (session 14) "Tôi lỡ đọc mã OTP cho người gọi rồi, giờ làm gì": a code, card, password, ID photo or app
  // given away with no money told gone is at risk (lock it through the bank now), not a loss (credential-given.ts)
  if (lossIn(matches(worry, folded) ? folded.replace(worry, " ") : folded)) return credentialOnly(folded, riskyAct, moneyGone) ? "at_risk" : "victim";
  // "lỡ đọc mã OTP rồi, có mất tiền không": a risky act and a worry, no loss told
  if (matches(worry, folded) && matches(doneAct, folded) && matches(riskyAct, folded)) return "at_risk";
  // "họ bắt cài ứng dụng qua link, tôi cài rồi thì sao": the resident did what was asked and asks
  // what now; the demand is retold, not forwarded, and no money is gone yet
  // someone must have asked for it, and an official app or the ward's own officer is no stranger: "em tải VNeID rồi thì sao",
  // "em gửi link hồ sơ cho cán bộ phường rồi thì sao" are ordinary questions
  if (matches(riskyAct, folded) && matches(ownDoneAct, folded) && (matches(whatNow, folded) || strangersThing.test(folded)) && !matches(moneyGone, folded) && (matches(scamWords, folded) || strangersThing.test(folded) || (matches(strangerAsked, folded) && (!matches(officialTarget, folded) || /\blink\b/.test(folded))))) return "at_risk";
  return undefined;
}

/** A chat account (Zalo, Facebook…) taken over. */
const socialAccountTaken = /\b(zalo|facebook|fb|nick|messenger|mess|instagram|tiktok|gmail|email)\b.{0,30}\bbi (chiem|hack|mat|khoa)\b|\bbi (hack|chiem|mat) (nick |tai khoan |tk )?(zalo|facebook|fb|nick|messenger|instagram|tiktok|gmail|email)\b/;
const moneyWords = /\b(tien|trieu|tr|cu|ty|nghin|chuyen|ck|vay|muon|otp|the|ngan hang|so du)\b|\d/;

/**
 * "Zalo bị hack" with no money told: account security, not a scam loss. The ward has no guide to
 * recovering a chat account, so a person takes it (server/assistant/safety.ts).
 */
export function isAccountTakenOnly(text: string): boolean {
  const folded = foldForScam(text);
  return folded.length <= 200 && matches(socialAccountTaken, folded) && !matches(moneyWords, folded) && !matches(hypothetical, folded) && !matches(receivedText, folded);
}

export function isVictimReport(text: string): boolean {
  return readVictim(text) === "victim";
}

function lossIn(folded: string): boolean {
  if (folded.length > 400 || matches(hypothetical, folded) || matches(resolvedQuestionOnly, folded) || matches(receivedText, folded)) return false;
  if (matches(paymentGlitch, folded) && !matches(scamHint, folded)) return false;
  if (matches(worry, folded) && !matches(doneAct, folded)) return false;
  // (the one context pattern first: most messages fail it, and then the many loss patterns are not run)
  if (!matches(lossContext, folded) || !lostPatterns.some((p) => p.test(folded))) return false;
  // "bị lừa rồi" alone is enough; otherwise someone must have done or lost something
  // an advert for "getting the money back" names victims too ("Bị lừa rồi? Chúng tôi hỗ trợ…")
  if (matches(offer, folded)) return false;
  if (matches(subject, folded)) return true;
  if (matches(transferToScammer, folded)) return true;
  // "bị giả danh công an lừa mất 100tr", "help bị lừa mất 20tr", "bj lừa r huhu": said without a subject,
  // a loss or "rồi" must be there
  if (/^(\S+ ){0,2}bi (\S+ ){0,4}lua( dao)?\b/.test(folded) && (matches(moneyGone, folded) || /\b(roi|r)\b/.test(folded))) return true;
  // (session 23) a transfer told first and done ("ck cho nó rồi giờ nó chặn zalo", "chuyển r mà ko thấy hàng đâu"), a deposit stuck
  // (told as done: "rồi", "đã", a count, "nạp tiếp"; not "có nên nạp tiền vào app đầu tư không, sợ không rút được")
  if (/^(ck|chuyen( khoan| tien)?|nap( tien)?|gui tien)\b.{0,30}\b(roi|r|xong)\b/.test(folded)) return true;
  if (depositStuck.test(folded) && /\b(roi|r|xong|da|lan|tiep|them)\b/.test(folded) && !/\b(co nen|neu|so|lo|ngai)\b/.test(folded)) return true;
  return /^((vua|lai|da|moi) ){0,2}bi (\S+ ){0,2}(lua|hack|chiem)\b|\bbi lua (that )?(roi|r)\b/.test(folded) || /^(vua|lo|da|mat|moi)\b/.test(folded) || /^((vua|da|moi) )?bi (tru|rut) (het |sach )?(\d|tien)/.test(folded);
}

