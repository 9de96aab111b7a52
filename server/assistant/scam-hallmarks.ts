/*
 * A scam's hallmark said without the word "lừa" (folded): an install file sent by a stranger ("file apk"), a fee asked
 * before a prize, a loan or a payout ("phải nộp phí", "phí vip"), an "expert" calling stock codes, an "investigation" a
 * relative is said to be under, a fake to avoid ("khỏi bị giả") or whether to trust an offer ("nên tin không"). A scam
 * entry matched on such a message is about the scam it describes: the guard that hands off a scam entry for a message
 * saying nothing of a scam (lexicon.ts scamTalkPattern) lets it through.
 */
export const scamHallmarkPattern =
  /\b(apk|file apk|file la|nop phi|dong phi|phi vip|phi kich hoat|phi ho so|ho ma|chuyen gia|dieu tra|phoi hop dieu tra|bi gia|khoi bi gia|ban gia|nen tin|co nen tin|tin duoc khong|tin duoc ko|tin dc ko|tin dc khong)\b/;
