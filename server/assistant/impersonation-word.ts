/*
 * "Xưng" (claims to be) is the word of an impersonation: "người xưng nhân viên ngân hàng hỏi mã thẻ", "ông kia xưng
 * là công an". The scam-talk words (lexicon.ts scamTalkPattern) did not have it, so a scam entry matched on such a
 * message was handed off as "a scam entry for a message saying nothing of a scam". Folded "xung" is also "xung quanh"
 * (around), "xung đột" (conflict), "xung phong" (volunteer), "xưng hô" (forms of address): those compounds are left.
 */
const impersonation = /\bxung\b(?! (?:quanh|dot|phong|kich|luc|dang|tung|vuong|ho|yeu|khac|dien|than)\b)/;

/** Whether a folded message says someone claimed to be someone. */
export function saysImpersonation(folded: string): boolean {
  return impersonation.test(folded);
}
