import { PLACES } from "./other-place";

/*
 * Word pairs spelling repair leaves as typed. Typed without accents, a place name is two correctly
 * spelled syllables the entries never write together, so the repair read them as a misspelling of a
 * pair the entries do write: "o da nang" became "da nan", "que vinh phuc" "sinh phuc", "quan thanh
 * xuan" "thanh quan", "tu dong nai chuyen ra" "dong lai". Whoever types a place name means the place
 * (the checks for another province read the typed words, and so should search). The same holds for
 * a count or date with "năm" ("sinh nam 1990", "1 nam", "nam ngoai": not "làm") and for everyday
 * words of time whose other spelling is another word ("buoi sang" is not "san").
 * Listed folded, as adjacent pairs: a three-word name keeps each of its pairs ("nam tu liem").
 */

/** Provinces and cities before and after the 2025 merger, Hà Nội's districts and towns, well-known towns. */
const names: readonly string[] = [
  ...PLACES,
  "ha noi", "ha tay", "ha giang", "yen bai", "bac kan", "hoa binh", "bac lieu", "soc trang", "tra vinh", "hau giang",
  "vinh long", "tien giang", "ba ria", "binh phuoc", "binh thuan", "ninh thuan", "kon tum", "dak nong", "thua thien",
  "quang nam", "quang ngai", "phu quoc", "hoi an", "buon ma thuot", "phan thiet", "quy nhon", "rach gia", "my tho",
  "hoan kiem", "ba dinh", "dong da", "hai ba trung", "tay ho", "cau giay", "thanh xuan", "hoang mai", "long bien",
  "ha dong", "nam tu liem", "bac tu liem", "gia lam", "dong anh", "soc son", "me linh", "thanh tri", "son tay",
  "thach that", "quoc oai", "chuong my", "thanh oai", "thuong tin", "phu xuyen", "ung hoa", "my duc", "ba vi",
  "phuc tho", "dan phuong", "hoai duc",
];

/** Time and count words: "năm" and "tháng" beside a number or another time word, "sáng" of the day. */
const timePairs: readonly string[] = [
  "nam nay", "nam ngoai", "nam sau", "nam truoc", "nam nhat", "moi nam", "hang nam", "nam hoc",
  "buoi sang", "sang nay", "sang mai", "sang som", "thang nay", "thang sau", "thang truoc", "hang thang", "moi thang",
];

const pairs = new Set<string>();
for (const name of [...names, ...timePairs]) {
  const words = name.split(" ");
  for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`);
}
const number = /^\d+$/;

/** Whether a folded word, beside the words before and after it, is part of a name or time phrase to keep as typed. */
export function inTypedName(word: string, before: string | undefined, after: string | undefined): boolean {
  if ((before !== undefined && pairs.has(`${before} ${word}`)) || (after !== undefined && pairs.has(`${word} ${after}`))) return true;
  // "sinh nam 1990", "1 nam", "2 thang": a year or a count
  return (word === "nam" || word === "thang") && ((before !== undefined && number.test(before)) || (after !== undefined && number.test(after)));
}
