import { secrecy } from "./signals";

/*
 * (session 27) A caller's instruction, not a loss told: "Ông cần chuyển toàn bộ tiền tiết kiệm vào tài khoản do cơ
 * quan điều tra chỉ định, không được nói với ai". It opens with the reader's title and what they "must" do with their
 * money, and it gags them: the impostor's script (police and bank warnings on "fake investigators"), which victim.ts
 * read as a resident saying they had moved all their money. A resident telling it after the fact says so ("rồi", "đã",
 * "họ bảo", "giờ họ chặn số"), and stays a victim.
 */

/** the reader addressed by a title, told what they must do with money */
const instructed = /^(ong|ba|anh|chi|chu|bac|em|co|cau|di|thim|quy khach|ban) (can|phai|hay|lap tuc|can phai|bat buoc (phai )?|vui long) (\S+ ){0,3}(chuyen|rut|nop|gui|dua|nap|ck)\b/;
/** told after the fact: done, or someone else's words retold */
const toldAfter = /\b(roi|da|xong|vua|ho bao|no bao|bao toi|bao em|bao minh|bat toi|bat em|gio|chan|mat|bi lua|lua dao|khong lien lac)\b/;

// the gag ("không được nói với ai", "tuyệt đối không cho người nhà biết", "giữ bí mật") is signals.ts's secrecy, one list
export function instructedGag(folded: string): boolean {
  return instructed.test(folded) && secrecy.test(folded) && !toldAfter.test(folded);
}
