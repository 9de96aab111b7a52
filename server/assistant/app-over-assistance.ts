/*
 * "cài iHanoi", "cài iHanoi để làm gì", "cài ihanoi cho bố mẹ thế nào", "ông bà già không biết cài ihanoi": the
 * resident asks how to install or use the one app named; the home-help team's entry (kind "assistance": "Tổ công nghệ
 * số cộng đồng hỗ trợ người cao tuổi tại nhà") came first on its shared "cài", "cài iHanoi", "bố mẹ", and its
 * confident lead kept the app's own entry out (named-app-use.ts acts only when nothing was clear). Then every turn
 * after ("điện thoại cũ không cài được", "đăng ký tài khoản thế nào") went on with the team (tuning7, tuning8,
 * tuning12, tuning-s12, tuning-s13, tuning-s14: ten lines). The help entry is the answer only when the message asks
 * for a person to help ("ai hướng dẫn cài iHanoi", "có người đến nhà cài VssID không", "tổ công nghệ số"); otherwise
 * the app named decides, as it does when the top was not confident.
 */

/** asking for someone to help, at home or in person (folded text) */
const helperAsked = /\b(?:ai|nguoi|to cong nghe|to cnsc|to dan pho|den nha|tan nha|tai nha|toi nha|ve nha|doan thanh nien|nho|giup|ho tro|chi cho|chi giup|huong dan)\b/;

/** Whether an app named in a message may take the place of a confident top entry of kind "assistance" (the help for people). */
export function appOverAssistance(topKind: string | undefined, folded: string): boolean {
  return topKind === "assistance" && !helperAsked.test(folded);
}
