/*
 * (session 24, issue 11: false alarms) A warning tells the script it warns about, demands and all: "Có người gọi điện
 * xưng cán bộ phường …, yêu cầu cung cấp số tài khoản và mã OTP", "Nếu nhận được tin nhắn báo trúng thưởng, yêu cầu
 * nộp phí vận chuyển để nhận quà, đó là lừa đảo", "Nhiều người nhận được cuộc gọi … yêu cầu cung cấp số thẻ",
 * "đối tượng nhắn tin "mẹ ơi con đang cấp cứu, chuyển gấp cho con 10 triệu…"". signals.ts already drops the sentences
 * that name "đối tượng / kẻ gian / giả danh" (withoutRuleSentences); these are the other ways a sentence says that the
 * demand it holds is someone else's (a third party that calls or writes, a call or message the reader may get) or
 * that it is a scam. Read only in a text shaped like a notice or warning, and only sentence by sentence: what the
 * sentence then asks of the reader ("…, hãy đọc mã OTP cho tổng đài viên") and a demand with a script's particulars
 * after a comma are kept by the caller, so a scam that opens like a warning keeps its demand.
 */

/** A third party doing the calling or writing: "có người (lạ) gọi điện", "một số đối tượng…", "các tài khoản lạ kết bạn". */
const thirdPartyActs = "\\b(co|mot|mot so|nhieu|cac|nhung) (nguoi|ke|so|tai khoan|trang|nhom|ai do)( la| khong quen)? (\\S+ ){0,2}(goi|nhan tin|nhan|xung|gui|ket ban|lam quen|moi|dang tin|dang bai|gia lam|noi|de nghi|yeu cau)\\b|\\bgia lam\\b";
/** Many people got it: "nhiều người (dân) nhận được cuộc gọi…", "một số khách hàng bị…". */
const othersReceived = "\\b(nhieu|mot so|nhung|cac) (nguoi|nguoi dan|ban|khach hang|phu huynh|nguoi dung|thue bao|ba con) (\\S+ ){0,2}(nhan duoc|bi|gap|phan anh)\\b";
/**
 * The reader's possible receipt: "Nếu nhận được tin nhắn báo…", "Khi có người lạ nhắn tin…", "nếu có ai gọi…".
 * "Nếu nhận được tin nhắn này / mã này" is about the very message, which a script may say too: left out.
 */
const ifReceived = "\\b(neu|khi) (\\S+ ){0,2}(nhan duoc|gap|thay) (\\S+ ){0,2}(cuoc goi|tin nhan|loi moi|email|duong link|link|loi de nghi)(?! (nay|tren|sau))\\b|\\b(neu|khi) co (nguoi|ai|ke|so la|doi tuong)( la| khong quen)? (\\S+ ){0,2}(goi|nhan tin|nhan|xung|tu xung|gui|ket ban|lam quen|moi|de nghi|yeu cau)\\b|\\b(neu|khi) co (cuoc goi|tin nhan)\\b";
/** The sentence calls what it tells a scam: "đó là lừa đảo", "đều là giả mạo", "vì có thể là lừa đảo". */
const calledScam = "\\b(la|deu la|chinh la|co the la|dau hieu) (\\S+ ){0,2}(lua dao|gia mao|mao danh)\\b";

const describedScript = new RegExp(`(${thirdPartyActs}|${othersReceived}|${ifReceived}|${calledScam})`);
/** The sender speaking of its own side ("con của bạn đang trong tay chúng tôi, nếu có người hỏi…"): its own demands. */
const senderSpeaks = /\b(chung toi|ben (em|minh|toi))\b/;

/** A sentence telling a script that is not the sender's (folded text). */
export function tellsScript(sentence: string): boolean {
  return describedScript.test(sentence) && !senderSpeaks.test(sentence);
}

/**
 * The script's own words quoted after its teller ("đối tượng nhắn tin "mẹ ơi … chuyển gấp cho con 10 triệu…""): the
 * quoted span, when a third party or an impostor is named before it. A scam quoting a word ("tài khoản "an toàn"") keeps
 * what it asks outside the quotes.
 */
const quotedAfterTeller = /((doi tuong|ke gian|ke lua dao|gia danh|mao danh|tu xung|xung la|co nguoi|nguoi la|so la)\b[^"“”]{0,60})["“][^"“”]{3,}["”]/g;
export function withoutQuotedScript(sentence: string): string {
  return sentence.includes('"') || sentence.includes("“") ? sentence.replace(quotedAfterTeller, "$1 ") : sentence;
}
