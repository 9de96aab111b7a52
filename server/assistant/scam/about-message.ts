/*
 * "có phải lừa đảo không", "thật không", "có nên làm theo không", "cái này là sao": the resident asks
 * whether a message or call they got is genuine, or what to make of it. When the scam check warned
 * about that message, the warning is the answer — not a knowledge-base entry that shares its bait words
 * (a fake "BHXH payout" text asked about with "có phải lừa đảo không" is not a question about BHXH).
 */
const aboutTheMessage = new RegExp(
  [
    String.raw`\blua( dao)? (khong|ko|k|hong|hok|ha|a|nhi|chu)\b`,
    String.raw`\bco phai (la )?(lua|gia|that|cua)\b`,
    String.raw`\b(that|gia) (khong|ko|k|hong|hok|ha|a|hay gia|hay khong|ko a|khong a)\b`,
    String.raw`\bco (that|dung|chuan|uy tin) (khong|ko|k|hong|hok|a|ha)?\b`,
    String.raw`\b(dang|co the) tin\b|\btin (duoc|dc) (khong|ko|k|hong|hok)\b`,
    String.raw`\bco nen (lam theo|tin|bam|nhan|an|cai|chuyen|nop|dong|tra loi|goi lai|lam|vay)\b`,
    String.raw`\b(cai|tin|tin nhan|sms|cuoc goi|vu|chuyen) (nay|do|kia) (la )?(sao|gi|the nao)\b`,
    String.raw`\bla sao( (vay|a|ad|ha|nhi|ah|the))*\s*[?.!]*$`,
    String.raw`\b(nen|phai) (lam|xu ly) (gi|sao|the nao)\b`,
  ].join("|"),
);

/** The resident's question is whether the message they got is real, or what to do about it (folded). */
export function asksAboutTheMessage(folded: string): boolean {
  return aboutTheMessage.test(folded);
}
