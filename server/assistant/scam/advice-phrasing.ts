/*
 * (session 11, found on the real training rows) Banks' safety advice names the act it warns about
 * without a "không": "Luôn kiểm tra kỹ nội dung tin nhắn OTP và chỉ nhập OTP khi chính khách hàng là
 * người trực tiếp thực hiện thao tác liên kết ví", "Việc cung cấp OTP xác thực liên kết ví điện tử là
 * cho phép người khác sử dụng thẻ của Quý khách" (VietNamNet, the banks' warning on wallet linking).
 * Two phrasings that are no request:
 *  - a restriction: "chỉ nhập / chỉ cung cấp … khi …" (only when the reader themself acts);
 *  - the act named as a subject and judged: "việc cung cấp OTP … là cho phép / đồng nghĩa / sẽ mất …".
 * `before` is the clause up to the request's verb, `after` what follows it (folded text).
 */
const onlyWhen = /\bchi (\S+ )?$/;
const when = /^[^.!?]{0,80}\bkhi\b/;
const actAsSubject = /\bviec (\S+ )?$/;
const judged = /^[^.!?]{0,80}\b(la (cho phep|dong nghia|trao|tu tay|giup ke gian|tao co hoi)|dong nghia|se (mat|bi mat|bi chiem|bi lo))\b/;

export function adviceAround(before: string, after: string): boolean {
  return (onlyWhen.test(before) && when.test(after)) || (actAsSubject.test(before) && judged.test(after));
}
