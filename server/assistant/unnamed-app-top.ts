/*
 * "quên mật khẩu vssid thì lấy lại kiểu gì" → "Sự cố VNeID - quên mật khẩu…", "tải vssid ở đâu cho đúng app thật"
 * → "Link cài ứng dụng VNeID… giả mạo": the top entry's title names an app (VNeID) the message never names, while
 * the message names another app whose entry is among the first three. The top matched the trouble (a password, a
 * fake app), not the app; the entry about the app named is the answer even when it scores well under the top
 * (the usual share asked of it, assistant.ts NAMED_APP_SHARE, is for a top that may be about the app too).
 */

/** apps an entry title can name (folded) */
const apps = [/\bvneid\b/, /\bvss ?id\b/, /\bi ?ha ?noi\b|\bihn\b/];

/** The top's title names an app and the message names none of the apps that title names (both folded). */
export function topNamesAnotherApp(foldedTopTitle: string, foldedMessage: string): boolean {
  const inTitle = apps.filter((p) => p.test(foldedTopTitle));
  return inTitle.length > 0 && !inTitle.some((p) => p.test(foldedMessage));
}
