import type { ScamFacts } from "./ask-result";
import { offTopicPattern } from "./lexicon";
import { scamHallmarkPattern } from "./scam-hallmarks";
import { uncoveredMatterIn } from "./uncovered-matters";
import { matterText, matterWordsIn } from "./uncovered-matter-word";

/*
 * A resident's own account of a matter no entry covers, that the scam check reads as a scam on its everyday words
 * (session 28, out of coverage): "hàng xóm thả chó cắn con tôi, tôi muốn họ bồi thường viện phí" (a refund, an
 * emergency), "bị tai nạn lao động … được hưởng trợ cấp …, hồ sơ làm thế nào" (a payout, a hospital), "công ty chuyển
 * trụ sở …, có phải thay đổi đăng ký doanh nghiệp không" ("no clear signs" of a forwarded notice). The warning answers
 * nothing they asked; the honest reply is the hand-off, and the question joins the unanswered queue.
 *
 * Only when nothing in the message tells of a scam: no link, phone or account number, no channel a scam comes by (a
 * call, a text, Zalo, an app), no "lừa", "giả danh", no scam hallmark ("nộp phí", "chuyển khoản"); a victim's steps
 * are never replaced, nor a warning the check is sure of (its score from WEAK_SCAM_SCORE up: a prize with a "phí trước
 * bạ" to pay, a loan "không cần thế chấp", a fake court's call). "No clear signs" gives way only on the resident's own
 * question (a first person, no "thông báo"): a notice forwarded ("Điện lực thông báo tạm ngừng cấp điện …") keeps its
 * reply. The assistant then still hands it off only when its own reading does (assistant.ts).
 */

/** below this the check's scam reading rests on everyday words (the dog bite's "bồi thường": 0.47), above it on a scheme (2.5 up) */
const WEAK_SCAM_SCORE = 1.5;

/**
 * The check's signals an everyday account raises on its own words: a hospital or an accident ("emergency"), damages
 * claimed ("refund"), a company or agency named, a visit in person. Any other (a fee to pay before a payout, money asked
 * for, a prize) is a scheme's, whatever its score: "trúng xe máy, phải nộp 4 triệu phí trước bạ mới nhận" scores 0.7.
 */
const everydaySignals = new Set(["emergency", "refund", "brand_named", "in_person"]);

/** the resident speaking of themselves or their family, not a notice's voice (folded) */
const firstPerson = /\b(?:toi|minh|chung toi|nha toi|con toi|em)\b/;

/** what a message telling of a scam says (folded): how it came, who claimed what, what was asked to be paid */
const scamTold =
  /\b(?:lua|lua dao|bi lua|gia mao|gia danh|mao danh|xung la|tu xung|that hay gia|co that|that khong|that ko|link|duong link|trang web|website|tin nhan|nhan tin|sms|cuoc goi|goi dien|goi den|goi cho|so la|so dien thoai|nguoi la|otp|mat khau|chuyen tien|chuyen khoan|ck|tk|nap tien|rut tien|tai khoan|stk|zalo|facebook|fb|telegram|tiktok|app|ung dung|qr|nhom|hack|trung thuong|qua tang|dau tu|tien ao|viec nhe|nhiem vu|bat coc|dat coc|giao hang|don hang|shipper|buu kien)\b/;

/** Whether the scam check's reply on the resident's own words (`scam`, read as a scam with `score`) may give way to a hand-off for an uncovered matter the message names. */
export function matterOverWarning(text: string, scam: ScamFacts, score: number): boolean {
  if (scam.outcome === "victim" || scam.outcome === "at_risk" || score >= WEAK_SCAM_SCORE || scam.domains.length || scam.phones.length || scam.accounts.length) return false;
  if (scam.signals.some((s) => !everydaySignals.has(s))) return false;
  const { lower, folded } = matterText(text);
  if (scamTold.test(folded) || scamHallmarkPattern.test(folded)) return false;
  if (scam.outcome !== "scam" && (!firstPerson.test(folded) || /\bthong bao\b/.test(folded))) return false;
  const matter = uncoveredMatterIn(folded, text);
  return matterWordsIn(folded, lower).length > 0 || offTopicPattern.test(folded) || (!!matter && !matter.bait);
}
