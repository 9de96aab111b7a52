/*
 * A turn that says the previous entry's action is done and goes on to ask what comes next: "gửi rồi thì
 * bao lâu có người sửa", "đăng nhập được rồi, giờ nộp hồ sơ làm tiếp thế nào", "nộp xong thì xem kết quả
 * ở đâu". The previous entry told how to do that action; what follows it (tracking a report, filing once
 * logged in) is another entry's subject, and the message alone leans to that entry even when not clearly.
 *
 * Only a verb + "rồi"/"xong" that closes a clause (a comma, "thì", "giờ", "mà" follows): "bao lâu thì xong"
 * asks a duration, "ký ở nhà rồi mang ra được không" is a case of the same procedure, and "ba tháng rồi thì
 * sao" / "15 tuổi rồi" tell an age or a time, not an action done.
 * Nor when nothing is asked after the clause but a bare "thì sao", "có sao không", "có được không": "tôi đã ly hôn
 * rồi thì sao", "gửi rồi thì có sao không" tell a state of the resident as a condition of the matter at hand (its special
 * cases), not what comes next. ("xong" says the action is done: "nộp xong thì sao" still asks what now.)
 */
const doneClause = /(?:^|[\s,])(\p{L}+)\s+(?:được\s+|duoc\s+)?(?:rồi|xong|roi)(?=\s*(?:[,.]|(?:thì|thi|giờ|gio|mà|ma)(?:\s|$)))/gu;

/** words that make "N … rồi" a time or an age ("ba tháng rồi", "5 ngày rồi", "80 tuổi rồi") */
const timeWords = new Set(["tháng", "thang", "ngày", "ngay", "năm", "nam", "tuần", "tuan", "tuổi", "tuoi", "giờ", "gio", "hôm", "hom", "lâu", "lau", "nay"]);

/** what may follow the done clause and still ask nothing of its own (folded; the clause's own "thì"/"giờ"/"mà" first) */
const bareTail =
  /^\s*[,.]?\s*(?:(?:thi|gio|ma)\s+)?(?:(?:the|vay)\s+)?(?:sao|co sao (?:khong|ko|k|hong)|co (?:duoc|dc) (?:khong|ko|k|hong)|(?:duoc|dc) (?:khong|ko|k|hong)|co anh huong gi (?:khong|ko|k))(?:\s+(?:a|ad|ah|vay|nhi|ha|chau|em|ban|a ad))*\s*[?.!]*\s*$/;

export function followsThrough(text: string): boolean {
  const lower = text.normalize("NFC").toLowerCase();
  for (const m of lower.matchAll(doneClause)) {
    if (timeWords.has(m[1]!)) continue;
    // ("xong rồi thì sao", "nộp xong thì sao": done, and what now — a follow-through)
    if (/xong/.test(m[0])) return true;
    const rest = lower.slice(m.index! + m[0].length).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
    if (!bareTail.test(rest)) return true;
  }
  return false;
}
