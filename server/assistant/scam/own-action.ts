import { matches } from "../../lib/regex-prefilter";
import type { Signals } from "./signals";
import { giftAmountBait } from "./notice-scripts";

/*
 * A resident's own question or remark about something they might do — "gửi ảnh căn cước" typed like
 * a search, "gửi ảnh căn cước cho phường qua Zalo được không", "nộp ảnh CCCD có sao không" — is not a
 * forwarded demand, though it names the same action. What tells them apart is what a demand carries
 * and the resident's words do not: a purpose or reward ("để xác minh", "để nhận"), someone to send to
 * in the first person ("cho em", "giúp chị"), urgency or a polite order ("ngay", "vui lòng", "nhé").
 */

/** words of a sender's demand: purpose, a first-person recipient, urgency, a polite order */
const demandMarks = /\b(de|nham|2 mat|hai mat|mat (truoc|sau)|thi moi|roi moi|(cho|giup|gium|ho) (em|minh|toi|chi|anh|chau|ben em|can bo)|ngay|gap|vui long|hay|nhe|nha|di|truoc|trong (ngay|hom nay|\d))\b/;
/** "…được không?", "…có sao không?": asking whether one may or should */
const mayI = /\b(co )?(duoc|dc) (khong|ko|k|hong|hok|chua)\s*[?.!]*$|\bco (sao|an toan|nguy hiem|van de|bi lua|bi lo) (gi )?(khong|ko|k|hong|hok)\s*[?.!]*$/;

/** The folded text is a resident's question or topic about their own action, not a demand they got. */
export function residentsOwnAction(signals: Signals, addressedToReader: boolean): boolean {
  if (signals.links.length || signals.phones.length || signals.accounts.length || addressedToReader) return false;
  const text = signals.folded.replace(/[?.!\s]+$/, "");
  // text.split(" ").length, counted without making the array (on every message); only "≤ 5" and "≤ 16" are asked
  let words = 1;
  for (let at = text.indexOf(" "); at >= 0 && words <= 16; at = text.indexOf(" ", at + 1)) words++;
  // a bare topic: the action's few words and nothing else ("gửi ảnh căn cước")
  // ("nhận quà tặng 100.000 đồng" gives the reader an amount: gift bait, not a topic)
  if (words <= 5 && signals.set.size === 1 && !demandMarks.test(text) && !giftAmountBait(text)) return true;
  // a short question whether one may do it, with no sender's marks
  return words <= 16 && mayI.test(signals.folded) && !demandMarks.test(text.replace(mayI, ""));
}

/**
 * "tôi chuyển khoản nhầm 2 triệu, làm sao lấy lại", "mẹ nạp nhầm số điện thoại rồi": the resident's own
 * mistaken payment, asked about or told, is answered normally (the bank's or operator's procedure), not
 * read as a forwarded scam. Someone else's "em nạp nhầm vào số anh, anh trả lại giúp em" asks the reader
 * for money back (signal mistaken_return) and stays a script.
 */
const ownMistake = /^(toi|minh|em|con|me|bo|ba|ong|chau|tui|nha (toi|minh)|bac|co|chu|(me|bo|ba|ong|con|chau|vo|chong|anh|chi|em) (toi|minh|em|tui))? ?(lo |vua |da |bi |lo tay )*(nap|chuyen|ck|chuyen khoan)( tien| the| khoan| \d[\d.,]* ?(k|nghin|trieu|tr|d|dong)?)? nham\b/;
/** "mẹ tôi", "bố em", "con mình": the writer's own relative made the payment, whoever they now ask to return it */
const relativeOfWriter = /^(me|bo|ba|ong|con|chau|vo|chong|anh|chi|em) (toi|minh|em|tui) /;
/** "…nạp nhầm vào số anh, anh trả lại giúp": the money went to the READER's number or account, so the
 *  writer is asking the reader for it back (the script), not telling of their own family's slip */
const intoReaders = /\bvao (so|so dien thoai|sdt|thue bao|tai khoan|tk|stk|the|vi) (cua )?(anh|chi|ban|co|chu|bac|ong|ba|a|c|b)\b(?! (ay|do|kia|ta|ho)\b)/;
export function ownMistakenPayment(signals: Signals): boolean {
  if (signals.accounts.length || signals.phones.length || !ownMistake.test(signals.folded)) return false;
  return !signals.set.has("mistaken_return") || (relativeOfWriter.test(signals.folded) && !intoReaders.test(signals.folded));
}

/**
 * "quán mình bị ai dán đè mã QR khác lên, khách chuyển tiền không vào tài khoản mình": a seller telling of
 * their own takings — their QR code covered by another, customers' payments — asks about a fraud against
 * them; it is no demand they received (answered from the knowledge base: cashless payments). Someone
 * telling the reader to pay ("Quý khách chuyển khoản…") names no customer of the writer's.
 */
const overlaidQr = /\b(dan (de|chong|len|dinh)|thay|doi|bi (dan|thay|doi))\s+(\S+\s+){0,3}ma qr\b|\bma qr\s+(\S+\s+){0,4}bi (ai |nguoi )?(dan|thay|doi)\b/;
const customersPaying = /(?<!\bquy )\bkhach (hang )?(\S+ )?(chuyen|ck|quet|thanh toan|tra tien)\b.{0,40}\b(khong|ko|k|chua) (vao|ve|den|toi)\b/;
const ownShop = /\b(quan|cua hang|shop|tiem|sap|hang|quay|xe|nha) (\S+ ){0,2}(minh|toi|em|tui|nha minh|nha em|nha toi)\b|\b(minh|toi|em|tui|me toi|bo toi) (\S+ )?ban (hang|quan|nuoc|bun|pho|rau|com)\b/;
export function ownTakings(signals: Signals): boolean {
  if (signals.links.length || signals.phones.length || signals.accounts.length) return false;
  return (matches(overlaidQr, signals.folded) && matches(ownShop, signals.folded)) || matches(customersPaying, signals.folded);
}
