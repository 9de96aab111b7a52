import { foldForScam } from "./normalize";
import { matches } from "../../lib/regex-prefilter";

/*
 * Gambling invitations ("nổ hũ", "tài xỉu", "cầu lô", "bắn cá đổi thưởng"). Folded, several of
 * these words are everyday Vietnamese: "bán cà phê" and "bắn cá" both read "ban ca", "chốt sổ bảo
 * hiểm" and "chốt số" read "chot so", "cầu lông" starts like "cầu lô", "vườn bách thú" holds
 * "bach thu", "nó hư" reads "no hu", "bạn chắc" holds "an chac". The learned model weighs this
 * signal alone over its threshold, so a resident's own question about a café on the pavement or
 * an unpaid insurance book was warned as a gambling scam. Two guards: word boundaries and the
 * everyday phrases in folded text; and, when the resident typed diacritics, the everyday spelling
 * of the colliding words is removed before the lexicon is read again.
 */
const gambling =
  /((?<!\b(den|toi|sang|ve|tan|qua|len|xuong) )nha cai(?! (app|ung dung|phan mem|dat|tao|sua|cua|giup|gium|dum|ho|lai|may|wifi|mang|internet|camera|vneid|dinh danh|tivi|tv|dieu hoa|nong lanh)\b)|ca cuoc|no hu|tai ?xiu|\blo de\b(?! (quen|lo|mat|roi|xay ra|bi|nguoi khac|ho|ai|con|chau|toi|minh|em|thong tin|the|anh|giay)\b)|casino|game ?bai|doi ?thuong|nap (lan )?dau|nap rut|soi cau|bet\b|bac+arat|(?<!(con|het|dat|giu|them|mot|1) )\bslot\b|\bban ?ca\b(?! ?(phe|kho|tuoi|song|bien|ro|chua|kho|hop|vien))|\bcau (lo|de|kep|vip|qua vip|dac ?biet|2 ?kep)\b|(?<!vuon )\bbach ?thu\b|chot so\b(?! (bao hiem|bhxh|bh\b|luong|sach|ke toan|thu chi|cong|dien|nuoc))|\b3 ?cang\b|\blo\b.{0,20}\b(an|de)\b.{0,20}(chac|100|nhay)|\ban chac\b|giau to|trung to\b|c\.?o\.?d\.?e:? ?\d+k|tang (ngay )?code \d+k|hoan tra (sieu cao|\d+([.,]\d+)? ?%)|xo ?so sieu toc|\b1 ?b\.? ?thu\b|giai d\.? ?biet|cam ket ?100)/;

/**
 * Everyday words whose folded form is a gambling word, as typed with diacritics (lower case, NFC):
 * "bán cá / bán cà phê / bàn cà phê", "chốt sổ", "cầu lông", "bách thú", "nó hư", "nhà cải tạo", and (session 11)
 * "nhà cài" ("có ai đến nhà cài giúp không": someone coming to the house to install, not "nhà cái", a bookmaker);
 * folded, "đến / tới / sang nhà cài…" and "nhà cài giúp / lại / máy / wifi…" read the same way.
 * (session 28) "lỡ để / lo để / lọ để / lò để" fold to "lo de", the lottery "lô đề": "lỡ để lộ ảnh căn cước rồi
 * phải làm sao" was warned as a gambling invitation; typed without accents, "lo de" before what one lets slip or forgets
 * ("lo de quen / lo / mat…", "lo de nguoi khac…") is not the lottery either.
 */
const everydaySpelling = /(b[áàạ]n c[áàả]|chốt sổ|cầu lông|bách thú|nó hư|nhà cải|nhà cài|l[ỡọò] để|lo để)/giu;

/** The folded text invites to gambling (the body as received, to read its diacritics). */
export function invitesToGamble(folded: string, body: string): boolean {
  if (!matches(gambling, folded)) return false;
  const nfc = body.normalize("NFC");
  everydaySpelling.lastIndex = 0;
  if (!everydaySpelling.test(nfc)) return true;
  return matches(gambling, foldForScam(nfc.replace(everydaySpelling, " ")));
}
