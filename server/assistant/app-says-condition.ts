/*
 * "nó báo chưa có dữ liệu thì sao" after adding a driving licence to VNeID, "app cứ báo lỗi thì làm thế nào", "máy
 * hiện sai mật khẩu thì sao": what the app or site of the procedure just answered shows the resident, and what to do
 * then. Alone the words shown (dữ liệu, lỗi) match no entry well, and the turn was handed off. It is a case of the
 * previous entry (its special cases). Kept by the caller to unsure matches outside scam entries, where "nó báo" is the
 * caller saying something ("nó bảo chuyển tiền").
 */

/** "nó/app/máy/điện thoại/trang … báo/hiện/thông báo" at the start, after an opener (folded as typed) */
const pattern =
  /^(?:(?:the|ma|nhung|vay|con|gio|luc|khi|neu|bay gio|mo ra|vao)\s+){0,2}(?:no|app|ung dung|may|dien thoai|he thong|trang|web|man hinh|dt)\s+(?:cu\s+|lai\s+|van\s+|toan\s+|chi\s+)?(?:bao|hien|thong bao|ghi|hien len|hien ra|bat)\b/;

/** `typed`: the message folded as typed; `normalized`: as written (a folded "no" is also "nợ", "nổ": with accents written, only "nó" counts). */
export function appSaysCondition(typed: string, normalized: string): boolean {
  if (!pattern.test(typed)) return false;
  if (!/^(?:(?:the|ma|nhung|vay|con|gio|luc|khi|neu|bay gio|mo ra|vao)\s+){0,2}no\b/.test(typed)) return true;
  const accented = /[^\x00-\x7F]/.test(normalized);
  return !accented || /(?:^|[^\p{L}])nó(?=$|[^\p{L}])/iu.test(normalized);
}
