/*
 * "thế rốt cuộc có phải cập nhật không" after a call demanding a VNeID "update", "vậy có phải nộp phí thật không"
 * after a fake prize: a yes/no question after a scam turn whose topic words all name what that scam entry's title
 * says (the act it demands) asks that entry — is the demand genuine — not whichever entry shares a word ("sắp xếp
 * phường" for "cập nhật"). Discourse words ("rốt cuộc", "tóm lại", "thật ra") are taken out first (spelling help
 * would read "rốt" as another word). At most three topic words, every one in the title: a question with a subject
 * of its own is read as usual.
 */
const discourse = /\b(?:rot cuoc|tom lai|thuc ra|that ra|cuoi cung|noi chung|that su|thiet)\b/g;

/** Whether a yes/no question (`plain`: folded as typed) names only words of the remembered scam entry's title. */
export function asksWarnedTitle(o: { yesno: boolean; plain: string; termsOf: (text: string) => string[]; title: Set<string> }): boolean {
  if (!o.yesno) return false;
  // (no word of the title as typed: not this, and the message is not analysed again)
  const title = o.title;
  if (!o.plain.split(/\s+/).some((w) => title.has(w))) return false;
  const terms = o.termsOf(o.plain.replace(discourse, " ").replace(/\s+/g, " ").trim());
  return terms.length >= 1 && terms.length <= 3 && terms.every((t) => o.title.has(t));
}
