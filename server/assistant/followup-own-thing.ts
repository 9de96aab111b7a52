import { foldDiacritics, normalizeText } from "./vietnamese-text";

/*
 * Later turns that ask about the previous entry's own thing, though a word of theirs is another entry's title
 * (session 23, issue 10 §3; classes read on the tuning conversations only):
 * - "đăng ký thường trú có trong danh sách đó không" after the green lane's list: a membership question pointing back
 *   at the list just given ("trong đó", "danh sách này") is that entry's yes/no, whatever item it names;
 * - "quên mật khẩu rồi thì sao", "lấy lại mật khẩu kiểu gì", "em quên mật khẩu app rồi" after VssID: a password with no
 *   app named, after an entry whose text speaks of its own app's password ("mật khẩu VssID"; not VNeID's: an entry on
 *   logging in with VNeID means VNeID's password, the VNeID trouble entry's) — the password of that app;
 * - "nó báo tài khoản chưa định danh mức 2", "nó báo thông tin không khớp" after logging into the portal or adding a
 *   licence to VNeID: what the app shows, a case of the previous entry, when the previous entry's text has every
 *   informative word of the message that the other entry's title has ("nó báo tài khoản bị khóa" after the portal names
 *   the VNeID trouble entry's "khóa", which the portal entry never says: that stays a switch).
 */

/** "có (nằm) trong danh sách đó không", "có trong đó không", "có thuộc danh mục này không" (folded as typed) */
const membership =
  /\bco\s+(?:nam\s+|duoc\s+)?(?:trong|thuoc)\s+(?:(?:cai\s+)?(?:danh sach|danh muc|list|so|nhom)\s+)?(?:do|nay|ay|kia|tren|vua roi|ban vua noi|vua noi)\s+(?:khong|ko|k|hong|hok|chua|ha|a)\b/;

/** `typed`: the message folded as typed. */
export function asksListMembership(typed: string): boolean {
  return membership.test(typed);
}

/** app names a password message may name (then it is that app's password, read as always) */
const namedApp = /\b(?:vneid|vn id|vssid|ihanoi|zalo|facebook|fb|ngan hang|bank|banking|dich vu cong|dvc|email|gmail|icloud|etax|thue|momo|zalopay|sim|wifi|the atm|atm)\b/;
const password = /\bmat khau\b|\bpass(?:word)?\b|\bmk\b/;

/** A password asked about with no app named: "quên mật khẩu rồi thì sao", "lấy lại mật khẩu kiểu gì". */
export function asksUnnamedPassword(typed: string): boolean {
  return password.test(typed) && !namedApp.test(typed);
}

/** Whether the entry's text (folded, padded) speaks of its own app's password: "mật khẩu <a word of its title>", not VNeID's. */
export function speaksOfOwnPassword(entryText: string, titleWords: Set<string>): boolean {
  for (const m of entryText.matchAll(/\bmat khau ([a-z0-9]+)/g)) {
    const w = m[1]!;
    if (w !== "vneid" && titleWords.has(w)) return true;
  }
  return false;
}

/** Whether every topic word that is a word of the other entry's title is in the previous entry's text too. */
export function otherTitleWordsInPrevious(terms: string[], otherTitle: Set<string>, inPrevious: (w: string) => boolean): boolean {
  return terms.every((t) => !t.split(" ").some((w) => otherTitle.has(w)) || inPrevious(t));
}

/**
 * "không phải vssid, ý em là …" (the correction's matched lead, folded): a word named as wrong is a word of the previous
 * entry's title — the previous entry is what the resident says was wrong, so the rest is not asked of it again.
 */
export function namesPreviousAsWrong(lead: string, previous: { title: string } | undefined): boolean {
  if (!previous) return false;
  const m = /\b(?:khong|ko|k|hong|chua) (?:phai|dung)(?: la)? ((?:[a-z0-9]+ ){0,2}[a-z0-9]+)[\s,.;:!-]+(?:ma )?y \w+ (?:la|muon hoi|hoi)\b/.exec(lead);
  if (!m) return false;
  const title = new Set(foldDiacritics(normalizeText(previous.title)).split(/[^a-z0-9]+/).filter(Boolean));
  return m[1]!.split(" ").some((w) => w.length >= 3 && title.has(w));
}
