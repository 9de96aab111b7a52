import type { Signals } from "./signals";
import { hasIn } from "./set-tests";
import { matches } from "../../lib/regex-prefilter";

/*
 * (session 26) A notice in the name of a bank, an e-wallet, a utility or a phone operator that sends the reader to a
 * MOBILE number or a named staff member ("liên hệ nhân viên Nguyễn Văn A 0912… để hủy giao dịch", "gọi ngay chị Hoa
 * 0868… để tránh bị cắt điện"). Those bodies give their registered hotline or short code (the registry's numbers are
 * never in `phones`) and deal with accounts, cut-offs and refunds there, never through a staffer's own phone or Zalo.
 * A staffer who will come or call the reader ("Kỹ thuật viên Hoàng 0901… sẽ liên hệ trước khi đến") asks the reader
 * to do nothing, so only a contact the reader is told to make counts, for an action on their account or service.
 *
 * A resident retelling it ("Ngân hàng bảo gọi nhân viên số 09… để hủy giao dịch, có đúng không?") is scored the same
 * way as any retold script (check.ts): with the number, the points outweigh the question and the resident gets the
 * warning — what to do now, where to report, and why ("thông báo thật chỉ đưa tổng đài chính thức") — not a list of
 * entries to pick from. Points only: no signal is added, so the trained model is unchanged.
 */

/** the sender claimed: a bank, a wallet, a utility, an operator (named, or by the generic word) */
const senderKinds = new Set(["bank", "wallet", "utility", "telecom"]);
const genericSender = /\b(ngan hang|dien luc|cong ty dien|evn|nuoc sach|cap nuoc|nha mang|vien thong|tong dai)\b/;

/** a staff title, optionally followed by a name: "nhân viên Nguyễn Văn A", "chuyên viên Hằng", "chị Hoa" */
const staff = String.raw`(nhan vien|chuyen vien|can bo|tu van vien|tong dai vien|ky thuat vien|giao dich vien|cskh|anh|chi|ong|ba|mr|ms)`;
/** the reader told to contact (not "sẽ liên hệ": the staffer calling the reader) */
const contact = String.raw`(?<!\bse )(?<!\bse chu dong )\b(lien he|lh|goi|goi ngay|goi lai|nhan tin|ket ban|inbox|zalo)`;
/** …a mobile number (full or masked), within a few words, or a named staffer by Zalo */
const toMobile = new RegExp(
  String.raw`${contact} (\S+ ){0,6}(\+84|0)[35789][\d.x -]{7,}|${contact} (\S+ ){0,2}${staff} (\S+ ){1,4}(qua|bang|tren) (zalo|telegram|so rieng|dien thoai rieng)\b`,
);
/** what the reader is to do about their account or service there */
const accountAction =
  /\b(de|nham|moi|thi moi|neu muon|truoc khi) (\S+ ){0,3}(huy|xac nhan|xac minh|cap nhat|xu ly|giai quyet|mo khoa|khoi phuc|hoan|nhan|tranh|khong bi|dang ky lai|doi|kich hoat|nang cap|thanh toan|gia han)\b|\b(huy giao dich|giao dich (bat thuong|la|dang ngo)|bi (khoa|tam khoa|cat|ngat|thu hoi|dinh chi)|se bi (khoa|cat|ngat|thu hoi|dinh chi)|no cuoc|qua han|chua thanh toan)\b/;

/** The shape above (folded body of a received or retold text; the kinds of the brands it names). */
export function brandSendsToMobile(f: string, brandKinds: readonly string[]): boolean {
  const claimed = brandKinds.some((k) => senderKinds.has(k)) || matches(genericSender, f);
  return claimed && matches(toMobile, f) && matches(accountAction, f);
}

/** Points for it, off the official channels and never in a tip. */
export function brandMobileBonus(signals: Signals, offChannel: boolean, advice: boolean): number {
  if (!offChannel || advice || hasIn(signals.set)("protective")) return 0;
  return brandSendsToMobile(signals.folded, signals.brands.map((b) => b.kind)) ? 4.5 : 0;
}

/** In plain words for the warning's "Vì sao". */
export function brandMobileReasons(folded: string, brandKinds: readonly string[]): string[] {
  return brandSendsToMobile(folded, brandKinds)
    ? ["nhân danh ngân hàng, nhà mạng hoặc điện lực nhưng bảo liên hệ một số di động hoặc một nhân viên riêng: thông báo thật chỉ đưa tổng đài chính thức hoặc đầu số ngắn"]
    : [];
}
