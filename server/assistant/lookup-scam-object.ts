import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle } from "./folded-title";

/*
 * "số gọi đến là 0869 gì đó, tra ở đâu", "tra số tài khoản kia ở đâu", "check cái link đó thế nào" in a scam
 * conversation: looking up a number, an account or a link the resident has is the checking entry's (its title: "Cách
 * kiểm tra đường link, số điện thoại, số tài khoản …"), not the warned scam entry's place — every tuning writer labels
 * it so. The verb may be the short "tra". (No object named — "kiểm tra thế nào trước khi chuyển" — is the warned
 * entry's steps: checking-without-object.ts.) Folded text as typed (typedFolded).
 *
 * (Session 23) The same with the question before the verb, and whether the thing is genuine after it: "làm sao
 * kiểm tra cái sàn đó có thật không", "làm sao check cái link nhóm đó có lừa không", "có chỗ nào tra link đó có nguy
 * hiểm không" after an investment or fine scam — the trading platform ("sàn") the scam named is a website or app to
 * look up like a link. Tuning writers label these the checking entry (5 of 5 later turns); without the verb before a
 * genuineness word ("cái sàn đó có thật không") it stays the warned scam's yes/no (scam-is-it-real.ts).
 */
const object = /\b(?:so dien thoai|so dt|sdt|so goi den|so may|so tai khoan|stk|tai khoan|duong link|link|trang web|website|web|so (?:do|nay|kia|ay|la|\d)|san (?:giao dich|dau tu|chung khoan|tien ao|forex|ngoai hoi|coin)\b|san (?:do|nay|kia|ay|ho)\b)/;
const lookup = /\b(?:tra cuu|tra|kiem tra|check|xac minh)\b(?:\s+\S+){0,6}?\s+(?:o dau|the nao|nhu nao|kieu gi|bang cach nao|cho nao|o cho nao|dau|sao)\b|\b(?:tra cuu|tra|kiem tra|check) (?:o|tai) (?:dau|trang nao|web nao)\b|\b(?:trang|web|app) nao (?:tra|tra cuu|kiem tra|check)\b/;

/** "làm sao kiểm tra …", "có chỗ nào tra …": the question before the verb; then whether the thing is genuine, safe or a scam */
const askedBefore = /\b(?:lam sao(?: de)?|lam the nao(?: de)?|bang cach nao|co cach nao(?: de)?|cach nao(?: de)?|(?:co )?(?:cho|noi|trang|web|app) nao(?: de)?)\s+(?:(?:minh|toi|em|tui|chau)\s+)?(?:tra cuu|tra|kiem tra|check|xac minh)\b(?:\s+\S+){1,8}?\s+(?:co )?(?:that hay gia|gia hay that|that khong|that ko|that k|co that|lua|lua dao|an toan|nguy hiem|uy tin|gia mao)\b/;

/** Looking up a scammer's number, account or link the resident names (folded text as typed). */
export function looksUpScamObject(plain: string): boolean {
  return plain.length <= 140 && object.test(plain) && (lookup.test(plain) || askedBefore.test(plain));
}

/** The scam entry on checking links, numbers and accounts: its title says "kiểm tra". */
export function isCheckingEntry(entry: KnowledgeEntry): boolean {
  return entry.category === "lua-dao" && /\bkiem tra\b/.test(foldedTitle(entry));
}
