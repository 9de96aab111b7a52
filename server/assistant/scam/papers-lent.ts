/*
 * (session 28, issue 11: false alarms) A paper lent between people who know each other — "Chị cho em mượn cái CCCD
 * photo để nộp hồ sơ nhập học cho con nhé, mai em trả", "cho em mượn bản photo căn cước của anh để làm hợp đồng thuê
 * nhà, chiều em gửi lại" — reads like the borrowing script ("cho em mượn …, mai em trả") though what is lent and given
 * back is a copy of a document, not money. The borrowing signal is not raised when the thing borrowed is a paper and
 * no money is in the text at all (an amount, "tiền", a transfer, an account, a top-up card); ID lending for pay
 * ("cho mượn CCCD mở tài khoản, nhận 500k") names money and is id_account_trade's.
 */
const paperBorrowed =
  /\bmuon (cai |ban |to |tam |chiec |quyen |cuon )?(cccd|can cuoc|cmnd|chung minh thu|ban photo|ban sao|photo|giay to|so ho khau|giay khai sinh|bang lai|so do|so hong|hoc ba|bang tot nghiep)\b/;
const moneyNamed =
  /\b(tien|\d[\d.,]* ?(k|tr|trieu|cu|nghin|ngan|d|dong|vnd)\b|chuyen|ck|stk|so tai khoan|tai khoan|nap|the cao|vay|ung (tien|truoc)|tra gop|lai suat)\b/;

/** The folded text borrows a paper and names no money: no borrowing script. */
export function papersLentOnly(folded: string): boolean {
  return paperBorrowed.test(folded) && !moneyNamed.test(folded);
}
