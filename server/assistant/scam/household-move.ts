/*
 * (session 11, found on a tuning question: "đổi thẻ căn cước vì chuyển hộ khẩu có mất tiền không") Folded,
 * "chuyển hộ khẩu" (moving one's household registration) reads as "chuyển hộ … tiền" (transfer money on
 * someone's behalf): the borrowing and money-request patterns fired on a resident's question about papers.
 * Moving a registration or residence is no transfer: the words are rewritten before the text is read.
 */
const householdMove = /\bchuyen (ho khau|khau|noi cu tru|cu tru|noi thuong tru|thuong tru|tam tru)\b/g;

export function withoutHouseholdMove(folded: string): string {
  return folded.includes("chuyen ") ? folded.replace(householdMove, "doi $1") : folded;
}
