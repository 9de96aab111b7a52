import { foldedText } from "./text-analysis";

/*
 * "thế chia tài sản thì sao" right after "vợ chồng tôi muốn ly hôn … nộp đơn ở đâu" was handed off (divorce is the
 * court's, not the ward's): the resident asks one more side of the same matter. Read alone, "chia tài sản" matched the
 * certification entry's "văn bản phân chia di sản" and was answered confidently (tuning-s22, tuning-s24): a divorce's
 * property is not an inheritance. The handoff of a matter named as out of the ward's coverage remembers the handed-off
 * message for one turn (memory.handedOffMatter, stored with the rest of the conversation memory, per resident and
 * ward). A next turn shaped as an aspect of something ("[thế/còn] X thì sao", "thì thế nào", "thì làm sao") is read
 * together with it; when the two together are handed off as well, so is the turn — unless the message names the
 * answered entry's own subject (one of its keywords or title parts of two syllables or more: "thế tôi gửi phản ánh
 * với phường thì làm thế nào" after a lawsuit, "còn tiêm phòng cho em bé thì đi đâu" after a school transfer).
 * A part asked plainly ("sửa ở đâu", "nộp thuế hạn chót khi nào") is not this shape: those lean on a covered
 * procedure the handed-off story told of, and are read as before.
 */

/** openers of a contrast or a continuation ("thế", "còn", "vậy", "mà", "nhưng"; folded, so "con" is also "còn") */
const opener = String.raw`(?:(?:the|vay|con|ma|nhung|the con|vay con|con neu|the neu|neu)\s+)?`;
/** the tail that asks "what about X" without a question of its own */
const tail = String.raw`\s+thi\s+(?:sao|the nao|nhu the nao|ra sao|lam sao|lam the nao|tinh sao|giai quyet the nao|giai quyet sao)(?:\s+(?:a|ah|ha|nhi|vay|nua|day|chi|anh|em|ban|ad))*`;
const aspectPattern = new RegExp(String.raw`^${opener}(\S+(?:\s+\S+){0,5})${tail}$`);

/** The aspect X of "[thế/còn] X thì sao" (folded), or undefined when the message is not that shape. */
export function askedAspect(text: string): string | undefined {
  const folded = foldedText(text).replace(/[?!.…,]+/g, " ").replace(/\s+/g, " ").trim();
  const m = aspectPattern.exec(folded);
  return m?.[1];
}

/** How long a remembered handed-off message may be (it is read again with the next turn). */
export const MATTER_CHARS = 300;
