/*
 * "có cần giấy đăng ký kết hôn không" after birth registration, "cần giấy chứng sinh không" after late
 * registration, "có phải mang bản chính không" after certified copies: whether a given paper is needed is a
 * question about the papers of the procedure at hand. The paper's own name often is another entry's title
 * ("giấy đăng ký kết hôn" is the marriage entry, "giấy chứng sinh" a word of the birth entry), and the
 * message alone was answered from that entry, though the resident never left the previous one.
 *
 * Only the whole question shape counts: "(có) cần / phải (mang, nộp, có) giấy|bản sao|bản chính|sổ … không".
 * "tôi cần bản sao giấy khai sinh" (a statement, no yes/no) asks for the paper itself: another procedure.
 */
const paperNeeded =
  /^(?:(?:the|vay|con|va|ma|cho (?:em|toi|chau|minh) hoi)\s+)?(?:co\s+)?(?:can|phai|bat buoc)\s+(?:phai\s+)?(?:(?:mang|nop|co|lam|xin|xuat trinh|theo)\s+)?(?:theo\s+)?(?:giay|ban sao|ban chinh|so|to khai|anh)\b[^?]*?\b(?:khong|ko|k|hong|hok)\s*[?.!]*$/;

/** The message asks whether a certain paper is needed (folded text, diacritics removed). */
export function asksPaperRequired(folded: string): boolean {
  return paperNeeded.test(folded.trim());
}
