/*
 * A foreigner's visa or residence card itself, extended or issued ("visa gia hạn cho người nước ngoài làm ở đâu", "xin thẻ
 * tạm trú dài hạn cho chồng người nước ngoài"): the immigration office's (session 13, out of coverage; read with
 * uncovered-matters.ts, same shape). The words "tạm trú", "người nước ngoài" made the foreigners' stay declaration (a
 * landlord's duty) answer with its summary. A visa as the purpose of a ward paper ("lý lịch tư pháp để xin visa định cư")
 * names that paper and stays with it.
 */
import type { Matter } from "./uncovered-matters";

const visaOrCard = String.raw`\b(?:(?:gia han|xin gia han|keo dai|doi|cap|cap moi|cap lai|xin|lam) (?<k>visa|thi thuc|the tam tru|the thuong tru)|(?<k2>visa|thi thuc|the tam tru)(?: [a-z]+){0,4} (?:gia han|het han|sap het han))\b`;

export const immigrationMatters: Matter[] = [
  // ("xin visa" to travel abroad is uncovered-matters.ts' own; a ward paper for it names that paper: namesEntrySubject)
  { folded: new RegExp(visaOrCard), accented: /visa|thị thực|thẻ tạm trú|thẻ thường trú/, unless: /\b(?:ly lich tu phap|xac nhan (?:doc than|tinh trang hon nhan)|chung thuc|khai bao tam tru|dang ky tam tru)\b/ },
];
