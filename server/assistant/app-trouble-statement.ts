/*
 * "làm rồi mà nó báo thông tin không khớp" after adding a card to VNeID, "báo lỗi không xác thực được" after logging into
 * the public-service portal, "máy tôi Android đời cũ tìm không thấy app" after iHanoi: the resident tells what went wrong
 * with the app or site just answered, as a statement, with no subject of its own. app-says-condition.ts reads "nó/app
 * báo …" at the start; these begin with what was done ("làm rồi mà", "đăng nhập") or with the message shown itself
 * ("báo lỗi"), or say the app cannot be found or opened. Alone such words match no entry well and the turn was handed off;
 * after an entry on an app or an online account it is a case of that entry. The caller keeps it to unsure matches.
 */

/** what was done before the trouble: "làm rồi mà", "đăng nhập thì", "vào app nó" */
const done = String.raw`(?:(?:the|ma|nhung|vay|con|gio|luc|khi|neu|bay gio|toi|em|minh|chau|tui)\s+){0,2}(?:(?:lam|dang nhap|vao|nhap|mo|cai|cai dat|tai|tich hop|xac thuc|quet|bam|an|dang ky)(?:\s+(?:app|ung dung|xong|roi|lai|vao|thu|di))*(?:\s+(?:ma|thi|nhung|no|van|cu|lai))*\s+)?`;
/** what the app shows: "báo lỗi", "báo sai", "báo không …", "hiện lỗi", "thông báo chưa …" */
const shown = String.raw`(?:(?:no|app|ung dung|may|dien thoai|he thong|trang|web|man hinh|dt)\s+)?(?:cu\s+|lai\s+|van\s+)?(?:bao|hien|thong bao|hien len|hien ra)\s+(?:loi|sai|khong|ko|chua|ma|thong tin|du lieu|that bai|het)\b`;
/** the app itself not found or not opening: "tìm không thấy app", "không tải được ứng dụng", "app không mở được" */
const missing = String.raw`\b(?:tim|tai|cai|mo|vao|dang nhap|xac thuc)\s+(?:khong|ko|k|chua)\s+(?:thay|duoc|dc|ra|len|noi)\b|\b(?:khong|ko|k|chua)\s+(?:tim|tai|cai|mo|vao|dang nhap|xac thuc)\s+(?:\w+\s+)?(?:duoc|dc|thay|ra)\b`;

const startPattern = new RegExp(`^${done}${shown}`);
const missingPattern = new RegExp(missing);

/** Whether the message (folded as typed) tells trouble with an app or site, asking nothing of its own. */
export function tellsAppTrouble(typed: string): boolean {
  return startPattern.test(typed.trim()) || missingPattern.test(typed);
}

/** The previous entry is about an app or an online account (its title, folded). */
export function aboutAppOrAccount(foldedTitle: string): boolean {
  return /\b(?:ung dung|app|vneid|vssid|ihanoi|dang nhap|tai khoan|cong dich vu cong|truc tuyen|online|tich hop)\b/.test(foldedTitle);
}
