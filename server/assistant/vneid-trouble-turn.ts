/*
 * "mất căn cước thì VNeID có bị khóa luôn không" after the ID card, "nó báo tài khoản bị khóa" after VNeID level 2,
 * "mà VNeID của tôi đổi máy mới xong báo lỗi, không đăng nhập được" after putting papers into VNeID, "vneid của tôi tự
 * nhiên bị khóa" after a fake app: a later turn telling a trouble of the resident's VNeID account (locked, password,
 * a new phone or number, an error, cannot log in) switches to the entry on VNeID trouble ("Sự cố VNeID - quên mật
 * khẩu, đổi số điện thoại, đổi điện thoại, bị khóa"), whatever entry came before — the previous entry holds some of
 * the words in passing (căn cước's VNeID, level 2's account), so the rules carried it. Tuning writers label such
 * turns the trouble entry (every later turn of the class; 8 were missed, carried or handed off).
 *
 * Not: another service's login named (iHanoi, VssID, the public-service portal: their own entries), a scam's threat
 * ("có người gọi bảo cập nhật VNeID không thì bị khóa", a message or link), nor a level or papers asked ("mức 2",
 * "tích hợp"). "nó báo tài khoản bị khóa" without the word VNeID counts only after an entry whose title names VNeID.
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle, onlyEntryTitled } from "./folded-title";

const vneid = /\bvneid\b/;
/** the account's trouble (folded, as typed) */
const trouble =
  /\b(?:bi khoa|khoa roi|khoa tam thoi|sai mat khau|sai pass|quen mat khau|doi mat khau|(?:doi|mua) (?:may|dien thoai|dt)(?: moi)?|may moi|dien thoai moi|doi (?:so dien thoai|sdt|so dt|sim)|so dien thoai (?:cu|dai loan|nuoc ngoai)|bao loi|(?:khong|ko|k|hong) (?:dang nhap|vao|dung|mo) (?:duoc|dc)|(?:khong|ko|k|hong) nhan (?:duoc |dc )?(?:otp|ma))\b/;
/** "nó báo tài khoản bị khóa": the account named by a pointer */
const accountLocked = /\b(?:no|app|ung dung) bao (?:tai khoan )?bi khoa\b/;
/** another service's login, a scam's threat, a level or papers asked */
const elsewhere = /\b(?:ihanoi|vssid|dich vu cong|cong dich vu|dvc|cong quoc gia|goi|nhan tin|tin nhan|link|cap nhat|muc 1|muc 2|muc hai|tich hop)\b/;
const troubleTitle = /^su co vneid\b/;

/** The VNeID trouble entry this later turn tells of (`plain`: folded as typed), or undefined. */
export function vneidTroubleTurn(plain: string, previous: KnowledgeEntry, entries: () => readonly KnowledgeEntry[]): KnowledgeEntry | undefined {
  if (troubleTitle.test(foldedTitle(previous)) || plain.length > 160 || elsewhere.test(plain)) return undefined;
  const told = (vneid.test(plain) && trouble.test(plain)) || (accountLocked.test(plain) && vneid.test(foldedTitle(previous)));
  return told ? onlyEntryTitled(entries(), troubleTitle) : undefined;
}

/** the resident's own account: "vneid của tôi", "tài khoản vneid của em", "vneid nhà tôi" */
const ownAccount = /\bvneid (?:cua |nha )?(?:toi|em|minh|tui|chau|con|me toi|bo toi|ba toi|ong toi|me em|bo em)\b/;
/** told by someone else: a threat relayed ("họ bảo vneid của tôi bị khóa") */
const relayed = /\b(?:ho|no|nguoi ta|ben kia|nguoi la|ke gian|cong an|can bo) (?:\S+ ){0,2}(?:bao|noi|doa|nhan|thong bao|yeu cau)\b/;

/**
 * (session 23) "vneid của tôi tự nhiên bị khóa" after a fake-app or scam turn: the resident's own VNeID account in trouble,
 * told as a fact, not a threat relayed, is the trouble entry's too — the scam conversation's path (which reads a message
 * as about the scam) comes first in the engine and took it to the locked-SIM scam. The owner must be said ("của tôi"),
 * and none of vneidTroubleTurn's exclusions (a call, a message, a link, "cập nhật") nor a relayed speech may be there.
 */
export function ownVneidTroubleAfterScam(plain: string, entries: () => readonly KnowledgeEntry[]): KnowledgeEntry | undefined {
  if (plain.length > 160 || !ownAccount.test(plain) || !trouble.test(plain) || elsewhere.test(plain) || relayed.test(plain)) return undefined;
  return onlyEntryTitled(entries(), troubleTitle);
}
