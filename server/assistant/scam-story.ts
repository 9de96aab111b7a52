import { foldedText } from "./text-analysis";

/*
 * The resident goes on telling the scam story the assistant just warned about: "họ còn bảo cài
 * app gì đó nữa", "họ có giấy phép hành nghề đàng hoàng mà", "họ biết cả số căn cước của tôi".
 * The subject is the scammer ("họ", "bọn nó", "người đó"), so the words that follow (app, giấy
 * phép, căn cước) are details of the same scam, not a new question about apps, licences or ID
 * cards. Typed without accents, "ho" is also "hộ" (household: "hộ nghèo có được…"), so then a verb
 * of telling or doing must follow.
 */

/** "họ …", "bọn họ", "nó", "người đó", … opening the message (after "thế/vậy/mà/nhưng/còn") */
const leadIn = String.raw`^\s*(?:(?:thế|the|vậy|vay|mà|ma|nhưng|nhung|còn|con|à|a)\s+)*`;
const accentedSubject = new RegExp(leadIn + String.raw`(?:họ|bọn họ|tụi họ|bọn nó|tụi nó|chúng nó|người đó|người kia|đứa đó|bên đó|bên kia)(?=\s|$)`, "iu");
/** folded, an unambiguous subject ("bon no", "nguoi do") or "ho"/"no" followed by what they did or said */
const plainSubject = new RegExp(
  String.raw`^\s*(?:(?:the|vay|ma|nhung|con|a)\s+)*(?:(?:bon|tui) (?:ho|no)|chung no|nguoi do|dua do|ben do|(?:ho|no) (?:con |lai |da |dang |cu |van |cung )?(?:bao|noi|goi|nhan|doi|bat|yeu cau|hua|gui|co|biet|lay|dua|xin|ep|doa|dam bao|cam ket|moi|keu|ra|chi|nap|chuyen))\b`,
);

/** Whether the message's subject is the scammer of the story ("họ còn bảo …", "ho co giay phep …"). */
export function tellsScamStory(text: string): boolean {
  const lower = text.normalize("NFC").toLowerCase();
  return accentedSubject.test(lower) || plainSubject.test(foldedText(lower));
}
