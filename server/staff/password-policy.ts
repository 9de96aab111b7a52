import { ValidationError } from "../lib/errors";

export const MIN_PASSWORD_LENGTH = 10;

/*
 * The commonest passwords of 10 characters or more (from public breach-frequency lists, e.g.
 * the SecLists "10k most common" list, plus Vietnamese ones seen in leaked Vietnamese sites'
 * lists). Shorter ones are refused by length already. Compared lowercased, with and without a
 * trailing run of digits or "!", so "Matkhau2026!" counts as "matkhau".
 */
const common = new Set(
  `1234567890 0123456789 12345678910 1234567891 0987654321 9876543210 1111111111 0000000000 1234512345 1122334455
  1234554321 1029384756 1357924680 123456789a a123456789 123456789q q123456789 1q2w3e4r5t 1q2w3e4r5t6y 1qaz2wsx3edc
  qwertyuiop qwertyuiop123 qwerty1234 qwerty12345 qwerty123456 asdfghjkl asdfghjkl1 zxcvbnm123 abcd123456 abc1234567
  abcdefghij abcdefgh12 password password1 password12 password123 password1234 passw0rd123 iloveyou12 iloveyou123
  princess12 sunshine12 football12 baseball12 superman12 starwars12 dragon1234 monkey1234 letmein123 welcome123
  trustno123 computer12 michael123 jennifer12 internet12 whatever12 administrator admin12345 admin123456 root123456
  matkhau matkhau1 matkhau12 matkhau123 matkhau1234 matkhaumoi matkhau@123 anhyeuem anhyeuem123 emyeuanh emyeuanh123
  yeuemnhieu vietnam vietnam123 vietnam1234 hanoi hanoi123 hanoi12345 saigon123 conyeume matkhaucuatoi toilaai
  phuong phuong123 phuongxa ubndphuong canbophuong khongbiet 11223344556 147258369 1472583690 159753456852
  12341234 123123123 1231231234 123321123 123qweasd 123qweasdzxc qweasdzxc123 zaq12wsxcde abcabcabc aaaaaaaaaa`
    .split(/\s+/)
    .filter(Boolean),
);

function base(password: string): string {
  return password.toLowerCase().replace(/[\s!@#.]+$/, "").replace(/\d+$/, "");
}

/** Throws a ValidationError (Vietnamese) unless the password is long enough, not common and not the account's email. */
export function checkPasswordStrength(password: string, email?: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError("weak_password", "password too short", `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  }
  const lower = password.toLowerCase();
  const stem = base(password);
  if (common.has(lower) || (stem.length >= 4 && common.has(stem)) || /^(.)\1+$/.test(password) || /^\d+$/.test(password)) {
    throw new ValidationError("common_password", "password is among the commonest", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác (ví dụ một câu ngắn dễ nhớ).");
  }
  if (email) {
    const normalised = email.trim().toLowerCase();
    const local = normalised.split("@")[0] ?? "";
    if (lower === normalised || lower.includes(normalised) || (local.length >= 4 && lower.includes(local))) {
      throw new ValidationError("password_is_email", "password contains the email", "Mật khẩu không được chứa email của tài khoản.");
    }
  }
}
