/*
 * (session 27) Signal `id_account_trade`: the reader asked to rent out, lend or sell what carries their identity — the
 * ID card (CCCD), a bank or wallet account, a SIM registered in their name, a Zalo / Facebook account — or to have an
 * account opened "hộ" with their ID. Police and banks warn of it again and again: the accounts receive other victims'
 * money, and renting, lending or selling them is an offence (Luật Phòng, chống rửa tiền; Bộ luật Hình sự, article 291;
 * Nghị định 13/2023 on personal data). job-offer-classes.ts already gives points to bank-account rentals said its way;
 * this reads the wider class (SIMs, ID cards, chat accounts, "mở hộ tài khoản bằng căn cước của bạn") as a signal, so the
 * warning says why in plain words and the learned model can be taught it.
 *
 * Folding makes "bán" "bạn", "mượn" "muốn" and "thuê" "thuế": bare verbs count only right before the thing traded
 * with a word that makes it a person's own ("sim chính chủ", "tài khoản ngân hàng"); "cho thuê bao" is an operator's
 * subscriber. A rule against it ("không cho thuê, cho mượn CCCD…"), a warning that tells the script, or an advert
 * naming neither a price nor a way to reach the sender is no offer; nor is a resident's question about one
 * (asks-about-it.ts).
 */
import { asksAboutIt } from "./asks-about-it";
import { forbidsTrade, toldAsWarning } from "./job-offer-classes";

/** what carries the reader's identity */
const idThing = String.raw`(cccd|can cuoc( cong dan)?|cmnd|chung minh (thu|nhan dan)|the can cuoc)`;
const ownedSim = String.raw`sim (chinh chu|da dang ky|da kich hoat|dung ten|ca nhan)`;
const account = String.raw`(tai khoan|tk|stk|nick|acc)`;
const accountKind = String.raw`(ngan hang|chinh chu|momo|zalopay|viettel money|vi dien tu|vi|ekyc|da ekyc|da xac thuc|ca nhan|facebook|fb|zalo|tiktok|telegram|shopee|lau nam)`;
const traded = String.raw`(${idThing}|${ownedSim}|${account} ${accountKind}|the atm|the ngan hang|vi dien tu)`;

const offers = new RegExp(
  [
    // "cho thuê CCCD", "cần mua SIM chính chủ", "thu mua tài khoản Momo", "cho mượn căn cước"
    String.raw`\b(cho thue(?! bao)|can thue(?! bao)|thue lai|thu mua|can mua|mua lai|ban lai|can ban|cho muon|can muon|muon tam|thue)( \S+){0,2} ${traded}`,
    // "thuê tài khoản Facebook", "mua SIM chính chủ"
    String.raw`\b(thue|mua) ${traded}`,
    // "mở hộ tài khoản … bằng căn cước của bạn", "đăng ký hộ SIM bằng CCCD của bạn"
    String.raw`\b(mo|dang ky|lam) ho (\S+ ){0,4}(bang|voi|qua) (\S+ ){0,1}${idThing} (cua|chinh chu)`,
    String.raw`\b${idThing} (cua ban|cua anh|cua chi|chinh chu) (\S+ ){0,2}de (\S+ ){0,2}(mo|dang ky) (\S+ ){0,1}(tai khoan|tk|sim|vi|the)`,
  ].join("|"),
);
/** what is paid for it, or how to reach the buyer */
const paidOrReached = /\b(tra (cong|phi|tien|\d)|tien cong|gia cao|gia (\d|tot)|thu nhap|\d+(?:[.,]\d+)? ?(k|nghin|ngan|tr|trieu|cu)\b|hoa hong|duoc tra|nhan ngay|kiem them|moi thang|ib|inbox|nhan tin|lien he|lh|zalo|telegram|ket ban|sdt)\b|\b0\d{2,3}[\dx]{6,7}\b/;

export function idAccountTrade(folded: string): boolean {
  return offers.test(folded) && paidOrReached.test(folded) && !forbidsTrade(folded) && !toldAsWarning.test(folded) && !asksAboutIt(folded);
}
