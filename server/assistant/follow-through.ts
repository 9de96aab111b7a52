/*
 * A turn that says the previous entry's action is done and goes on to ask what comes next: "gửi rồi thì
 * bao lâu có người sửa", "đăng nhập được rồi, giờ nộp hồ sơ làm tiếp thế nào", "nộp xong thì xem kết quả
 * ở đâu". The previous entry told how to do that action; what follows it (tracking a report, filing once
 * logged in) is another entry's subject, and the message alone leans to that entry even when not clearly.
 *
 * Only a verb + "rồi"/"xong" that closes a clause (a comma, "thì", "giờ", "mà" follows): "bao lâu thì xong"
 * asks a duration, "ký ở nhà rồi mang ra được không" is a case of the same procedure, and "ba tháng rồi thì
 * sao" / "15 tuổi rồi" tell an age or a time, not an action done.
 */
const doneClause = /(?:^|[\s,])(\p{L}+)\s+(?:được\s+|duoc\s+)?(?:rồi|xong|roi)(?=\s*(?:[,.]|(?:thì|thi|giờ|gio|mà|ma)(?:\s|$)))/gu;

/** words that make "N … rồi" a time or an age ("ba tháng rồi", "5 ngày rồi", "80 tuổi rồi") */
const timeWords = new Set(["tháng", "thang", "ngày", "ngay", "năm", "nam", "tuần", "tuan", "tuổi", "tuoi", "giờ", "gio", "hôm", "hom", "lâu", "lau", "nay"]);

export function followsThrough(text: string): boolean {
  for (const m of text.normalize("NFC").toLowerCase().matchAll(doneClause)) if (!timeWords.has(m[1]!)) return true;
  return false;
}
