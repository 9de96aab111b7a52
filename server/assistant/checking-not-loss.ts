import { checkingVerbPattern } from "./lexicon";
import { readVictim } from "./scam/victim";
import type { Scored } from "./search-index";
import { foldedText } from "./text-analysis";

/*
 * "Làm sao biết một số tài khoản ngân hàng có phải của kẻ lừa đảo không?" asks how to tell, before
 * anything happened: the checking entry ("Cách kiểm tra đường link, số điện thoại, số tài khoản có
 * phải lừa đảo"). The entry for a resident who already lost money ("Đã lỡ chuyển tiền cho kẻ lừa
 * đảo") shares its words ("tài khoản", "ngân hàng", "kẻ lừa đảo") and its sample questions, and won.
 * When the message tells no loss and no risky act done (scam/victim.ts reads none) and asks how to
 * know or check, the close candidate whose title is about checking answers.
 */

/** the entry a victim's steps lead with (scam/reply.ts) */
export const LOSS_ENTRY = "ld-bi-lua-roi";
/** a checking candidate must have at least this share of the loss entry's score */
export const CHECKING_SHARE = 0.6;

/** "làm sao (để) biết", "làm thế nào nhận biết", "cách kiểm tra", "check", "xem … có phải … không" (folded) */
const howToTell = /\b(lam sao|lam the nao|the nao|cach nao|bang cach nao|cach)( de| ma)? (biet|bt|nhan biet|phan biet|kiem tra|check|xem)\b|\bkiem tra\b|\bcheck\b|\bxem (\S+ ){0,6}co phai\b/;

/** The checking candidate to answer instead of the loss entry at the top, or undefined. */
export function checkingNotLoss(text: string, ranked: Scored[]): Scored | undefined {
  const [top] = ranked;
  if (top?.entry.id !== LOSS_ENTRY) return undefined;
  if (!howToTell.test(foldedText(text)) || readVictim(text)) return undefined;
  return ranked.slice(1, 3).find((c) => c.entry.category === top.entry.category && checkingVerbPattern.test(foldedText(c.entry.title)) && c.score >= CHECKING_SHARE * top.score);
}
